import { describe, expect, it } from 'vitest';
import { canonicalLine, splitSentences } from './sentences';

describe('canonicalLine', () => {
  it('makes ASCII punctuation full-width but keeps numbers', () => {
    expect(canonicalLine('张三,李四;会议(北京): "论坛" 1,186家 14:27')).toBe(
      '张三，李四；会议（北京）：“论坛”1,186家14:27',
    );
  });
  it('drops blanks and full-width spaces next to Chinese characters', () => {
    expect(canonicalLine('王\u3000\u3000伟 在 2023 年')).toBe('王伟在2023年');
  });
});

describe('splitSentences', () => {
  it('splits at sentence ends but not inside quotes', () => {
    const s = splitSentences('甲说：“一。二。”然后走了。乙来了！\n丙');
    expect(s.map((x) => x.text)).toEqual(['甲说：“一。二。”然后走了。', '乙来了！', '丙']);
    expect(s.map((x) => x.paragraph)).toEqual([0, 0, 1]);
  });
});
