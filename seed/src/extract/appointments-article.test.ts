import { describe, expect, it } from 'vitest';
import { normalizeArticle } from '../normalize';
import { extractArticle, readArticle } from './index';

/* Article-level shapes of appointment reports, elections and local reports (own sentences, not copied). */
const run = (content: string) => extractArticle(normalizeArticle({ content, source: 'x.txt' }));
const posts = (x: ReturnType<typeof run>) =>
  x.positions.map((p) => `${p.person}:${p.title}@${p.organization ?? '-'}`);

describe('an association electing its officers', () => {
  const x = run(
    [
      '甲乙市现代农业产业协会召开第二次会员大会',
      '5月9日，甲乙市现代农业产业协会（以下简称“协会”）第二次会员大会召开。',
      '大会由协会秘书长孔一主持。在随后召开的二届一次理事会上，选举周明远为会长，吴三、郑四为副会长。',
    ].join('\n'),
  );
  it('registers the association named with its place and gives it the elected posts', () => {
    expect(x.organizations.map((o) => o.name)).toContain('甲乙市现代农业产业协会');
    expect(posts(x)).toEqual(
      expect.arrayContaining([
        '孔一:秘书长@甲乙市现代农业产业协会',
        '周明远:会长@甲乙市现代农业产业协会',
        '吴三:副会长@甲乙市现代农业产业协会',
      ]),
    );
  });
});

describe('a chamber electing its officers under a guiding federation named after it', () => {
  // The headline broken over lines names no event; the guiding 工商联 is the last association named before the
  // list, but only the chamber holding its 会员大会 elects officers there.
  const x = run(
    [
      '热烈祝贺｜',
      '吉林省冰雪旅游商会',
      '第二届会员大会',
      '胜利召开！',
      '',
      '8月15日',
      '吉林省冰雪旅游商会第二届会员大会',
      '在长春召开',
      '',
      '吉林省工商联党组成员、副主席 周一',
      '',
      '会长：北辰科技股份有限公司总经理 王二',
      '常务副会长：李三',
      '（南山集团有限公司董事长）',
      '秘书长：孙四',
    ].join('\n'),
  );
  it('gives the listed posts to the chamber, and a post in brackets on the next line to its officer', () => {
    expect(posts(x)).toEqual(
      expect.arrayContaining([
        '王二:会长@吉林省冰雪旅游商会',
        '王二:总经理@北辰科技股份有限公司',
        '李三:常务副会长@吉林省冰雪旅游商会',
        '李三:董事长@南山集团有限公司',
        '孙四:秘书长@吉林省冰雪旅游商会',
      ]),
    );
    expect(posts(x).filter((p) => p.endsWith('工商联') && !p.startsWith('周一'))).toEqual([]);
  });
});

describe('an overseas chamber renewing its board, in a WeChat post with no sentence end at all', () => {
  const x = run(
    [
      '喜讯｜加拿大温哥华华人商会第六届理事会就职典礼隆重举行',
      '',
      '6月2日晚',
      '加拿大温哥华华人商会第六届理事会',
      '换届大会暨就职典礼',
      '在温哥华某某酒店隆重举行',
      '',
      '加拿大某某经贸协会会长 程一鸣',
      '等嘉宾出席',
      '',
      '葛立新 当选会长',
      '骆二、沈三',
      '当选常务副会长',
      '总会秘书长 韦四主持',
    ].join('\n'),
  );
  it('names the event from the lines that say where it was held, and gives the elected posts to the chamber', () => {
    expect(x.events[0]?.name).toBe('加拿大温哥华华人商会第六届理事会换届大会暨就职典礼');
    expect(posts(x)).toEqual(
      expect.arrayContaining([
        '葛立新:会长@加拿大温哥华华人商会',
        '骆二:常务副会长@加拿大温哥华华人商会',
        '沈三:常务副会长@加拿大温哥华华人商会',
      ]),
    );
    expect(posts(x)).not.toContain('葛立新:会长@-');
  });
});

describe('a former president made honorary president', () => {
  it('reads 被推举为 like 被推选为', () => {
    const x = run(
      [
        '浙江省茶叶行业协会召开换届大会',
        '5月9日，浙江省茶叶行业协会第五届会员代表大会召开。某某茶业有限公司董事长钟繁荣被推举为协会名誉会长。',
      ].join('\n'),
    );
    expect(posts(x)).toEqual(
      expect.arrayContaining(['钟繁荣:董事长@某某茶业有限公司', '钟繁荣:名誉会长@浙江省茶叶行业协会']),
    );
  });
});

describe('names sharing 受聘为', () => {
  it('gives the post to every name and reads no place word (海外) as a name', () => {
    const x = run(
      [
        '某市侨联聘任海外联络顾问',
        '3月2日，浙江省丽水市归国华侨联合会召开座谈会。会后，季一鸣、骆二等受聘为市侨联海外顾问。',
      ].join('\n'),
    );
    // 市侨联 is the 丽水市归国华侨联合会 the text writes in full: one body, named in full (written-forms.ts).
    expect(posts(x)).toEqual(
      expect.arrayContaining([
        '季一鸣:海外顾问@浙江省丽水市归国华侨联合会',
        '骆二:海外顾问@浙江省丽水市归国华侨联合会',
      ]),
    );
    expect(x.persons.map((p) => p.name)).not.toContain('海外');
  });
});

describe('其 for the person an appointment names before it', () => {
  it('gives the dismissed and the decided posts to that person', () => {
    const x = run(
      [
        '某省人民政府关于任免工作人员的通知',
        '任命魏一鸣为某省交通运输厅厅长，免去其某省水利厅副厅长职务；',
        '任命柯二为某市人民政府副市长，决定其为某市人民政府代理市长。',
      ].join('\n'),
    );
    expect(posts(x)).toEqual(
      expect.arrayContaining([
        '魏一鸣:厅长@某省交通运输厅',
        '魏一鸣:原副厅长@某省水利厅',
        '柯二:副市长@某市人民政府',
        '柯二:代理市长@某市人民政府',
      ]),
    );
    expect(x.persons.map((p) => p.name)).not.toContain('其');
  });
});

describe('an appointment notice', () => {
  const x = run(
    [
      '某某市人民政府关于林志远等同志职务任免的通知',
      '经市人民政府研究决定：',
      '林志远任某某市交通运输局副局长；',
      '何晓岚任某某市统计局局长。',
      '免去：',
      '邓国平的某某市交通运输局副局长职务；',
      '彭海涛的某某市统计局局长职务，退休。',
    ].join('\n'),
  );
  it('reads 甲任… as a post and each 乙的…职务 line under 免去 as a former post', () => {
    expect(posts(x)).toEqual(
      expect.arrayContaining([
        '林志远:副局长@某某市交通运输局',
        '何晓岚:局长@某某市统计局',
        '邓国平:原副局长@某某市交通运输局',
        '彭海涛:原局长@某某市统计局',
      ]),
    );
    expect(x.positions.find((p) => p.person === '邓国平')?.current).toBe(false);
  });
});

describe('a company notice and lead-ins before a body', () => {
  const x = run(
    [
      '某某精密机械股份有限公司关于聘任高级管理人员的公告',
      '某某精密机械股份有限公司（以下简称“公司”）董事会于近日收到公司副总经理罗家明先生的辞职报告。',
      '董事会同意聘任韩立新先生为公司总经理，聘任梁晓雯女士、邱志刚先生为公司副总经理。',
      '分组对话由某某理工大学管理学院院长沈文博主持。',
    ].join('\n'),
  );
  it('reads names with 先生/女士 and leaves 收到, …对话由 out of the body', () => {
    expect(posts(x)).toEqual(
      expect.arrayContaining([
        '罗家明:副总经理@某某精密机械股份有限公司',
        '韩立新:总经理@某某精密机械股份有限公司',
        '梁晓雯:副总经理@某某精密机械股份有限公司',
        '邱志刚:副总经理@某某精密机械股份有限公司',
        '沈文博:管理学院院长@某某理工大学',
      ]),
    );
  });
});

describe('a signing reported in the headline', () => {
  const x = run(
    [
      '某某钢铁集团与某某管业集团签订战略合作协议',
      '3月5日，某某钢铁集团有限公司与某某管业集团有限公司签订战略合作协议。',
      '某某市委副书记、市长龚立伟出席并致辞。副市长欧阳明出席活动。',
    ].join('\n'),
  );
  it('gives the headline as the occasion so that guests and speakers keep their roles', () => {
    expect(x.events.map((e) => e.confidence)).toEqual([0.5]);
    expect(x.roles.map((r) => `${r.person}:${r.role}`)).toEqual(
      expect.arrayContaining(['龚立伟:speaker', '欧阳明:guest']),
    );
  });
});

describe('a company declared with a short form', () => {
  const x = run(
    [
      '星河智算与某某港务集团签署合作协议',
      '8月3日，杭州星河智算科技有限公司（以下简称“星河智算”）与某某港务集团有限公司签署合作协议。',
      '星河智算创始人、董事长兼首席执行官许文杰表示，将组建团队推进合作。',
      '星河智算联合创始人、首席技术官蒋一帆作了技术分享。',
    ].join('\n'),
  );
  it('gives every title of a chain opened by the short form to the declared company', () => {
    expect(posts(x)).toEqual(
      expect.arrayContaining([
        '许文杰:创始人@杭州星河智算科技有限公司',
        '许文杰:董事长@杭州星河智算科技有限公司',
        '许文杰:首席执行官@杭州星河智算科技有限公司',
        '蒋一帆:联合创始人@杭州星河智算科技有限公司',
        '蒋一帆:首席技术官@杭州星河智算科技有限公司',
      ]),
    );
  });
});

describe('officers of an association with no body named', () => {
  const x = run(
    [
      '某某市新材料产业协会召开换届大会',
      '6月1日，某某市新材料产业协会换届大会召开。',
      '第一届理事会会长、甲乙新材料股份有限公司董事长邵建明作工作报告。监事长易文涛作监事会工作报告。',
      '大会选举丙丁科技有限公司董事长景一鸣为会长，戊己化工有限公司总经理滕晓东、庚辛材料有限公司总裁卢家宁为副会长。',
    ].join('\n'),
  );
  it('gives 会长/监事长 and a 为-list of names with their own titles to the association', () => {
    expect(posts(x)).toEqual(
      expect.arrayContaining([
        '邵建明:会长@某某市新材料产业协会',
        '邵建明:董事长@甲乙新材料股份有限公司',
        '易文涛:监事长@某某市新材料产业协会',
        '景一鸣:会长@某某市新材料产业协会',
        '滕晓东:总经理@戊己化工有限公司',
        '滕晓东:副会长@某某市新材料产业协会',
        '卢家宁:副会长@某某市新材料产业协会',
      ]),
    );
  });
});

describe('bylines of a WeChat post and a news dateline', () => {
  const x = run(
    [
      '某某公司召开安全生产会议',
      '某某社南宁5月2日电（记者 覃晓燕 韦志强）5月1日，某某公司召开安全生产会议。',
      '编辑 | 苏婉清',
      '审核 | 钟立新',
      '责编：潘一鸣',
    ].join('\n'),
  );
  it('reads names after 编辑 |, 审核 |, 责编： and blank-separated names after 记者', () => {
    expect((x.credits ?? []).map((c) => c.name)).toEqual(
      expect.arrayContaining(['覃晓燕', '韦志强', '苏婉清', '钟立新', '潘一鸣']),
    );
  });
});

describe('a paper named 某某报 with its 全媒体记者', () => {
  const x = run(
    [
      '某某县举办茶产业招商推介会',
      '云岭报全媒体记者 邵一帆 莫小川　2025-05-06',
      '5月5日，某某县茶产业招商推介会举行，县长鲁振华致辞。',
    ].join('\n'),
  );
  it("reads the paper as the outlet and 全媒体记者 as the reporters' post there", () => {
    expect((x.credits ?? []).map((c) => `${c.name}:${c.title}@${c.organization}`)).toEqual([
      '邵一帆:全媒体记者@云岭报',
      '莫小川:全媒体记者@云岭报',
    ]);
  });
});

describe('the review and photo credits of a WeChat post', () => {
  const text = [
    '某某医院举办护理质量提升培训班',
    '6月3日，某某医院举办护理质量提升培训班，院长雷振东出席并讲话。',
    '图片丨护理部 祁雪松',
    '一审丨柯文静',
    '二审：蓝天佑',
    '终审｜骆明远',
    '编审 | 岑晓峰',
  ].join('\n');
  const x = run(text);
  const read = readArticle(normalizeArticle({ content: text, source: 'x.txt' }));
  it('credits the names after 图片, 一审/二审/终审 and 编审 (a bar 丨 too); reviewers with their credit', () => {
    // The post names no outlet, so the reviewers are credited at no body; a photo credit has no title.
    expect((x.credits ?? []).map((c) => `${c.name}:${c.title}@${c.organization ?? ''}`).sort()).toEqual([
      '岑晓峰:编审@',
      '柯文静:一审@',
      '祁雪松:@',
      '蓝天佑:二审@',
      '骆明远:终审@',
    ]);
    // Credits are no persons of the graph, in the asserted facts or in every reading.
    expect(x.persons.map((p) => p.name)).toEqual(['雷振东']);
    expect(read.persons.map((p) => p.name)).toEqual(['雷振东']);
  });
});

describe('a signing between two groups named by their brands', () => {
  const x = run(
    [
      '青禾集团与城投建设集团战略合作签约仪式举行',
      '5月8日上午，青禾集团与城投建设集团战略合作签约仪式在集团总部举行。',
      '城投建设集团党委书记、董事长蒋立平一行到访。集团党委书记、董事长钱文昊致辞。',
    ].join('\n'),
  );
  it('registers both parties and reads a bare 集团 as the side the headline names first', () => {
    expect(x.organizations.map((o) => o.name)).toEqual(expect.arrayContaining(['青禾集团', '城投建设集团']));
    expect(posts(x)).toEqual(
      expect.arrayContaining(['蒋立平:董事长@城投建设集团', '钱文昊:董事长@青禾集团']),
    );
  });
});

describe('names that are also words', () => {
  const x = run(
    [
      '某市残疾人联合会召开第五次代表大会',
      '会议伊始，市残联党组成员和丽娟首先向全体代表作了工作报告。',
      '省营养学会副理事长孙景和，市委常委、副市长陆海出席。孙景和代表省营养学会致辞。',
    ].join('\n'),
  );
  it('reads them after a title, and a later mention of the full name whole', () => {
    expect(x.persons.map((p) => p.name)).toEqual(expect.arrayContaining(['和丽娟', '孙景和', '陆海']));
    expect(x.persons.map((p) => p.name)).not.toContain('孙景');
    expect(posts(x)).toEqual(
      expect.arrayContaining([
        '和丽娟:党组成员@市残联',
        '孙景和:副理事长@省营养学会',
        '陆海:副市长@市人民政府',
      ]),
    );
    expect(x.roles.filter((r) => r.person === '孙景和').map((r) => r.role)).toContain('speaker');
  });
});

describe('a bureau naming itself by 局 alone', () => {
  const x = run(
    [
      '某某工程局召开2025年工作会议',
      '1月10日，某某建设工程局集团有限公司（简称“某建局”）2025年工作会议在长春召开。',
      '局党委书记、董事长裴一鸣作主题报告。局总工程师潘立出席会议。',
    ].join('\n'),
  );
  it('gives the 局 titles to the article’s bureau, through its declared short form', () => {
    expect(posts(x)).toEqual(
      expect.arrayContaining([
        '裴一鸣:党委书记@某某建设工程局集团有限公司',
        '裴一鸣:董事长@某某建设工程局集团有限公司',
        '潘立:总工程师@某某建设工程局集团有限公司',
      ]),
    );
  });
});

describe('a provincial department naming itself by 厅 alone', () => {
  const x = run(
    [
      '云南省农业农村厅召开茶产业座谈会',
      '10月12日，云南省农业农村厅召开茶产业座谈会。',
      '厅党组成员、副厅长王一主持座谈会，厅种植业处处长、二级巡视员李二，厅办公室主任张三参加。',
    ].join('\n'),
  );
  it('gives the 厅 titles, and its units kept in the title, to the article’s department', () => {
    expect(posts(x)).toEqual(
      expect.arrayContaining([
        '王一:党组成员@云南省农业农村厅',
        '王一:副厅长@云南省农业农村厅',
        '李二:种植业处处长@云南省农业农村厅',
        '李二:二级巡视员@云南省农业农村厅',
        '张三:办公室主任@云南省农业农村厅',
      ]),
    );
  });
});

describe('an appointment notice with notes on the persons', () => {
  const x = run(
    [
      '某省人民政府关于任免工作人员的通知',
      '省政府决定：',
      '任命林雨桐（女）为某省文化和旅游厅副厅长；',
      '朴正浩（朝鲜族）为某省民族宗教事务委员会副主任；',
      '邹远航同志任某省自然资源厅总规划师。',
      '某市人大常委会会议补选郑海燕为某市人民代表大会常务委员会委员，补选孔德明为某市监察委员会副主任。',
    ].join('\n'),
  );
  it('reads 任命/补选 … 为, a bracketed sex or nationality after the name, and 总规划师', () => {
    expect(posts(x)).toEqual(
      expect.arrayContaining([
        '林雨桐:副厅长@某省文化和旅游厅',
        '朴正浩:副主任@某省民族宗教事务委员会',
        '邹远航:总规划师@某省自然资源厅',
        '郑海燕:委员@某市人民代表大会常务委员会',
        '孔德明:副主任@某市监察委员会',
      ]),
    );
  });
});

describe('officers listed one per line under a label, with no body named', () => {
  const x = run(
    [
      '福建省茶叶流通协会第五届会员大会召开',
      '—— 新一届领导班子 ——',
      '会长：陈志强',
      '秘书长：周海涛',
      '财务长：林婉如',
    ].join('\n'),
  );
  it('gives 秘书长 and 财务长 to the association, as 会长', () => {
    expect(posts(x)).toEqual(
      expect.arrayContaining([
        '陈志强:会长@福建省茶叶流通协会',
        '周海涛:秘书长@福建省茶叶流通协会',
        '林婉如:财务长@福建省茶叶流通协会',
      ]),
    );
  });
  it('leaves a government’s 秘书长 with no body when the article has no association', () => {
    const y = run(['市政府召开常务会议', '市长王建国主持会议。秘书长刘一帆汇报了有关情况。'].join('\n'));
    expect(posts(y)).toContain('刘一帆:秘书长@-');
  });
});

describe('a company’s supervisory board and officers with no body named', () => {
  const x = run(
    [
      '星河光电股份有限公司完成监事会换届',
      '同日召开的第三届监事会第一次会议选举职工代表监事李明远为监事会主席。董事会聘任赵一鸣为首席运营官。',
    ].join('\n'),
  );
  it('gives 监事会主席, 职工代表监事 and 首席运营官 to the article’s company', () => {
    expect(posts(x)).toEqual(
      expect.arrayContaining([
        '李明远:职工代表监事@星河光电股份有限公司',
        '李明远:监事会主席@星河光电股份有限公司',
        '赵一鸣:首席运营官@星河光电股份有限公司',
      ]),
    );
  });
});

describe('résumés in an appointment notice', () => {
  it('gives the posts of a résumé’s later sentences to the person it opens with', () => {
    const x = run(
      [
        '浙江明远智能装备股份有限公司关于聘任副总经理的公告',
        '浙江明远智能装备股份有限公司（以下简称“公司”）董事会同意聘任陈雨桐女士为公司副总经理。',
        '陈雨桐，女，1990年出生，硕士研究生学历。2015年加入公司，历任公司市场部经理、人力资源部副经理，现任公司总经理助理。',
      ].join('\n'),
    );
    expect(posts(x)).toEqual(
      expect.arrayContaining([
        '陈雨桐:原市场部经理@浙江明远智能装备股份有限公司',
        '陈雨桐:原人力资源部副经理@浙江明远智能装备股份有限公司',
        '陈雨桐:总经理助理@浙江明远智能装备股份有限公司',
      ]),
    );
  });
  it('reads a civil servant’s résumé the same way', () => {
    const x = run(
      [
        '某市人大常委会任免名单',
        '任命林晓峰为市商务局局长。',
        '林晓峰，男，1972年8月生，大学学历。曾任青田县副县长、县委常委，现任丽水市商务局副局长。',
      ].join('\n'),
    );
    expect(posts(x)).toEqual(
      expect.arrayContaining([
        '林晓峰:原副县长@青田县人民政府',
        '林晓峰:原常委@青田县委',
        '林晓峰:副局长@丽水市商务局',
      ]),
    );
  });
  it('reads a numbered résumé (1. 某某，男，…。现任…) as an unnumbered one', () => {
    const x = run(
      [
        '某市管干部任前公示公告',
        '1. 龙 飞 翔，男，汉族，1978年10月生，研究生学历。现任某市发展和改革委员会党组成员、副主任，拟任某市物流口岸局局长。',
        '（二）石磊，男，1981年3月生。现任某市商务局副局长，拟任某市商务局局长。',
      ].join('\n'),
    );
    expect(posts(x)).toEqual(
      expect.arrayContaining([
        '龙飞翔:党组成员@某市发展和改革委员会',
        '龙飞翔:副主任@某市发展和改革委员会',
        '石磊:副局长@某市商务局',
      ]),
    );
  });
});

describe('a place whose name opens with 原 (原阳县)', () => {
  it('is no former post; 原 alone before a body still is', () => {
    const x = run(
      [
        '某县签约仪式举行',
        '原阳县委书记常建军，县委常委、副县长陈默出席签约仪式。原市委书记王大明参加。',
      ].join('\n'),
    );
    expect(posts(x)).toEqual(
      expect.arrayContaining(['常建军:书记@原阳县委', '陈默:副县长@原阳县人民政府', '王大明:原书记@市委']),
    );
  });
});

describe('不再担任 after a name ends the post, as 辞去 does', () => {
  const x = run(
    [
      '某省人民政府关于刘一平等同志职务任免的通知',
      '省人民政府决定：任命刘一平为省水利厅副厅长；何家明不再担任省水利厅副厅长职务；',
      '汪小梅同志不再担任省统计局局长职务，另有任用。',
      '经理事会研究，赵德林不再担任理事长职务，被聘为学会名誉理事长。',
    ].join('\n'),
  );
  it('gives each the post as a former one, at the body written before the title', () => {
    expect(posts(x)).toEqual(
      expect.arrayContaining([
        '刘一平:副厅长@省水利厅',
        '何家明:原副厅长@省水利厅',
        '汪小梅:原局长@省统计局',
        '赵德林:原理事长@-',
      ]),
    );
    expect(posts(x)).not.toContain('何家明:副厅长@省水利厅');
  });
});

describe('免去其 before a body written without its place', () => {
  const x = run(
    [
      '某市人民政府任免工作人员',
      '张一鸣同志任市教育局局长，免去其市体育局局长职务；',
      '陈雨桐同志任县农业农村局副局长，免除其县林业局副局长职务；',
      '马晓光任区文化和旅游局局长，免去其区商务局局长职务。',
    ].join('\n'),
  );
  it('reads 免去其 as the verb and its pronoun, not as part of a place or a body', () => {
    expect(posts(x)).toEqual(
      expect.arrayContaining([
        '张一鸣:局长@市教育局',
        '张一鸣:原局长@市体育局',
        '陈雨桐:原副局长@县林业局',
        '马晓光:原局长@区商务局',
      ]),
    );
    expect(x.organizations.map((o) => o.name).filter((n) => n.includes('其'))).toEqual([]);
    expect(x.places.filter((n) => n.includes('其'))).toEqual([]);
  });
});

describe('选举 a comma-separated list of described names 为 one post', () => {
  const x = run(
    [
      '湖北省医院协会召开第七次会员代表大会',
      '11月2日，湖北省医院协会（以下简称“协会”）第七次会员代表大会召开，协会秘书长孔一主持。',
      '随后召开的七届一次理事会选举某某省人民医院护理部主任林秀梅为会长；选举某某医科大学附属医院副院长郭一丹，某某市中心医院院长、党委书记江小红，苏二梅为副会长。',
    ].join('\n'),
  );
  it('gives every name of the list the shared post besides its own', () => {
    expect(posts(x)).toEqual(
      expect.arrayContaining([
        '林秀梅:会长@湖北省医院协会',
        '郭一丹:副会长@湖北省医院协会',
        '郭一丹:副院长@某某医科大学附属医院',
        '江小红:副会长@湖北省医院协会',
        '江小红:党委书记@某某市中心医院',
        '苏二梅:副会长@湖北省医院协会',
      ]),
    );
  });
});

describe('a command post’s 指挥长, a team’s 领队 and a company’s 董秘', () => {
  const x = run(
    [
      '某省对口支援工作座谈会召开',
      '会上，某省援藏前方指挥部指挥长、党委书记周文海汇报工作，某省援藏前方指挥部副指挥长吴一鸣，某某医院副院长、医疗队领队江海参加会议。',
      '雪域矿业股份有限公司副总经理、董秘丁一凡作交流发言。',
    ].join('\n'),
  );
  it('reads them as titles', () => {
    expect(posts(x)).toEqual(
      expect.arrayContaining([
        '周文海:指挥长@某省援藏前方指挥部',
        '周文海:党委书记@某省援藏前方指挥部',
        '吴一鸣:副指挥长@某省援藏前方指挥部',
        '丁一凡:董秘@雪域矿业股份有限公司',
      ]),
    );
    expect(x.persons.map((p) => p.name)).toContain('江海');
  });
});

describe('a declared short form of two characters before a title', () => {
  const x = run(
    [
      '重型装备产业论坛在某市开幕',
      '论坛由某某重工集团西江汽轮机有限公司（以下简称“西汽”）承办。',
      '西汽副总经理、总工程师程一帆，某某投资有限公司投资总监韩一鸣作交流发言。',
    ].join('\n'),
  );
  it('names the declared company, and leaves an undeclared word in the title', () => {
    expect(posts(x)).toEqual(
      expect.arrayContaining([
        '程一帆:副总经理@某某重工集团西江汽轮机有限公司',
        '程一帆:总工程师@某某重工集团西江汽轮机有限公司',
        '韩一鸣:投资总监@某某投资有限公司',
      ]),
    );
  });
});

describe('a standing committee’s 任免 list', () => {
  it('registers the committee whose session passed the list, without its session ordinal (blind10, 18, 19, 31)', () => {
    const x = run(
      [
        '某某市第五届人民代表大会常务委员会第二十六次会议任免名单',
        '（2026年6月27日某某市第五届人民代表大会常务委员会第二十六次会议通过）',
        '王一为某某市财政局局长；',
      ].join('\n'),
    );
    expect(x.organizations.map((o) => o.name)).toContain('某某市人民代表大会常务委员会');
    expect(x.organizations.map((o) => o.name)).not.toContain('某某市第五届人民代表大会常务委员会');
  });
  it('writes it short where the article writes it so (某某市人大常委会任免名单: blind16, 29, 30)', () => {
    const x = run(
      [
        '某某市人大常委会任免名单',
        '（2026年6月26日某某市第十七届人民代表大会常务委员会第二十三次会议通过）',
        '王一为某某市财政局局长；',
      ].join('\n'),
    );
    expect(x.organizations.map((o) => o.name)).toContain('某某市人大常委会');
  });
});

describe('a short form declared with 下称, or two forms with 或 (（以下简称“甲乙微电子”或“公司”）)', () => {
  it('gives a bare 公司 the company that declared it, not the company named last (blind7, 8, 16, 43)', () => {
    const x = run(
      [
        '甲乙微电子120亿元项目落户某高新区',
        '12月16日，合肥甲乙微电子有限公司（以下简称“甲乙微电子”或“公司”）与某市高新区管委会举行项目签约仪式。',
        '甲乙微电子控股股东上海丙丁控股集团股份有限公司（以下简称“丙丁控股”）董事长欧阳宁出席并致辞。',
        '公司董事会秘书兼财务总监李晓东表示，项目将于2028年投产。',
      ].join('\n'),
    );
    expect(posts(x)).toEqual(
      expect.arrayContaining([
        '李晓东:财务总监@合肥甲乙微电子有限公司',
        '李晓东:董事会秘书@合肥甲乙微电子有限公司',
      ]),
    );
  });
  it('reads （下称“某某”） as a declared short form (blind6, 40, 43, 44)', () => {
    const x = run(
      [
        '某某证券与某某银行签署战略合作协议',
        '11月20日，某某银行与甲乙证券股份有限公司江西分公司（下称“甲乙证券”）签署战略合作协议。',
        '市金融局局长刘一、甲乙证券股份有限公司江西分公司（下称“江西甲乙”）总经理丁一鸣出席签约仪式。',
      ].join('\n'),
    );
    expect(posts(x)).toContain('丁一鸣:总经理@甲乙证券股份有限公司江西分公司');
  });
});

describe('a declared short form the body reader cuts short (郑州局 | 集团公司副总经理)', () => {
  it('gives the post to the declared body and keeps the rest of the form out of the title (blind44-05)', () => {
    const x = run(
      [
        '中欧班列发展研讨会在西安召开',
        '9月12日，由中国铁路西安局集团有限公司（以下简称“西安局集团公司”）与某省发展和改革委员会联合主办的中欧班列发展研讨会在西安召开。',
        '会议由西安局集团公司副总经理、总工程师贺文博主持。',
      ].join('\n'),
    );
    expect(posts(x)).toEqual(
      expect.arrayContaining([
        '贺文博:副总经理@中国铁路西安局集团有限公司',
        '贺文博:总工程师@中国铁路西安局集团有限公司',
      ]),
    );
  });
});
