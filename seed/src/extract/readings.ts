import { readFileSync } from 'node:fs';
import { GRAMMAR } from './rules';

/**
 * How each fact was read, and the confidence that reading has earned. A reading is a short key of
 * `|`-joined parts, the coarsest first — for a post, the grammar line that gave it and how its body was
 * found; for a role, how the person was found and how the verb reached them — and its confidence is the
 * precision such facts measured on the blind rounds (`seed/lexicon/confidence.json`, written by
 * `npm run fit:confidence`), so that a fact's confidence says how often facts read that way are right.
 */

export const FITTED = ['persons', 'organizations', 'positions', 'roles', 'event_orgs'] as const;
export type FittedCategory = (typeof FITTED)[number];

/**
 * How a post's body was found: written in the text, built from a title, resolved, inherited (a title naming
 * no body takes the previous person's), or none. `inherited|listed`: the words before the title name no body
 * the lexicons know, so the previous person's stands in — right for a unit (研究生院), wrong for a body of its
 * own (某滑雪场, 某组织): 3 of 11 right on blind5–13 against 26 of 32 for titles naming no body at all.
 * `correspondent`: a byline's 通讯员, at no body by the golds' convention (blind8, 9, 12–15, 18, 20, 21), not for
 * want of an outlet read as an editor's `byline|none` is; until a refit measures it, it takes the byline line's
 * group.
 */
export type BodyReading =
  'named' | 'built' | 'resolved' | 'inherited' | 'inherited|listed' | 'none' | 'correspondent';

export const positionReading = (rule: string, body: BodyReading, former: boolean): string =>
  `${rule}|${body}${former ? '|former' : ''}`;

/** Precision of all facts of a category, of each reading's first part (its group), and of each reading. */
export interface FittedCategoryTable {
  readonly all: number;
  readonly groups: Readonly<Record<string, number>>;
  readonly readings: Readonly<Record<string, number>>;
}

export interface ConfidenceTable {
  readonly comment?: string;
  /** Rounds the table was fitted on, and the smoothing weight (pseudo-facts of the level above). */
  readonly fittedOn: readonly string[];
  readonly weight: number;
  readonly categories: Readonly<Partial<Record<FittedCategory, FittedCategoryTable>>>;
}

const TABLE_URL = new URL('../../lexicon/confidence.json', import.meta.url);
export const CONFIDENCE_TABLE = JSON.parse(readFileSync(TABLE_URL, 'utf8')) as ConfidenceTable;
export const CONFIDENCE_TABLE_PATH = TABLE_URL;
const LINE_CONFIDENCE = new Map(GRAMMAR.map((r) => [r.id, r.confidence]));

/**
 * A fact's confidence: its reading's measured precision, else its group's (for a post, its grammar
 * line's), else `fallback` — for a post, the line's base confidence in rules.ts (a line the blind rounds
 * never used).
 */
export function confidenceOf(category: FittedCategory, reading: string, fallback: number): number {
  const t = CONFIDENCE_TABLE.categories[category];
  const group = reading.split('|')[0]!;
  const base = category === 'positions' ? (LINE_CONFIDENCE.get(group) ?? fallback) : fallback;
  // A reading the table has not seen yet (a finer one than it was fitted with) takes its coarser form's.
  for (let r = reading; r.includes('|'); r = r.slice(0, r.lastIndexOf('|'))) {
    const c = t?.readings[r];
    if (c !== undefined) return c;
  }
  return t?.groups[group] ?? base;
}

/** Facts of an extraction with their readings: a side table, so the extraction's JSON stays the gold format. */
const READINGS = new WeakMap<object, string>();
export function withReading<T extends object>(fact: T, reading: string): T {
  READINGS.set(fact, reading);
  return fact;
}
export const readingOf = (fact: object): string | undefined => READINGS.get(fact);

/** Smoothed precision: `correct` of `facts`, pulled towards `prior` by `weight` pseudo-facts. */
export const smoothed = (correct: number, facts: number, prior: number, weight: number): number =>
  Math.round(((correct + weight * prior) / (facts + weight)) * 100) / 100;

/**
 * Fits one category's table from judged facts: the precision of each reading and each group, each
 * pulled towards the level above so that a reading seen twice does not claim 0 or 1.
 */
export function fitReadings(
  judged: readonly { reading: string; correct: boolean }[],
  weight: number,
): FittedCategoryTable {
  const count = (keyOf: (r: string) => string) => {
    const m = new Map<string, { n: number; c: number }>();
    for (const j of judged) {
      const k = keyOf(j.reading);
      const e = m.get(k) ?? { n: 0, c: 0 };
      e.n += 1;
      if (j.correct) e.c += 1;
      m.set(k, e);
    }
    return [...m].sort(([a], [b]) => (a < b ? -1 : 1));
  };
  const total = judged.length;
  const all = total ? judged.filter((j) => j.correct).length / total : 0;
  const groups: Record<string, number> = {};
  for (const [k, e] of count((r) => r.split('|')[0]!)) groups[k] = smoothed(e.c, e.n, all, weight);
  const readings: Record<string, number> = {};
  for (const [k, e] of count((r) => r)) readings[k] = smoothed(e.c, e.n, groups[k.split('|')[0]!]!, weight);
  return { all: Math.round(all * 100) / 100, groups, readings };
}
