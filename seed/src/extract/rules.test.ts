import { describe, expect, it } from 'vitest';
import { applyGrammar } from './grammar';
import { sentencePeople } from './people';
import { GRAMMAR } from './rules';
import { canonicalLine } from './sentences';
import { recognize } from './spans';

/** What a sentence gives, as `name:title@organization` per post (`name:` for a person with no post). */
const read = (s: string) =>
  sentencePeople(s).mentions.flatMap((m) =>
    m.posts.length === 0
      ? [`${m.name}:`]
      : m.posts.map((p) => `${m.name}:${p.title}@${p.organization ?? '-'}`),
  );

describe('the grammar table', () => {
  it.each(GRAMMAR.map((r) => [r.id, r] as const))('%s reads its example', (id, rule) => {
    expect(read(rule.example)).toEqual(rule.expect);
    // The line itself, not a neighbour, reads the example.
    expect(applyGrammar(recognize(rule.example)).map((m) => m.rule.id)).toContain(id);
  });

  it('gives every line a confidence in (0, 1] and a unique id', () => {
    expect(new Set(GRAMMAR.map((r) => r.id)).size).toBe(GRAMMAR.length);
    for (const r of GRAMMAR) expect(r.confidence > 0 && r.confidence <= 1).toBe(true);
  });
});

describe('shapes across lines', () => {
  it('reads 博士 between a name and 为 through, as 先生 is (聘任甲博士为…: blind7)', () => {
    expect(read('董事会聘任王一博士为某某科技股份有限公司高级副总裁。')).toEqual([
      '王一:高级副总裁@某某科技股份有限公司',
    ]);
    expect(read('王一博士出席会议。')).toEqual(['王一:']);
  });

  it('gives the post after 为 to a comma list of persons with their own posts, as after 当选 (blind6, blind19)', () => {
    expect(read('增补甲公司董事长王一，乙公司总经理李二为副会长。')).toEqual([
      '王一:董事长@甲公司',
      '王一:副会长@-',
      '李二:总经理@乙公司',
      '李二:副会长@-',
    ]);
    expect(read('某局局长王一，某公司总经理李二为获奖企业颁奖。')).toEqual([
      '王一:局长@某局',
      '李二:总经理@某公司',
    ]);
  });

  it('reads no body holding 当选 where no name is read before it (董事长何必当选为会长: blind27)', () => {
    const s = '某某科技有限公司董事长本人当选为会长，某某酒业有限公司总经理米一等十二人当选为副会长。';
    expect(read(s)).toEqual(['米一:总经理@某某酒业有限公司', '米一:副会长@-']);
  });

  it('reads 原任 after a name as the post held before (任免 notices: blind7, blind14, blind31)', () => {
    expect(read('其中，王一同志原任某市财政局副局长，李二同志原任某县人民政府副县长。')).toEqual([
      '王一:原副局长@某市财政局',
      '李二:原副县长@某县人民政府',
    ]);
  });

  it('gives the post after ，兼任 to the person the titles before it describe', () => {
    const s = canonicalLine('江城农商银行党委书记、董事长，兼任江城金融租赁有限公司董事长的罗嘉介绍了情况。');
    expect(read(s)).toEqual([
      '罗嘉:党委书记@江城农商银行',
      '罗嘉:董事长@江城农商银行',
      '罗嘉:董事长@江城金融租赁有限公司',
    ]);
  });

  it('reads a fire and rescue 总队 or 支队 as a body before its officer’s titles', () => {
    expect(read('某省消防救援总队党委书记、政治委员王一明，某市消防救援支队支队长李二出席。')).toEqual([
      '王一明:党委书记@某省消防救援总队',
      '王一明:政治委员@某省消防救援总队',
      '李二:支队长@某市消防救援支队',
    ]);
  });

  it('reads 挂职干部 in a chain as one more post, so the chain keeps its holder (blind24, blind25)', () => {
    expect(read('某省商务厅副厅长、挂职干部王一明出席开幕式。')).toEqual([
      '王一明:副厅长@某省商务厅',
      '王一明:挂职干部@某省商务厅',
    ]);
  });

  it('runs a list of the elected on through ，以及 before its last item, and leaves a list of guests alone', () => {
    expect(read('甲公司总经理王一，乙公司董事长李二，以及丙协会原会长赵三当选副会长。')).toEqual([
      '王一:总经理@甲公司',
      '王一:副会长@-',
      '李二:董事长@乙公司',
      '李二:副会长@-',
      '赵三:原会长@丙协会',
      '赵三:副会长@-',
    ]);
    expect(recognize('市长王一，以及某局副局长李二等出席。').map((x) => x.text)).toContain('以及');
  });

  it('ends a name before 带队 (副厅长某某带队赴某地调研)', () => {
    expect(read('某省农业农村厅党组成员、副厅长李春明带队赴某市调研。')).toEqual([
      '李春明:党组成员@某省农业农村厅',
      '李春明:副厅长@某省农业农村厅',
    ]);
  });

  it('gives a national laboratory written after a comma its own post, not the university’s', () => {
    expect(read('某某大学党委常委、副校长，南岭国家实验室副主任王一致欢迎辞。')).toEqual([
      '王一:党委常委@某某大学',
      '王一:副校长@某某大学',
      '王一:副主任@南岭国家实验室',
    ]);
  });

  it('splits a two-character name off a verb that says the post holds or begins (出任, 连任)', () => {
    expect(read('会议决定，李明出任某某集团有限公司总经理，刘洋连任会长。')).toEqual([
      '李明:总经理@某某集团有限公司',
      '刘洋:会长@-',
    ]);
    // 接任 takes over a post as 出任 takes it up.
    expect(read('会上，王一鸣接任会长。')).toEqual(['王一鸣:会长@-']);
  });

  it('lets a clause-listed title inherit only a council’s body, not any employer', () => {
    expect(read('会议由某市发展和改革委员会主任王强主持，教授刘洋发言。')).toEqual([
      '王强:主任@某市发展和改革委员会',
      '刘洋:教授@-',
    ]);
  });

  it('shares 当选 across a list and keeps each person’s own posts', () => {
    expect(read('选举王一为会长，李二、赵三为副会长。')).toEqual([
      '王一:会长@-',
      '李二:副会长@-',
      '赵三:副会长@-',
    ]);
    expect(read('钱一、孙二当选副主席。')).toEqual(['钱一:副主席@-', '孙二:副主席@-']);
  });

  it('reads a state forest or farm (林场, 农场) and its 场长', () => {
    expect(read('广西某某林场场长韦某某、某某农场场长蒙某某出席')).toEqual([
      '韦某某:场长@广西某某林场',
      '蒙某某:场长@某某农场',
    ]);
  });

  it('reads 决定甲为 of a standing committee’s notice as an appointment', () => {
    expect(read('决定孔某某为某市人民政府代理市长。')).toEqual(['孔某某:代理市长@某市人民政府']);
    expect(read('会议决定，严某某为某县人民政府代理县长。')).toEqual(['严某某:代理县长@某县人民政府']);
  });

  it('reads 免去甲为…职务 and a dismissed name that is a word (免去温柔的…) as a dismissal', () => {
    expect(read('免去祁连为某省交通运输厅副厅长职务；')).toEqual(['祁连:原副厅长@某省交通运输厅']);
    expect(read('免去温柔的某省科学技术厅二级巡视员职务；')).toEqual(['温柔:原二级巡视员@某省科学技术厅']);
  });

  it('reads a dotted name with a middle initial (苏里亚·K·辛格) and a name before 演示/致贺词', () => {
    expect(read('某大学某中心教授苏里亚·K·辛格以《某题》为题发言；')).toEqual([
      '苏里亚·K·辛格:某中心教授@某大学',
    ]);
    expect(read('某公司副总裁方向东演示了某系统。')).toEqual(['方向东:副总裁@某公司']);
    expect(read('某市文联党组成员、副主席谭一明致贺词。')).toContain('谭一明:副主席@某市文联');
  });

  it('does not let 与 share a post', () => {
    expect(read('某某委员会信息科学部常务副主任宁一与闻二、戴三围绕主题展开交流')).toEqual([
      '宁一:信息科学部常务副主任@某某委员会',
      '闻二:',
      '戴三:',
    ]);
  });

  it('reads two groups of one person’s posts split by a comma, the name after the second', () => {
    expect(read('临沂市委常委、兰山区委书记，临沂经济技术开发区党工委书记许明远出席')).toEqual([
      '许明远:常委@临沂市委',
      '许明远:书记@兰山区委',
      '许明远:书记@临沂经济技术开发区党工委',
    ]);
    expect(read('四川大学副校长，四川省化学学会理事长林振东作报告')).toEqual([
      '林振东:副校长@四川大学',
      '林振东:理事长@四川省化学学会',
    ]);
    // Several bodies sharing one title name their heads, not the next person.
    expect(read('学校教务处、科研院、化学学院负责人，某某集团有限公司总经理赵四等参加')).toEqual([
      '赵四:总经理@某某集团有限公司',
    ]);
    // A group with its own name stays that person's.
    expect(read('某大学校长陈一，某公司董事长王二出席')).toEqual(['陈一:校长@某大学', '王二:董事长@某公司']);
  });

  it('reads the body after a clause that ends in 还有 (陪同考察的还有…), not the clause as its name', () => {
    expect(read('参加调研的还有某市发展和改革委员会主任王一鸣。')).toEqual([
      '王一鸣:主任@某市发展和改革委员会',
    ]);
    expect(read('陪同考察的还有某某集团有限公司副总经理李二。')).toEqual(['李二:副总经理@某某集团有限公司']);
  });

  it('reads a body and a title on both sides of a name in a list', () => {
    expect(read('市发改委王某某主任、县政协李某副主席、副市长赵某出席')).toEqual([
      '王某某:主任@市发改委',
      '李某:副主席@县政协',
      '赵某:副市长@市人民政府',
    ]);
  });

  it('reads a Party committee’s department, a provincial standing committee and foreign guests', () => {
    // A Party department written right after its committee is a body (19 of 20 gold posts so written).
    expect(read('某市委宣传部部长李某某主持')).toEqual(['李某某:部长@某市委宣传部']);
    expect(read('省人大常委、财经委员会主任王某某出席')).toEqual([
      '王某某:委员@省人大常委会',
      '王某某:财经委员会主任@省人大常委会',
    ]);
    expect(read('匈牙利前总理约翰·史密斯、塞尔维亚驻华大使彼得·萨博出席')).toEqual([
      '约翰·史密斯:前总理@匈牙利政府',
      '彼得·萨博:驻华大使@塞尔维亚驻华大使馆',
    ]);
    // A mission's staff stay at the mission; only its head is the government's.
    expect(read('塞尔维亚驻华参赞米兰·彼得罗维奇出席')).toEqual(['米兰·彼得罗维奇:参赞@塞尔维亚驻华大使馆']);
    // A mission abroad: its head's title is written bare.
    expect(read('中国驻智利大使钱某某、新西兰驻智利大使约翰·史密斯出席')).toEqual([
      '钱某某:大使@中国驻智利大使馆',
      '约翰·史密斯:大使@新西兰驻智利大使馆',
    ]);
  });

  it('shares 当选 after 等…人, and lists names after 市领导', () => {
    expect(read('李某某、赵某某等10人当选为副会长。')).toEqual(['李某某:副会长@-', '赵某某:副会长@-']);
    // The same closing count before the 为 of 选举…为 (a list of people with their posts, then the shared one).
    expect(read('选举甲公司总经理钱某某，乙大学副校长孙某某等12人为副会长。')).toEqual([
      '钱某某:总经理@甲公司',
      '钱某某:副会长@-',
      '孙某某:副校长@乙大学',
      '孙某某:副会长@-',
    ]);
    expect(read('市领导王某某、李某某出席。')).toEqual(['王某某:', '李某某:']);
  });

  it('reads a dotted name before a title, a 民主党派 body, a Party committee’s department after 、', () => {
    expect(read('诺贝尔物理学奖得主约翰·史密斯教授作了视频演讲。')).toEqual(['约翰·史密斯:教授@-']);
    expect(read('全国政协常委、民建中央副主席王某某出席会议。')).toEqual([
      '王某某:常委@全国政协',
      '王某某:副主席@民建中央',
    ]);
    expect(read('北京市委常委、宣传部部长赵某某出席。')).toEqual([
      '赵某某:常委@北京市委',
      '赵某某:宣传部部长@北京市委',
    ]);
  });

  describe('election lists of 换届 reports (s15 elect19)', () => {
    it('reads honorary and founding titles (创会, 永久名誉) as titles of the association', () => {
      expect(read('创会会长宋立言、永久名誉会长魏成栋出席。')).toEqual([
        '宋立言:创会会长@本会',
        '魏成栋:永久名誉会长@本会',
      ]);
    });

    it('reads a bare name before 受聘为, 获推选为, 荣任 as the one elected', () => {
      expect(read('黎思远受聘为顾问。')).toEqual(['黎思远:顾问@-']);
      expect(read('韦浩明获推选为监事长。')).toEqual(['韦浩明:监事长@-']);
      expect(read('邱立川荣任创会会长。')).toEqual(['邱立川:创会会长@-']);
      // 获委任为 (Malaysian and Hong Kong reports) appoints as 获聘为 does.
      expect(read('卸任会长王一获委任为永久名誉会长。')).toContain('王一:永久名誉会长@-');
    });

    it('shares 当选 across a comma list of persons with their own posts', () => {
      expect(
        read('甲方科技有限公司董事长范一鸣，乙方材料股份有限公司总经理柯二平等8人当选为副会长。'),
      ).toEqual([
        '范一鸣:董事长@甲方科技有限公司',
        '范一鸣:副会长@-',
        '柯二平:总经理@乙方材料股份有限公司',
        '柯二平:副会长@-',
      ]);
    });

    it('gives a label’s post to every officer of its 、 list, each with posts of their own', () => {
      expect(read('副会长：青禾民宿管理有限公司负责人龙一舟、远山文旅有限公司总经理祁二蒙')).toEqual([
        '龙一舟:副会长@-',
        '龙一舟:负责人@青禾民宿管理有限公司',
        '祁二蒙:副会长@-',
        '祁二蒙:总经理@远山文旅有限公司',
      ]);
    });

    it('gives 被聘为 after a comma to the clause’s subject', () => {
      expect(read('钱明远不再担任理事长职务，被聘为学会名誉理事长。')).toEqual([
        '钱明远:原理事长@本会',
        '钱明远:名誉理事长@学会',
      ]);
      expect(read('原副总经理孙嘉当选为董事，并被聘任为公司总裁。')).toEqual([
        '孙嘉:原副总经理@公司',
        '孙嘉:董事@公司',
        '孙嘉:总裁@公司',
      ]);
    });
  });
});
