import { describe, expect, it } from 'vitest';
import { normalizeArticle } from '../normalize';
import { extractArticle } from './index';

const run = (content: string) => extractArticle(normalizeArticle({ content, source: 'x.txt' }));
const total = (x: ReturnType<typeof run>) =>
  x.persons.length + x.organizations.length + x.positions.length + x.roles.length + x.event_orgs.length;

describe('odd input', () => {
  it('gives empty results for punctuation only and English only', () => {
    expect(total(run('！！！。。。，，，\n……——“”《》'))).toBe(0);
    expect(
      total(run('Conference news\nJohn Smith, CEO of Acme Inc., chaired the meeting; Mr. Lee spoke.')),
    ).toBe(0);
  });

  it('finishes on a 1 MB article of one long line and on repeated titles', { timeout: 60_000 }, () => {
    const line = '协会会长、副会长、秘书长、'.repeat(40_000);
    expect(run(`标题\n${line}`).article).toBe('x.txt');
    const many = '某某协会副会长张某某在致辞中表示，'.repeat(20_000);
    expect(run(`标题\n${many}`).persons.length).toBeLessThan(10);
    const quotes = '“'.repeat(300_000);
    expect(run(`标题\n${quotes}`).persons).toEqual([]);
  });

  it('finds no persons in prose that only uses titles as nouns', () => {
    const prose = [
      '会议指出，各级党委书记要切实履行第一责任人职责，厅长办公会议研究部署了下一步工作。',
      '局长们纷纷表示，将认真落实会议精神。总经理办公会审议通过了有关事项。',
      '协会会长单位和副会长单位代表参加了会议。秘书长高度评价了本次活动。',
      '主任委员会议上，院长向大会作工作报告，校长陈述了学校发展规划。',
    ].join('\n');
    expect(run(`某某会议召开\n${prose}`).persons).toEqual([]);
  });

  it('returns valid, empty lists when the article has no entities', () => {
    const x = run('今天天气\n天气晴朗，适合出行。');
    expect(x).toMatchObject({
      persons: [],
      organizations: [],
      events: [],
      positions: [],
      roles: [],
      event_orgs: [],
    });
  });
});
