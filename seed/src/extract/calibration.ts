import type { Extraction } from '@guanxi/schema';
import { type Category, type GoldLike, scoreExtraction } from './score';

/**
 * Is the extractor's `confidence` worth anything? For each predicted fact, is it in the gold — scored
 * one fact at a time with the same matching as the scorer (the rest of the prediction stays, so names
 * and organizations resolve as they do in a whole-article score) — and how precise is each band.
 */
export const CALIBRATED = ['persons', 'organizations', 'positions', 'roles', 'event_orgs'] as const;
export type CalibratedCategory = (typeof CALIBRATED)[number] & Category;

/** Lower bounds of the bands, highest first; a fact falls in the first band it reaches. */
export const BANDS = [0.9, 0.8, 0.7, 0.5, 0] as const;

export interface BandRow {
  category: CalibratedCategory | 'all';
  band: string;
  facts: number;
  correct: number;
  precision: number | null;
}

type Fact = { confidence?: number };
const FIELD: Record<CalibratedCategory, keyof Extraction> = {
  persons: 'persons',
  organizations: 'organizations',
  positions: 'positions',
  roles: 'roles',
  event_orgs: 'event_orgs',
};

/** Each predicted fact of a category with its confidence and whether it alone scores a hit. */
export function judgeFacts(
  gold: GoldLike,
  pred: Extraction,
  category: CalibratedCategory,
): { fact: object; confidence: number | null; correct: boolean }[] {
  // Organizations are scored at top level only, so a sub-unit (one with a parent) is not judged.
  const facts = (pred[FIELD[category]] as (Fact & { parent?: string | null })[]).filter(
    (f) => category !== 'organizations' || !f.parent,
  );
  return facts.map((fact) => {
    const one = { ...pred, [FIELD[category]]: [fact] } as Extraction;
    const s = scoreExtraction(gold, one as unknown as GoldLike)[category];
    return {
      fact,
      confidence: typeof fact.confidence === 'number' ? fact.confidence : null,
      correct: s.tp === 1,
    };
  });
}

function bandOf(c: number | null): string {
  if (c === null) return 'none';
  const low = BANDS.find((b) => c >= b) ?? 0;
  const i = BANDS.indexOf(low as (typeof BANDS)[number]);
  return i === 0 ? `≥${low.toFixed(2)}` : `${low.toFixed(2)}–${BANDS[i - 1]!.toFixed(2)}`;
}

/** Precision per category and band over many articles, plus an `all` row per band. */
export function calibrationTable(pairs: readonly { gold: GoldLike; pred: Extraction }[]): BandRow[] {
  const cells = new Map<string, { facts: number; correct: number }>();
  const add = (category: string, band: string, ok: boolean): void => {
    const k = `${category}\u0000${band}`;
    const c = cells.get(k) ?? { facts: 0, correct: 0 };
    c.facts += 1;
    if (ok) c.correct += 1;
    cells.set(k, c);
  };
  for (const { gold, pred } of pairs)
    for (const category of CALIBRATED)
      for (const f of judgeFacts(gold, pred, category)) {
        add(category, bandOf(f.confidence), f.correct);
        add('all', bandOf(f.confidence), f.correct);
      }
  const order = [...BANDS.map((b) => bandOf(b)), 'none'];
  const rows: BandRow[] = [];
  for (const category of [...CALIBRATED, 'all'] as const)
    for (const band of order) {
      const c = cells.get(`${category}\u0000${band}`);
      if (c) rows.push({ category, band, ...c, precision: c.facts ? c.correct / c.facts : null });
    }
  return rows;
}
