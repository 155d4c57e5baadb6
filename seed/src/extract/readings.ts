import type { ExtractedPosition } from '@guanxi/schema';
import { readFileSync } from 'node:fs';
import { GRAMMAR } from './rules';

/**
 * How each fact was read, and the confidence that reading has earned. A reading is a short key — for a
 * post, the grammar line that gave it and how its body was found — and its confidence is the precision
 * such facts measured on the blind rounds (`seed/lexicon/confidence.json`, written by
 * `npm run fit:confidence`), so that a fact's confidence says how often facts read that way are right.
 */

/** How a post's body was found: written in the text, built from a title, resolved, inherited, or none. */
export type BodyReading = 'named' | 'built' | 'resolved' | 'inherited' | 'none';

export const positionReading = (rule: string, body: BodyReading, former: boolean): string =>
  `${rule}|${body}${former ? '|former' : ''}`;

export interface ConfidenceTable {
  readonly comment?: string;
  /** Rounds the table was fitted on, and the smoothing weight (pseudo-facts of the level above). */
  readonly fittedOn: readonly string[];
  readonly weight: number;
  /** Precision of all posts together, of each grammar line's posts, and of each reading's. */
  readonly positions: {
    readonly all: number;
    readonly rules: Readonly<Record<string, number>>;
    readonly readings: Readonly<Record<string, number>>;
  };
}

const TABLE_URL = new URL('../../lexicon/confidence.json', import.meta.url);
export const CONFIDENCE_TABLE = JSON.parse(readFileSync(TABLE_URL, 'utf8')) as ConfidenceTable;
export const CONFIDENCE_TABLE_PATH = TABLE_URL;
const LINE_CONFIDENCE = new Map(GRAMMAR.map((r) => [r.id, r.confidence]));

/**
 * A post's confidence: its reading's measured precision, else its grammar line's, else the line's
 * base confidence in rules.ts (a line the blind rounds never used).
 */
export function positionConfidence(reading: string, fallback: number): number {
  const t = CONFIDENCE_TABLE.positions;
  const rule = reading.split('|')[0]!;
  return t.readings[reading] ?? t.rules[rule] ?? LINE_CONFIDENCE.get(rule) ?? fallback;
}

/** Posts of an extraction with their readings: a side table, so the extraction's JSON stays the gold format. */
const READINGS = new WeakMap<ExtractedPosition, string>();
export const recordReading = (p: ExtractedPosition, reading: string): void => void READINGS.set(p, reading);
export const readingOf = (p: ExtractedPosition): string | undefined => READINGS.get(p);

/** Smoothed precision: `correct` of `facts`, pulled towards `prior` by `weight` pseudo-facts. */
export const smoothed = (correct: number, facts: number, prior: number, weight: number): number =>
  Math.round(((correct + weight * prior) / (facts + weight)) * 100) / 100;

/**
 * Fits the table from judged posts: the precision of each reading and each line, each pulled towards
 * the level above so that a reading seen twice does not claim 0 or 1.
 */
export function fitPositions(
  judged: readonly { reading: string; correct: boolean }[],
  weight: number,
): ConfidenceTable['positions'] {
  const count = (keyOf: (r: string) => string) => {
    const m = new Map<string, { n: number; c: number }>();
    for (const j of judged) {
      const k = keyOf(j.reading);
      const e = m.get(k) ?? { n: 0, c: 0 };
      e.n += 1;
      if (j.correct) e.c += 1;
      m.set(k, e);
    }
    return m;
  };
  const total = judged.length;
  const all = total ? judged.filter((j) => j.correct).length / total : 0;
  const rules: Record<string, number> = {};
  for (const [k, e] of [...count((r) => r.split('|')[0]!)].sort()) rules[k] = smoothed(e.c, e.n, all, weight);
  const readings: Record<string, number> = {};
  for (const [k, e] of [...count((r) => r)].sort())
    readings[k] = smoothed(e.c, e.n, rules[k.split('|')[0]!]!, weight);
  return { all: Math.round(all * 100) / 100, rules, readings };
}
