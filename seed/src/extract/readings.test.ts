import { describe, expect, it } from 'vitest';
import { fitPositions, positionConfidence, positionReading, smoothed } from './readings';

describe('fitted confidences', () => {
  it('pulls a reading seen rarely towards its line, and a line towards all posts', () => {
    const judged = [
      ...Array.from({ length: 8 }, () => ({ reading: 'org-title-name|named', correct: true })),
      { reading: 'org-title-name|none', correct: false },
      { reading: 'title-name|none', correct: false },
      { reading: 'title-name|none', correct: true },
    ];
    const t = fitPositions(judged, 4);
    expect(t.all).toBe(0.82);
    expect(t.rules['org-title-name']).toBe(smoothed(8, 9, 9 / 11, 4));
    // One wrong post does not make its reading worthless: it stays near its line's precision.
    expect(t.readings['org-title-name|none']).toBeGreaterThan(0.5);
    expect(t.readings['org-title-name|none']).toBeLessThan(t.readings['org-title-name|named']!);
  });

  it('looks a post up by reading, then by line, then by the line’s base confidence', () => {
    expect(positionReading('dismissed', 'named', true)).toBe('dismissed|named|former');
    // A reading the rounds never met falls back to its line's measured precision.
    expect(positionConfidence('org-title-name|nowhere', 0.1)).toBeGreaterThan(0.5);
    expect(positionConfidence('no-such-line|named', 0.42)).toBe(0.42);
  });
});
