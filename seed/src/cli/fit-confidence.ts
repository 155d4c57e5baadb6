/**
 * `npm run fit:confidence [-- FILES...]`: fits `seed/lexicon/confidence.json` — the precision of facts
 * by how they were read — on articles with gold beside them (default: blind rounds 5–15, annotated by
 * eleven people who had not read the rules). Run it again after changing the grammar and commit the table
 * with the change; `calibration.test.ts` checks that precision still falls band by band.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { basename } from 'node:path';
import { blindRoundFiles } from '../extract/blind-rounds';
import { judgeFacts } from '../extract/calibration';
import { readArticle } from '../extract/index';
import {
  CONFIDENCE_TABLE,
  CONFIDENCE_TABLE_PATH,
  FITTED,
  type FittedCategoryTable,
  fitReadings,
  readingOf,
} from '../extract/readings';
import type { GoldLike } from '../extract/score';
import { normalizeArticle } from '../normalize/index';

const files = process.argv.length > 2 ? process.argv.slice(2) : blindRoundFiles();
const judged = new Map(FITTED.map((c) => [c, [] as { reading: string; correct: boolean }[]]));
for (const file of files) {
  const gold = JSON.parse(readFileSync(file.replace(/\.(txt|html?)$/i, '.json'), 'utf8')) as GoldLike;
  const pred = readArticle(normalizeArticle({ content: readFileSync(file), source: basename(file) }));
  for (const category of FITTED)
    for (const j of judgeFacts(gold, pred, category))
      judged.get(category)!.push({ reading: readingOf(j.fact) ?? 'unread', correct: j.correct });
}
const categories: Record<string, FittedCategoryTable> = {};
for (const [category, facts] of judged) categories[category] = fitReadings(facts, CONFIDENCE_TABLE.weight);
const table = {
  comment: CONFIDENCE_TABLE.comment,
  fittedOn: [...new Set(files.map((f) => basename(f).replace(/-.*$/, '')))].sort(),
  weight: CONFIDENCE_TABLE.weight,
  categories,
};
// Formatted as the repository's `prettier --check` wants it, so a refit commits clean.
writeFileSync(
  CONFIDENCE_TABLE_PATH,
  await format(JSON.stringify(table), { parser: 'json', ...(await resolveConfig(CONFIDENCE_TABLE_PATH)) }),
);
process.stdout.write(
  `${files.length} articles → ${CONFIDENCE_TABLE_PATH.pathname}\n${[...judged]
    .map(
      ([c, f]) =>
        `${c}: ${f.length} facts, precision ${categories[c]!.all}, ${Object.keys(categories[c]!.readings).length} readings`,
    )
    .join('\n')}\n`,
);
