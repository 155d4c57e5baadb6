import { describe, expect, it } from 'vitest';
import { normalizeArticle } from '../normalize';
import { extractArticle } from './index';
import { bareUnitHosts } from './unit-hosts';

const run = (content: string) => extractArticle(normalizeArticle({ content, source: 'x.txt' }));
const parentOf = (x: ReturnType<typeof run>, name: string) =>
  x.organizations.find((o) => o.name === name)?.parent ?? null;

describe('bareUnitHosts', () => {
  it('reads units named alone by their ending, not bodies with a place, a nation or a name of their own', () => {
    expect(bareUnitHosts('骨科')).toBeNull();
    expect(bareUnitHosts('神经外科')).toEqual(['医院']);
    expect(bareUnitHosts('投资者关系部')).toContain('公司');
    expect(bareUnitHosts('海外事业部')).toEqual(['公司', '集团']);
    expect(bareUnitHosts('市委宣传部')).toBeNull();
    expect(bareUnitHosts('马来西亚贸工部')).toBeNull();
    expect(bareUnitHosts('教育部')).toBeNull();
    // 中央 opens a body of the central level, as 中国 and 国家 do: no department of a company the text names.
    expect(bareUnitHosts('中央宣传部')).toBeNull();
    expect(bareUnitHosts('中宣部')).toBeNull();
    // A party's own body (致公党某市支部) is no department of a hospital the text names (blind7-11).
    expect(bareUnitHosts('致公党某某市支部')).toBeNull();
    expect(bareUnitHosts('民进某某市委会')).toBeNull();
    expect(bareUnitHosts('土木工程学院')).toBeNull();
    // A village's Party branch names its village: no unit of the article's company.
    expect(bareUnitHosts('花某沟村党支部')).toBeNull();
    expect(bareUnitHosts('某岭村党支部')).toBeNull();
    // A bare 村党支部 names no village: it is read as before.
    expect(bareUnitHosts('村党支部')).not.toBeNull();
    expect(bareUnitHosts('公司党支部')).toEqual(['公司', '集团', '医院', '大学', '大使馆', '总领事馆']);
  });
  it('reads a long name opening with a place as a body of that place, a region of China’s as a unit', () => {
    expect(bareUnitHosts('迪拜经济和旅游部')).toBeNull();
    expect(bareUnitHosts('深圳国际会展中心')).toBeNull();
    expect(bareUnitHosts('华东区域市场营销部')).toContain('公司');
  });
});

describe('a unit named alone', () => {
  it("belongs to the publisher's hospital, not to a partner hospital the headline names", () => {
    const x = run(
      [
        '我院与临河县人民医院签署专科联盟协议',
        '来源：江州市第三人民医院宣传科　发布时间：2026-03-02',
        '3月1日，江州市第三人民医院与临河县人民医院签署协议。神经外科主任韩立新介绍了联盟方案，临河县人民医院院长邵明出席。',
      ].join('\n'),
    );
    expect(parentOf(x, '神经外科')).toBe('江州市第三人民医院');
  });
  it("belongs to the article's one company", () => {
    const x = run(
      [
        '远帆物流股份有限公司举办投资者交流会',
        '4月8日，远帆物流股份有限公司举办投资者交流会，董事长彭海洋致辞。投资者关系部经理苗青介绍了年度经营情况。',
      ].join('\n'),
    );
    expect(parentOf(x, '投资者关系部')).toBe('远帆物流股份有限公司');
    const post = x.positions.find((p) => p.person === '苗青');
    expect(`${post?.title}@${post?.organization}`).toBe('经理@投资者关系部');
  });
  it('of several bodies it may belong to, belongs to the one named last before it, or stays alone', () => {
    const x = run(
      [
        '两家企业签署合作协议',
        '甲辰科技有限公司与乙未能源集团有限公司签署合作协议。乙未能源集团有限公司董事长许文介绍了合作背景，战略发展部总经理秦川介绍了合作内容。',
      ].join('\n'),
    );
    expect(parentOf(x, '战略发展部')).toBe('乙未能源集团有限公司');
    const y = run(
      [
        '两家企业签署合作协议',
        '战略发展部总经理秦川介绍了合作内容。甲辰科技有限公司总经理许文、乙未能源集团有限公司董事长周全签约。',
      ].join('\n'),
    );
    expect(y.organizations.map((o) => o.name)).toContain('战略发展部');
    expect(parentOf(y, '战略发展部')).toBeNull();
  });
});

describe('a unit named before the one body that may hold it', () => {
  it('is a body of its own', () => {
    const x = run(
      [
        '第三届某某水资源合作论坛开幕',
        '论坛由水利部主办，澜湄水资源合作中心承办。开幕式由澜湄水资源合作中心主任金一主持。江南大学水利系教授田二作报告。',
      ].join('\n'),
    );
    expect(parentOf(x, '澜湄水资源合作中心')).toBeNull();
    const post = x.positions.find((p) => p.person === '金一');
    expect(`${post?.title}@${post?.organization}`).toBe('主任@澜湄水资源合作中心');
  });
});

describe('a college or office named alone', () => {
  const report = (masthead: string) =>
    run(
      [
        '学校召开青年教师座谈会',
        masthead,
        '4月16日，某某农业大学召开青年教师座谈会。园艺学院教授孙二强发言。国际合作办公室主任赵三出席。',
      ].join('\n'),
    );
  it("belongs to the university whose news it is (masthead or 来源), with the unit in the title's path", () => {
    for (const head of ['某某农业大学新闻网　2026-04-18　作者：宣传部', '来源：某某农业大学新闻网']) {
      const x = report(head);
      expect(parentOf(x, '园艺学院')).toBe('某某农业大学');
      expect(parentOf(x, '国际合作办公室')).toBe('某某农业大学');
    }
  });
  it('stays a body of its own in another publisher’s report (新乡医学院 is a college)', () => {
    const x = run(
      [
        '某某大学举办公共卫生论坛',
        '来源：某某大学新闻网',
        '5月2日，论坛在某某大学举行。新乡医学院公共卫生学院教授郭一鸣作报告。',
      ].join('\n'),
    );
    expect(parentOf(x, '新乡医学院')).toBeNull();
  });
});

describe('a college named alone in a university’s own news (我校), its college on the 来源 line', () => {
  const report = (extra: string) =>
    run(
      [
        '第八届全国桥梁工程学术会议在我校召开',
        '发布时间：2026-05-12　来源：交通运输工程学院　审核：钱立',
        `5月10日，第八届全国桥梁工程学术会议在我校召开。会议由中国桥梁学会主办，青山理工大学承办。${extra}`,
      ].join('\n'),
    );
  it('belongs to the university 我校 means', () => {
    const x = report('我校副校长孟远出席。交通运输工程学院院长韦振平主持开幕式。');
    expect(parentOf(x, '交通运输工程学院')).toBe('青山理工大学');
  });
  it('leaves an academy (科学院, not a 学院) to itself', () => {
    const x = report('交通运输工程学院院长韦振平主持开幕式，华江科学院名誉院长祁连山作报告。');
    expect(parentOf(x, '华江科学院')).toBeNull();
  });
});

describe('我校 in a report of an event the school helped hold', () => {
  it('is the one university among the event bodies, not the school named last', () => {
    const x = run(
      [
        '我校承办2025年全国高校智慧教学研讨会',
        '5月10日，2025年全国高校智慧教学研讨会在我校举行。研讨会由中国教育技术协会主办，江北大学承办。',
        '中国教育技术协会理事长、南湖大学原副校长孙立平，我校党委书记赵文清出席开幕式并致辞。',
      ].join('\n'),
    );
    expect(
      x.positions.filter((p) => p.person === '赵文清').map((p) => `${p.title}@${p.organization}`),
    ).toEqual(['党委书记@江北大学']);
  });
});

describe('a bare 公司 after a short form of one of the companies visited', () => {
  it('is the company the short form names (在甲公司，公司创始人某某)', () => {
    const x = run(
      [
        '某区委书记调研跨境电商企业',
        '10月20日，某区委书记王一带队调研辖区企业。王一一行先后走访某市海翼跨境电子商务有限公司、某市万通国际物流有限公司。在海翼公司，公司创始人、总经理赵二介绍了企业布局。',
      ].join('\n'),
    );
    const posts = x.positions.filter((p) => p.person === '赵二').map((p) => `${p.title}@${p.organization}`);
    expect(posts).toEqual(['创始人@某市海翼跨境电子商务有限公司', '总经理@某市海翼跨境电子商务有限公司']);
  });
});

describe('a bare 公司 in a sentence that names another company after the person', () => {
  it('is the company named before the person, not one named later in the sentence', () => {
    const x = run(
      [
        '某市委书记调研企业',
        '王一一行先后来到甲某动力科技有限公司、乙某精密锻造有限公司。',
        '在乙某精密锻造有限公司，王一与公司党支部书记、董事长赵二，副总经理、丙某发动机有限公司工艺研究所副所长钱三深入交流。',
      ].join('\n'),
    );
    const posts = x.positions.filter((p) => p.person === '赵二').map((p) => `${p.title}@${p.organization}`);
    expect(posts).toEqual(['党支部书记@乙某精密锻造有限公司', '董事长@乙某精密锻造有限公司']);
  });
  it('is the company a visit’s clause opens with by words of its name (在华芯晶源，公司董事长某某)', () => {
    const x = run(
      [
        '某副省长调研企业',
        '王一一行先后来到某市华芯晶源半导体有限公司、某市药明远达生物技术有限公司。在华芯晶源，公司董事长兼总裁赵二介绍了产线建设进展。',
      ].join('\n'),
    );
    const posts = x.positions.filter((p) => p.person === '赵二').map((p) => `${p.title}@${p.organization}`);
    expect(posts).toEqual(['董事长@某市华芯晶源半导体有限公司', '总裁@某市华芯晶源半导体有限公司']);
  });
});
