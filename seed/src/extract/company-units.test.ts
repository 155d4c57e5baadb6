import { describe, expect, it } from 'vitest';
import { normalizeArticle } from '../normalize';
import { companyUnitOf } from './company-units';
import { extractArticle } from './index';

describe('companyUnitOf', () => {
  it('splits a company from its region, its placed unit or its business unit', () => {
    expect(companyUnitOf('博远半导体亚太区')).toEqual({ company: '博远半导体', unit: '亚太区' });
    expect(companyUnitOf('云帆国际杭州区域')).toEqual({ company: '云帆国际', unit: '杭州区域' });
    expect(companyUnitOf('星河科技华南区域公司')).toEqual({ company: '星河科技', unit: '华南区域公司' });
    expect(companyUnitOf('青禾医药冷链物流事业部')).toEqual({ company: '青禾医药', unit: '冷链物流事业部' });
    expect(companyUnitOf('Lumio全球')).toEqual({ company: 'Lumio', unit: '全球' });
  });
  it('reads a unit written alone as one with no company', () => {
    expect(companyUnitOf('中国区')).toEqual({ company: '', unit: '中国区' });
    expect(companyUnitOf('西安基地')).toEqual({ company: '', unit: '西安基地' });
  });
  it('leaves legal names, levels, plain words and unit words with no brand before them', () => {
    expect(companyUnitOf('青禾医药股份有限公司冷链物流事业部')).toBeNull();
    expect(companyUnitOf('公司智能制造事业部')).toBeNull();
    expect(companyUnitOf('冷链物流事业部')).toBeNull();
    expect(companyUnitOf('山地旅游研究基地')).toBeNull();
    expect(companyUnitOf('市能源中国区')).toBeNull();
  });
});

describe("a company's unit in an executive's titles", () => {
  const x = extractArticle(
    normalizeArticle({
      content:
        '智慧物流论坛举行\n' +
        '论坛上，远航汽车股份有限公司董事长高志远致辞，博远半导体大中华区总经理林嘉诚、云帆国际杭州区域总经理' +
        '何文斌、青禾医药冷链物流事业部总经理苏晓岚发言。\n' +
        '星河新材料有限公司副总裁、华南区域总经理彭立军，Lumio全球副总裁、中国区总裁马丁·霍夫曼参加对话。',
      source: 'x.txt',
    }),
  );
  const posts = x.positions.map((p) => `${p.person}:${p.title}@${p.organization}`);
  it('keeps the unit in the title and the words before it as the company', () => {
    expect(posts).toEqual(
      expect.arrayContaining([
        '林嘉诚:大中华区总经理@博远半导体',
        '何文斌:杭州区域总经理@云帆国际',
        '苏晓岚:冷链物流事业部总经理@青禾医药',
        '马丁·霍夫曼:全球副总裁@Lumio',
      ]),
    );
  });
  it("gives a unit written alone after the same person's company to that company, not the previous person's", () => {
    expect(posts).toEqual(
      expect.arrayContaining(['彭立军:华南区域总经理@星河新材料有限公司', '马丁·霍夫曼:中国区总裁@Lumio']),
    );
    expect(posts.filter((p) => p.endsWith('@远航汽车股份有限公司'))).toEqual([
      '高志远:董事长@远航汽车股份有限公司',
    ]);
  });
});
