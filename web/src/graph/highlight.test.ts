import { describe, expect, it } from 'vitest';
import { articleBody, segmentText } from './highlight';

const cfie = {
  id: 'org_c',
  name: '中国工业经济联合会',
  kind: 'association' as const,
  aliases: ['中国工经联'],
};
const li = { id: 'per_l', name: '李毅中', kind: 'person' as const, aliases: ['李会长'] };

describe('segmentText', () => {
  it('marks names and aliases, keeping the text intact', () => {
    const text = '中国工业经济联合会会长李毅中讲话。李会长指出，中国工经联将…';
    const segs = segmentText(text, [cfie, li]);
    expect(segs.map((s) => s.text).join('')).toBe(text);
    expect(segs.filter((s) => s.entity).map((s) => [s.text, s.entity?.id])).toEqual([
      ['中国工业经济联合会', 'org_c'],
      ['李毅中', 'per_l'],
      ['李会长', 'per_l'],
      ['中国工经联', 'org_c'],
    ]);
  });

  it('prefers the longest name at a position', () => {
    const short = { id: 'org_s', name: '中国工业', kind: 'other' as const, aliases: [] };
    const segs = segmentText('中国工业经济联合会', [short, cfie]);
    expect(segs).toEqual([{ text: '中国工业经济联合会', entity: cfie }]);
  });

  it('returns plain text when nothing matches and ignores one-character names', () => {
    expect(segmentText('没有实体', [{ id: 'x', name: '有', kind: 'person' as const, aliases: [] }])).toEqual([
      { text: '没有实体' },
    ]);
    expect(segmentText('', [li])).toEqual([]);
  });
});

describe('articleBody', () => {
  it('drops the title line the heading already shows, and only that', () => {
    expect(articleBody('标题', '标题\n正文第一段\n第二段')).toBe('正文第一段\n第二段');
    expect(articleBody('标题', '另一个标题\n正文')).toBe('另一个标题\n正文');
    expect(articleBody('标题', '标题党\n正文')).toBe('标题党\n正文');
  });
});
