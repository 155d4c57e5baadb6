import { describe, expect, it } from 'vitest';
import { normalizeArticle } from '../normalize';
import { extractArticle } from './index';
import { isNomination } from './nominations';

const posts = (content: string) =>
  extractArticle(normalizeArticle({ content, source: 'x.txt' })).positions.map(
    (p) => `${p.person}:${p.title}@${p.organization}`,
  );

describe('isNomination', () => {
  it('reads a title before 人选 after 提名 as a candidacy, not a post', () => {
    expect(isNomination('提名钟某某为某投资集团有限公司总会计师人选。', { title: '总会计师' })).toBe(true);
    expect(isNomination('聘任甲为总经理，提名为董事人选。', { title: '董事' })).toBe(true);
    expect(isNomination('聘任甲为总经理，提名为董事人选。', { title: '总经理' })).toBe(false);
    expect(isNomination('确定甲为总经理人选。', { title: '总经理' })).toBe(false);
  });
});

describe('a 任免 notice with a nomination', () => {
  it('gives the appointed their posts and the nominee none', () => {
    const out = posts(
      [
        '某省人民政府关于任免工作人员的通知',
        '任命王某某为某省商务厅副厅长；',
        '提名钟某某为某省投资集团有限公司总经理人选，按有关程序办理。',
      ].join('\n'),
    );
    expect(out).toContain('王某某:副厅长@某省商务厅');
    expect(out.some((p) => p.startsWith('钟某某'))).toBe(false);
  });
});
