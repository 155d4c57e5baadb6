import { describe, expect, it } from 'vitest';
import { readArticle } from './index';
import { normalizeArticle } from '../normalize/index';
import {
  CONFIDENCE_TABLE,
  confidenceOf,
  fitReadings,
  positionReading,
  readingOf,
  smoothed,
  withReading,
} from './readings';

describe('fitted confidences', () => {
  it('pulls a reading seen rarely towards its group, and a group towards all facts', () => {
    const judged = [
      ...Array.from({ length: 8 }, () => ({ reading: 'org-title-name|named', correct: true })),
      { reading: 'org-title-name|none', correct: false },
      { reading: 'title-name|none', correct: false },
      { reading: 'title-name|none', correct: true },
    ];
    const t = fitReadings(judged, 4);
    expect(t.all).toBe(0.82);
    expect(t.groups['org-title-name']).toBe(smoothed(8, 9, 9 / 11, 4));
    // One wrong post does not make its reading worthless: it stays near its line's precision.
    expect(t.readings['org-title-name|none']).toBeGreaterThan(0.5);
    expect(t.readings['org-title-name|none']).toBeLessThan(t.readings['org-title-name|named']!);
  });

  it('looks a post up by reading, then by line, then by the line’s base confidence', () => {
    expect(positionReading('dismissed', 'named', true)).toBe('dismissed|named|former');
    // A reading the rounds never met falls back to its line's measured precision.
    expect(confidenceOf('positions', 'org-title-name|nowhere', 0.1)).toBeGreaterThan(0.5);
    expect(confidenceOf('positions', 'no-such-line|named', 0.42)).toBe(0.42);
    expect(confidenceOf('roles', 'no-such-reading', 0.33)).toBe(0.33);
  });

  it('looks a finer reading the table has not seen up by its coarser form before its line (s13 prec14)', () => {
    const coarse = CONFIDENCE_TABLE.categories.positions!.readings['listed-unit-title-name|inherited']!;
    expect(coarse).not.toBe(CONFIDENCE_TABLE.categories.positions!.groups['listed-unit-title-name']);
    expect(confidenceOf('positions', 'listed-unit-title-name|inherited|unseen-detail', 0.1)).toBe(coarse);
  });

  it('reads a list body that stands in for words naming no known body apart from a title naming none', () => {
    const readingsOf = (content: string) =>
      readArticle(normalizeArticle({ content, source: 'prec14.txt' })).positions.map(
        (p) => `${p.person}:${readingOf(p)}`,
      );
    expect(readingsOf('某某集团有限公司董事长冯一，某滑雪度假区总经理严二出席。')).toContain(
      '严二:listed-unit-title-name|inherited|listed',
    );
    expect(readingsOf('某某集团有限公司董事长冯一，总经理严二出席。')).toContain(
      '严二:listed-title-name|inherited',
    );
  });

  it('keeps the reading beside the fact, not in it', () => {
    const fact = withReading({ person: '甲' }, 'title|own|speaker|named');
    expect(readingOf(fact)).toBe('title|own|speaker|named');
    expect(Object.keys(fact)).toEqual(['person']);
  });
});
