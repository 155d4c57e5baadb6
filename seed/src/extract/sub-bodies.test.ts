import { describe, expect, it } from 'vitest';
import { extractArticle } from './index';
import { namedParentOf, namedSubBodyLength } from './sub-bodies';
import { normalizeArticle } from '../normalize/index';

const postsOf = (text: string) =>
  extractArticle(normalizeArticle({ content: Buffer.from(`标题\n${text}`), source: 't.txt' })).positions.map(
    (p) => `${p.person}|${p.organization ?? ''}|${p.title}`,
  );

describe('namedSubBodyLength', () => {
  it("keeps a society's own research society (中国法学会某某研究会) as a body, as both annotators of blind43 do", () => {
    expect(namedSubBodyLength('中国法学会', '网络与信息法学研究会副会长')).toBe(10);
    expect(postsOf('中国法学会国际经济法学研究会副会长孔庆川致辞。')).toContain(
      '孔庆川|中国法学会国际经济法学研究会|副会长',
    );
  });
  it("keeps a trade-promotion council's branch, by place or by trade, as a body (13 rounds' golds)", () => {
    expect(namedSubBodyLength('中国国际贸易促进委员会', '纺织行业分会会长')).toBe(6);
    expect(namedSubBodyLength('中国贸促会', '汕头市支会会长')).toBe(5);
    expect(postsOf('中国国际贸易促进委员会纺织行业分会会长李向阳致辞。')).toContain(
      '李向阳|中国国际贸易促进委员会纺织行业分会|会长',
    );
  });
  it("keeps a government's research office as a body, not a unit in the title", () => {
    expect(namedSubBodyLength('江西省人民政府', '研究室副主任')).toBe(3);
    expect(postsOf('任命谷一鸣为江西省人民政府研究室副主任；')).toEqual([
      '谷一鸣|江西省人民政府研究室|副主任',
    ]);
  });
  it("keeps a national bureau's regional branch, opening with a province or a region, as a body", () => {
    expect(namedSubBodyLength('国家能源局', '华东监管局副局长')).toBe(5);
    expect(namedSubBodyLength('国家矿山安全监察局', '河北局局长')).toBe(3);
    // The National Audit Office's resident office in a city written without its 市 (blind20).
    expect(namedSubBodyLength('审计署', '贵阳特派办二级巡视员')).toBe(5);
    // A statistics bureau's survey corps of a province (blind20's golds, twice).
    expect(namedSubBodyLength('国家统计局', '河南调查总队副总队长')).toBe(6);
    expect(postsOf('国家统计局湖北调查总队副总队长甘一鸣出席。')).toContain(
      '甘一鸣|国家统计局湖北调查总队|副总队长',
    );
    expect(namedSubBodyLength('国家能源局', '四川监管办公室主任')).toBe(7);
  });
  it("keeps a university's press, the State Council's named offices and a commission's regional bureau as bodies", () => {
    // blind16's and blind22's golds: 中南大学出版社, 北京大学出版社 whole.
    expect(namedSubBodyLength('某某大学', '出版社原社长')).toBe(3);
    expect(postsOf('某某大学出版社副总编辑王一出席。')).toContain('王一|某某大学出版社|副总编辑');
    // blind22 and blind23: 国务院参事室, 国务院台湾事务办公室 (its 经济局 stays a unit in the title).
    expect(namedSubBodyLength('国务院', '参事室原副主任')).toBe(3);
    expect(postsOf('国务院台湾事务办公室经济局副局长王一出席。')).toContain(
      '王一|国务院台湾事务办公室|经济局副局长',
    );
    // A commission's regional bureau, as a national bureau's: 中国证监会上海监管局.
    expect(namedSubBodyLength('中国证监会', '上海监管局局长')).toBe(5);
    expect(namedSubBodyLength('国务院', '总理')).toBe(0);
  });
  it("keeps a Party committee's department written right after it as a body that names the committee too", () => {
    // 19 of 20 gold posts written so (北京市委宣传部副部长); 市委常委、宣传部部长 stays a unit in the title.
    expect(namedSubBodyLength('某某市委', '宣传部副部长')).toBe(3);
    expect(namedSubBodyLength('某某省委', '政法委副书记')).toBe(3);
    expect(postsOf('某某省委统战部侨务办公室主任王一出席。')).toContain('王一|某某省委统战部|侨务办公室主任');
    expect(postsOf('某某市委金融委员会办公室副主任王一出席。')).toContain(
      '王一|某某市委金融委员会办公室|副主任',
    );
    expect(namedParentOf('某某省委宣传部')).toBe('某某省委');
    expect(postsOf('某某市委常委、宣传部部长王一出席。')).toContain('王一|某某市委|宣传部部长');
    expect(namedParentOf('某某大学出版社')).toBeNull();
    expect(namedParentOf('某某大街1号省委组织部')).toBeNull();
  });
  it('keeps an institute of the national academies of agricultural and geological sciences as a body naming its academy', () => {
    // blind9, 12, 14, 16, 17 and 21's golds: 8 posts whole, against 2 (blind10, blind12) in the title.
    expect(namedSubBodyLength('中国农业科学院', '烟草研究所副所长')).toBe(5);
    expect(postsOf('中国地质科学院某某研究所研究员王一出席。')).toContain(
      '王一|中国地质科学院某某研究所|研究员',
    );
    expect(namedParentOf('中国农业科学院某某研究所')).toBe('中国农业科学院');
    // A provincial academy's institute stays a unit (blind8, 12 and 22's golds).
    expect(namedSubBodyLength('某某省农业科学院', '某某研究所所长')).toBe(0);
  });
  it('reads an archive (档案馆) as a body of its own, as a library', () => {
    expect(postsOf('某某省档案馆馆长王一出席。')).toContain('王一|某某省档案馆|馆长');
  });
  it("keeps an academy's institute or branch named by a region as a body", () => {
    expect(namedSubBodyLength('中国科学院', '西北高原生物研究所所长')).toBe(9);
    expect(namedSubBodyLength('俄罗斯科学院', '远东分院院士')).toBe(4);
  });
  it("leaves a bureau's own departments and units with no place units of it", () => {
    expect(namedSubBodyLength('国家能源局', '电力司司长')).toBe(0);
    expect(namedSubBodyLength('某市公安局', '交通管理局局长')).toBe(0);
    expect(namedSubBodyLength('中国社会科学院', '世界经济与政治研究所所长')).toBe(0);
  });
  it('keeps every institute of 中国科学院 and a central agency’s 研究院 as bodies (the golds of blind5–12 do)', () => {
    expect(namedSubBodyLength('中国科学院', '声学研究所研究员')).toBe(5);
    expect(namedSubBodyLength('中国科学院', '海西先进制造研究院集成电路研究所所长')).toBe(9);
    expect(namedSubBodyLength('交通运输部', '公路科学研究院院长')).toBe(7);
    expect(namedSubBodyLength('湖北省社会科学院', '哲学研究所所长')).toBe(0);
    expect(postsOf('交通运输部公路科学研究院院长李红、中国科学院声学研究所研究员王建明出席。')).toEqual(
      expect.arrayContaining(['李红|交通运输部公路科学研究院|院长', '王建明|中国科学院声学研究所|研究员']),
    );
  });
  it("keeps a university's institute or college named by its city alone as a body; one named by an area or a subject stays a unit", () => {
    expect(namedSubBodyLength('北方理工大学', '宁波研究院院长')).toBe(5);
    expect(namedSubBodyLength('东海大学', '苏州国际研究生院副院长')).toBe(8);
    expect(namedSubBodyLength('东海大学', '泉州学院院长')).toBe(4);
    expect(namedSubBodyLength('东海大学', '拉美研究院院长')).toBe(0);
    expect(namedSubBodyLength('东海大学', '亚洲研究院院长')).toBe(0);
    expect(namedSubBodyLength('东海大学', '中国经济研究院院长')).toBe(0);
    expect(namedSubBodyLength('东海大学', '法国研究院院长')).toBe(0);
    expect(namedSubBodyLength('东海大学', '江南学院院长')).toBe(0);
    expect(namedSubBodyLength('东海大学', '泉州海洋学院院长')).toBe(0);
    expect(namedSubBodyLength('东海大学', '材料学院院长')).toBe(0);
    expect(
      postsOf(
        '北方理工大学宁波研究院院长钱立群、东海大学苏州国际研究生院信息学部教授孙志伟、东海大学亚洲研究院院长周海涛出席。',
      ),
    ).toEqual([
      '钱立群|北方理工大学宁波研究院|院长',
      '孙志伟|东海大学苏州国际研究生院|信息学部教授',
      '周海涛|东海大学|亚洲研究院院长',
    ]);
    // A graduate school's 学部 after its head's post is the school's (`chainUnitHosts`), not the previous person's body.
    expect(
      postsOf(
        '某科技股份有限公司董事长王一鸣作演讲；东海大学苏州国际研究生院副院长、信息学部教授孙志伟发言。',
      ),
    ).toEqual([
      '王一鸣|某科技股份有限公司|董事长',
      '孙志伟|东海大学苏州国际研究生院|副院长',
      '孙志伟|东海大学苏州国际研究生院|信息学部教授',
    ]);
  });
  it('gives the post at the branch in a sentence', () => {
    expect(postsOf('国家能源局东北监管局副局长孟庆华出席会议并致辞。')).toContain(
      '孟庆华|国家能源局东北监管局|副局长',
    );
    expect(postsOf('国家矿山安全监察局内蒙古局局长包振宇出席。')).toContain(
      '包振宇|国家矿山安全监察局内蒙古局|局长',
    );
  });
});

describe('a department written after its central agency', () => {
  it('names the agency too, as the department’s parent; a named sub-body keeps none', () => {
    const text = [
      '绿色低碳论坛举行',
      '论坛由宜昌市人民政府主办，生态环境部大气环境司、交通运输部综合规划司给予指导，国家体育总局冬季运动管理中心支持。',
    ].join('\n');
    const x = extractArticle(normalizeArticle({ content: Buffer.from(text), source: 't.txt' }));
    const org = (name: string) => x.organizations.find((o) => o.name === name);
    expect(org('生态环境部')).toBeDefined();
    expect(org('生态环境部大气环境司')?.parent).toBe('生态环境部');
    expect(org('交通运输部综合规划司')?.parent).toBe('交通运输部');
    expect(org('国家体育总局冬季运动管理中心')?.parent ?? null).toBeNull();
    expect(org('国家体育总局')).toBeUndefined();
  });
});
