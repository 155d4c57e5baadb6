import { describe, expect, it } from 'vitest';
import { normalizeArticle } from '../normalize';
import { bodyNames } from './body-names';
import { extractArticle } from './index';

const run = (content: string) => extractArticle(normalizeArticle({ content, source: 'x.txt' }));
const orgs = (content: string) =>
  Object.fromEntries(run(content).organizations.map((o) => [o.name, [...o.aliases].sort()]));
const postsOf = (content: string, who: string) =>
  run(content)
    .positions.filter((p) => p.person === who)
    .map((p) => `${p.title}@${p.organization}`);

describe('bodyNames', () => {
  const written = (s: string) => s.replace(/^省/, '甘南省');
  const full = (w: string) => w.replace(/发展改革委$|发改委$/, '发展和改革委员会');
  it('keeps the department form the article writes, the longer of two', () => {
    const names = bodyNames(['省发改委', '省发展改革委'], '', written, full);
    expect([...names.values()]).toEqual(['甘南省发展改革委', '甘南省发展改革委']);
  });
  it('names the body in full where the article writes the full form, with its place or its level', () => {
    expect(bodyNames(['省发改委', '甘南省发展和改革委员会'], '', written, full).get('省发改委')).toBe(
      '甘南省发展和改革委员会',
    );
    expect(bodyNames(['省发改委'], '甘南省人民政府、省发展和改革委员会', written, full).get('省发改委')).toBe(
      '甘南省发展和改革委员会',
    );
  });
});

describe('which name of a body is its name', () => {
  it('completes the place of a short department name but keeps the article’s department form', () => {
    const text = [
      '临川市召开重点项目调度会',
      '11月5日，临川市重点项目调度会召开。临川市副市长欧阳明出席，市发改委主任韩青松、市科技局局长邵雪梅先后发言。',
    ].join('\n');
    expect(postsOf(text, '韩青松')).toEqual(['主任@临川市发改委']);
    expect(postsOf(text, '邵雪梅')).toEqual(['局长@临川市科技局']);
    expect(orgs(text)['临川市发改委']).toEqual(['市发改委']);
  });
  it('writes a people’s government in full even where the article writes 政府', () => {
    const text = [
      '临川市召开重点项目调度会',
      '11月5日，临川市重点项目调度会召开。临川市委书记周国华出席，市政府副秘书长欧阳明主持。',
    ].join('\n');
    expect(postsOf(text, '欧阳明')).toEqual(['副秘书长@临川市人民政府']);
  });
  it('joins a declared short form that opens with its level to the declared body, not a body of its own', () => {
    const text = [
      '临川市召开物流发展大会',
      '11月5日，大会由临川市交通运输委员会（以下简称“市交通运输委”）主办。市交通运输委主任韩青松主持。',
    ].join('\n');
    expect(postsOf(text, '韩青松')).toEqual(['主任@临川市交通运输委员会']);
    expect(orgs(text)['临川市交通运输委员会']).toEqual(['临川市交通运输委', '市交通运输委']);
    expect(orgs(text)['临川市交通运输委']).toBeUndefined();
  });
  it('takes a Latin short form in brackets after a body’s name as its alias', () => {
    const text = [
      '临川市召开国际物流论坛',
      '11月5日，论坛由国际货运代理协会（IFFA）和临川市人民政府主办。临川市副市长欧阳明出席。',
    ].join('\n');
    expect(orgs(text)['国际货运代理协会']).toEqual(['IFFA']);
  });
  it('reads a declared short form with the short form of the full name’s ending as the full name', () => {
    const text = [
      '临川市召开生物医药大会',
      '11月5日，大会由临川南湖高技术产业开发区管理委员会（以下简称“南湖开发区”）主办。南湖开发区管委会主任韩青松致辞。',
    ].join('\n');
    expect(postsOf(text, '韩青松')).toEqual(['主任@临川南湖高技术产业开发区管理委员会']);
  });
});
