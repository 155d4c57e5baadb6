import { describe, expect, it } from 'vitest';
import { normalizeArticle } from '../normalize';
import { extractArticle } from './index';
import { countryAt, isCountry } from './places';
import { canonicalLine } from './sentences';

/** The posts of a short article (a headline, then `body`), as `person | title | organization`. */
function posts(body: string): string[] {
  const ex = extractArticle(
    normalizeArticle({ content: Buffer.from(`合作论坛开幕\n${body}`), source: 'f.txt' }),
  );
  return ex.positions.map((p) => `${p.person} | ${p.title} | ${p.organization ?? ''}`);
}

describe('countries by their formal names', () => {
  it('reads a short name or a state’s formal name as the country', () => {
    expect(isCountry('佛得角')).toBe(true);
    expect(isCountry('吉尔吉斯共和国')).toBe(true);
    expect(isCountry('柬埔寨王国')).toBe(true);
    expect(countryAt('俄罗斯联邦远东地区')).toEqual({ written: '俄罗斯联邦', country: '俄罗斯' });
    expect(isCountry('俄罗斯联邦远东地区')).toBe(false);
    expect(isCountry('王国')).toBe(false);
  });
});

describe('foreign heads of government and their ministries', () => {
  it('holds a former premier at the government as the text writes the country', () => {
    expect(posts('塔吉克斯坦共和国前总理阿卜杜·拉希莫夫出席。')).toContain(
      '阿卜杜·拉希莫夫 | 前总理 | 塔吉克斯坦共和国政府',
    );
    expect(posts('汤加王国副首相西奥·图伊塔出席。')).toContain('西奥·图伊塔 | 副首相 | 汤加王国政府');
  });
  it('reads a country whose first character is a surname as the country, not a person', () => {
    const ps = posts('会上，卢森堡前总理让·贝特尔致辞。');
    expect(ps).toContain('让·贝特尔 | 前总理 | 卢森堡政府');
    expect(ps.some((p) => p.startsWith('卢森堡 |'))).toBe(false);
  });
  it('gives a ministry after 兼 the country of the government post before it', () => {
    const ps = posts(
      '老挝人民民主共和国副总理兼财政部部长宋赛·西潘敦、比利时前首相兼外贸部长马克·艾斯肯斯出席。',
    );
    expect(ps).toContain('宋赛·西潘敦 | 副总理 | 老挝人民民主共和国政府');
    expect(ps).toContain('宋赛·西潘敦 | 部长 | 老挝财政部');
    expect(ps).toContain('马克·艾斯肯斯 | 部长 | 比利时外贸部');
  });
  it('keeps a country alone from being a company’s short name', () => {
    const ps = posts(
      '比利时国际物流集团总裁马克·范登、比利时农业部长戴维·克拉伦瓦尔出席。他说，比利时与中国合作良好。',
    );
    expect(ps).toContain('戴维·克拉伦瓦尔 | 部长 | 比利时农业部');
  });
});

describe('a body’s Latin short form before its title', () => {
  it('drops the bracket after a body’s ending, keeps it elsewhere', () => {
    expect(canonicalLine('世界旅游城市联合会（WTCF）副秘书长马克·杜兰出席')).toBe(
      '世界旅游城市联合会副秘书长马克·杜兰出席',
    );
    expect(canonicalLine('碳捕集与封存（CCUS）等领域')).toBe('碳捕集与封存（CCUS）等领域');
  });
  it('reads the post at the body', () => {
    expect(posts('亚洲基础设施投资银行（AIIB）副行长丹尼·亚历山大发言。')).toContain(
      '丹尼·亚历山大 | 副行长 | 亚洲基础设施投资银行',
    );
  });
});

describe('a guest listed after a foreign envoy', () => {
  it('holds a post at the body its own words name, not at the envoy’s mission', () => {
    const ps = posts('新西兰驻华大使马克·杰拉德、太平洋共同体秘书处副总干事安娜·泰勒出席。');
    expect(ps).toContain('马克·杰拉德 | 驻华大使 | 新西兰驻华大使馆');
    expect(ps).toContain('安娜·泰勒 | 副总干事 | 太平洋共同体秘书处');
  });
  it('keeps a company’s region in the title', () => {
    expect(posts('蒙古国驻华大使巴特·孟和、中国中铁股份有限公司东南亚区域总经理刘海出席。')).toContain(
      '刘海 | 东南亚区域总经理 | 中国中铁股份有限公司',
    );
  });
  it('keeps a company’s business unit in the title', () => {
    expect(posts('秘鲁驻华大使路易斯·克萨达、某港口控股有限公司南美业务总经理王立出席。')).toContain(
      '王立 | 南美业务总经理 | 某港口控股有限公司',
    );
  });
});

describe('foreign guests listed one after another', () => {
  it('gives each guest the body written after their own country, never the previous guest’s', () => {
    const ps = posts(
      '美国斯坦福大学东方艺术中心主任约翰·史密斯、塞尔维亚诺维萨德大学历史系教授米洛什·彼得罗维奇、日本京都文化遗产研究所研究员山本一郎作报告。',
    );
    expect(ps).toContain('米洛什·彼得罗维奇 | 历史系教授 | 塞尔维亚诺维萨德大学');
    expect(ps).toContain('山本一郎 | 研究员 | 日本京都文化遗产研究所');
  });
});

describe('Japanese and Korean company titles', () => {
  it('reads 株式会社 as a company and 执行役员, 代表理事, 代表取缔役 as titles at it', () => {
    const ps = posts(
      '富士精工株式会社执行役员周文博、首尔新材料株式会社代表理事吴立群、大和物产株式会社代表取缔役社长郑海涛出席。',
    );
    expect(ps).toContain('周文博 | 执行役员 | 富士精工株式会社');
    expect(ps).toContain('吴立群 | 代表理事 | 首尔新材料株式会社');
    expect(ps).toContain('郑海涛 | 代表取缔役社长 | 大和物产株式会社');
  });
});
