import { describe, expect, it } from 'vitest';
import { parseDescriptor, withoutAppositive, stripLeadIn } from './descriptors';

const posts = (d: string) => parseDescriptor(d).map((p) => `${p.title}@${p.organization ?? '-'}`);

describe('parseDescriptor: committee titles with no body', () => {
  it('gives them, and the titles written with them, the body the headline names', () => {
    expect(posts('党委副书记、纪委书记、监察专员')).toEqual([
      '党委副书记@本公司',
      '纪委书记@本公司',
      '监察专员@本公司',
    ]);
    expect(posts('党委副书记、工会主席')).toEqual(['党委副书记@本公司', '工会主席@本公司']);
    // A former post or one with a body of its own keeps its own reading.
    expect(posts('党委委员、某区副区长')).not.toContain('党委委员@本公司');
  });
});

describe('parseDescriptor: descriptions of a person', () => {
  it('keeps a description at no body, without the place or country that opens it', () => {
    expect(posts('某某县苗医药传承人')).toEqual(['苗医药传承人@-']);
    expect(posts('某某县蜜瓜种植大户')).toEqual(['蜜瓜种植大户@-']);
    expect(posts('冲浪运动员、全国冠军')).toEqual(['冲浪运动员@-', '全国冠军@-']);
    expect(posts('西班牙陶艺家')).toEqual(['陶艺家@-']);
    // In a list, the body of the person before is not inherited.
    expect(parseDescriptor('冲浪运动员', '某公司').map((p) => p.organization)).toEqual([null]);
  });
});

describe('parseDescriptor: a national laboratory after a university', () => {
  it('is an institution of its own; a 国家重点实验室 stays the university’s unit', () => {
    expect(posts('某某大学副校长、某肥国家实验室副主任')).toEqual([
      '副校长@某某大学',
      '副主任@某肥国家实验室',
    ]);
    expect(posts('某某大学副校长、某某材料国家重点实验室主任')).toEqual([
      '副校长@某某大学',
      '某某材料国家重点实验室主任@某某大学',
    ]);
  });
});

describe('parseDescriptor: a department after 兼 in an association’s chain', () => {
  it('is the association’s, a bare title between keeping the body the chain wrote', () => {
    expect(posts('省红十字会党组成员、秘书长兼赈济救护部部长')).toEqual([
      '党组成员@省红十字会',
      '秘书长@省红十字会',
      '赈济救护部部长@省红十字会',
    ]);
  });
});

describe('parseDescriptor: a group stationed at the body', () => {
  it('is the body’s (驻局纪检组组长 after the bureau’s posts), its words kept in the title', () => {
    expect(posts('某省税务局党委委员、副局长、驻局纪检组组长')).toEqual([
      '党委委员@某省税务局',
      '副局长@某省税务局',
      '驻局纪检组组长@某省税务局',
    ]);
  });
});

describe('parseDescriptor: 企业 before a title', () => {
  it('reads 企业 alone as the company the report is at, as a bare 公司', () => {
    expect(posts('企业党委书记、董事长')).toEqual(['党委书记@公司', '董事长@公司']);
    expect(posts('该企业总经理')).toEqual(['总经理@公司']);
    // 企业负责人 describes the person: no post at the company is read from it.
    expect(posts('企业负责人')).not.toContain('负责人@公司');
  });
});

describe('parseDescriptor', () => {
  it('leaves a résumé verb opening the titles (现任, 曾任) out of the body', () => {
    expect(parseDescriptor('现任北山市委常委、组织部部长').map((p) => [p.organization, p.title])).toEqual([
      ['北山市委', '常委'],
      ['北山市委', '组织部部长'],
    ]);
    expect(parseDescriptor('曾任南岭市人民政府副市长')[0]?.organization).toBe('南岭市人民政府');
  });
  it('leaves a verb of the clause before the titles (转达了, 叮嘱) out of the body', () => {
    expect(parseDescriptor('并转达了南岭省委常委、统战部部长').map((p) => p.organization)).toEqual([
      '南岭省委',
      '南岭省委',
    ]);
    expect(parseDescriptor('他叮嘱西岭县发展改革局局长')[0]?.organization).toBe('西岭县发展改革局');
  });
  it('leaves the event held at a body (某论坛在某大学) out of the body', () => {
    expect(parseDescriptor('第三届高校校长论坛在北山大学副校长')[0]?.organization).toBe('北山大学');
  });
  it('reads 民主党派 committees, missions written 使馆, customs and attaché titles', () => {
    expect(posts('民盟某市委会主委')).toEqual(['主委@民盟某市委会']);
    expect(posts('民进某省委会专职副主委')).toEqual(['专职副主委@民进某省委会']);
    expect(posts('斯里兰卡驻华使馆公使衔参赞')).toEqual(['公使衔参赞@斯里兰卡驻华使馆']);
    expect(posts('沙特阿拉伯王国驻华大使馆文化参赞')).toEqual(['文化参赞@沙特阿拉伯王国驻华大使馆']);
    expect(posts('某市海关副关长')).toEqual(['副关长@某市海关']);
    // A Party department written right after its committee is a body (19 of 20 gold posts so written).
    expect(posts('市委统战部副部长、市侨办主任')).toEqual(['副部长@市委统战部', '主任@市侨办']);
    // An autonomous prefecture's Party committee is written 州党委; its head sits at its government.
    expect(posts('某某州党委副书记、州长')).toEqual(['副书记@某某州党委', '州长@某某州人民政府']);
    expect(posts('州党委常委、副州长')).toEqual(['常委@州党委', '副州长@州人民政府']);
    expect(posts('某国华商联合总会常务副会长')).toEqual(['常务副会长@某国华商联合总会']);
    expect(posts('中国—东盟商务理事会执行理事长')).toEqual(['执行理事长@中国—东盟商务理事会']);
    expect(posts('大连日本商工会副会长')).toEqual(['副会长@大连日本商工会']);
    expect(posts('里斯本市议会议员')).toEqual(['议员@里斯本市议会']);
    expect(posts('某公司职工董事、工会主席')).toEqual(['职工董事@某公司', '工会主席@某公司']);
    expect(posts('某某集团有限公司外部董事')).toEqual(['外部董事@某某集团有限公司']);
  });
  it("reads words opening with a nation, a country or a place as a body of their own, not the previous person's", () => {
    const after = (d: string, before: string) =>
      parseDescriptor(d, before).map((p) => `${p.title}@${p.organization ?? '-'}`);
    expect(after('中国智能网联汽车百人会秘书长', '某大学机械学院')).toEqual([
      '秘书长@中国智能网联汽车百人会',
    ]);
    expect(after('瑞典皇家船级社总裁', '某市港务管理局')).toEqual(['总裁@瑞典皇家船级社']);
    expect(after('坦桑尼亚农业研究组织总干事', '某集团有限公司')).toEqual(['总干事@坦桑尼亚农业研究组织']);
    expect(after('荷兰某某同乡会会长', '西班牙某某商会')).toEqual(['会长@荷兰某某同乡会']);
    // A company's region after its name belongs to the title (大中华区总裁, 亚太区销售总监).
    expect(after('瑞典某某船级社亚太区总裁', '某市港务管理局')).toEqual(['亚太区总裁@瑞典某某船级社']);
    expect(after('法国某某集团大中华区销售总监', '某某有限公司')).toEqual(['大中华区销售总监@法国某某集团']);
    // A head of government of a country the lexicon lists (国务总理 too) is at its government.
    expect(posts('赞比亚前总统')).toEqual(['前总统@赞比亚政府']);
    expect(posts('韩国原国务总理')).toEqual(['原国务总理@韩国政府']);
    // A unit after a company is still the company's (某集团总经理甲、技术中心主任乙), and a place alone is no body.
    expect(after('技术中心主任', '某集团有限公司')).toEqual(['技术中心主任@某集团有限公司']);
    // …but a body of a longer name, written for the next person of a list, is their own (黄河水利委员会 after a
    // province's deputy secretary-general), unless a committee named by one word (青年委员会) after the previous one.
    expect(after('黄河某某委员会科技委副主任', '某省人民政府')).toEqual(['科技委副主任@黄河某某委员会']);
    expect(after('某某高新技术产业开发区管理委员会副主任', '某市知识产权局')).toEqual([
      '副主任@某某高新技术产业开发区管理委员会',
    ]);
    expect(after('某某研究院副院长', '某某文化遗产研究院')).toEqual(['副院长@某某研究院']);
    expect(after('青年委员会主任', '某国华商联合总会')).toEqual(['青年委员会主任@某国华商联合总会']);
  });
  it("gives a bare Party committee post the school's or company's the chain names", () => {
    expect(posts('党委常委、副校长')).toEqual(['党委常委@学校', '副校长@学校']);
    expect(posts('党委常委、组织部部长、统战部部长')).toEqual([
      '党委常委@本公司',
      '组织部部长@本公司',
      '统战部部长@本公司',
    ]);
  });
  it("puts a local head inherited from another level's Party committee at the government of its own level", () => {
    expect(parseDescriptor('副市长', '临川高新区党工委').map((p) => p.organization)).toEqual(['市人民政府']);
    expect(parseDescriptor('副县长', '城关镇党委').map((p) => p.organization)).toEqual(['县人民政府']);
    expect(parseDescriptor('县长', '某某县委').map((p) => p.organization)).toEqual(['某某县人民政府']);
  });
  it('reads a working committee and its paired body both named by type alone', () => {
    expect(posts('党工委副书记、管委会常务副主任')).toEqual(['副书记@党工委', '常务副主任@管委会']);
  });
  it('reads town bodies named by their level alone', () => {
    expect(posts('镇党委副书记、镇长')).toEqual(['副书记@镇党委', '镇长@镇人民政府']);
    expect(posts('镇人大主席')).toEqual(['主席@镇人大']);
  });
  it('gives each title of a 、 chain the organization the text ties it to', () => {
    expect(posts('某省工业和信息化厅党组成员、副厅长')).toEqual([
      '党组成员@某省工业和信息化厅',
      '副厅长@某省工业和信息化厅',
    ]);
    expect(posts('某市工业推进委副主任、党委书记、市一级巡视员')).toEqual([
      '副主任@某市工业推进委',
      '党委书记@某市工业推进委',
      '市一级巡视员@某市工业推进委',
    ]);
  });
  it('gives a rank after a division head’s title to the department, a ministry’s 司 kept', () => {
    expect(posts('某省工业和信息化厅装备工业一处处长、一级调研员')).toEqual([
      '装备工业一处处长@某省工业和信息化厅',
      '一级调研员@某省工业和信息化厅',
    ]);
    expect(posts('某省税务局办公室主任、一级调研员')).toEqual([
      '办公室主任@某省税务局',
      '一级调研员@某省税务局',
    ]);
    expect(posts('某某部资源开发司副司长、二级巡视员')).toEqual([
      '资源开发司副司长@某某部',
      '资源开发司二级巡视员@某某部',
    ]);
  });
  it('reads a national laboratory or an event’s standing office after another body as a body of its own', () => {
    expect(posts('某某大学某学院教授、南岭海洋试点国家实验室副主任')).toEqual([
      '某学院教授@某某大学',
      '副主任@南岭海洋试点国家实验室',
    ]);
    // A university's 国家重点实验室 stays its unit.
    expect(posts('某某大学副校长、某某国家重点实验室主任')).toEqual([
      '副校长@某某大学',
      '某某国家重点实验室主任@某某大学',
    ]);
    expect(posts('某某自治区政府副主席、中某博览会秘书处秘书长')).toEqual([
      '副主席@某某自治区政府',
      '秘书长@中某博览会秘书处',
    ]);
  });
  it('reads a short college after a body that holds none (a Party committee) as a body of its own', () => {
    expect(posts('民革南岭市委会主委、南岭学院副院长')).toEqual(['主委@民革南岭市委会', '副院长@南岭学院']);
    expect(posts('某某大学副校长、软件学院院长')).toEqual(['副校长@某某大学', '软件学院院长@某某大学']);
  });
  it('splits titles joined by 兼 and keeps sub-units in the title', () => {
    expect(posts('某某新材料有限公司总经理助理兼战略运营中心主任')).toEqual([
      '总经理助理@某某新材料有限公司',
      '战略运营中心主任@某某新材料有限公司',
    ]);
    expect(posts('工业和信息化部产业政策与法规司产业组织处副处长')).toEqual([
      '产业政策与法规司产业组织处副处长@工业和信息化部',
    ]);
  });
  it('reads 集团公司 and company-only titles as the article company, committee posts as the headline one', () => {
    expect(posts('集团公司党委书记、董事长')).toEqual(['党委书记@集团公司', '董事长@集团公司']);
    expect(posts('总经理、党委副书记')).toEqual(['总经理@公司', '党委副书记@公司']);
    expect(posts('纪委书记、党委常委')).toEqual(['纪委书记@本公司', '党委常委@本公司']);
    expect(posts('某某联盟理事长')).toEqual(['理事长@某某联盟']);
  });
  it('keeps a business unit after a short-form company at that company', () => {
    expect(parseDescriptor('北辰智算高级副总裁、数据中心事业群总裁')).toEqual([
      { title: '北辰智算高级副总裁', organization: null, former: false, qualifier: '北辰智算' },
      { title: '数据中心事业群总裁', organization: null, former: false, qualifier: '北辰智算' },
    ]);
  });

  it('keeps 原/前 for former posts', () => {
    const p = parseDescriptor('某某部原部长、某某联合会会长');
    expect(p.map((x) => [x.title, x.organization, x.former])).toEqual([
      ['原部长', '某某部', true],
      ['会长', '某某联合会', false],
    ]);
    expect(posts('原某某部部长')).toEqual(['原部长@某某部']);
  });
  it('ends both posts joined by 兼 when 原 stands before the first and the second names no body', () => {
    expect(posts('某省某协会原副会长兼秘书长')).toEqual(['原副会长@某省某协会', '原秘书长@某省某协会']);
    expect(posts('某大学原副校长兼化学学院院长')).toEqual(['原副校长@某大学', '化学学院院长@某大学']);
    expect(posts('某协会原副会长、秘书长')).toEqual(['原副会长@某协会', '秘书长@某协会']);
  });
  it("puts local heads in the people's government and Party titles in the committee", () => {
    expect(posts('东风区委副书记、区长')).toEqual(['副书记@东风区委', '区长@东风区人民政府']);
    expect(posts('江城市副市长')).toEqual(['副市长@江城市人民政府']);
    expect(posts('江城市委书记')).toEqual(['书记@江城市委']);
  });
  it('keeps a title without organization', () => {
    expect(posts('质量管理专家')).toEqual(['质量管理专家@-']);
  });
  it('never gives a local head the association, company or department a list passes on', () => {
    const inherited = (d: string, from: string) =>
      parseDescriptor(d, from).map((p) => `${p.title}@${p.organization ?? '-'}`);
    expect(inherited('副省长', '南岭省电力行业协会')).toEqual(['副省长@省人民政府']);
    expect(inherited('县长', '临川农业发展集团有限公司')).toEqual(['县长@县人民政府']);
    expect(inherited('常务副市长', '市交通运输局')).toEqual(['常务副市长@市人民政府']);
    // A title of that body's own still inherits it.
    expect(inherited('副会长', '南岭省电力行业协会')).toEqual(['副会长@南岭省电力行业协会']);
  });
  it('gives no body to a post at bodies described for several places (清溪等镇台商协会)', () => {
    expect(posts('厚街、长安、清溪等镇台商协会分会长')).toEqual(['分会长@-']);
  });
  it('shares a title between organizations listed before it', () => {
    expect(posts('中国科学院、中国工程院院士')).toEqual(['院士@中国科学院', '院士@中国工程院']);
  });
});

describe('stripLeadIn', () => {
  it('drops captions, dates and lead-in phrases', () => {
    expect(stripLeadIn('图为某某协会会长')).toBe('某某协会会长');
    // 记者从某大学某学院院长某某处了解到: the reporter's source opens the clause, no part of the body (blind27).
    expect(stripLeadIn('记者从某某大学国际教育学院院长')).toBe('某某大学国际教育学院院长');
    // 系公司, 经公司, 为商会: a word of the clause right before a bare reference is no part of the body (blind5, 7, 8).
    expect(stripLeadIn('系公司实际控制人')).toBe('公司实际控制人');
    expect(stripLeadIn('经公司董事长')).toBe('公司董事长');
    expect(stripLeadIn('永远名誉会长为商会创会会长')).toBe('商会创会会长');
    // …but not inside a body's name (某某物流与采购联合会).
    expect(stripLeadIn('某某物流与采购联合会会长')).toBe('某某物流与采购联合会会长');
    // 陈锦荣连任会长: staying on is no part of the title.
    expect(stripLeadIn('连任会长')).toBe('会长');
    expect(stripLeadIn('出席会议的领导有某某部副部长')).toBe('某某部副部长');
    expect(stripLeadIn('10月24日上午某某局局长')).toBe('某某局局长');
    expect(stripLeadIn('由某某联合会副会长')).toBe('某某联合会副会长');
    expect(stripLeadIn('圆桌由某某公司董事会秘书')).toBe('某某公司董事会秘书');
    expect(stripLeadIn('集团所属某某工程局有限公司党委书记')).toBe('某某工程局有限公司党委书记');
    expect(stripLeadIn('另两个组分别由省人大常委会副主任')).toBe('省人大常委会副主任');
    // 据某协会秘书长某某介绍, 委托学会副理事长, 上午的议程由某集团…: a verb of the clause, not the body's
    // name (blind43, blind44: both annotators).
    expect(stripLeadIn('据合肥市集成电路行业协会秘书长')).toBe('合肥市集成电路行业协会秘书长');
    expect(stripLeadIn('委托学会副理事长')).toBe('学会副理事长');
    expect(stripLeadIn('年会上午的议程由重庆港务物流集团党委副书记')).toBe('重庆港务物流集团党委副书记');
    // 选举大会 is a meeting's name: the body before it stays.
    expect(stripLeadIn('某市物流与供应链协会第三次会员代表大会暨换届选举大会在某地召开')).toBe(
      '某市物流与供应链协会第三次会员代表大会暨换届选举大会在某地召开',
    );
    expect(stripLeadIn('报告由某某研究院产业所副所长')).toBe('某某研究院产业所副所长');
    expect(stripLeadIn('白皮书由某某协会秘书长')).toBe('某某协会秘书长');
    expect(stripLeadIn('榜单由某某大学经济学院院长')).toBe('某某大学经济学院院长');
    expect(stripLeadIn('下半场由某某滑冰协会秘书长')).toBe('某某滑冰协会秘书长');
    expect(stripLeadIn('第二单元由某某研究院副院长')).toBe('某某研究院副院长');
    expect(stripLeadIn('分会场由某市商务局局长')).toBe('某市商务局局长');
    expect(stripLeadIn('作为链主企业代表受邀参会的某某股份有限公司总经理')).toBe('某某股份有限公司总经理');
    expect(stripLeadIn('在某市挂职的某某部规划司副处长')).toBe('某某部规划司副处长');
    expect(stripLeadIn('其他与会的某某协会秘书长')).toBe('某某协会秘书长');
    expect(stripLeadIn('某某有限公司董事长')).toBe('某某有限公司董事长');
  });
  it('drops a meeting named right before a title with no body: a meeting holds no posts', () => {
    expect(stripLeadIn('文旅项目招商推进会县长')).toBe('县长');
    expect(stripLeadIn('青年人才恳谈会副区长')).toBe('副区长');
    expect(posts('外资企业圆桌座谈会常务副市长')).toEqual(['常务副市长@市人民政府']);
    // A body written after the meeting holds the post; so does a body whose name merely contains the word.
    expect(stripLeadIn('某某研讨会组委会主任')).toBe('某某研讨会组委会主任');
    expect(stripLeadIn('某某交流促进会会长')).toBe('某某交流促进会会长');
  });
});

describe('units and implied bodies', () => {
  it('reads 省人大常委 as a member of the standing committee, and a committee after it as its unit', () => {
    expect(parseDescriptor('省人大常委、财经委员会主任').map((p) => `${p.title}@${p.organization}`)).toEqual([
      '委员@省人大常委会',
      '财经委员会主任@省人大常委会',
    ]);
  });
  it('gives a body named by type alone after a Party committee the same place', () => {
    expect(
      parseDescriptor('某某经济开发区党工委副书记、管委会副主任').map((p) => `${p.title}@${p.organization}`),
    ).toEqual(['副书记@某某经济开发区党工委', '副主任@某某经济开发区管委会']);
  });
  it('reads the 党工委 of a zone named longer than a place as the zone’s Party body', () => {
    expect(
      parseDescriptor('某某高新技术产业开发区党工委书记、管委会主任').map(
        (p) => `${p.title}@${p.organization}`,
      ),
    ).toEqual(['书记@某某高新技术产业开发区党工委', '主任@某某高新技术产业开发区管委会']);
    expect(
      parseDescriptor('某某火炬高技术产业园区党委书记').map((p) => `${p.title}@${p.organization}`),
    ).toEqual(['书记@某某火炬高技术产业园区党委']);
    // 第八师: a division of the Production and Construction Corps, a place level with its Party committee.
    expect(parseDescriptor('第八师党委书记').map((p) => `${p.title}@${p.organization}`)).toEqual([
      '书记@第八师党委',
    ]);
  });
  it('names a body written after a zone’s committee with the zone’s type word (园区) with the zone in full', () => {
    expect(
      parseDescriptor('某某工业园区管委会副主任、园区科技创新委员会主任').map(
        (p) => `${p.title}@${p.organization}`,
      ),
    ).toEqual(['副主任@某某工业园区管委会', '主任@某某工业园区科技创新委员会']);
    expect(
      parseDescriptor('某某新区党工委委员、新区经济发展局局长').map((p) => `${p.title}@${p.organization}`),
    ).toEqual(['委员@某某新区党工委', '局长@某某新区经济发展局']);
  });
  it('reads a zone committee’s 党工委 as a body of its own, the committee holding the posts after it', () => {
    expect(
      parseDescriptor('某某合作中心管委会党工委书记、主任').map((p) => `${p.title}@${p.organization}`),
    ).toEqual(['书记@某某合作中心管委会党工委', '主任@某某合作中心管委会']);
    expect(
      parseDescriptor('某某建设管理委员会党工委书记').map((p) => `${p.title}@${p.organization}`),
    ).toEqual(['书记@某某建设管理委员会党工委']);
  });
  it('reads an institute of 中国医学科学院 as a body of its own', () => {
    expect(
      parseDescriptor('中国医学科学院某某研究所所长').map((p) => `${p.title}@${p.organization}`),
    ).toEqual(['所长@中国医学科学院某某研究所']);
  });
  it('reads 校党委书记 as the Party secretary of the school the article is about', () => {
    expect(parseDescriptor('校党委副书记、校长').map((p) => `${p.title}@${p.organization}`)).toEqual([
      '党委副书记@学校',
      '校长@学校',
    ]);
  });
  it('reads a brand before its regional unit as a body of its own', () => {
    expect(posts('某某网络华中区总经理')).toEqual(['华中区总经理@某某网络']);
    expect(posts('某某快运拉美区总裁')).toEqual(['拉美区总裁@某某快运']);
  });
  it('reads the board of an association before an officer title as the association itself', () => {
    expect(posts('协会第三届理事会副会长')).toEqual(['副会长@协会']);
    expect(posts('第四届监事会监事长')).toEqual(['监事长@本会']);
    // The session alone stands for the board too (第七届会长 hands over to 第八届会长).
    expect(posts('第七届会长')).toEqual(['会长@本会']);
    expect(posts('第十四届全国人大代表')).not.toEqual(['代表@本会']);
    expect(posts('某某医院心内科副主任医师')).toEqual(['心内科副主任医师@某某医院']);
  });
  it('keeps a central agency’s centre or committee with a long name of its own whole', () => {
    expect(posts('文化和旅游部国际交流与合作中心副主任')).toEqual(['副主任@文化和旅游部国际交流与合作中心']);
    expect(posts('国家知识产权局江苏审查协作办公室主任')).toEqual(['主任@国家知识产权局江苏审查协作办公室']);
    // …even after another person's university; a short one stays a unit of the agency.
    expect(parseDescriptor('民政部社会组织服务中心主任', '南开大学').map((p) => p.organization)).toEqual([
      '民政部社会组织服务中心',
    ]);
    expect(posts('水利部信息中心副主任')).toEqual(['信息中心副主任@水利部']);
  });
  it('reads a short department after a company the text writes as that company’s', () => {
    expect(posts('某某电子有限公司市场部经理、人力资源部副经理')).toEqual([
      '市场部经理@某某电子有限公司',
      '人力资源部副经理@某某电子有限公司',
    ]);
    // A company only guessed from a title is no host; a central agency is never a company's department.
    expect(posts('董事会秘书兼证券部总经理')).toEqual(['董事会秘书@公司', '总经理@证券部']);
    expect(posts('某某集团有限公司总经理、商务部原副部长')).toEqual([
      '总经理@某某集团有限公司',
      '原副部长@商务部',
    ]);
  });
  it('keeps a lead-in word that opens the last title (特邀顾问) in the title', () => {
    expect(posts('某某协会特邀顾问')).toEqual(['特邀顾问@某某协会']);
    expect(stripLeadIn('特邀某某大学教授')).toBe('某某大学教授');
  });
  it('reads the chief-officer titles of a company chain', () => {
    expect(posts('某某食品股份有限公司副总裁兼首席质量官')).toEqual([
      '副总裁@某某食品股份有限公司',
      '首席质量官@某某食品股份有限公司',
    ]);
  });
});

describe('parseDescriptor: a seat on a body’s committee', () => {
  it('is no unit the titles after it are held in', () => {
    expect(posts('宜昌市人民检察院检察委员会委员、检察员')).toEqual([
      '检察委员会委员@宜昌市人民检察院',
      '检察员@宜昌市人民检察院',
    ]);
    // A unit that is no committee still holds the titles after it.
    expect(posts('宜昌市农业科学研究院果树研究所所长、研究员')).toEqual([
      '果树研究所所长@宜昌市农业科学研究院',
      '果树研究所研究员@宜昌市农业科学研究院',
    ]);
  });
});

describe('parseDescriptor: a company’s branch named by a region', () => {
  it('is a unit of the company the same chain names before it', () => {
    expect(posts('某某航运有限责任公司总经理助理兼西南分公司总经理')).toEqual([
      '总经理助理@某某航运有限责任公司',
      '西南分公司总经理@某某航运有限责任公司',
    ]);
    expect(posts('长江物流股份有限公司副总经理、华东区域公司党委书记')).toEqual([
      '副总经理@长江物流股份有限公司',
      '华东区域公司党委书记@长江物流股份有限公司',
    ]);
  });
  it('stays a body of its own in a chain of its own, and a branch of a place stays one too', () => {
    expect(posts('九三分公司党委书记、董事长')).toEqual(['党委书记@九三分公司', '董事长@九三分公司']);
    expect(posts('某某航运有限责任公司副总经理、湖北分公司总经理')).toContain('总经理@湖北分公司');
  });
});

describe('parseDescriptor: a foreign minister of a portfolio', () => {
  it('sits in the government as 大臣, in the ministry the title names as 部长', () => {
    expect(posts('挪威前渔业大臣')).toEqual(['前渔业大臣@挪威政府']);
    expect(posts('肯尼亚前农业和畜牧部长')).toEqual(['前部长@肯尼亚农业和畜牧部']);
  });
  it('leaves a ministry written whole to its own reading', () => {
    expect(posts('日本经济产业省副大臣')).not.toContain('经济产业省副大臣@日本政府');
  });
});

describe('parseDescriptor: an association’s board before its officer’s title', () => {
  it('leaves the board out of the title, whether or not the association is written before it', () => {
    expect(posts('第一届理事会会长')).toEqual(['会长@本会']);
    expect(posts('湖北省护理学会第三届理事会副会长')).toEqual(['副会长@湖北省护理学会']);
  });
  it('leaves a federation’s board out of its head’s title (blind31, 34, 36)', () => {
    expect(posts('第九届委员会主席')).toEqual(['主席@本会']);
    expect(posts('唐山市工商业联合会第十四届执行委员会主席')).toEqual(['主席@唐山市工商业联合会']);
    expect(posts('第九届执委会副主席')).toEqual(['副主席@本会']);
  });
});

describe('parseDescriptor: a college after its university', () => {
  it('is the university’s unit whatever its length, unless it names a university of its own', () => {
    expect(posts('某某石油大学副校长兼材料科学与工程学院院长')).toEqual([
      '副校长@某某石油大学',
      '材料科学与工程学院院长@某某石油大学',
    ]);
    expect(posts('某某石油大学副校长兼上海交通大学医学院院长')).not.toContain(
      '上海交通大学医学院院长@某某石油大学',
    );
  });
});

describe('parseDescriptor: a unit of any length after a body that may hold it (chainUnitHosts)', () => {
  it("is that body's, as the unit in the title", () => {
    expect(posts('江城理工大学副校长、湿地生态修复研究院院长')).toEqual([
      '副校长@江城理工大学',
      '湿地生态修复研究院院长@江城理工大学',
    ]);
    expect(posts('星河数据科技有限公司首席技术官、视觉计算研究院院长')).toEqual([
      '首席技术官@星河数据科技有限公司',
      '视觉计算研究院院长@星河数据科技有限公司',
    ]);
    expect(posts('某某大学教育学部教授、数字学习研究院副院长')).toEqual([
      '教育学部教授@某某大学',
      '数字学习研究院副院长@某某大学',
    ]);
    expect(posts('我校副校长、电子与通信工程学院教授').map((p) => p.split('@')[0])).toEqual([
      '副校长',
      '电子与通信工程学院教授',
    ]);
    expect(posts('某某工业技术研究中心总工程师兼智能制造研究所所长')).toEqual([
      '总工程师@某某工业技术研究中心',
      '智能制造研究所所长@某某工业技术研究中心',
    ]);
    // An officer's title after a short form the chain opened with shares it, not the article's association (本会).
    expect(parseDescriptor('中证协党委委员、副会长').map((p) => p.qualifier ?? p.organization)).toEqual([
      '中证协',
      '中证协',
    ]);
    // 厅 alone before a unit: the article's provincial department (resolved later), the unit in the title.
    expect(posts('厅防汛抗旱处处长、二级巡视员')).toEqual(['防汛抗旱处处长@厅', '二级巡视员@厅']);
    // An association's branch (分会) after a company is the article's association's (本会, resolved later).
    expect(parseDescriptor('钛锆铪分会会长', '某某超导材料科技股份有限公司')).toEqual([
      { title: '钛锆铪分会会长', organization: '本会', former: false },
    ]);
    // A procuratorate's numbered 检察部 is its department, not a body a university named before may host.
    expect(posts('南岭省人民检察院党组成员、副检察长兼第八检察部主任')).toEqual([
      '党组成员@南岭省人民检察院',
      '副检察长@南岭省人民检察院',
      '第八检察部主任@南岭省人民检察院',
    ]);
  });

  it("leaves a unit after the previous person's body to itself: it is hosted only in one's own chain", () => {
    // 某某研究院某所所长甲、云冈研究院副院长乙 (blind18): the second guest's institute is no unit of the first's.
    expect(parseDescriptor('某某石窟研究院副院长', '某某文物研究院').map((p) => p.organization)).toEqual([
      '某某石窟研究院',
    ]);
  });

  it('leaves a unit after a body that cannot hold it, or one naming a university, to itself', () => {
    expect(posts('某某市商务局局长、跨境电商研究院院长')).not.toContain('跨境电商研究院院长@某某市商务局');
    expect(posts('某某大学教授、某某医科大学医学院院长')).not.toContain('某某医科大学医学院院长@某某大学');
  });
});

describe('parseDescriptor: a committee after the previous person’s body', () => {
  const listed = (d: string, previous: string) =>
    parseDescriptor(d, previous).map((p) => `${p.title}@${p.organization ?? '-'}`);
  it('is a body of its own when named at length (某省政府副秘书长甲，某河水利委员会科技委副主任乙)', () => {
    expect(listed('长河水利委员会科技委副主任', '某省人民政府')).toEqual(['科技委副主任@长河水利委员会']);
  });
  it('is a unit when named in a word or two, or in one’s own chain', () => {
    expect(listed('青年委员会主任', '某国华商总会')).toEqual(['青年委员会主任@某国华商总会']);
    expect(posts('某省人大常委会委员、财政经济委员会副主任')).toEqual([
      '委员@某省人大常委会',
      '财政经济委员会副主任@某省人大常委会',
    ]);
  });
});

describe('parseDescriptor: a zone’s committee or an office named at length in one’s chain', () => {
  it('is a body of its own after a government’s or an assembly’s post (blind8, 10, 17)', () => {
    expect(posts('某市人大常委会副主任、某某化学工业区管理委员会主任')).toEqual([
      '副主任@某市人大常委会',
      '主任@某某化学工业区管理委员会',
    ]);
    expect(posts('某新区副区长、某某科学城建设管理办公室主任')).toContain('主任@某某科学城建设管理办公室');
  });
  it('stays a unit after a company’s or an association’s post', () => {
    expect(posts('中国某某经济联合会党委委员、制造业某某工作办公室主任')).toContain(
      '制造业某某工作办公室主任@中国某某经济联合会',
    );
    expect(posts('某某技术有限公司常务董事、某某基础设施业务管理委员会主任')).toEqual([
      '常务董事@某某技术有限公司',
      '某某基础设施业务管理委员会主任@某某技术有限公司',
    ]);
  });
});

describe('parseDescriptor: a business group after the same person’s company', () => {
  it('is the company’s unit when named by common words alone (blind6, 8, 19)', () => {
    expect(posts('某某（中国）有限公司执行副总裁、数字化工业集团总经理')).toEqual([
      '执行副总裁@某某（中国）有限公司',
      '数字化工业集团总经理@某某（中国）有限公司',
    ]);
  });
  it('stays a body of its own when its name opens with a place or a name', () => {
    expect(posts('某某股份有限公司董事长、长江生态环保集团董事长')).toContain('董事长@长江生态环保集团');
  });
});

describe('parseDescriptor: a short department after the same person’s company or association', () => {
  it("is that body's, the department in the title (blind12, blind20)", () => {
    expect(posts('中国某某工业协会副秘书长、科技发展部主任')).toEqual([
      '副秘书长@中国某某工业协会',
      '科技发展部主任@中国某某工业协会',
    ]);
    expect(posts('某某科技有限公司副总裁、战略发展部总经理')).toEqual([
      '副总裁@某某科技有限公司',
      '战略发展部总经理@某某科技有限公司',
    ]);
  });
});

describe('parseDescriptor: an academic rank after a unit’s post (academicRanks)', () => {
  it('is held at the institution, not at its unit; so is a physician’s grade', () => {
    expect(posts('某某市肿瘤医院放疗科主任、主任医师')).toEqual([
      '放疗科主任@某某市肿瘤医院',
      '主任医师@某某市肿瘤医院',
    ]);
  });
  it('is held at the institution, not at its unit', () => {
    expect(posts('江城理工大学材料与化工学院院长、教授')).toEqual([
      '材料与化工学院院长@江城理工大学',
      '教授@江城理工大学',
    ]);
    expect(posts('某某市第一人民医院呼吸内科主任、博士生导师')).toEqual([
      '呼吸内科主任@某某市第一人民医院',
      '博士生导师@某某市第一人民医院',
    ]);
  });
  it('leaves other titles after a unit’s post in the unit', () => {
    expect(posts('江城理工大学材料与化工学院院长、党委副书记')).toEqual([
      '材料与化工学院院长@江城理工大学',
      '材料与化工学院党委副书记@江城理工大学',
    ]);
  });
});

describe('parseDescriptor: a zone’s 管委 and 工委, and a lead-in inside a body’s name', () => {
  const posts = (d: string) => parseDescriptor(d).map((p) => `${p.organization}|${p.title}`);
  it('writes a zone’s 管委 out as 管委会, after the zone or alone after its 工委', () => {
    expect(posts('临港新区工委书记、管委主任')).toEqual(['临港新区工委|书记', '临港新区管委会|主任']);
    expect(posts('滨江高新区管委副主任')).toEqual(['滨江高新区管委会|副主任']);
    expect(posts('天津市市场监管委副主任')).toEqual(['天津市市场监管委|副主任']);
  });
  it('reads a ministry’s 督学 with its rank after another body’s post', () => {
    expect(posts('某某教育学会常务副会长、教育部原副部长级督学')).toEqual([
      '某某教育学会|常务副会长',
      '教育部|原副部长级督学',
    ]);
  });
  it('keeps 会上 that closes one name and opens a province’s (贸促会上海市分会)', () => {
    expect(posts('中国贸促会上海市分会会长')).toEqual(['中国贸促会上海市分会|会长']);
    expect(posts('会上浙江省副省长')).toEqual(['浙江省人民政府|副省长']);
  });
});

describe('a village’s bodies', () => {
  const read = (s: string) => parseDescriptor(s).map((p) => `${p.title}@${p.organization ?? '-'}`);
  it('seats a village’s officers at its Party branch, committee or cooperative, its 第一书记 at the village', () => {
    expect(read('柳树湾村党总支书记')).toEqual(['书记@柳树湾村党总支']);
    expect(read('红旗镇石门村党支部副书记、村委会副主任')).toEqual([
      '副书记@红旗镇石门村党支部',
      '副主任@村委会',
    ]);
    expect(read('青石村集体经济合作社理事长')).toEqual(['理事长@青石村集体经济合作社']);
    expect(read('某市卫健委派驻杏林村第一书记')).toEqual(['第一书记@杏林村']);
  });
  it('keeps 党支部书记 one title at a body that is no village, and 农村 no village', () => {
    expect(read('某某科技有限公司党支部书记')).toEqual(['党支部书记@某某科技有限公司']);
    expect(read('农村党支部书记')).not.toContainEqual('书记@农村党支部');
  });
});

describe('words before a body that are no part of its name', () => {
  it('cuts what the body is to the event, or where the speaker stands, before its name', () => {
    expect(posts('下届年会承办单位某某民族大学副校长')).toEqual(['副校长@某某民族大学']);
    expect(posts('下一届承办地某市律师协会会长')).toEqual(['会长@某市律师协会']);
    expect(posts('协会业务主管单位某省供销合作社联合社理事会副主任')).toEqual([
      '理事会副主任@某省供销合作社联合社',
    ]);
    expect(posts('中欧卡车航班运营商德国某某物流有限公司董事总经理')).toEqual([
      '董事总经理@德国某某物流有限公司',
    ]);
    expect(posts('某某基金管理人某某投资管理有限责任公司投资总监')).toEqual([
      '投资总监@某某投资管理有限责任公司',
    ]);
    // 某某半导体母公司某某集团: the parent company is the body (blind33).
    expect(posts('某某半导体母公司某某集团有限公司党委书记、董事长')).toEqual([
      '党委书记@某某集团有限公司',
      '董事长@某某集团有限公司',
    ]);
    expect(withoutAppositive('专家授课某某大学')).toBe('某某大学');
    // A word that leaves less than a name after it stays.
    expect(withoutAppositive('某某现场')).toBe('某某现场');
  });
  it('drops a bullet before a body', () => {
    expect(posts('·某某大学新闻与传播学院教授')).toEqual(['新闻与传播学院教授@某某大学']);
    // A bullet and the blank after it, before a brand with digits (· 4399游戏副总经理).
    expect(posts('· 4399游戏副总经理')).toEqual(['4399游戏副总经理@-']);
  });
});

describe('parseDescriptor: a body of its own after the person before (s18 attach2)', () => {
  it("reads a college or centre named after a city as the next person's own body, not a unit", () => {
    // 某公司总经理甲，宜宾学院某学院院长乙 (blind36); 某大学党委书记甲、昌吉学院院长乙 (blind35); 某协会会长甲，株洲某中心主任乙 (blind30).
    expect(
      parseDescriptor('宜宾学院经济与管理学院院长', '某某财产保险股份有限公司').map(
        (p) => `${p.title}@${p.organization ?? '-'}`,
      ),
    ).toEqual(['经济与管理学院院长@宜宾学院']);
    expect(parseDescriptor('昌吉学院院长', '某某大学').map((p) => p.organization)).toEqual(['昌吉学院']);
    expect(
      parseDescriptor('株洲某某产业集群促进中心主任', '某省某某行业协会').map((p) => p.organization),
    ).toEqual(['株洲某某产业集群促进中心']);
    // A unit named by common words stays the previous person's university's.
    expect(parseDescriptor('管理学院院长', '某某大学').map((p) => p.organization)).toEqual(['某某大学']);
  });
  it("gives a local head's assistant after a Party committee the same place's people's government", () => {
    expect(posts('某某市委副书记、市长助理')).toEqual(['副书记@某某市委', '市长助理@某某市人民政府']);
  });
  it("reads a body after a zone's level word as the zone's own, not its 管委会's unit (blind7, 29, 33)", () => {
    expect(posts('某某工业园区管委会副主任、园区科技创新委员会主任')).toEqual([
      '副主任@某某工业园区管委会',
      '主任@某某工业园区科技创新委员会',
    ]);
    expect(
      parseDescriptor('园区科技创新委员会主任', '某某工业园区管委会').map((p) => p.organization),
    ).toEqual(['某某工业园区科技创新委员会']);
  });
  it('reads 厂长 as a title, a factory of a company kept in it (blind24, blind36)', () => {
    expect(posts('某某股份有限公司某某工厂厂长兼党委书记')).toEqual([
      '某某工厂厂长@某某股份有限公司',
      '某某工厂党委书记@某某股份有限公司',
    ]);
  });
});

describe('parseDescriptor: a title whose own words name another body (s19 attach3)', () => {
  it('reads an event’s organizing committee, a medical or work team and an expert group as bodies of their own', () => {
    expect(posts('某某城市运营集团有限公司党委书记、董事长兼某某马拉松组委会副秘书长')).toEqual([
      '党委书记@某某城市运营集团有限公司',
      '董事长@某某城市运营集团有限公司',
      '副秘书长@某某马拉松组委会',
    ]);
    expect(posts('某某大学第一附属医院副院长、援疆医疗队领队')).toEqual([
      '副院长@某某大学第一附属医院',
      '领队@援疆医疗队',
    ]);
    expect(posts('某省农业科学院某某研究所研究员、州茶产业专家组组长')).toContain('组长@州茶产业专家组');
  });
  it('reads a body after a foreign head of government as a body of its own, its words after the ending in the title', () => {
    expect(posts('哈萨克斯坦前总理、欧亚经济论坛名誉主席')).toEqual([
      '前总理@哈萨克斯坦政府',
      '名誉主席@欧亚经济论坛',
    ]);
    expect(posts('丹麦前首相、北欧部长理事会绿色转型特使')).toContain('绿色转型特使@北欧部长理事会');
    // Words opening with a country take the usual path (the country's own body).
    expect(posts('意大利前总理、意大利共和国参议院终身参议员')).toContain('终身参议员@意大利共和国参议院');
  });
  it('reads a group named after a city as a body of its own, not the company’s business group', () => {
    const after = (d: string) =>
      parseDescriptor(d, '某某港航控股有限公司').map((p) => `${p.title}@${p.organization ?? '-'}`);
    expect(after('副总经理兼海口港集团董事长')).toContain('董事长@海口港集团');
    expect(after('副总经理兼数字化工业集团总经理')).toContain('数字化工业集团总经理@某某港航控股有限公司');
  });
  it('keeps a short department after 集团 written alone in the group (集团总经理助理、战略规划部总经理)', () => {
    expect(posts('集团总经理助理、战略规划部总经理')).toEqual(['总经理助理@集团', '战略规划部总经理@集团']);
  });
});

describe("parseDescriptor: a Party committee's office named by the committee's level", () => {
  it('keeps 县委办 or 区委办公室 in the title, at the committee (5 of 6 gold posts, blind6, 12, 13, 19, 46)', () => {
    expect(posts('县委常委、县委办公室主任')).toEqual(['常委@县委', '县委办公室主任@县委']);
    expect(posts('区委常委、区委办主任')).toEqual(['常委@区委', '区委办主任@区委']);
    // Its departments stay bodies of their own.
    expect(posts('县委常委、县委宣传部部长')).toEqual(['常委@县委', '部长@县委宣传部']);
  });
});
