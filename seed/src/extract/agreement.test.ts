import { describe, expect, it } from 'vitest';
import { addAgreements, agreementOf, f1Of } from './agreement';
import type { GoldLike } from './score';

const doc = (positions: [string, string, string | null][]): GoldLike => ({
  persons: [...new Set(positions.map(([p]) => p))].map((name) => ({ name })),
  organizations: [...new Set(positions.map(([, , o]) => o).filter((o): o is string => o !== null))].map(
    (name) => ({ name }),
  ),
  positions: positions.map(([person, title, organization]) => ({ person, title, organization })),
});

describe('agreementOf', () => {
  // Both annotators write 王一 and 李二; only the first writes the reporter 赵三.
  const first = doc([
    ['王一', '局长', '某市商务局'],
    ['李二', '会长', '某市商会'],
    ['赵三', '记者', '某日报'],
  ]);
  const second = doc([
    ['王一', '局长', '某市商务局'],
    ['李二', '会长', '某市商会'],
  ]);

  it('counts the second annotator against the first', () => {
    const a = agreementOf(first, second, second, 'positions');
    expect(a.betweenAnnotators).toEqual({ tp: 2, gold: 3, pred: 2 });
  });

  it('judges the extractor on the consensus only: a disputed fact is neither hit nor extra', () => {
    // Finds 王一 and the disputed reporter, misses 李二, invents 钱四.
    const extracted = doc([
      ['王一', '局长', '某市商务局'],
      ['赵三', '记者', '某日报'],
      ['钱四', '主任', '某中心'],
    ]);
    const a = agreementOf(first, second, extracted, 'positions');
    expect(a.extractorVsFirst).toEqual({ tp: 2, gold: 3, pred: 3 });
    expect(a.extractorVsSecond).toEqual({ tp: 1, gold: 2, pred: 3 });
    expect(a.extractorOnConsensus).toEqual({ tp: 1, gold: 2, pred: 2 });
    expect(a.disputedExtractedFirst).toBe(1);
    expect(a.disputedExtractedSecond).toBe(0);
    expect(a.missed).toEqual(['李二|某市商会|会长']);
    expect(a.extra).toEqual(['?钱四|?某中心|主任']);
  });

  it('sums articles and gives F1 from the sums', () => {
    const one = agreementOf(first, second, second, 'positions');
    const sum = addAgreements(addAgreements(undefined, one), one);
    expect(sum.betweenAnnotators).toEqual({ tp: 4, gold: 6, pred: 4 });
    expect(one.betweenAnnotators).toEqual({ tp: 2, gold: 3, pred: 2 });
    expect(f1Of(sum.betweenAnnotators)).toBeCloseTo(0.8);
    expect(f1Of({ tp: 0, gold: 0, pred: 0 })).toBe(1);
  });
});
