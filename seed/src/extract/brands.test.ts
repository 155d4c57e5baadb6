import { describe, expect, it } from 'vitest';
import { normalizeArticle } from '../normalize';
import { brandOf } from './brands';
import { extractArticle } from './index';

describe('brandOf', () => {
  it('reads a brand up to its first ending, or a short one with Latin letters or digits', () => {
    expect(brandOf('云锋资本')).toBe('云锋资本');
    expect(brandOf('施耐德能源全球')).toBe('施耐德能源');
    expect(brandOf('飞利浦中国')).toBe('飞利浦中国');
    expect(brandOf('元禾控股投资')).toBe('元禾控股');
    expect(brandOf('58同城')).toBe('58同城');
  });
  it('reads no brand in places, levels, the nation or plain words', () => {
    expect(brandOf('中国区')).toBeNull();
    expect(brandOf('国家')).toBeNull();
    expect(brandOf('市能源')).toBeNull();
    expect(brandOf('湖南省能源')).toBeNull();
    expect(brandOf('新任')).toBeNull();
  });
});

describe('a company written by its brand alone', () => {
  const x = extractArticle(
    normalizeArticle({
      content:
        '数字经济论坛举行\n云锋资本创始合伙人李明远、飞利浦中国总裁赵林峰出席。58同城副总裁刘成栋致辞。',
      source: 'x.txt',
    }),
  );
  it('is the body of the posts written after it, and a company of its own', () => {
    expect(x.positions.map((p) => `${p.person}:${p.title}@${p.organization}`)).toEqual([
      '李明远:创始合伙人@云锋资本',
      '赵林峰:总裁@飞利浦中国',
      '刘成栋:副总裁@58同城',
    ]);
    expect(x.organizations.filter((o) => o.kind === 'enterprise').map((o) => o.name)).toEqual([
      '云锋资本',
      '飞利浦中国',
      '58同城',
    ]);
  });
});

describe('a company written by its trade name after another body', () => {
  const posts = (content: string) =>
    extractArticle(normalizeArticle({ content, source: 'x.txt' })).positions.map(
      (p) => `${p.person}:${p.title}@${p.organization}`,
    );
  it("reads a company's title after an association's post in one chain at the brand, not at the association", () => {
    expect(posts('年会举行\n某省游戏产业协会会长、某易副总裁王一出席并致辞。')).toEqual([
      '王一:会长@某省游戏产业协会',
      '王一:副总裁@某易',
    ]);
  });
  it('reads express firms, game studios and high-tech firms by their trade names, the unit in the title', () => {
    expect(posts('论坛举行\n某某快递公司总经理王一，极某速递新疆区域总经理李二出席。')).toContain(
      '李二:新疆区域总经理@极某速递',
    );
    expect(posts('论坛举行\n某某集团有限公司副总裁王一、某平高科国际业务部总经理李二先后发言。')).toContain(
      '李二:国际业务部总经理@某平高科',
    );
    expect(brandOf('某某世界游戏')).toBe('某某世界游戏');
  });
});

describe('a company with its seat in brackets', () => {
  it('keeps a seat that reads like a name (石狮: surname 石) inside the company’s name', () => {
    const text = [
      '纺织论坛举行',
      '对话环节，某某实业股份有限公司副总裁林杰、博远服饰（石狮）有限公司总经理方岚参加。',
    ].join('\n');
    const x = extractArticle(normalizeArticle({ content: text, source: 'own.txt' }));
    expect(x.persons.map((p) => p.name)).not.toContain('石狮');
    expect(x.positions).toContainEqual(
      expect.objectContaining({ person: '方岚', title: '总经理', organization: '博远服饰（石狮）有限公司' }),
    );
  });
});

describe('a company written later by its name without place and legal ending', () => {
  const x = extractArticle(
    normalizeArticle({
      content:
        '县长调研新材料企业\n县长周明来到湖州华锐新材料有限公司调研。\n华锐新材料总经理沈建林介绍了企业今年的生产情况。',
      source: 'x.txt',
    }),
  );
  it('is the company named in full before', () => {
    expect(x.positions.map((p) => `${p.person}:${p.title}@${p.organization}`)).toContain(
      '沈建林:总经理@湖州华锐新材料有限公司',
    );
  });
});

describe('a title opening with a declared short form', () => {
  const read = (content: string) =>
    extractArticle(normalizeArticle({ content, source: 'x.txt' })).positions.map(
      (p) => `${p.person}:${p.title}@${p.organization}`,
    );
  it("is that body's post, not the post of the body named before it (前 of 前湾 is no 前 of a former post)", () => {
    expect(
      read(
        '三方签约仪式举行\n10月8日，甲乙科技股份有限公司（以下简称“甲乙科技”）与前湾再保险股份有限公司（以下简称“前湾再保”）签署协议。\n甲乙科技总经理孙立群，前湾再保董事长章明远出席。',
      ),
    ).toContain('章明远:董事长@前湾再保险股份有限公司');
  });
});
