import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The test articles of the blind rounds the confidences are fitted on: every round annotated by someone who
 * had not read the rules (twelve annotators, so the fit sees how much golds differ, not one reader's habits).
 */
export const FIT_ROUNDS = [
  'blind5',
  'blind6',
  'blind7',
  'blind8',
  'blind9',
  'blind10',
  'blind11',
  'blind12',
  'blind13',
  'blind14',
  'blind15',
  'blind16',
  'blind17',
  'blind18',
  'blind19',
  'blind20',
  'blind21',
  'blind22',
  'blind23',
  'blind24',
  'blind25',
  'blind26',
  'blind27',
  'blind28',
  'blind29',
  'blind30',
  'blind31',
  'blind32',
  'blind33',
  'blind34',
  'blind35',
  'blind36',
  'blind37',
  'blind38',
  'blind39',
  'blind40',
  'blind41',
  'blind42',
  'blind43',
  'blind44',
  'blind45',
  'blind46',
  'blind47',
  'blind48',
  'blind49',
  'blind50',
  'blind51',
  'blind52',
  'blind53',
] as const;

const DIR = fileURLToPath(new URL('../../test-articles/', import.meta.url));

/** Their article files (.txt/.html with a gold .json beside), as paths. */
export function blindRoundFiles(rounds: readonly string[] = FIT_ROUNDS): string[] {
  const names = readdirSync(DIR);
  return names
    .filter((f) => rounds.some((r) => f.startsWith(`${r}-`)) && /\.(txt|html?)$/i.test(f))
    .filter((f) => names.includes(f.replace(/\.(txt|html?)$/i, '.json')))
    .sort()
    .map((f) => DIR + f);
}
