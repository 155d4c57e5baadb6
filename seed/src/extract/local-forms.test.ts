import { describe, expect, it } from 'vitest';
import { normalizeArticle } from '../normalize';
import { extractArticle } from './index';
import { asWrittenEnding, foreignGovernmentForms, withoutCountry, withoutSeat } from './local-forms';

describe('withoutSeat', () => {
  it('names a town’s or village’s body from its own place on', () => {
    expect(withoutSeat('嘉禾县石桥镇党委')).toBe('石桥镇党委');
    expect(withoutSeat('衡阳市南岳区寿岳乡人民政府')).toBe('寿岳乡人民政府');
    expect(withoutSeat('诸城市龙都街道东关村党支部')).toBe('东关村党支部');
  });
  it('keeps a town name of two characters that opens with a level word (番禺区市桥街道)', () => {
    expect(withoutSeat('番禺区市桥街道党工委')).toBe('市桥街道党工委');
  });
  it('names a district’s or county’s body after its city without the city', () => {
    expect(withoutSeat('株洲市芦淞区委')).toBe('芦淞区委');
    expect(withoutSeat('宜昌市夷陵区人民政府')).toBe('夷陵区人民政府');
  });
  it('gives nothing for a body with no place above it, or words that are no place', () => {
    expect(withoutSeat('石桥镇党委')).toBeNull();
    expect(withoutSeat('芦淞区委')).toBeNull();
    expect(withoutSeat('走访社区党委')).toBeNull();
    expect(withoutSeat('株洲市发展和改革委员会')).toBeNull();
  });
});

describe('asWrittenEnding', () => {
  it('knows a body by the short ending the text writes', () => {
    expect(asWrittenEnding('某某新区管委会', '某某新区管委副主任王一')).toBe('某某新区管委');
    expect(asWrittenEnding('某某新区管委会', '某某新区管委会副主任王一')).toBeNull();
  });
});

describe('an office a government keeps elsewhere', () => {
  it('is a body of its own, not a unit of the government', () => {
    const text = '某某省人民政府任免通知\n任命王一为黑龙江省人民政府驻北京办事处主任。黑龙江省人民政府决定。';
    const x = extractArticle(normalizeArticle({ content: text, source: 'office.txt' }));
    const office = x.organizations.find((o) => o.name === '黑龙江省人民政府驻北京办事处');
    expect(office?.parent ?? null).toBeNull();
    expect(x.positions.map((p) => `${p.organization}|${p.title}`)).toContain(
      '黑龙江省人民政府驻北京办事处|主任',
    );
  });
});

describe('a town body written with its county', () => {
  it('is one organization known by its own name too', () => {
    const text = [
      '嘉禾县召开乡村振兴推进会',
      '会上，嘉禾县石桥镇党委书记王建林、株洲市芦淞区委书记陈立平先后发言。',
    ].join('\n');
    const x = extractArticle(normalizeArticle({ content: text, source: 'own.txt' }));
    const town = x.organizations.find((o) => o.name === '嘉禾县石桥镇党委');
    expect(town?.aliases).toContain('石桥镇党委');
    const district = x.organizations.find((o) => o.name === '株洲市芦淞区委');
    expect(district?.aliases).toContain('芦淞区委');
  });
});

describe('a foreign place’s head', () => {
  it('sits in the place’s government, never a 人民政府, known by the place’s name too', () => {
    const text = [
      '中芬城市合作论坛举行',
      '芬兰坦佩雷市市长阿基·维尔塔宁、肯尼亚前总理拉伊拉·奥丁加、宜昌市市长王立新出席。',
    ].join('\n');
    const x = extractArticle(normalizeArticle({ content: text, source: 'own.txt' }));
    const post = (person: string) => x.positions.find((p) => p.person === person)?.organization;
    expect(post('阿基·维尔塔宁')).toBe('芬兰坦佩雷市政府');
    expect(post('拉伊拉·奥丁加')).toBe('肯尼亚政府');
    expect(post('王立新')).toBe('宜昌市人民政府');
    const city = x.organizations.find((o) => o.name === '芬兰坦佩雷市政府');
    expect(city?.aliases).toEqual(expect.arrayContaining(['坦佩雷市', '坦佩雷市政府', '芬兰坦佩雷市']));
    expect(x.organizations.find((o) => o.name === '肯尼亚政府')?.aliases).toContain('肯尼亚');
  });
  it('gives a Chinese people’s government no such forms', () => {
    expect(foreignGovernmentForms('宜昌市人民政府')).toEqual([]);
    expect(foreignGovernmentForms('宜昌市政府')).toEqual([]);
    expect(foreignGovernmentForms('肯尼亚政府')).toEqual(['肯尼亚']);
  });
});

describe('a foreign body written after its country', () => {
  it('is known without the country too, when its own words name a body', () => {
    expect(withoutCountry('美国斯坦福大学', 'other')).toBe('斯坦福大学');
    expect(withoutCountry('荷兰阿斯麦半导体有限公司', 'enterprise')).toBe('阿斯麦半导体有限公司');
  });
  it('keeps the country of a ministry, an association, a Chinese body or a common word’s body', () => {
    expect(withoutCountry('美国交通部', 'agency')).toBeNull();
    expect(withoutCountry('日本动画协会', 'association')).toBeNull();
    expect(withoutCountry('智利中国商会', 'association')).toBeNull();
    expect(withoutCountry('巴西浙江商会', 'association')).toBeNull();
    expect(withoutCountry('新加坡国立大学', 'other')).toBeNull();
    expect(withoutCountry('智利大学', 'other')).toBeNull();
    expect(withoutCountry('葡萄牙铁路公司', 'enterprise')).toBeNull();
  });
  it('gives a guest’s post at the body under either name, one body when both are written', () => {
    const text = [
      '国际艺术史论坛举行',
      '美国斯坦福大学艺术系教授约翰·史密斯出席并发言。',
      '论坛期间，斯坦福大学艺术系与某美术学院签署合作协议。',
    ].join('\n');
    const x = extractArticle(normalizeArticle({ content: text, source: 'own.txt' }));
    const bodies = x.organizations.filter((o) => o.name.includes('斯坦福大学') && !o.parent);
    expect(bodies.map((o) => o.name)).toEqual(['美国斯坦福大学']);
    expect(bodies[0]?.aliases).toContain('斯坦福大学');
    expect(x.positions.find((p) => p.person === '约翰·史密斯')?.organization).toBe('美国斯坦福大学');
  });
});

describe('a declared short form written with its level alone', () => {
  it('names the declared body even once the article’s place completes it (市汽车协会 → 某市汽车工业协会)', () => {
    const x = extractArticle(
      normalizeArticle({
        content: Buffer.from(
          '座谈会召开\n\n座谈会上，天津市汽车工业协会（以下简称市汽车协会）会长王一，市汽车协会秘书长王二作了发言。\n',
        ),
        source: 'f.txt',
      }),
    );
    expect(x.positions.map((p) => `${p.person}:${p.title}@${p.organization}`)).toEqual([
      '王一:会长@天津市汽车工业协会',
      '王二:秘书长@天津市汽车工业协会',
    ]);
  });
});
