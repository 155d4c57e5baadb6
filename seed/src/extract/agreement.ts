import { type Category, type GoldLike, scoreExtraction } from './score';

/**
 * Two annotators' golds of one article and an extraction of it, compared fact by fact. Every fact is keyed as
 * the scorer keys it against the first gold (its people and organizations), so the three sets are comparable.
 * The facts both annotators write are the consensus; those only one writes are disputed — where careful readers
 * of the same guide differ, no extractor can match both.
 */
export interface Agreement {
  /** The first annotator's facts against the second's (the second as "predicted"). */
  betweenAnnotators: Counts;
  /** The extraction against the first annotator, then against the second. */
  extractorVsFirst: Counts;
  extractorVsSecond: Counts;
  /**
   * The extraction against the consensus only: a consensus fact found is a hit, one not found a miss, an
   * extracted fact that neither annotator writes an extra; extracted facts that one annotator writes are not counted.
   */
  extractorOnConsensus: Counts;
  /** Extracted facts that only one annotator writes: those the first writes, those the second writes. */
  disputedExtractedFirst: number;
  disputedExtractedSecond: number;
  /** Consensus facts the extractor misses, and extracted facts neither annotator writes (scorer keys). */
  missed: string[];
  extra: string[];
}

export interface Counts {
  tp: number;
  gold: number;
  pred: number;
}

/** The fact keys of `doc` in the key space of `first` (the scorer's keys, as sets). */
function keysUnder(first: GoldLike, doc: GoldLike, category: Category, firstKeys: Set<string>): Set<string> {
  const s = scoreExtraction(first, doc)[category];
  const out = new Set([...firstKeys].filter((k) => !s.missed.includes(k)));
  for (const k of s.extra) out.add(k);
  return out;
}

const countOf = (gold: Set<string>, pred: Set<string>): Counts => ({
  tp: [...pred].filter((k) => gold.has(k)).length,
  gold: gold.size,
  pred: pred.size,
});

export function agreementOf(
  first: GoldLike,
  second: GoldLike,
  extracted: GoldLike,
  category: Category,
): Agreement {
  const a = new Set(scoreExtraction(first, {})[category].missed);
  const b = keysUnder(first, second, category, a);
  const e = keysUnder(first, extracted, category, a);
  const consensus = new Set([...a].filter((k) => b.has(k)));
  const disputed = new Set([...a, ...b].filter((k) => !consensus.has(k)));
  const judged = new Set([...e].filter((k) => !disputed.has(k)));
  return {
    betweenAnnotators: countOf(a, b),
    extractorVsFirst: countOf(a, e),
    extractorVsSecond: countOf(b, e),
    extractorOnConsensus: countOf(consensus, judged),
    disputedExtractedFirst: [...e].filter((k) => disputed.has(k) && a.has(k)).length,
    disputedExtractedSecond: [...e].filter((k) => disputed.has(k) && b.has(k)).length,
    missed: [...consensus].filter((k) => !e.has(k)),
    extra: [...judged].filter((k) => !consensus.has(k)),
  };
}

/** Sums of agreements of many articles (micro-averaging). */
export function addAgreements(into: Agreement | undefined, x: Agreement): Agreement {
  if (!into) return structuredClone(x);
  const add = (t: Counts, y: Counts) => {
    t.tp += y.tp;
    t.gold += y.gold;
    t.pred += y.pred;
  };
  add(into.betweenAnnotators, x.betweenAnnotators);
  add(into.extractorVsFirst, x.extractorVsFirst);
  add(into.extractorVsSecond, x.extractorVsSecond);
  add(into.extractorOnConsensus, x.extractorOnConsensus);
  into.disputedExtractedFirst += x.disputedExtractedFirst;
  into.disputedExtractedSecond += x.disputedExtractedSecond;
  into.missed.push(...x.missed);
  into.extra.push(...x.extra);
  return into;
}

export const f1Of = ({ tp, gold, pred }: Counts): number =>
  gold + pred === 0 ? 1 : (2 * tp) / (gold + pred);
