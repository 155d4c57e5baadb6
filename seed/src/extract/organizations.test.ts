import { describe, expect, it } from 'vitest';
import { normalizeArticle } from '../normalize/index';
import { extractArticle } from './index';
import {
  isAbbreviationOf,
  isPlaceBranch,
  kindOf,
  looksLikeOrganization,
  splitTopOrganization,
  stateFormOf,
} from './organizations';

describe('isPlaceBranch', () => {
  it("reads a branch of a place as a body of its own, not an association's specialty branch", () => {
    expect(isPlaceBranch('中国进出口银行广西壮族自治区分行')).toBe(true);
    expect(isPlaceBranch('中国平安人寿保险股份有限公司襄阳中心支公司')).toBe(true);
    // blind20-23: 中国贸促会湖南省分会 whole in the gold, no unit of 中国国际贸易促进委员会.
    expect(isPlaceBranch('中国贸促会湖南省分会')).toBe(true);
    expect(isPlaceBranch('贵州省医学会心血管病学分会')).toBe(false);
    const { organizations, positions } = extractArticle(
      normalizeArticle({
        content: Buffer.from('标题\n中国国际贸易促进委员会副会长王一、中国贸促会湖南省分会会长李二出席。'),
        source: 't.txt',
      }),
    );
    expect(positions.map((p) => `${p.person}|${p.organization ?? ''}|${p.title}`)).toContain(
      '李二|中国贸促会湖南省分会|会长',
    );
    expect(organizations.find((o) => o.name === '中国贸促会湖南省分会')?.parent ?? null).toBeNull();
  });
});

describe('splitTopOrganization', () => {
  it('reads a union of cooperatives (合作社联合社) as one body, not a cooperative and a unit', () => {
    // 罗田县板栗专业合作社联合社理事长: both annotators of blind42; 10 gold posts at a 供销合作社联合社 agree.
    expect(splitTopOrganization('罗田县板栗专业合作社联合社理事长')).toEqual({
      org: '罗田县板栗专业合作社联合社',
      rest: '理事长',
    });
    expect(splitTopOrganization('江西省供销合作社联合社党组书记')?.org).toBe('江西省供销合作社联合社');
  });
  it('reads 集团 right after a bureau’s or an institute’s name as that name’s own ending', () => {
    expect(splitTopOrganization('南岭局集团战略发展部')).toEqual({ org: '南岭局集团', rest: '战略发展部' });
    expect(splitTopOrganization('某某第四设计院集团')).toEqual({ org: '某某第四设计院集团', rest: '' });
    expect(splitTopOrganization('南岭局集团有限公司')?.org).toBe('南岭局集团有限公司');
    // 投资银行 is a securities firm's line of business, no bank (blind21, blind36).
    expect(splitTopOrganization('投资银行部负责人')?.org).not.toBe('投资银行');
    expect(splitTopOrganization('某某证券股份有限公司投资银行部')).toEqual({
      org: '某某证券股份有限公司',
      rest: '投资银行部',
    });
  });
  it('keeps a bracketed place before a company’s legal ending in its name (某某集团（大连）有限公司)', () => {
    expect(splitTopOrganization('某某集团（大连）有限公司副总裁')).toEqual({
      org: '某某集团（大连）有限公司',
      rest: '副总裁',
    });
    expect(splitTopOrganization('某某集团（大连）研发中心')?.org).toBe('某某集团');
  });
  it('keeps a government agency’s division (处) as a unit, out of the agency’s name', () => {
    expect(splitTopOrganization('某省人民政府国有资产监督管理委员会企业领导人员管理处')).toEqual({
      org: '某省人民政府国有资产监督管理委员会',
      rest: '企业领导人员管理处',
    });
    expect(splitTopOrganization('某省政府办公厅三处')).toEqual({ org: '某省政府办公厅', rest: '三处' });
    expect(splitTopOrganization('某省人民政府驻北京办事处')?.org).toBe('某省人民政府驻北京办事处');
    expect(splitTopOrganization('某省人民政府外事办公室')?.org).toBe('某省人民政府外事办公室');
  });
  it('reads a group’s company named in a few words (集团 + 福建公司) as one body with the group', () => {
    expect(splitTopOrganization('南岭能源集团福建公司')).toEqual({ org: '南岭能源集团福建公司', rest: '' });
    expect(splitTopOrganization('南岭建投集团国际公司')?.org).toBe('南岭建投集团国际公司');
    // 集团公司 is the group itself; a 下属公司 is no name.
    expect(splitTopOrganization('南岭集团公司')?.org).toBe('南岭集团公司');
    expect(splitTopOrganization('南岭集团下属公司')?.org).toBe('南岭集团');
  });
  it('ends a fire and rescue or survey corps at 总队/支队, its departments after it', () => {
    expect(splitTopOrganization('南岭省消防救援总队政治部')).toEqual({
      org: '南岭省消防救援总队',
      rest: '政治部',
    });
    expect(splitTopOrganization('南岭市消防救援支队')?.org).toBe('南岭市消防救援支队');
    expect(kindOf('南岭省消防救援总队')).toBe('agency');
  });
  it("reads a government's agency and an association named after its members as one body", () => {
    expect(splitTopOrganization('甘肃省政府国资委')).toEqual({ org: '甘肃省政府国资委', rest: '' });
    expect(splitTopOrganization('云南省人民政府办公厅')?.org).toBe('云南省人民政府办公厅');
    expect(splitTopOrganization('中国国际跨国公司促进会')?.org).toBe('中国国际跨国公司促进会');
    // A Party department written right after its committee is a body (19 of 20 gold posts so written).
    expect(splitTopOrganization('某市委宣传部')).toEqual({ org: '某市委宣传部', rest: '' });
    expect(splitTopOrganization('某公司党委办公室')).toEqual({ org: '某公司', rest: '党委办公室' });
    // A dash after a body joins it to the next name, one joint body (blind22): no unit opens with a dash.
    expect(splitTopOrganization('某某大学–某某省航天协同创新中心')).toEqual({
      org: '某某大学–某某省航天协同创新中心',
      rest: '',
    });
    expect(splitTopOrganization('某某大学–某某研究院办公室')).toEqual({
      org: '某某大学–某某研究院',
      rest: '办公室',
    });
    expect(splitTopOrganization('某公司工会')).toEqual({ org: '某公司', rest: '工会' });
    // 集团 right after a body that ends sooner (局) ends the group's name: no unit of the bureau.
    expect(splitTopOrganization('招商局集团')).toEqual({ org: '招商局集团', rest: '' });
    expect(splitTopOrganization('某建三局集团战略发展部')).toEqual({
      org: '某建三局集团',
      rest: '战略发展部',
    });
    expect(splitTopOrganization('某建三局集团公司')?.org).not.toBe('某建三局集团');
    // An office a known body keeps elsewhere is a body; a department after it is its unit (blind13, blind21).
    expect(splitTopOrganization('中央人民政府驻澳门特别行政区联络办公室经济部')).toEqual({
      org: '中央人民政府驻澳门特别行政区联络办公室',
      rest: '经济部',
    });
    expect(splitTopOrganization('外交部驻澳门特派员公署')).toEqual({
      org: '外交部驻澳门特派员公署',
      rest: '',
    });
    // A national broadcaster whose name has no ending (总台) is known by name; its 局 is its unit (blind18).
    expect(splitTopOrganization('中央广播电视总台技术局')).toEqual({
      org: '中央广播电视总台',
      rest: '技术局',
    });
    expect(splitTopOrganization('十堰市人民政府协办')).toEqual({ org: '十堰市人民政府', rest: '协办' });
    // 国会 (a parliament) is no ending where 会计 or 会展 goes on; 律协 ends a lawyers' association (公司法 is a law).
    expect(splitTopOrganization('中国会计学会某某专业委员会')?.org).toBe('中国会计学会');
    expect(splitTopOrganization('中国会展经济研究会学术委员会')?.org).toBe('中国会展经济研究会');
    expect(splitTopOrganization('某国国会')?.org).toBe('某国国会');
    expect(splitTopOrganization('省律协公司法专业委员会')).toEqual({
      org: '省律协',
      rest: '公司法专业委员会',
    });
    expect(splitTopOrganization('某医科大学第一医院心内科')).toEqual({
      org: '某医科大学第一医院',
      rest: '心内科',
    });
    expect(splitTopOrganization('复旦大学附属肿瘤医院')?.org).toBe('复旦大学附属肿瘤医院');
    // A university's hospital written through its medical school (blind38, 23 of 23 gold posts whole), also a
    // Japanese 医学部附属病院.
    expect(splitTopOrganization('某某科技大学同济医学院附属协和医院急诊科主任')).toEqual({
      org: '某某科技大学同济医学院附属协和医院',
      rest: '急诊科主任',
    });
    expect(splitTopOrganization('东京大学医学部附属病院老年病科教授')?.org).toBe('东京大学医学部附属病院');
    // A branch of an autonomous region written in full, an insurer's 中心支公司, a news agency's 分社 (blind36, 39).
    expect(splitTopOrganization('中国进出口银行广西壮族自治区分行行长')?.org).toBe(
      '中国进出口银行广西壮族自治区分行',
    );
    expect(splitTopOrganization('中国平安财产保险股份有限公司宜宾中心支公司总经理')?.org).toBe(
      '中国平安财产保险股份有限公司宜宾中心支公司',
    );
    expect(splitTopOrganization('新华社陕西分社社长')?.org).toBe('新华社陕西分社');
    expect(splitTopOrganization('某大学医院管理处')).toEqual({ org: '某大学', rest: '医院管理处' });
    expect(splitTopOrganization('某某大学人民医院眼科主任')).toEqual({
      org: '某某大学人民医院',
      rest: '眼科主任',
    });
    expect(splitTopOrganization('某某大学湘雅医院副院长')?.org).toBe('某某大学湘雅医院');
    expect(splitTopOrganization('某省地质调查院院长')).toEqual({ org: '某省地质调查院', rest: '院长' });
    expect(splitTopOrganization('某市城市规划院总工程师')?.org).toBe('某市城市规划院');
    expect(splitTopOrganization('东亚地区地方政府联合会')?.org).toBe('东亚地区地方政府联合会');
    // 侨联 inside 华侨联合总会 does not end the name.
    expect(splitTopOrganization('西班牙华人华侨联合总会副主席')).toEqual({
      org: '西班牙华人华侨联合总会',
      rest: '副主席',
    });
  });
  it('keeps a body with a name of its own after its parent whole, and generic units as units', () => {
    expect(splitTopOrganization('中南大学湘雅医院心内科')).toEqual({
      org: '中南大学湘雅医院',
      rest: '心内科',
    });
    expect(splitTopOrganization('中国中医科学院广安门医院')?.org).toBe('中国中医科学院广安门医院');
    // 中国红十字会总会 is the national society's own name, its departments units.
    expect(splitTopOrganization('中国红十字会总会赈济救护部')).toEqual({
      org: '中国红十字会总会',
      rest: '赈济救护部',
    });
    // A university's hospital written right after it (某大学医院) is one body, as one with a name of its own is.
    expect(splitTopOrganization('某国某某大学医院')?.org).toBe('某国某某大学医院');
    // A central agency's institute opening with a region or an ordinal is a body; one named by its subject a unit.
    expect(splitTopOrganization('自然资源部第一海洋研究所')?.org).toBe('自然资源部第一海洋研究所');
    expect(splitTopOrganization('国家林业和草原局西南调查规划院')?.org).toBe(
      '国家林业和草原局西南调查规划院',
    );
    expect(splitTopOrganization('国家发展和改革委员会综合运输研究所')?.org).toBe('国家发展和改革委员会');
    // A group's research academy with a name of its own (中央研究院, 第二研究院) is a body; a company's stays a unit.
    expect(splitTopOrganization('某某能源集团煤炭经济研究院')).toEqual({
      org: '某某能源集团煤炭经济研究院',
      rest: '',
    });
    expect(splitTopOrganization('某某航天集团第二研究院')).toEqual({
      org: '某某航天集团第二研究院',
      rest: '',
    });
    expect(splitTopOrganization('某某机械股份有限公司研究院')).toEqual({
      org: '某某机械股份有限公司',
      rest: '研究院',
    });
    // An institute's branch (分院) and a procuratorate's or court's numbered branch are bodies with heads of their own.
    expect(splitTopOrganization('某某研究院西部分院')).toEqual({ org: '某某研究院西部分院', rest: '' });
    expect(splitTopOrganization('某市人民检察院第五分院')).toEqual({
      org: '某市人民检察院第五分院',
      rest: '',
    });
    expect(splitTopOrganization('某市人民检察院第五检察部')).toEqual({
      org: '某市人民检察院',
      rest: '第五检察部',
    });
    expect(splitTopOrganization('浙江大学医学院')?.org).toBe('浙江大学医学院');
    expect(splitTopOrganization('中国科学院福建物质结构研究所')?.org).toBe('中国科学院福建物质结构研究所');
    // An institute named after a country it studies is a name of its own, as one named after a province.
    expect(splitTopOrganization('中国社会科学院日本研究所所长')).toEqual({
      org: '中国社会科学院日本研究所',
      rest: '所长',
    });
    expect(splitTopOrganization('某省社会科学院俄罗斯中亚研究所')?.org).toBe(
      '某省社会科学院俄罗斯中亚研究所',
    );
    // A discipline alone is no name of its own: the institute or college stays a unit.
    expect(splitTopOrganization('某省社会科学院经济研究所')).toEqual({
      org: '某省社会科学院',
      rest: '经济研究所',
    });
    expect(splitTopOrganization('湖南大学土木工程学院')).toEqual({ org: '湖南大学', rest: '土木工程学院' });
    expect(splitTopOrganization('某大学基础医学院')).toEqual({ org: '某大学', rest: '基础医学院' });
  });
  it("reads a country's legislature as a body (秘鲁国会, 智利众议院), not 中国会 of 中国会计学会", () => {
    expect(splitTopOrganization('智利众议院')?.org).toBe('智利众议院');
    expect(splitTopOrganization('意大利共和国参议院')?.org).toBe('意大利共和国参议院');
    expect(splitTopOrganization('哥伦比亚国会')?.org).toBe('哥伦比亚国会');
    expect(splitTopOrganization('中国会计学会')?.org).toBe('中国会计学会');
  });
  it('takes the first complete organization and keeps sub-units as the rest', () => {
    expect(splitTopOrganization('工业和信息化部产业政策与法规司产业组织处')).toEqual({
      org: '工业和信息化部',
      rest: '产业政策与法规司产业组织处',
    });
    expect(splitTopOrganization('某省工业经济联合会')).toEqual({ org: '某省工业经济联合会', rest: '' });
    expect(splitTopOrganization('国家发展和改革委员会')?.org).toBe('国家发展和改革委员会');
    expect(splitTopOrganization('某某集团有限公司')?.org).toBe('某某集团有限公司');
    expect(splitTopOrganization('东风区委')?.org).toBe('东风区委');
    expect(splitTopOrganization('国务院国资委')?.org).toBe('国务院国资委');
    // A group's company written after the group's name is one company; a group's unit stays a unit.
    expect(splitTopOrganization('徐工集团工程机械股份有限公司')?.org).toBe('徐工集团工程机械股份有限公司');
    expect(splitTopOrganization('某某集团财务部')).toEqual({ org: '某某集团', rest: '财务部' });
    // A group's provincial company is one company too; a company after the group's post is another body.
    expect(splitTopOrganization('中国华电集团江西发电有限公司')?.org).toBe('中国华电集团江西发电有限公司');
    expect(splitTopOrganization('盛通集团副总裁兼浙江华阀阀门有限公司')?.org).toBe('盛通集团');
  });
  it('reads a company written right after any body (a bureau, a known short form) as one name', () => {
    expect(splitTopOrganization('华建六局安装工程有限公司总经理')).toEqual({
      org: '华建六局安装工程有限公司',
      rest: '总经理',
    });
    expect(splitTopOrganization('远洋局航运物流股份有限公司副总裁')?.org).toBe('远洋局航运物流股份有限公司');
    // Two companies joined by 和 are two, and a company's own company is not read after its legal ending.
    expect(splitTopOrganization('华建六局和江南机电有限公司')?.org).toBe('华建六局');
    expect(splitTopOrganization('华建六局安装工程有限公司江南机电有限公司')?.org).toBe(
      '华建六局安装工程有限公司',
    );
  });
  it('keeps a branch of a place on the name of the body it belongs to', () => {
    expect(splitTopOrganization('中国德国商会华南分会主席')).toEqual({
      org: '中国德国商会华南分会',
      rest: '主席',
    });
    expect(splitTopOrganization('中国贸促会江西省委员会副会长')?.org).toBe('中国贸促会江西省委员会');
    expect(splitTopOrganization('中国人民银行深圳总部副主任')?.org).toBe('中国人民银行深圳总部');
    expect(splitTopOrganization('南岭能源集团贵州分公司总经理')?.org).toBe('南岭能源集团贵州分公司');
    expect(splitTopOrganization('某某律师事务所香港分所合伙人')?.org).toBe('某某律师事务所香港分所');
    expect(splitTopOrganization('某某电力有限公司等设分会场')?.org).toBe('某某电力有限公司');
    expect(splitTopOrganization('中国贸促会专家委员会主任')?.org).toBe('中国贸促会');
    // An association named after its members' kind of body; of associations, only a federation.
    expect(splitTopOrganization('中国医院协会副会长')?.org).toBe('中国医院协会');
    expect(splitTopOrganization('四川省博物馆学会秘书长')?.org).toBe('四川省博物馆学会');
    expect(splitTopOrganization('泰国福建会馆联合会主席')?.org).toBe('泰国福建会馆联合会');
    expect(splitTopOrganization('某省科学技术协会学会学术部部长')?.org).toBe('某省科学技术协会');
    expect(splitTopOrganization('天健会计师事务所（特殊普通合伙）审计经理')?.org).toBe(
      '天健会计师事务所（特殊普通合伙）',
    );
  });
  it('finds none in a qualifier', () => {
    expect(splitTopOrganization('质量管理')).toBeNull();
    expect(splitTopOrganization('战略运营中心')).toBeNull();
  });
});

describe('kindOf', () => {
  it('maps endings to kinds', () => {
    expect(kindOf('某某市工业和信息化局')).toBe('agency');
    expect(kindOf('某某行业协会')).toBe('association');
    expect(kindOf('某某区人民政府')).toBe('government');
    expect(kindOf('某某区委')).toBe('government');
    expect(kindOf('某某机械股份有限公司')).toBe('enterprise');
    expect(kindOf('国资委')).toBe('agency');
    // Law firms, museums and libraries, and overseas clan bodies (会馆, 公会, 同乡会, 总会): blind6–10 and blind13.
    expect(kindOf('浙江天册律师事务所')).toBe('enterprise');
    expect(kindOf('宁波博物院')).toBe('other');
    expect(kindOf('温州市图书馆')).toBe('other');
    expect(kindOf('马来西亚雪隆福建会馆')).toBe('association');
    expect(kindOf('菲律宾中华公会')).toBe('association');
    expect(kindOf('日本华侨华人联合总会')).toBe('association');
  });
});

describe('looksLikeOrganization / isAbbreviationOf', () => {
  it('accepts organization names only', () => {
    expect(looksLikeOrganization('某市工业经济联合会')).toBe(true);
    expect(looksLikeOrganization('符合条件的企业')).toBe(false);
  });
  it('recognises short forms made of kept characters', () => {
    expect(isAbbreviationOf('中国工经联', '中国工业经济联合会')).toBe(true);
    // 某省商会 is a chamber of its own beside the province's 工商业联合会, whose characters it keeps in order.
    expect(isAbbreviationOf('贵州省商会', '贵州省工商业联合会')).toBe(false);
    expect(isAbbreviationOf('某国汽车报', '某国汽车报社')).toBe(true);
    expect(isAbbreviationOf('某国汽车报', '某国汽车报网')).toBe(false);
    // Another agency of the same government is no short form of its office: 民政 is drawn from 人民政府.
    expect(isAbbreviationOf('某省民政厅', '某省人民政府办公厅')).toBe(false);
    expect(isAbbreviationOf('某省国资委', '某省人民政府国有资产监督管理委员会')).toBe(true);
    expect(isAbbreviationOf('某市工信局', '某市工业和信息化局')).toBe(true);
    expect(isAbbreviationOf('中国工经', '中国工业经济联合会')).toBe(false);
    expect(isAbbreviationOf('某省工经联', '中国工业经济联合会')).toBe(false);
    // A country's government, where a foreign head's post is, is not short for one of its provinces'.
    expect(isAbbreviationOf('肯尼亚政府', '肯尼亚内罗毕省人民政府')).toBe(false);
    // A university written whole is that university, not short for another's college (blind20).
    expect(isAbbreviationOf('南岭大学', '南岭师范大学法学院')).toBe(false);
    expect(isAbbreviationOf('南岭师大', '南岭师范大学')).toBe(true);
    // A department's name is no short form of the government's office whose 人民政府 holds its characters (blind20).
    expect(isAbbreviationOf('南岭省民政厅', '南岭省人民政府办公厅')).toBe(false);
    expect(isAbbreviationOf('南岭省政府办', '南岭省人民政府办公厅')).toBe(true);
  });
  it('never reads a body of a place as short for the same body of a place inside it', () => {
    expect(isAbbreviationOf('国家邮政总局南岭市邮政局', '国家邮政总局南岭市临川新区邮政局')).toBe(false);
    expect(isAbbreviationOf('某总局南岭省税务局', '某总局南岭省临川市税务局')).toBe(false);
    // A short form of the same body still is one.
    expect(isAbbreviationOf('南岭市工信局', '南岭市工业和信息化局')).toBe(true);
  });
  it("never reads a group's legal name as the short form of another company's", () => {
    expect(isAbbreviationOf('东岭集团有限公司', '东湖岭南冶金（集团）股份有限公司')).toBe(false);
    expect(isAbbreviationOf('江海航运集团有限公司', '江海航运集团北港股份有限公司')).toBe(false);
    const x = extractArticle(
      normalizeArticle({
        content:
          '座谈会举行\n江海航运集团有限公司党委书记、董事长魏长河，江海航运集团北港股份有限公司总经理秦立出席座谈会。',
        source: 'x.txt',
      }),
    );
    expect(x.positions.filter((p) => p.person === '魏长河').map((p) => p.organization)).toEqual([
      '江海航运集团有限公司',
      '江海航运集团有限公司',
    ]);
  });
});

describe('a group and the joint-stock company named by its brand', () => {
  it('are two bodies, the group’s officers at the group', () => {
    const x = extractArticle(
      normalizeArticle({
        content: [
          '江海出版传媒集团年度出版工作会议召开',
          '1月8日，江海出版传媒集团年度出版工作会议在武汉召开。会议由江海出版传媒集团主办，集团出版管理部承办。',
          '集团党委书记、董事长王一作工作报告。集团党委副书记、总经理，湖东江海出版传媒股份有限公司董事长李二主持会议。',
        ].join('\n'),
        source: 'x.txt',
      }),
    );
    expect(x.organizations.map((o) => o.name)).toEqual(
      expect.arrayContaining(['江海出版传媒集团', '湖东江海出版传媒股份有限公司']),
    );
    expect(x.positions.filter((p) => p.person === '王一').map((p) => p.organization)).toEqual([
      '江海出版传媒集团',
      '江海出版传媒集团',
    ]);
  });
});

describe('organizations of places and offices', () => {
  it('keeps an office stationed elsewhere whole (驻某地办事处)', () => {
    expect(splitTopOrganization('某省人民政府驻深圳办事处主任')).toEqual({
      org: '某省人民政府驻深圳办事处',
      rest: '主任',
    });
  });
  it('reads town and street Party committees and prefectural offices as government', () => {
    expect(kindOf('城关镇党委')).toBe('government');
    expect(kindOf('东城街道党工委')).toBe('government');
    expect(kindOf('某某地区行署')).toBe('government');
  });
});

describe('state forms of central agencies', () => {
  it('reads 中华人民共和国商务部 as 商务部, keeping the full form as an alias', () => {
    const x = extractArticle(
      normalizeArticle({
        content: '会议举行\n2024年6月2日，中华人民共和国商务部副部长李小红出席会议并致辞。',
        source: 't.txt',
      }),
    );
    expect(x.organizations.map((o) => [o.name, o.aliases])).toEqual([['商务部', ['中华人民共和国商务部']]]);
    expect(x.positions.map((p) => p.organization)).toEqual(['商务部']);
    expect(stateFormOf('中华人民共和国教育部')).toBe('教育部');
    expect(stateFormOf('中华人民共和国中国科学院')).toBeNull();
  });
});

describe('elder-care and township health bodies', () => {
  it('end a body by their type (敬老院, 老年公寓, 卫生院 …)', () => {
    expect(splitTopOrganization('保定市康乐老年公寓院长')?.org).toBe('保定市康乐老年公寓');
    expect(splitTopOrganization('固原市第一敬老院副院长')?.org).toBe('固原市第一敬老院');
    expect(splitTopOrganization('三营镇卫生院院长')?.org).toBe('三营镇卫生院');
    const x = extractArticle(
      normalizeArticle({ content: '标题\n沧州市颐和养老院院长孟凡出席并发言。', source: 'x.txt' }),
    );
    expect(x.positions.map((p) => `${p.person}|${p.organization}|${p.title}`)).toEqual([
      '孟凡|沧州市颐和养老院|院长',
    ]);
  });
});

describe('a university of several seats', () => {
  it('keeps the seat written in brackets in its name, and nothing else there', () => {
    expect(splitTopOrganization('中国石油大学（华东）副校长')).toEqual({
      org: '中国石油大学（华东）',
      rest: '副校长',
    });
    expect(splitTopOrganization('中国地质大学（武汉）教授')?.org).toBe('中国地质大学（武汉）');
    expect(splitTopOrganization('某大学（筹）校长')?.org).toBe('某大学');
  });
});

describe('delegations and foreign representatives', () => {
  const posts = (text: string) =>
    extractArticle(normalizeArticle({ content: `标题\n${text}`, source: 'x.txt' })).positions.map(
      (p) => `${p.person}|${p.organization}|${p.title}`,
    );
  it('reads 代表团 as a body, 团长 and 驻华代表 as titles', () => {
    expect(posts('欧盟驻华代表团副团长马可·贝利出席。')).toEqual(['马可·贝利|欧盟驻华代表团|副团长']);
    expect(posts('某省农业代表团团长许文出席。')).toEqual(['许文|某省农业代表团|团长']);
    expect(posts('世界粮食计划署驻华代表安娜·索菲致辞。').map((p) => p.split('|')[0])).toEqual(['安娜·索菲']);
  });
});

describe('credits at the publisher', () => {
  const credits = (text: string) => {
    const x = extractArticle(normalizeArticle({ content: `标题\n${text}`, source: 'x.txt' }));
    return (x.credits ?? [])
      .filter((c) => ['编辑', '责任编辑', '审核', '通讯员'].includes(c.title))
      .map((c) => `${c.name}|${c.organization}|${c.title}`);
  };
  it("keeps a county's 融媒体中心 a body of its own beside a university the article names", () => {
    expect(credits('某某农业大学校长王一致辞。\n来源：某县融媒体中心\n编辑：李二')).toEqual([
      '李二|某县融媒体中心|编辑',
    ]);
  });
  it("puts the credits of a body's own web site at the body, a paper's correspondent at none", () => {
    expect(credits('某某工业联合会会长王一致辞。\n来源：某某工业联合会网站\n编辑：李二')).toEqual([
      '李二|某某工业联合会|编辑',
    ]);
    // A correspondent is credited at no body; credits are no facts, so none is held back for its confidence.
    expect(credits('来源：某江日报\n本报讯（记者 王一 通讯员 李二）会议召开。')).toEqual([
      '李二|null|通讯员',
    ]);
  });
  it('puts the credits of a WeChat post at the account its masthead names, written in full', () => {
    expect(
      credits('标题\n原创 某国华联会 2026-03-30 09:18 某国\n某国华人华侨联合会会长王一致辞。\n编辑：李二'),
    ).toEqual(['李二|某国华人华侨联合会|编辑']);
  });
  it("puts the credits of a university's own news (我校) at the university where no outlet is named", () => {
    expect(credits('论坛在我校召开。某某工业大学校长王一致辞。\n（供稿：科技处　审核：李二）')).toEqual([
      '李二|某某工业大学|审核',
    ]);
  });
  it('puts the editors of a reposted report at the site, its reporters at the paper', () => {
    const x = extractArticle(
      normalizeArticle({
        content:
          '标题\n某连新闻网　2026-11-19 08:05　来源：某连日报\n本报讯（记者 王一）会议召开。\n编辑：李二',
        source: 'x.txt',
      }),
    );
    expect((x.credits ?? []).map((c) => `${c.name}|${c.organization}|${c.title}`).sort()).toEqual([
      '李二|某连新闻网|编辑',
      '王一|某连日报|记者',
    ]);
    // Credits are the article's, not the graph's: no person, post or outlet of their own.
    expect(x.persons.map((p) => p.name)).toEqual([]);
    expect(x.positions).toEqual([]);
    expect(x.organizations.map((o) => o.name)).toEqual([]);
  });
  it("puts the credits of an association's secretariat at the association", () => {
    expect(credits('某某总商会会长王一致辞。\n来源：某某总商会秘书处\n责任编辑：李二')).toEqual([
      '李二|某某总商会|责任编辑',
    ]);
  });
});

describe('bodies ending in 厂', () => {
  const posts = (line: string) =>
    extractArticle(normalizeArticle({ content: `标题\n${line}\n`, source: 'x.txt' })).positions.map(
      (p) => `${p.person}:${p.title}@${p.organization}`,
    );
  it('hold the posts written after them (a foreign factory)', () => {
    expect(posts('明斯克拖拉机厂副总经理李春介绍了合作情况。')).toEqual(['李春:副总经理@明斯克拖拉机厂']);
  });
  it('leave a 加工厂 in running text no body (投资建设果品加工厂)', () => {
    const x = extractArticle(
      normalizeArticle({
        content: '标题\n乌方欢迎中国企业到乌兹别克斯坦投资建设果品加工厂。\n',
        source: 'x.txt',
      }),
    );
    expect(x.organizations.map((o) => o.name).filter((n) => n.endsWith('厂'))).toEqual([]);
  });
  it('go on over a bracketed 集团 into the company’s name', () => {
    expect(posts('贵州茅台酒厂（集团）习酒有限责任公司财务总监梅雪出席。')).toEqual([
      '梅雪:财务总监@贵州茅台酒厂（集团）习酒有限责任公司',
    ]);
  });
});
