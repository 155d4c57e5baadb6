import { describe, expect, it } from 'vitest';
import { normalizeArticle } from '../normalize';
import { extractArticle } from './index';
import { countryAt, isCountry } from './places';
import { canonicalLine } from './sentences';

const extract = (body: string) =>
  extractArticle(normalizeArticle({ content: Buffer.from(`合作论坛开幕\n${body}`), source: 'f.txt' }));

/** The posts of a short article (a headline, then `body`), as `person | title | organization`. */
function posts(body: string): string[] {
  return extract(body).positions.map((p) => `${p.person} | ${p.title} | ${p.organization ?? ''}`);
}

/** The names an organization of a short article is known by, its own first. */
function formsOf(body: string, name: string): string[] {
  const o = extract(body).organizations.find((x) => x.name === name);
  return o ? [o.name, ...o.aliases] : [];
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
  it('keeps a university’s school and department in the title', () => {
    expect(posts('英国某某学会亚太区总监夏洛特·格林、某某大学经济学院保险学系主任王一参加对话。')).toContain(
      '王一 | 经济学院保险学系主任 | 某某大学',
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

describe('a foreign ministry named by its listed portfolios', () => {
  it('keeps the 、 of the portfolios inside the ministry’s name', () => {
    const ps = posts(
      '缅甸农业、畜牧与灌溉部灌溉司司长吴一、坦桑尼亚教育、科学和技术部副部长约瑟夫·姆贝出席。',
    );
    expect(ps).toContain('约瑟夫·姆贝 | 副部长 | 坦桑尼亚教育、科学和技术部');
    expect(ps).toContain('吴一 | 灌溉司司长 | 缅甸农业、畜牧与灌溉部');
  });
  it('reads the ministry after a head’s post and 兼 as the country’s', () => {
    const ps = posts('斐济共和国副总理兼贸易、合作社和通讯部部长安东·马雷出席。');
    expect(ps).toContain('安东·马雷 | 副总理 | 斐济共和国政府');
    expect(ps).toContain('安东·马雷 | 部长 | 斐济贸易、合作社和通讯部');
  });
  it('leaves a list of places as it was', () => {
    expect(posts('马来西亚巴生港、关丹港与中国北部湾港务集团总经理王一出席。')).toContain(
      '王一 | 总经理 | 中国北部湾港务集团',
    );
  });
});

describe('foreign legislatures', () => {
  it('reads 议会 and 国会 as bodies, 众议员 and 参议员 as titles', () => {
    const ps = posts('某省议会议员王一、阿根廷国会众议员马丁·罗萨出席。');
    expect(ps).toContain('王一 | 议员 | 某省议会');
    expect(ps).toContain('马丁·罗萨 | 众议员 | 阿根廷国会');
  });
  it('gives a legislature named by its type alone after a foreign head’s post the country', () => {
    const ps = posts('希腊前副总理、议会前议长尼科斯·卡拉斯，比利时前首相、欧洲议会前议员伊夫·杜邦出席。');
    expect(ps).toContain('尼科斯·卡拉斯 | 前议长 | 希腊议会');
    expect(ps).toContain('伊夫·杜邦 | 前议员 | 欧洲议会');
  });
  it('seats a place’s legislator in the place’s 议会', () => {
    expect(posts('中国驻某地总领事馆总领事王一、某某市议员李二出席。')).toContain('李二 | 议员 | 某某市议会');
  });
  it('never reads a country’s legislature as short for a chamber of the country', () => {
    const ps = posts('阿根廷国会众议员马丁·罗萨，阿根廷中国商会会长王一出席。');
    expect(ps).toContain('马丁·罗萨 | 众议员 | 阿根廷国会');
  });
});

describe('foreign places’ governments', () => {
  it('seats a foreign place’s head of any level at its 政府, a portfolio in the title', () => {
    const ps = posts('日本大阪府副知事山口一郎、韩国某某特别自治道经济副知事李一出席。');
    expect(ps).toContain('山口一郎 | 副知事 | 日本大阪府政府');
    expect(ps).toContain('李一 | 经济副知事 | 韩国某某特别自治道政府');
    expect(formsOf('日本大阪府副知事山口一郎出席。', '日本大阪府政府')).toContain('大阪府');
  });
  it('knows a place written abroad elsewhere in the report by its name alone', () => {
    const body = '意大利圣罗卡华商总会举行换届。中国驻某地总领事馆总领事王一，圣罗卡市市长安娜·罗西出席。';
    expect(posts(body)).toContain('安娜·罗西 | 市长 | 圣罗卡市政府');
    expect(formsOf(body, '圣罗卡市政府')).toContain('圣罗卡市');
    // …as the station of China’s mission, and a place written after it.
    const station = '中华人民共和国驻某港总领事馆在某港东湾举办活动。东湾市市长约翰·布朗出席。';
    expect(posts(station)).toContain('约翰·布朗 | 市长 | 东湾市政府');
  });
  it('keeps a Chinese city’s head at its people’s government', () => {
    expect(posts('美国总统会见某某市市长王一。某某市市长王一出席。')).toContain(
      '王一 | 市长 | 某某市人民政府',
    );
  });
  it('makes one body of a foreign region’s government written with and without its country', () => {
    const body = '峰会由俄罗斯联邦某某州政府主办。某某州州长伊万·彼得罗夫致辞。';
    expect(posts(body)).toContain('伊万·彼得罗夫 | 州长 | 俄罗斯联邦某某州政府');
    expect(formsOf(body, '俄罗斯联邦某某州政府')).toContain('某某州政府');
  });
});

describe('foreign names and company titles', () => {
  it('ends a dotted name after a syllable 提 before 出席, not before 提出', () => {
    expect(posts('某某物流科技有限公司董事长阿力·艾合买提出席。')).toContain(
      '阿力·艾合买提 | 董事长 | 某某物流科技有限公司',
    );
  });
  it('keeps 也 before a pause in a name', () => {
    const ps = posts('某某株式会社执行役员、中国区总代表渡边一也，某公司副总裁王二出席。');
    expect(ps).toContain('渡边一也 | 执行役员 | 某某株式会社');
    expect(ps).toContain('渡边一也 | 中国区总代表 | 某某株式会社');
  });
  it('reads 董事会成员 and 特别顾问 as titles', () => {
    const ps = posts('德国某某协会董事会成员卡特琳·施密特-霍夫曼博士、某某控股株式会社特别顾问佐藤一出席。');
    expect(ps).toContain('卡特琳·施密特-霍夫曼 | 董事会成员 | 德国某某协会');
    expect(ps).toContain('佐藤一 | 特别顾问 | 某某控股株式会社');
  });
});

describe('a place in brackets inside a body’s name', () => {
  it('keeps the place with the name, before a legal ending or closing it', () => {
    const ps = posts('某某银行（墨西哥）有限公司行长王一、中国某国商会（西南）主席马克·杜兰出席。');
    expect(ps).toContain('王一 | 行长 | 某某银行（墨西哥）有限公司');
    expect(ps).toContain('马克·杜兰 | 主席 | 中国某国商会（西南）');
    expect(extract('中国某国商会（上海）执行董事马克·杜兰出席。').organizations[0]?.kind).toBe('association');
  });
});

describe('a body’s envoy with no office written', () => {
  it('holds 驻华首席代表 at the body, a state’s envoy at its office', () => {
    const ps = posts('某国铁路股份公司驻华首席代表伊万·彼得罗夫、马来西亚驻华首席代表阿里·哈桑出席。');
    expect(ps).toContain('伊万·彼得罗夫 | 驻华首席代表 | 某国铁路股份公司');
    expect(ps).toContain('阿里·哈桑 | 首席代表 | 马来西亚驻华代表处');
  });
});

describe('international bodies ending with 组织 or 机构', () => {
  it('keeps a department of the body in the title', () => {
    const ps = posts(
      '国际某某能机构（IAEA）核能司司长伊万·彼得罗夫、某某江区域合作开发国际组织秘书处主任安东·马雷出席。',
    );
    expect(ps).toContain('伊万·彼得罗夫 | 核能司司长 | 国际某某能机构');
    expect(ps).toContain('安东·马雷 | 秘书处主任 | 某某江区域合作开发国际组织');
  });
  it('leaves words that end so in Chinese bodies alone (社会组织管理局)', () => {
    expect(posts('某省社会组织管理局副局长王一出席。')).toContain('王一 | 副局长 | 某省社会组织管理局');
  });
});

describe('署长 and a foreign body listed after a mission', () => {
  it('reads 署长 as a title, and a foreign ministry after a consulate’s staff as a body of its own', () => {
    const ps = posts('中国驻某地总领事馆副总领事李一，迪拜经济和旅游部商业发展署副署长艾哈迈德·哈桑出席。');
    expect(ps).toContain('艾哈迈德·哈桑 | 商业发展署副署长 | 迪拜经济和旅游部');
  });
});

describe('foreign ministries and their permanent officials', () => {
  it('reads a ministry ending in 安全部 as a body (全部 alone is no ending) and 常务次长 as a title', () => {
    expect(posts('某国联邦农业和粮食安全部常务秘书王一出席。')).toEqual([
      '王一 | 常务秘书 | 某国联邦农业和粮食安全部',
    ]);
    expect(posts('泰国能源部常务次长王二出席。')).toEqual(['王二 | 常务次长 | 泰国能源部']);
  });
});

describe('heads of foreign missions', () => {
  it('writes a consul general’s title bare, an ambassador’s with 驻华', () => {
    expect(posts('德国驻成都总领事约翰·米勒出席。')).toContain('约翰·米勒 | 总领事 | 德国驻成都总领事馆');
    expect(posts('塞尔维亚驻华大使米兰·彼得罗维奇出席。')).toContain(
      '米兰·彼得罗维奇 | 驻华大使 | 塞尔维亚驻华大使馆',
    );
  });
});

describe('Malaysian honours before a name', () => {
  it('leaves 拿督, 拿督斯里, 丹斯里 out of the name', () => {
    expect(posts('马来西亚交通部秘书长拿督阿里·哈桑出席。')).toContain('阿里·哈桑 | 秘书长 | 马来西亚交通部');
    expect(canonicalLine('卸任会长丹斯里王一获委任为永久名誉会长。')).toBe(
      '卸任会长王一获委任为永久名誉会长。',
    );
    expect(canonicalLine('秘书长、学者拿督·王一出席')).toBe('秘书长、学者王一出席');
  });
  it('keeps the honour where a dot joins it to a foreign name, as its first part', () => {
    expect(canonicalLine('大使拿督·阿都拉·哈林出席')).toBe('大使拿督·阿都拉·哈林出席');
  });
});

describe('foreign bodies written with quotes or a federal state', () => {
  it('reads a company’s quoted name after its country as part of the company', () => {
    expect(posts('哈萨克斯坦“某某”农业控股公司首席执行官安娜·伊万诺娃发言。')).toContain(
      '安娜·伊万诺娃 | 首席执行官 | 哈萨克斯坦某某农业控股公司',
    );
    expect(canonicalLine('哈萨克斯坦“某某”农业控股公司首席执行官')).toBe(
      '哈萨克斯坦某某农业控股公司首席执行官',
    );
    // Not after a country: the quotes stay (某市“专精特新”企业服务公司).
    expect(canonicalLine('某市“专精特新”服务公司')).toBe('某市“专精特新”服务公司');
  });
  it('reads a federal state’s ministry named by listed portfolios as one body', () => {
    expect(posts('德国某某-某某州经济、劳动和旅游部国务秘书约翰·劳赫出席。')).toContain(
      '约翰·劳赫 | 国务秘书 | 德国某某-某某州经济、劳动和旅游部',
    );
  });
});

describe('Latin glosses between a foreign guest’s body or name and the title', () => {
  it('drops a body’s Latin short form before its title, also of a council or an institute', () => {
    expect(canonicalLine('国际某某准则理事会（ABC）副主席安娜·布朗出席')).toBe(
      '国际某某准则理事会副主席安娜·布朗出席',
    );
    expect(canonicalLine("英国某某社（Lloyd's）中国区首席执行官约翰·史密斯")).toBe(
      '英国某某社中国区首席执行官约翰·史密斯',
    );
  });
  it('drops a name written in Latin letters before a title said after the name', () => {
    expect(posts('美国某某大学东亚艺术中心主任安娜·米勒（Anna Miller）教授作报告。')).toContain(
      '安娜·米勒 | 教授 | 美国某某大学',
    );
    // Before what the person does it stays, the name's own spelling.
    expect(canonicalLine('安娜·米勒（Anna Miller）作报告')).toBe('安娜·米勒（Anna Miller）作报告');
  });
});

describe('a foreign body’s representative', () => {
  it('reads 代表 between a body and a foreign name as the post held there', () => {
    expect(posts('某公司董事王一、安哥拉国家银行代表若昂·门德斯参与讨论。')).toContain(
      '若昂·门德斯 | 代表 | 安哥拉国家银行',
    );
    expect(posts('非盟驻华代表处代表安娜·马卡拉出席。')).toContain('安娜·马卡拉 | 代表 | 非盟驻华代表处');
  });
  it('reads no post in 代表 before a Chinese name or a group', () => {
    expect(posts('某银行代表王一出席。')).toEqual([]);
    expect(posts('商协会代表和企业家出席。')).toEqual([]);
  });
});

describe('Korean public institutes', () => {
  it('ends a body with 振兴院 or 科学技术院', () => {
    expect(posts('韩国某某产业振兴院某某支援团团长朴一浩出席。')).toContain(
      '朴一浩 | 某某支援团团长 | 韩国某某产业振兴院',
    );
    expect(posts('韩国科学技术院（KAIST）航空工学系教授崔一熙作报告。')).toContain(
      '崔一熙 | 航空工学系教授 | 韩国科学技术院',
    );
  });
});

describe('a foreign name’s last part named again before a title', () => {
  it('is the person named before, with no new post', () => {
    const x = extract(
      '某国贸易部副部长阿斯兰·努尔兰·萨尔森巴耶夫出席并致辞。萨尔森巴耶夫副部长表示，双方合作前景广阔。',
    );
    expect(x.persons.map((p) => p.name)).toEqual(['阿斯兰·努尔兰·萨尔森巴耶夫']);
    expect(x.positions).toHaveLength(1);
  });
});

describe('a foreign guest introduced by where the guest comes from', () => {
  it('reads the dotted name after 来自某国的, its posts in brackets, and shares the list’s verb', () => {
    const x = extract('某公司总经理王一，以及来自巴基斯坦的哈米德·阿里·汗（某某交流协会主席）先后作报告。');
    expect(x.positions.map((p) => `${p.person} | ${p.title} | ${p.organization}`)).toContain(
      '哈米德·阿里·汗 | 主席 | 某某交流协会',
    );
    expect(x.roles.map((r) => `${r.person}:${r.role}`)).toEqual(['王一:speaker', '哈米德·阿里·汗:speaker']);
  });
});

describe('foreign guests’ bodies and posts (s19 foreign3)', () => {
  it('reads a council or secretariat written after a country as that country’s body', () => {
    expect(posts('印度农业研究理事会高级研究员普丽娅·梅农分享了经验。')).toContain(
      '普丽娅·梅农 | 高级研究员 | 印度农业研究理事会',
    );
    expect(posts('匈牙利体育国务秘书处副国务秘书巴拉日·费伦茨作主旨演讲。')).toContain(
      '巴拉日·费伦茨 | 副国务秘书 | 匈牙利体育国务秘书处',
    );
    // An association's own board stays a unit of the association.
    expect(posts('河南省汽车行业协会理事会会长汤汉出席。')).toContain('汤汉 | 会长 | 河南省汽车行业协会');
  });
  it('knows an association or agency written after its country and a foreign city without the country', () => {
    const body = '土耳其伊斯坦布尔纺织品和原材料出口商协会副主席穆拉特·耶尔德兹出席。';
    expect(formsOf(body, '土耳其伊斯坦布尔纺织品和原材料出口商协会')).toContain(
      '伊斯坦布尔纺织品和原材料出口商协会',
    );
    expect(formsOf('厄瓜多尔瓜亚基尔港务局副局长卡洛斯·维加出席。', '厄瓜多尔瓜亚基尔港务局')).toContain(
      '瓜亚基尔港务局',
    );
    // A Chinese body abroad and a ministry keep their country.
    expect(formsOf('南非约翰内斯堡华人工商联合会会长张三出席。', '南非约翰内斯堡华人工商联合会')).toEqual([
      '南非约翰内斯堡华人工商联合会',
    ]);
  });
  it('reads 代表 after a company’s region as its post there', () => {
    expect(posts('波兰乌尔苏斯农机公司中国区代表马雷克·卡明斯基发言。')).toContain(
      '马雷克·卡明斯基 | 中国区代表 | 波兰乌尔苏斯农机公司',
    );
  });
  it('holds a foreign region’s chairman at its government, not a portfolio of 政府', () => {
    expect(posts('俄罗斯联邦滨海边疆区副主席谢尔盖·彼得罗夫致辞。')).toContain(
      '谢尔盖·彼得罗夫 | 副主席 | 俄罗斯联邦滨海边疆区政府',
    );
    expect(posts('俄罗斯阿穆尔州政府副主席德米特里·索科洛夫出席。')).toContain(
      '德米特里·索科洛夫 | 副主席 | 俄罗斯阿穆尔州政府',
    );
  });
});
