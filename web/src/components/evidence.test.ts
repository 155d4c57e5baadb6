import { describe, expect, it } from 'vitest';
import { usefulEvidence } from './evidence';

const a = { id: 'art_a', title: '标题甲' };
const b = { id: 'art_b', title: '标题乙' };

describe('usefulEvidence', () => {
  it('drops the title fallback when the same article gives a sentence, and duplicates', () => {
    const ev = [
      { article: a, sentence: '标题甲' },
      { article: a, sentence: '李毅中作主旨演讲。' },
      { article: a, sentence: '李毅中作主旨演讲。' },
      { article: b, sentence: '标题乙' },
    ];
    expect(usefulEvidence(ev)).toEqual([
      { article: a, sentence: '李毅中作主旨演讲。' },
      { article: b, sentence: '标题乙' },
    ]);
  });

  it('keeps everything else', () => {
    expect(usefulEvidence([])).toEqual([]);
    expect(usefulEvidence([{ article: a, sentence: '一句。' }])).toHaveLength(1);
  });
});
