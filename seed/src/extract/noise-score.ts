import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { normalizeArticle } from '../normalize/index';
import { extractArticle } from './index';
import { addNoise, NOISE_KINDS, type NoiseKind } from './noise';
import { type Category, type GoldLike, scoreExtraction } from './score';

/** The categories a scrape must not change: who, which bodies, which posts, which roles, who organized. */
export const NOISE_CATEGORIES = ['persons', 'organizations', 'positions', 'roles', 'event_orgs'] as const;
export type NoiseCategory = (typeof NOISE_CATEGORIES)[number];
export type NoiseVariant = 'clean' | NoiseKind | 'all';
export const NOISE_VARIANTS: readonly NoiseVariant[] = ['clean', ...NOISE_KINDS, 'all'];

export interface Tally {
  tp: number;
  gold: number;
  pred: number;
}
export type NoiseTable = Record<NoiseVariant, Record<NoiseCategory, Tally>>;

export const f1Of = (t: Tally): number => (t.gold + t.pred === 0 ? 1 : (2 * t.tp) / (t.gold + t.pred));

/** A stable seed per article, so one article's noise does not change when another is added. */
export function seedOf(file: string, base: number): number {
  let h = base >>> 0;
  for (const ch of basename(file)) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return h;
}

/**
 * Extracts every article clean and under each kind of noise (and all together) and scores each against the
 * same gold: micro-averaged tallies per variant and category. `files` are .txt articles with NAME.json beside.
 */
export function scoreUnderNoise(
  files: readonly string[],
  options: { seed?: number; variants?: readonly NoiseVariant[] } = {},
): NoiseTable {
  const variants = options.variants ?? NOISE_VARIANTS;
  const table = Object.fromEntries(
    variants.map((v) => [
      v,
      Object.fromEntries(NOISE_CATEGORIES.map((c) => [c, { tp: 0, gold: 0, pred: 0 }])),
    ]),
  ) as NoiseTable;
  for (const file of files) {
    const gold = JSON.parse(readFileSync(file.replace(/\.txt$/, '.json'), 'utf8')) as GoldLike;
    const clean = readFileSync(file, 'utf8');
    const names = (gold.persons ?? []).flatMap((p) => [p.name, ...(p.aliases ?? [])]);
    const seed = seedOf(file, options.seed ?? 1);
    for (const v of variants) {
      const content = v === 'clean' ? clean : addNoise(clean, v, { seed, names });
      const pred = extractArticle(normalizeArticle({ content, source: basename(file) }));
      const s = scoreExtraction(gold, pred as unknown as GoldLike);
      for (const c of NOISE_CATEGORIES) {
        const t = table[v][c];
        const sc = s[c as Category];
        t.tp += sc.tp;
        t.gold += sc.gold;
        t.pred += sc.pred;
      }
    }
  }
  return table;
}

/** The table as Markdown: one row per variant, F1 (tp/gold/predicted) per category. */
export function noiseTableMarkdown(table: NoiseTable): string {
  const rows = Object.entries(table) as [NoiseVariant, Record<NoiseCategory, Tally>][];
  const out = [
    `| noise | ${NOISE_CATEGORIES.join(' | ')} |`,
    `|---|${NOISE_CATEGORIES.map(() => '---').join('|')}|`,
  ];
  for (const [v, byCat] of rows)
    out.push(
      `| ${v} | ${NOISE_CATEGORIES.map((c) => {
        const t = byCat[c];
        return `${f1Of(t).toFixed(3)} (${t.tp}/${t.gold}/${t.pred})`;
      }).join(' | ')} |`,
    );
  return out.join('\n');
}
