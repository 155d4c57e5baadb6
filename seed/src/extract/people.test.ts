import { describe, expect, it } from 'vitest';
import { sentencePeople } from './people';

/** Persons with posts in one sentence, as `name:title@organization,…`. */
const read = (s: string) =>
  sentencePeople(s)
    .mentions.filter((m) => m.posts.length > 0)
    .map((m) => `${m.name}:${m.posts.map((p) => `${p.title}@${p.organization ?? '-'}`).join(',')}`);
const first = (s: string) => sentencePeople(s).mentions.filter((m) => m.posts.length > 0);

describe('posts before a name', () => {
  it('reads organization + title chain + name with no separator', () => {
    expect(read('某省工业和信息化厅党组成员、副厅长安文杰在致辞中表示')).toEqual([
      '安文杰:党组成员@某省工业和信息化厅,副厅长@某省工业和信息化厅',
    ]);
  });
  it('reads the body’s last character before the next person’s titles as that body, and a list after a chain’s 兼 at the chain’s body', () => {
    expect(
      read('某省农业农村厅党组书记、厅长王一，厅党组成员、副厅长兼省种子站站长李二，一级巡视员赵三出席。'),
    ).toEqual([
      '王一:党组书记@某省农业农村厅,厅长@某省农业农村厅',
      '李二:党组成员@某省农业农村厅,副厅长@某省农业农村厅,站长@省种子站',
      '赵三:一级巡视员@某省农业农村厅',
    ]);
  });
  it('keeps an acting mark in the title and reads the post as the title without it would be read', () => {
    expect(read('某公司总经理（代）刘某某主持')).toEqual(['刘某某:总经理（代）@某公司']);
    expect(read('副市长、市长（代）王一出席')).toEqual(['王一:副市长@市人民政府,市长（代）@市人民政府']);
  });
  it('reads 董事局主席 as one title, the company’s, also after another title of the chain', () => {
    expect(read('某控股集团有限公司党委书记、董事局主席陈一作交流发言')).toEqual([
      '陈一:党委书记@某控股集团有限公司,董事局主席@某控股集团有限公司',
    ]);
  });
  it('reads no name inside a quoted slogan (围绕“稳预期、强信心、拓市场”)', () => {
    const names = (x: string) => sentencePeople(x).mentions.map((m) => m.name);
    expect(names('围绕“稳预期、强信心、拓市场”听取企业意见建议')).toEqual([]);
    expect(names('王一、李二先后发言')).toEqual(['王一', '李二']);
  });
  it('reads a 联谊会 as an association, as a 同乡会 is', () => {
    expect(read('全国某某企业联谊会副会长、某精密工业有限公司董事长李一作主题发言')).toEqual([
      '李一:副会长@全国某某企业联谊会,董事长@某精密工业有限公司',
    ]);
  });
  it('gives a hospital’s officer listed after its head across a clause the hospital (某医院党委书记甲主持，院长乙…)', () => {
    expect(read('某大学某医院党委书记张一主持开幕式，院长李二作医院临床研究情况介绍。')).toEqual([
      '张一:党委书记@某大学某医院',
      '李二:院长@某大学某医院',
    ]);
  });
  it('reads a supply and marketing co-operative as a body before its titles', () => {
    expect(read('某省供销合作社联合社党组成员、理事会副主任尹一出席')).toEqual([
      '尹一:党组成员@某省供销合作社联合社,理事会副主任@某省供销合作社联合社',
    ]);
    expect(read('某县供销社主任郝二、某县供销联社理事长钱三先后发言')).toEqual([
      '郝二:主任@某县供销社',
      '钱三:理事长@某县供销联社',
    ]);
  });
  it('reads a station of a public service (总站, 检验站, 监测站, 推广站) as a body, so 站长 is held there', () => {
    expect(read('甘肃省农业技术推广总站站长吴一出席')).toEqual(['吴一:站长@甘肃省农业技术推广总站']);
    expect(read('某省农产品质量检验站原站长郑二主持')).toEqual(['郑二:原站长@某省农产品质量检验站']);
    expect(read('某市环境监测站副站长冯三介绍')).toEqual(['冯三:副站长@某市环境监测站']);
  });
  it('reads a military district (军分区, 省军区, 警备区) as the body, its 政治工作处 a unit in the title (blind30)', () => {
    expect(read('某某军分区政治工作处主任王一出席')).toEqual(['王一:政治工作处主任@某某军分区']);
    expect(read('某省军区政治工作局副主任李二讲话')).toEqual(['李二:政治工作局副主任@某省军区']);
    expect(read('某市警备区政治工作部主任张三参加')).toEqual(['张三:政治工作部主任@某市警备区']);
  });
  it('reads a Mongolian name opening with 奥云 (奥云其其格, 奥云巴特尔) with no surname', () => {
    expect(read('某国能源协会会长奥云巴特尔主持')).toEqual(['奥云巴特尔:会长@某国能源协会']);
  });
  it('reads a 档案馆 as a body, so 馆长 is held there (blind22-08, blind22-19)', () => {
    expect(read('某省档案馆馆长王一出席')).toEqual(['王一:馆长@某省档案馆']);
  });
  it('reads three comma-joined groups of posts before one name as that person’s posts', () => {
    expect(read('某省档案局党组成员、副局长，某省档案馆副馆长，某省档案学会理事长王一出席')).toEqual([
      '王一:党组成员@某省档案局,副局长@某省档案局,副馆长@某省档案馆,理事长@某省档案学会',
    ]);
  });
  it('reads a 文史研究馆 as a body, so 馆员 is held there', () => {
    expect(read('聘任郭某为某某省文史研究馆馆员。')).toEqual(['郭某:馆员@某某省文史研究馆']);
    expect(read('某省人民政府文史研究馆馆员李某出席')).toEqual(['李某:馆员@某省人民政府文史研究馆']);
  });
  it('seats the head of an autonomous region in its people’s government, however the title is written', () => {
    expect(read('某某自治区党委副书记、主席李一出席')).toEqual([
      '李一:副书记@某某自治区党委,主席@某某自治区人民政府',
    ]);
    expect(read('某某自治区党委常委、常务副主席谭二出席')).toEqual([
      '谭二:常委@某某自治区党委,常务副主席@某某自治区人民政府',
    ]);
    expect(read('某某自治区副主席向三出席')).toEqual(['向三:副主席@某某自治区人民政府']);
    expect(read('某某自治区政协副主席王四出席')).toEqual(['王四:副主席@某某自治区政协']);
  });
  it('keeps a title written after a name from the next person’s descriptor (s13 prec14)', () => {
    expect(read('某理工大学机械学院院长冯一教授、某重工有限公司总经理严二先后发言')).toEqual([
      // An academic rank after a unit's head is the institution's (s14 wechat18); other titles stay held only.
      '冯一:机械学院院长@某理工大学,教授@某理工大学',
      '严二:总经理@某重工有限公司',
    ]);
    expect(read('会议由某省化学会副理事长贺三研究员、某师范大学化学系主任温四主持')).toEqual([
      '贺三:副理事长@某省化学会',
      '温四:化学系主任@某师范大学',
    ]);
    // A name right after the title makes it that name's (a list written with no separator).
    expect(read('某协会会长韦五副会长邓六出席')).toEqual(['韦五:会长@某协会', '邓六:副会长@本会']);
  });
  it('gives names listed after one title the same posts', () => {
    expect(read('某某协会副会长朱一、冯二、王三等出席会议')).toEqual([
      '朱一:副会长@某某协会',
      '冯二:副会长@某某协会',
      '王三:副会长@某某协会',
    ]);
  });
  it('reads a consul after the consulate, and lets 、-lists inherit the body and share 当选', () => {
    expect(read('某国驻上海总领事馆总领事彼得·萨博出席')).toEqual(['彼得·萨博:总领事@某国驻上海总领事馆']);
    expect(read('某省政协副主席李一、秘书长陈二出席')).toEqual([
      '李一:副主席@某省政协',
      '陈二:秘书长@某省政协',
    ]);
    expect(read('甲公司总经理钱一、乙公司董事长沈二当选副理事长。')).toEqual([
      '钱一:总经理@甲公司,副理事长@-',
      '沈二:董事长@乙公司,副理事长@-',
    ]);
  });
  it('lets a person in a list inherit the previous body', () => {
    expect(read('某某协会会长尹一，常务副会长付二出席')).toEqual([
      '尹一:会长@某某协会',
      '付二:常务副会长@某某协会',
    ]);
  });
  it('joins a title clause written before a comma', () => {
    expect(read('某省能源局党组成员，副局长邝一出席')).toEqual([
      '邝一:党组成员@某省能源局,副局长@某省能源局',
    ]);
  });
  it('reads posts after a name: （现任…） and 当选', () => {
    expect(read('某某局原局长杨一（现任某某协会名誉会长）作报告')).toEqual([
      '杨一:原局长@某某局,名誉会长@某某协会',
    ]);
    const elected = first('某某有限公司董事长陈一当选会长。')[0]!;
    expect(elected.posts.at(-1)).toMatchObject({ title: '会长', organization: null, ofOrganizer: true });
  });
  it('keeps a company name with （集团） whole', () => {
    expect(read('某某光学科技（集团）有限公司总裁叶一出席')).toEqual([
      '叶一:总裁@某某光学科技（集团）有限公司',
    ]);
  });
});

describe('posts in parentheses after a name', () => {
  it('reads names followed by their titles in parentheses', () => {
    const s = '出席会议的嘉宾有：王一平（某某部原副部长）、黄二河（某某研究院院长）。';
    expect(first(s).map((m) => `${m.name}:${m.posts[0]!.title}@${m.posts[0]!.organization}`)).toEqual([
      '王一平:原副部长@某某部',
      '黄二河:院长@某某研究院',
    ]);
  });
});

describe('a known name before a title', () => {
  it('reads a known name before a title, without organization', () => {
    const s = '深入贯彻习近平总书记重要讲话精神';
    expect(first(s).map((m) => [m.name, m.posts[0]?.title, m.posts[0]?.organization])).toEqual([
      ['习近平', '总书记', null],
    ]);
  });
});

describe('county and campus reports', () => {
  it('puts town and street Party titles in the place’s committee, and its office beside it', () => {
    expect(read('东城街道党工委书记、街道办事处主任吴海波介绍了情况')).toEqual([
      '吴海波:书记@东城街道党工委,主任@东城街道办事处',
    ]);
    expect(read('听取城关镇党委书记赵文军的汇报')).toEqual(['赵文军:书记@城关镇党委']);
  });
  it('does not read a name inside a longer title (总工程师)', () => {
    expect(read('某部总工程师钱立新出席')).toEqual(['钱立新:总工程师@某部']);
  });
  it('reads transliterated names after titles', () => {
    expect(read('某地区行署副专员买买提·艾力出席')).toEqual(['买买提·艾力:副专员@某地区行署']);
  });
  it('gives a school’s titles to 学校 (resolved to the article’s university later)', () => {
    expect(read('学校党委书记孟庆民，校长、党委副书记刘志强出席')).toEqual([
      '孟庆民:党委书记@学校',
      '刘志强:校长@学校,党委副书记@学校',
    ]);
  });
});

describe('dotted names before parentheses', () => {
  it('reads 买买提·艾力（某地区行署副专员）', () => {
    const s = '出席的有：买买提·艾力（某某地区行署副专员）、王伟（某某县人民政府县长）。';
    expect(first(s).map((m) => `${m.name}:${m.posts[0]?.organization ?? '-'}`)).toEqual([
      '买买提·艾力:某某地区行署',
      '王伟:某某县人民政府',
    ]);
  });
});

describe('a company before the verb that appoints', () => {
  it('holds the post it appoints to (同意某集团有限公司任命甲为监事会主席)', () => {
    const [m] = sentencePeople('同意某某投资运营集团有限公司任命王一为监事会主席。').mentions;
    expect(m?.posts.map((p) => `${p.title}@${p.organization}`)).toEqual([
      '监事会主席@某某投资运营集团有限公司',
    ]);
  });
});
