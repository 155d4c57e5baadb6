import { describe, expect, it } from 'vitest';
import { normalizeArticle } from '../normalize';
import { extractArticle } from './index';
import { organizationMentions } from './org-mentions';
import {
  articlePlaces,
  countriesIn,
  leadingPlaces,
  placeName,
  regionsIn,
  seatsIn,
  visitedPlaces,
} from './places';

describe('leadingPlaces', () => {
  it('reads no region of one character before 自治区 (经自治区人民政府研究决定)', () => {
    expect(leadingPlaces('经自治区人民政府')).toEqual([]);
    expect(organizationMentions('经自治区人民政府研究决定：')).toEqual([]);
  });
  it('reads an autonomous prefecture written in full as its short form', () => {
    expect(leadingPlaces('黔东南苗族侗族自治州凯里市人民政府')).toEqual([
      { name: '黔东南州', parent: null },
      { name: '凯里', parent: '黔东南州' },
    ]);
  });
  it('reads province, city and district at the start of an organization name', () => {
    expect(leadingPlaces('江苏省南京市鼓楼区科学技术局')).toEqual([
      { name: '江苏', parent: null },
      { name: '南京', parent: '江苏' },
      { name: '鼓楼区', parent: '南京' },
    ]);
    expect(leadingPlaces('东风区委')).toEqual([{ name: '东风区', parent: null }]);
    expect(leadingPlaces('中国工业经济联合会')).toEqual([]);
  });
  it('refuses words that only look like places', () => {
    expect(leadingPlaces('国家市场监督管理总局')).toEqual([]);
    expect(leadingPlaces('全市工业')).toEqual([]);
  });
  it('reads no building as a place in an event phrase (在科技楼召开)', () => {
    expect(leadingPlaces('科技楼', true)).toEqual([]);
    expect(leadingPlaces('市政府', true)).toEqual([]);
    expect(leadingPlaces('我市', true)).toEqual([]);
  });
  it('reads a bare city after a province in an event phrase', () => {
    expect(leadingPlaces('浙江宁波', true)).toEqual([
      { name: '浙江', parent: null },
      { name: '宁波', parent: '浙江' },
    ]);
    expect(leadingPlaces('成都', true)).toEqual([{ name: '成都', parent: null }]);
  });
});

describe('placeName', () => {
  it('drops 省 and 市 but keeps 区', () => {
    expect(placeName('宁波市')).toBe('宁波');
    expect(placeName('广西壮族自治区')).toBe('广西');
    expect(placeName('鼓楼区')).toBe('鼓楼区');
  });
});

describe('short city names', () => {
  it('reads 在京/在沪 as Beijing/Shanghai only in an event phrase', () => {
    expect(leadingPlaces('京', true)).toEqual([{ name: '北京', parent: null }]);
    expect(leadingPlaces('京')).toEqual([]);
  });
});

describe('visitedPlaces', () => {
  it('reads the places a visit goes to', () => {
    expect(visitedPlaces('县委书记某某到城关镇、东城街道和某川经济开发区调研重点项目')).toEqual([
      '城关镇',
      '东城街道',
      '某川经济开发区',
    ]);
    expect(visitedPlaces('某某到重点企业调研')).toEqual([]);
  });
});

describe('countriesIn and regionsIn', () => {
  it('reads each country once by its short name, the longest name first', () => {
    expect(countriesIn('与哈萨克斯坦共和国、印度尼西亚及哈萨克斯坦企业')).toEqual([
      '哈萨克斯坦',
      '印度尼西亚',
    ]);
  });
  it('reads no country inside another word (内蒙古, 朝鲜族, 沿海地区)', () => {
    expect(countriesIn('内蒙古自治区和延边朝鲜族自治州的沿海地区')).toEqual([]);
  });
  it('reads the prefecture-level cities the prose names as words of their own', () => {
    expect(seatsIn('赴信阳调研茶产业，并与来宾交流')).toEqual(['信阳']);
    // 马鞍山 is no 鞍山, 出海口 no 海口.
    expect(seatsIn('马鞍山的企业打通出海口')).toEqual(['马鞍山']);
  });
  it('reads the regions of several provinces as written', () => {
    expect(regionsIn('粤港澳大湾区和京津冀协同发展')).toEqual(['粤港澳大湾区', '京津冀']);
  });
});

describe('articlePlaces', () => {
  const input = { eventPlaces: [], heldAt: [], otherBodies: [], prose: '' };
  it('names an autonomous prefecture as the text writes it', () => {
    const bodies = { ...input, publicBodies: ['黔南州委'] };
    expect(articlePlaces({ ...bodies, text: '州委书记到贵州黔南调研' })).toEqual([
      { name: '黔南', parent: null },
    ]);
    expect(articlePlaces({ ...bodies, text: '黔南州委书记调研' })).toEqual([
      { name: '黔南州', parent: null },
    ]);
    // Written in full and short: named by its stem.
    expect(articlePlaces({ ...bodies, text: '黔南布依族苗族自治州人民政府主办，黔南州委书记出席' })).toEqual([
      { name: '黔南', parent: null },
    ]);
  });
  it('lists the countries and regions the prose names', () => {
    expect(articlePlaces({ ...input, publicBodies: [], prose: '产品出口日本、韩国，服务长三角' })).toEqual([
      { name: '日本', parent: null },
      { name: '韩国', parent: null },
      { name: '长三角', parent: null },
    ]);
  });
  it('names a district or county the text never writes with its level as it writes it', () => {
    const bodies = { ...input, publicBodies: ['璧溪区人民政府'] };
    expect(articlePlaces({ ...bodies, text: '区委书记调研璧溪农业' })).toEqual([
      { name: '璧溪', parent: null },
    ]);
    expect(articlePlaces({ ...bodies, text: '璧溪区委书记调研璧溪' })).toEqual([
      { name: '璧溪区', parent: null },
    ]);
  });
});

describe('the country of a mission whose head the article names', () => {
  const run = (content: string) => extractArticle(normalizeArticle({ content, source: 'x.txt' })).places;
  it('is a place, though the text writes it only in the mission’s name', () => {
    expect(
      run(
        '某市召开论坛\n5月19日，论坛在沈阳召开。日本国驻沈阳总领事馆总领事山田健一，沈阳市副市长钱程出席。\n',
      ),
    ).toContain('日本');
  });
  it('is no place where only the mission’s staff stand for it (参赞, 副总领事)', () => {
    expect(
      run(
        '某市召开论坛\n5月19日，论坛在沈阳召开。日本国驻沈阳总领事馆副总领事山田健一，沈阳市副市长钱程出席。\n',
      ),
    ).not.toContain('日本');
  });
});
