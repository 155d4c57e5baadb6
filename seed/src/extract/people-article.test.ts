import { describe, expect, it } from 'vitest';
import { normalizeArticle } from '../normalize';
import { extractArticle, readArticle } from './index';

const run = (content: string) => extractArticle(normalizeArticle({ content, source: 'x.txt' }));
const roles = (x: ReturnType<typeof run>) => x.roles.map((r) => `${r.person}:${r.role}`);

describe('persons across sentences', () => {
  const x = run(
    [
      '某市召开2025年项目推进座谈会',
      '2025-11-03　来源：某市日报　编辑：林晓',
      '（记者周子墨）11月3日，某市项目推进座谈会在某市召开。',
      '市委书记张国强在副市长李文华陪同下调研项目现场，听取城关镇党委书记赵文斌的汇报。他指出，要加快进度。',
      '王立新、陈小红、刘志远先后作交流发言。',
    ].join('\n'),
  );

  it('credits a reporter and an editor at the outlet: the article’s credits, not persons', () => {
    const at = (who: string) =>
      (x.credits ?? []).filter((c) => c.name === who).map((c) => `${c.title}@${c.organization}`);
    expect(at('周子墨')).toEqual(['记者@某市日报']);
    // Rounds whose golds write credits (blind7, 9, 11–14) write editors and reviewers at the outlet.
    expect(at('林晓')).toEqual(['编辑@某市日报']);
    expect(x.persons.map((p) => p.name)).not.toContain('周子墨');
    expect(x.persons.map((p) => p.name)).not.toContain('林晓');
  });

  it('credits review bylines at the outlet, at no body where the article names none', () => {
    const post = (t: string) =>
      (run(t).credits ?? []).map((c) => `${c.name}:${c.title}@${c.organization ?? '-'}`);
    expect(
      post(
        [
          '某县召开座谈会',
          '来源｜某县融媒体中心',
          '（全媒体记者 周子墨）会议召开。',
          '一审｜林晓',
          '终审丨陈文斌',
        ].join('\n'),
      ),
    ).toEqual(['周子墨:全媒体记者@某县融媒体中心', '林晓:一审@某县融媒体中心', '陈文斌:终审@某县融媒体中心']);
    // With no outlet named, the reviewers are credited at no body; readArticle reads no post for them either.
    const noOutlet = ['某县召开座谈会', '会议召开。', '责任编辑：林晓　二审：陈文斌'].join('\n');
    expect(readArticle(normalizeArticle({ content: noOutlet, source: 'x.txt' })).positions).toEqual([]);
    expect(post(noOutlet)).toEqual(['林晓:责任编辑@-', '陈文斌:二审@-']);
  });

  it('reads no place from a 来源 label that is no media name', () => {
    // 来源：某德镇市政 is the publisher's label, not 某德镇市: 市政公用集团 keeps its own name.
    const x2 = run(
      [
        '江南集团与市政公用集团签约',
        '来源：某德镇市政 发布时间：2024-10-16',
        '市政公用集团党委书记周文龙出席签约仪式。',
        '编辑：林晓',
      ].join('\n'),
    );
    expect(x2.positions.map((p) => `${p.person}:${p.title}@${p.organization}`)).toEqual([
      '周文龙:党委书记@市政公用集团',
    ]);
    expect((x2.credits ?? []).map((c) => `${c.name}:${c.title}@${c.organization}`)).toEqual([
      '林晓:编辑@某德镇市政',
    ]);
  });

  it('gives 他指出 to the last subject, a companion the guest role, listed names their shared verb', () => {
    const role = (who: string) => x.roles.find((r) => r.person === who);
    expect(['张国强', '李文华', '王立新', '刘志远'].map((p) => `${p}:${role(p)?.role}`)).toEqual([
      '张国强:speaker',
      '李文华:guest',
      '王立新:speaker',
      '刘志远:speaker',
    ]);
    // Confidence follows how the role was read (readings.ts): through a pronoun, or for a listed name
    // with no post, it is lower than for a titled name with a verb of its own.
    expect(role('张国强')!.confidence!).toBeLessThan(role('李文华')!.confidence!);
    expect(role('王立新')!.confidence!).toBeLessThan(role('李文华')!.confidence!);
    // 听取…的汇报: the one who reports speaks (blind5, blind7 and blind8 agree).
    expect(roles(x).some((r) => r.startsWith('赵文斌:speaker'))).toBe(true);
  });

  it('scores every fact in [0, 1]', () => {
    for (const list of [x.persons, x.organizations, x.events, x.positions, x.roles, x.event_orgs])
      for (const f of list) expect(f.confidence! >= 0 && f.confidence! <= 1).toBe(true);
  });
});

describe('a visit with no event name', () => {
  const x = run(
    [
      '县长刘一鸣到城关镇、\n古城镇调研',
      '11月3日，县长刘一鸣先后到城关镇、古城镇调研秋收工作。副县长王春燕陪同。',
      '刘一鸣强调，要抓好秋收。',
    ].join('\n'),
  );

  it('is an occasion the headline stands for, with its speaker and companions', () => {
    expect(x.events.map((e) => e.name)).toEqual(['县长刘一鸣到城关镇、']);
    expect(x.roles.map((r) => `${r.person}:${r.role}`)).toEqual(
      expect.arrayContaining(['刘一鸣:speaker', '王春燕:guest']),
    );
  });

  it('is no occasion when nobody visits', () => {
    expect(run('某县召开秋收工作\n11月3日，刘一鸣强调，要抓好秋收。').events).toEqual([]);
  });
});

describe('a short form after another person in a list', () => {
  const x = run(
    [
      '甲能源集团与乙市人民政府签署协议',
      '11月19日，甲能源投资集团有限公司（以下简称“甲能投”）与乙市人民政府签约。乙市委副书记、市长马一，甲能投党委书记、董事长苏二，总会计师孟三出席。',
    ].join('\n'),
  );
  const posts = x.positions.map((p) => `${p.person}:${p.title}@${p.organization}`);

  it('names its own body, not the previous person’s, and passes it on down the list', () => {
    expect(posts).toEqual(
      expect.arrayContaining([
        '苏二:党委书记@甲能源投资集团有限公司',
        '苏二:董事长@甲能源投资集团有限公司',
        '孟三:总会计师@甲能源投资集团有限公司',
      ]),
    );
    expect(posts.some((p) => p.startsWith('苏二') && p.includes('乙市'))).toBe(false);
  });
});

describe('a declared short form that also opens a subsidiary’s name', () => {
  const x = run(
    [
      '甲能源集团与乙市人民政府签署协议',
      '5月8日，甲能源建设集团有限公司（以下简称“甲能建”）与乙市人民政府签约。甲能建党委书记、董事长苏二，甲能建总会计师孟三出席。',
      '甲能建科技集团有限公司总经理钱四、甲能建丁工程有限公司董事长赵五先后发言。',
    ].join('\n'),
  );
  const posts = x.positions.map((p) => `${p.person}:${p.title}@${p.organization}`);

  it('stays the group’s: the subsidiary gets no brand of it', () => {
    expect(posts).toEqual(
      expect.arrayContaining([
        '苏二:党委书记@甲能源建设集团有限公司',
        '苏二:董事长@甲能源建设集团有限公司',
        '孟三:总会计师@甲能源建设集团有限公司',
      ]),
    );
    const sub = x.organizations.find((o) => o.name === '甲能建科技集团有限公司');
    expect(sub?.aliases ?? []).not.toContain('甲能建');
  });
});

describe('a declared short form with the full name’s ending after it', () => {
  it('is the full name', () => {
    const x = run(
      [
        '某医药大会在某市开幕',
        '10月15日，大会由某市人民政府、某医药高新技术产业开发区管委会（以下简称“某医药高新区”）联合主办。某医药高新区管委会主任肖一鸣致辞。',
      ].join('\n'),
    );
    expect(x.positions.map((p) => `${p.person}:${p.title}@${p.organization}`)).toContain(
      '肖一鸣:主任@某医药高新技术产业开发区管委会',
    );
  });
});

describe("a school's own report", () => {
  const x = run(
    [
      '学校党委理论学习中心组开展集体学习',
      '11月25日，某某理工大学党委理论学习中心组开展集体学习。校党委书记罗一主持。',
      '党委常委、组织部部长黄二，党委常委、副校长谢三先后发言。罗一强调，要加快建设高水平研究型大学。',
    ].join('\n'),
  );
  const posts = x.positions.map((p) => `${p.person}:${p.title}@${p.organization}`);

  it('puts bare Party committee posts and its departments at the school', () => {
    expect(posts).toEqual(
      expect.arrayContaining([
        '黄二:党委常委@某某理工大学',
        '黄二:组织部部长@某某理工大学',
        '谢三:党委常委@某某理工大学',
        '谢三:副校长@某某理工大学',
      ]),
    );
    expect(x.organizations.map((o) => o.name)).not.toContain('建设高水平研究型大学');
  });
});

describe('我院 in a hospital’s own news', () => {
  const x = run(
    [
      '某省第一人民医院与某县人民医院签署医联体协议',
      '作者：党委办公室　来源：某省第一人民医院　发布时间：2026-09-03',
      '9月2日，某省第一人民医院与某县人民医院签署协议。我院党委书记赵建平致辞。',
    ].join('\n'),
  );
  it('reads 我院 as the hospital the 来源 line names, not the other one in the headline', () => {
    expect(x.positions.map((p) => `${p.person}:${p.title}@${p.organization}`)).toContain(
      '赵建平:党委书记@某省第一人民医院',
    );
  });
});

describe('a company board elected at a shareholders’ meeting', () => {
  const x = run(
    [
      '某某新能源完成董事会换届',
      '某某新能源科技股份有限公司召开股东大会。股东大会选举许慕白、高翔为第四届董事会非独立董事。',
      '江苏省光伏产业协会发来贺信。',
    ].join('\n'),
  );
  it('gives the directors the company, not the board or the association', () => {
    expect(x.positions.map((p) => `${p.person}:${p.title}@${p.organization}`)).toEqual(
      expect.arrayContaining([
        '许慕白:非独立董事@某某新能源科技股份有限公司',
        '高翔:非独立董事@某某新能源科技股份有限公司',
      ]),
    );
  });
});

describe('a self-reference the article declares', () => {
  it('reads 我院 as the hospital declared so, though the article names other hospitals', () => {
    const x = run(
      [
        '第三届心血管介入论坛在柳州举行',
        '6月7日，第三届心血管介入论坛在柳州举行。论坛由柳州市工人医院（以下简称“我院”）主办。',
        '我院党委书记蒙立新致辞，桂林医学院附属医院心内科主任韦红梅、我院心内科副主任黄晓峰作报告。',
      ].join('\n'),
    );
    const at = (who: string) =>
      x.positions.filter((p) => p.person === who).map((p) => `${p.title}@${p.organization}`);
    expect(at('蒙立新')).toEqual(['党委书记@柳州市工人医院']);
    expect(at('黄晓峰')).toEqual(['心内科副主任@柳州市工人医院']);
    expect(at('韦红梅')).toEqual(['心内科主任@桂林医学院附属医院']);
  });
});

describe('branches and a group’s provincial company', () => {
  const x = run(
    [
      '赣江能源论坛在南昌举行',
      '中国华电集团江西发电有限公司总经理周凯，中国建设银行股份有限公司湖北省分行副行长陈立出席论坛。',
    ].join('\n'),
  );
  it('holds the posts at the branch and the provincial company, each a body with no parent', () => {
    expect(x.positions.map((p) => `${p.person}:${p.title}@${p.organization}`)).toEqual(
      expect.arrayContaining([
        '周凯:总经理@中国华电集团江西发电有限公司',
        '陈立:副行长@中国建设银行股份有限公司湖北省分行',
      ]),
    );
    const branch = x.organizations.find((o) => o.name === '中国建设银行股份有限公司湖北省分行');
    expect(branch?.parent ?? null).toBeNull();
  });
});

describe('a headline run into the first line of titles (a WeChat post with no punctuation)', () => {
  it('reads the titles after 举行, not the headline, as the body', () => {
    const x = run(
      [
        '第三届数字经济论坛在成都举行',
        '第三届数字经济论坛在成都举行 四川省委常委、成都市委书记李明远出席并致辞。',
      ].join('\n'),
    );
    expect(x.positions.map((p) => `${p.person}:${p.title}@${p.organization}`)).toEqual([
      '李明远:常委@四川省委',
      '李明远:书记@成都市委',
    ]);
  });
});

describe('committee titles with no body, in the report of the body the headline opens with', () => {
  const posts = (content: string) =>
    run(content).positions.map((p) => `${p.person}|${p.organization ?? ''}|${p.title}`);
  it('gives them the body the headline opens with when it is no company', () => {
    const x = posts(
      [
        '满洲里海关召开2026年进出口企业座谈会',
        '4月2日，满洲里海关召开进出口企业座谈会。满洲里海关党委书记、关长乌兰主持会议，党委委员、副关长郑凯，党委委员、纪检组长邵云出席。',
      ].join('\n'),
    );
    expect(x).toEqual(
      expect.arrayContaining([
        '郑凯|满洲里海关|党委委员',
        '郑凯|满洲里海关|副关长',
        '邵云|满洲里海关|纪检组长',
      ]),
    );
  });
  it('reads 纪检组长 as one title', () => {
    expect(posts('标题\n某市税务局党委委员、纪检组长沈红出席。')).toContain('沈红|某市税务局|纪检组长');
  });
});

describe('a head of government after a 政协 or 人大 post', () => {
  it("sits in the place's people's government, not in the 政协 named before", () => {
    const x = run(
      '专题协商座谈会召开\n5月9日，某市政协召开专题协商座谈会。市政协主席钱立华出席并讲话，副市长孙文静到会通报情况。',
    );
    expect(x.positions.map((p) => `${p.person}:${p.title}@${p.organization}`)).toEqual(
      expect.arrayContaining(['钱立华:主席@市政协', '孙文静:副市长@市人民政府']),
    );
  });
});

describe('我校 in a report of an event a college of the school helped hold', () => {
  it("is the college's university, not a guest's university named after it", () => {
    const x = run(
      '第三届智能建造学术会议在我校召开\n7月5日，第三届智能建造学术会议在我校召开。会议由中国某某学会主办，华东理工大学机械与动力工程学院承办。分会场由我校机械与动力工程学院副院长蒯立文、浙江大学教授阎松共同主持。',
    );
    expect(x.positions.map((p) => `${p.person}:${p.title}@${p.organization}`)).toContain(
      '蒯立文:机械与动力工程学院副院长@华东理工大学',
    );
  });
});

describe('我校 and 校党委 where the school is a college of its own (某某学院, not 某大学)', () => {
  it('is the college that helped hold the event, not a guest university named last', () => {
    const x = run(
      '第二届西南智能制造学术年会在我校召开\n5月9日，由中国某某学会主办，绵阳理工学院承办的第二届西南智能制造学术年会在我校召开。来自四川大学、重庆大学的专家参会。' +
        '开幕式由我校副校长闻建宁主持。校党委书记卜立新致辞。我校智能制造学院院长晏少川宣布下届年会在重庆大学举办。',
    );
    const posts = x.positions.map((p) => `${p.person}|${p.organization}|${p.title}`);
    expect(posts).toContain('闻建宁|绵阳理工学院|副校长');
    expect(posts).toContain('卜立新|绵阳理工学院|党委书记');
    expect(posts).toContain('晏少川|绵阳理工学院|智能制造学院院长');
  });
});

describe('a group written alone beside its company named after it', () => {
  it('keeps the group’s posts at the group, not at the company its name opens', () => {
    const x = run(
      '华建六局物流有限公司签约仪式举行\n5月8日，华建六局物流有限公司与江南市人民政府举行签约仪式。' +
        '华建六局党委常委、总会计师欧阳明远，华建六局物流有限公司董事长诸葛文涛出席。',
    );
    const posts = x.positions.map((p) => `${p.person}|${p.organization}|${p.title}`);
    expect(posts).toContain('欧阳明远|华建六局|总会计师');
    expect(posts).toContain('诸葛文涛|华建六局物流有限公司|董事长');
    const company = x.organizations.find((o) => o.name === '华建六局物流有限公司');
    expect(company?.aliases ?? []).not.toContain('华建六局');
  });
});

describe('an academic rank after the name of a unit’s head', () => {
  const posts = (content: string) =>
    run(content).positions.map((p) => `${p.person}|${p.organization}|${p.title}`);

  it('is a post at the institution, on one line or on broken WeChat lines', () => {
    const inline = posts(
      '某某材料论坛召开\n6月2日，某某材料论坛在南湖市召开。开幕式由北江理工大学材料学院院长柏明远教授主持。',
    );
    expect(inline).toContain('柏明远|北江理工大学|材料学院院长');
    expect(inline).toContain('柏明远|北江理工大学|教授');
    const wechat = posts(
      [
        '某某海洋装备年会举行',
        '6月2日，某某海洋装备年会在东港市举行。',
        '📍主旨报告',
        '东港海洋大学船舶工程学院',
        '副院长 聂文涛 研究员',
        '作《深海装备的材料选择》报告',
      ].join('\n'),
    );
    expect(wechat).toContain('聂文涛|东港海洋大学|船舶工程学院副院长');
    expect(wechat).toContain('聂文涛|东港海洋大学|研究员');
  });

  it('stays only held after a post that names no unit, where the golds split', () => {
    const x = posts(
      '某某材料论坛召开\n6月2日，某某材料论坛在南湖市召开。开幕式由北江理工大学副校长柏明远教授主持。',
    );
    expect(x).toEqual(['柏明远|北江理工大学|副校长']);
    // A clinical department's head: most golds write no rank at the hospital.
    expect(
      posts(
        '某某心血管论坛召开\n6月2日，某某心血管论坛在南湖市召开。南湖市人民医院心内科主任柏明远教授主持。',
      ),
    ).toEqual(['柏明远|南湖市人民医院|心内科主任']);
  });
});

describe('a pronoun after a subject with a short lead-in', () => {
  it('gives 他表示 to 新当选的会长甲, not to one elected earlier', () => {
    const x = run(
      [
        '某协会召开第五次会员代表大会',
        '大会选举王一为会长，某公司总会计师张二当选为监事长。',
        '新当选的会长王一作表态发言。',
        '他表示，将团结全体会员。',
      ].join('\n'),
    );
    expect(roles(x)).toContain('王一:speaker');
    expect(roles(x)).not.toContain('张二:speaker');
  });
});

describe('foreign names referred to by their last parts', () => {
  it('gives 门多萨在发言中说 to 胡安·卡洛斯·门多萨', () => {
    const x = run(
      [
        '2026中国—拉美港口合作论坛在某市开幕',
        '某国前总理胡安·卡洛斯·门多萨、某国驻华大使李一出席开幕式。',
        '门多萨在发言中说，合作空间广阔。',
      ].join('\n'),
    );
    expect(roles(x)).toContain('胡安·卡洛斯·门多萨:speaker');
    expect(roles(x).some((r) => r.startsWith('门多萨:'))).toBe(false);
  });
});

describe('a seat both companies and associations have (当选为监事) at an association’s 换届', () => {
  it('is the electing association’s, not the company named last', () => {
    const x = run(
      [
        '某市纺织服装商会第二届会员大会暨换届大会召开',
        '5月27日，某市纺织服装商会第二届会员大会暨换届大会在某市召开。大会由某市纺织服装商会主办。',
        '大会选举产生了商会第二届理事会、监事会。某某纺织科技股份有限公司董事长王一当选为会长；某某师范学院服装设计系主任李二当选为监事。',
      ].join('\n'),
    );
    const at = (who: string) =>
      x.positions.filter((p) => p.person === who).map((p) => `${p.title}@${p.organization}`);
    expect(at('李二')).toContain('监事@某市纺织服装商会');
    expect(at('李二')).not.toContain('监事@某某纺织科技股份有限公司');
  });
});

describe('厅 alone before a unit (厅种植业处处长)', () => {
  it('is the department the article names', () => {
    const x = run(
      [
        '全省茶产业重点企业座谈会召开',
        '3月19日，云南省农业农村厅在昆明召开全省茶产业重点企业座谈会。省农业农村厅党组成员、副厅长王一主持座谈会，厅种植业处处长李二、省茶叶流通协会秘书长赵三出席。',
      ].join('\n'),
    );
    expect(x.positions.filter((p) => p.person === '李二').map((p) => `${p.title}@${p.organization}`)).toEqual(
      ['种植业处处长@云南省农业农村厅'],
    );
  });
});

describe('an officer’s title after a short form the chain opened with', () => {
  const x = run(
    [
      '某某数字化转型峰会在上海举行',
      '峰会由中国证券业协会（以下简称“中证协”）指导，上海市证券同业公会主办。',
      '中证协党委委员、副会长王一，上海市证券同业公会会长李二出席。座谈会由省作协副主席兼秘书长赵三主持。',
    ].join('\n'),
  );
  const at = (who: string) =>
    x.positions.filter((p) => p.person === who).map((p) => `${p.title}@${p.organization}`);
  it('is the short form’s body, not the association named last', () => {
    expect(at('王一')).toContain('副会长@中国证券业协会');
  });
  it('is the article’s association when the short form resolves to none', () => {
    expect(at('赵三')).toContain('秘书长@上海市证券同业公会');
  });
});

describe('a body’s own news with no 来源 line', () => {
  const at = (x: ReturnType<typeof run>, who: string) =>
    x.positions.filter((p) => p.person === who).map((p) => `${p.title}@${p.organization ?? '-'}`);
  it('reads 我院 as the hospital its masthead names, among three hospitals', () => {
    const x = run(
      [
        '某学会年会在我院召开',
        '某市第一医院  2026-08-31  党委办公室',
        '8月29日，某学会年会在我院召开。会议由某市第一医院承办。',
        '我院党委书记王一、院长王二出席。某大学附属肿瘤医院胸外科主任王三、某大学医学院附属第一医院肿瘤内科副主任王四作报告。',
      ].join('\n'),
    );
    expect(at(x, '王一')).toEqual(['党委书记@某市第一医院']);
    expect(at(x, '王二')).toEqual(['院长@某市第一医院']);
  });
  it('reads 我院 as the hospital its page’s 版权所有 names', () => {
    const x = run(
      [
        '首届护理论坛在我院举办',
        '10月13日，由某省护理学会主办、某医科大学第一附属医院承办的首届护理论坛在我院举办。',
        '开幕式由我院护理部主任王一主持。北京协和医院护理部主任王二作讲座。',
        '版权所有:某医科大学第一附属医院',
      ].join('\n'),
    );
    expect(at(x, '王一')).toEqual(['护理部主任@某医科大学第一附属医院']);
  });
  it('gives 集团 titles the group whose short form the prose declares after a verb', () => {
    const x = run(
      [
        '集团新闻 | 某粮集团参加粮食大会',
        '8月25日，粮食大会在潍坊召开。集团党委书记、董事长王一出席。',
        '王一在发言中介绍了山东某粮集团有限公司（以下简称“某粮集团”）的做法。',
      ].join('\n'),
    );
    expect(x.organizations.map((o) => o.name)).toContain('山东某粮集团有限公司');
    expect(at(x, '王一')).toEqual(['党委书记@山东某粮集团有限公司', '董事长@山东某粮集团有限公司']);
  });
  it('reads an institute’s short name (某某所) as the 研究所 named in full', () => {
    const x = run(
      [
        '药物学术年会在昆明召开',
        '原创  昆明某植物所  2026-07-12 18:05  云南',
        '7月10日，药物学术年会在昆明召开。会议由中国科学院昆明某植物研究所承办。',
        '开幕式由昆明某植物所副所长王一研究员主持。',
      ].join('\n'),
    );
    expect(x.organizations.map((o) => o.name)).not.toContain('昆明某植物所');
    expect(at(x, '王一')).toContain('副所长@中国科学院昆明某植物研究所');
  });
  it('gives posts elected with no organizer named the body the headline opens with, not the province’s guest', () => {
    const x = run(
      [
        '某某市工商业联合会（总商会）第十次会员代表大会召开',
        '12月10日，某某市工商业联合会（总商会）第十次会员代表大会召开。某某省工商业联合会党组成员、副主席王一出席。',
        '在随后召开的十届一次执行委员会议上，某某港口集团有限公司董事长王二当选为副主席（副会长）。',
      ].join('\n'),
    );
    expect(at(x, '王二')).toEqual(
      expect.arrayContaining(['副主席@某某市工商业联合会', '副会长@某某市工商业联合会']),
    );
  });
});
