import { describe, expect, it } from 'vitest';
import { cleanLine } from '../normalize/surface';
import { canonicalLine, CONTINUATIONS, joinBrokenLines, splitSentences } from './sentences';

/** A line as the rules read it: the article's surface (blanks, digits, quotes) first, as `normalizeArticle` does. */
const surfaced = (line: string): string => canonicalLine(cleanLine(line));

describe('canonicalLine', () => {
  it('ends a dotted name of a byline at the blank before the next name', () => {
    expect(canonicalLine('作者：记者 古丽娜·艾买提 王海 通讯员 李一')).toBe(
      '作者：记者古丽娜·艾买提、王海通讯员李一',
    );
    // Outside a byline the blank goes as before (a title after a dotted name on its line).
    expect(canonicalLine('艾哈迈德·哈利法 副署长')).toBe('艾哈迈德·哈利法副署长');
  });
  it('drops an honour won between the titles and the name, and keeps it elsewhere', () => {
    expect(canonicalLine('某集团项目总监、全国青年岗位能手称号获得者邵一鸣发言')).toBe(
      '某集团项目总监邵一鸣发言',
    );
    expect(canonicalLine('某大学教授、某奖得主范文清介绍')).toBe('某大学教授范文清介绍');
    expect(canonicalLine('为最佳论文奖获得者颁奖')).toBe('为最佳论文奖获得者颁奖');
  });
  it('joins a company name broken before its legal ending', () => {
    expect(joinBrokenLines('理事长：\n北岭茶业（某县）\n有限公司总经理 和立平\n').filter((l) => l)).toContain(
      '理事长：北岭茶业（某县）有限公司总经理 和立平',
    );
  });
  it('joins a title line to a name of known syllables alone on the next line', () => {
    expect(splitSentences('副县长李一\n县政府办公室主任\n塔娜\n参加活动').map((x) => x.text)).toEqual([
      '副县长李一，县政府办公室主任塔娜',
      '参加活动',
    ]);
  });
  it('joins a title line to a name of known syllables opening the next line before what the person does', () => {
    expect(
      splitSentences('某市委副书记、市长\n     多吉 推介某市\n某公司总经理\n  达瓦  也来到现场').map(
        (x) => x.text,
      ),
    ).toEqual(['某市委副书记、市长多吉推介某市', '某公司总经理达瓦也来到现场']);
  });
  it('separates the names of a byline at their blanks, and a name from the next field’s label', () => {
    expect(canonicalLine('（记者 乌日娜 孙立群）')).toBe('（记者乌日娜、孙立群）');
    expect(canonicalLine('新华网记者 郑海 冯晓岚 报道')).toBe('新华网记者郑海、冯晓岚报道');
    expect(surfaced('作者：记者 许云鹤　　日期：2025-03-01')).toBe('作者：记者许云鹤，日期：2025-03-01');
    expect(surfaced('编辑：严方舟　审核：葛　真　浏览：88')).toBe('编辑：严方舟审核：葛真，浏览：88');
    // A name padded to a width, and a unit before the names, are no two names.
    expect(canonicalLine('（撰稿：饶  平  冼宇航）')).toBe('（撰稿：饶平、冼宇航）');
    expect(canonicalLine('文字｜设备管理部 卢晓琪')).toBe('文字｜设备管理部卢晓琪');
    // The byline ends at its bracket: the prose after it loses its blanks as before.
    expect(surfaced('（记者 邹　宁）今天，副市长 龚　平出席')).toBe('（记者邹宁）今天，副市长龚平出席');
  });
  it('joins a name of three characters padded one character a field (blind44: 记者 莫 言 之)', () => {
    expect(canonicalLine('（记者 甄 多 宝）12月5日，')).toBe('（记者甄多宝）12月5日，');
    expect(canonicalLine('责任编辑：钱 满 仓')).toBe('责任编辑：钱满仓');
    // A compound surname makes four: 上 官 婉 清.
    expect(canonicalLine('作者：通讯员 邓 铁 轩 编辑：欧 阳 婉 清')).toBe('作者：通讯员邓铁轩编辑：欧阳婉清');
    // Two names of two characters padded in a row stay two.
    expect(canonicalLine('记者 王 伟 李 强')).toBe('记者王伟、李强');
  });
  it('reads （兼） before another body’s title as 兼, and drops it before a name', () => {
    expect(canonicalLine('市委常委、常务副市长（兼）甲乙经济技术开发区党工委书记柳一鸣陪同调研')).toBe(
      '市委常委、常务副市长兼甲乙经济技术开发区党工委书记柳一鸣陪同调研',
    );
    expect(canonicalLine('副州长、州公安局局长（兼）钱一鸣出席开幕式并致辞')).toBe(
      '副州长、州公安局局长钱一鸣出席开幕式并致辞',
    );
    // A name before 与 and another body's title: the title after it is the other person's.
    expect(canonicalLine('某市副市长、市投资促进局局长（兼）何冬梅与某集团总裁王一代表双方签约。')).toBe(
      '某市副市长、市投资促进局局长何冬梅与某集团总裁王一代表双方签约。',
    );
  });
  it('reads a secondment written as a verb before the post (挂职…的某某) as the post before the name', () => {
    expect(canonicalLine('某研究中心副主任、挂职某市人民政府副市长的乔一鸣，围绕主题作报告')).toBe(
      '某研究中心副主任、某市人民政府副市长乔一鸣，围绕主题作报告',
    );
    // No name after the 的: the words stay.
    expect(canonicalLine('挂职某县人民医院副院长的经历让他收获很多')).toBe(
      '挂职某县人民医院副院长的经历让他收获很多',
    );
    // The person's home post and name after the 的: the secondment is one more post, listed with 、.
    expect(canonicalLine('挂职某县人民医院副院长的西京医院专家王某作报告')).toBe(
      '某县人民医院副院长、西京医院专家王某作报告',
    );
    expect(canonicalLine('挂职某省水利厅副厅长的某部某设计总院处长赵一出席')).toBe(
      '某省水利厅副厅长、某部某设计总院处长赵一出席',
    );
    expect(canonicalLine('自己挂职一年来最大的感受是基层缺的不只是设备')).toBe(
      '自己挂职一年来最大的感受是基层缺的不只是设备',
    );
  });
  it('makes ASCII punctuation full-width but keeps numbers', () => {
    expect(surfaced('张三,李四;会议(北京): "论坛" 1,186家 14:27')).toBe(
      '张三，李四；会议（北京）：“论坛”1,186家14:27',
    );
  });
  it('reads full-width digits as ASCII ones', () => {
    expect(surfaced('２０２４年９月１２日')).toBe('2024年9月12日');
  });
  it('drops a post qualifier in parentheses, which the gold leaves out of the title', () => {
    expect(canonicalLine('副镇长（挂职）陈博，总经理（代）刘振东，副主任龙清秀（正厅级）')).toBe(
      '副镇长陈博，总经理（代）刘振东，副主任龙清秀',
    );
    expect(canonicalLine('某中心（北京）主任')).toBe('某中心（北京）主任');
    // An acting mark after a title goes before it, as the golds write it (blind8, blind31).
    expect(canonicalLine('周一为某市中级人民法院院长（代理）；乡长（代理）王二')).toBe(
      '周一为某市中级人民法院代理院长；代理乡长王二',
    );
    // …副市长，代理市长； closing the clause lists the acting post as 、 does (blind26).
    expect(canonicalLine('任命王一为某市人民政府副市长，代理市长；')).toBe(
      '任命王一为某市人民政府副市长、代理市长；',
    );
    expect(canonicalLine('会议决定，代理市长职务由王一担任。')).toBe('会议决定，代理市长职务由王一担任。');
    // A rank written with 长 (（正处长级）, （正厅长级）: blind10, 11, 17, 21, 31) goes as （正处级） does.
    expect(canonicalLine('任命王一为某局某处处长（正处长级），同时兼任某学校校长；')).toBe(
      '任命王一为某局某处处长兼某学校校长；',
    );
    expect(canonicalLine('某市工商联副主席（兼职）、某公司董事长余某')).toBe(
      '某市工商联副主席、某公司董事长余某',
    );
  });
  it('lists a post in brackets between a title and a name as one more post, and drops other notes there', () => {
    expect(canonicalLine('市卫健委副主任（二级巡视员）周立平主持')).toBe(
      '市卫健委副主任、二级巡视员周立平主持',
    );
    expect(canonicalLine('县商务局局长（县招商局局长）何一鸣')).toBe('县商务局局长、县招商局局长何一鸣');
    expect(canonicalLine('某公司董事长（兼总经理）罗嘉')).toBe('某公司董事长兼总经理罗嘉');
    expect(canonicalLine('某集团副总经理（兼任某集团华东投资公司董事长）吕某')).toBe(
      '某集团副总经理兼某集团华东投资公司董事长吕某',
    );
    expect(canonicalLine('副区长（分管教育）钱芳出席')).toBe('副区长钱芳出席');
    // After an appointment the bracket closes the clause: the second post is listed as 兼 lists it.
    expect(canonicalLine('任命何立新为某县商务局局长（兼任某县投资促进局局长）。')).toBe(
      '任命何立新为某县商务局局长兼某县投资促进局局长。',
    );
    expect(canonicalLine('某县商务局局长（兼任期内）。')).toBe('某县商务局局长（兼任期内）。');
    expect(canonicalLine('某学院副院长（挂职期间兼任某市经信局副局长）孔一鸣')).toBe(
      '某学院副院长兼某市经信局副局长孔一鸣',
    );
    expect(canonicalLine('某大学教授（挂职锻炼期间兼任某县副县长）邢二')).toBe('某大学教授兼某县副县长邢二');
    // A Latin abbreviation of the title before it is a gloss, not one more post (s13 prec14).
    expect(canonicalLine('某科技有限公司首席运营官（COO）戴一鸣致辞')).toBe(
      '某科技有限公司首席运营官戴一鸣致辞',
    );
    expect(canonicalLine('某集团首席技术官（CTO）约翰·史密斯发言')).toBe('某集团首席技术官约翰·史密斯发言');
    // Not between a title and a name: left as written.
    expect(canonicalLine('某学院（筹）成立')).toBe('某学院（筹）成立');
    expect(canonicalLine('主任周立平（二级巡视员）出席')).toBe('主任周立平（二级巡视员）出席');
  });
  it('lists a post after ，兼任 as one more post of the titles before it, also when 的 closes it before the name', () => {
    expect(canonicalLine('任命周立平为某市交通运输局局长，兼任某市港航中心主任；')).toBe(
      '任命周立平为某市交通运输局局长兼某市港航中心主任；',
    );
    expect(canonicalLine('江城农商银行党委书记、董事长，同时兼任江城金融租赁有限公司董事长的罗嘉介绍')).toBe(
      '江城农商银行党委书记、董事长兼江城金融租赁有限公司董事长罗嘉介绍',
    );
    // ，兼 alone after a title is the same (blind22-22); 兼顾 after one is a verb.
    expect(canonicalLine('现任某集团有限公司某委员会副总裁，兼某股份有限公司副总经理。')).toBe(
      '现任某集团有限公司某委员会副总裁兼某股份有限公司副总经理。',
    );
    expect(canonicalLine('某公司总经理，兼顾生产与销售。')).toBe('某公司总经理，兼顾生产与销售。');
    // No title before the comma: 兼任 is the verb of its own clause.
    expect(canonicalLine('会议结束后，兼任评委的专家进行点评')).toBe('会议结束后，兼任评委的专家进行点评');
  });
  it('lists a post after ，并担任 or ，同时担任 as one more post of the titles before it', () => {
    expect(canonicalLine('选举王一为某公司董事长，并担任战略委员会主任委员。')).toBe(
      '选举王一为某公司董事长兼战略委员会主任委员。',
    );
    // No title before the comma: the clause is its own.
    expect(canonicalLine('王一主持会议，并担任评委。')).toBe('王一主持会议，并担任评委。');
  });
  it('lists a post after ，挂职任 as one more post of the titles before it', () => {
    expect(canonicalLine('王一任某市人民政府办公室副主任，挂职任某区人民政府副区长（挂职时间两年）；')).toBe(
      '王一任某市人民政府办公室副主任兼某区人民政府副区长（挂职时间两年）；',
    );
    expect(canonicalLine('现任某大学党委常委、副校长，挂职任某市人民政府副市长，拟任某职')).toBe(
      '现任某大学党委常委、副校长兼某市人民政府副市长，拟任某职',
    );
    // No title before the comma: the clause is its own.
    expect(canonicalLine('根据安排，挂职任期两年')).toBe('根据安排，挂职任期两年');
  });
  it('reads a numbered list item (1. 王一，…) as 1、 is read, and keeps decimals', () => {
    expect(canonicalLine('　　1. 王一，男，1978年8月生，现任某厅副厅长；')).toBe(
      '1、王一，男，1978年8月生，现任某厅副厅长；',
    );
    expect(canonicalLine('2．王二，女，现任某局局长')).toBe('2、王二，女，现任某局局长');
    expect(canonicalLine('1.5亿元投资')).toBe('1.5亿元投资');
  });
  it('drops a person’s sex or nationality noted after the name', () => {
    expect(canonicalLine('任命林雨桐（女）为某省文化和旅游厅副厅长')).toBe(
      '任命林雨桐为某省文化和旅游厅副厅长',
    );
    expect(canonicalLine('朴正浩（朝鲜族）为某州民族宗教事务局局长')).toBe('朴正浩为某州民族宗教事务局局长');
    expect(canonicalLine('任命姜某某（女，壮族）为某委副主任')).toBe('任命姜某某为某委副主任');
    expect(canonicalLine('马某（男、回族）为某局局长')).toBe('马某为某局局长');
    expect(canonicalLine('某某（女，主持工作）')).toBe('某某（女，主持工作）');
  });
  it('writes a post of the last term (上届, （上届）) with 原, and leaves 上届理事会 alone', () => {
    expect(canonicalLine('上届会长赵某某')).toBe('原会长赵某某');
    expect(canonicalLine('某中总署理会长（上届）冯某某')).toBe('某中总原署理会长冯某某');
    expect(canonicalLine('某协会副会长（上届）钱某')).toBe('某协会原副会长钱某');
    expect(canonicalLine('杨某代表上届理事会致辞')).toBe('杨某代表上届理事会致辞');
  });
  it('drops emoji, which decorate WeChat posts', () => {
    expect(canonicalLine('👏👏👏典礼由某会会长王伟主持')).toBe('典礼由某会会长王伟主持');
    expect(canonicalLine('🎤 某院院士、')).toBe('某院院士、');
    // A keycap inside a line keeps its digit only.
    expect(canonicalLine('荣获第1\uFE0F\u20E3名')).toBe('荣获第1名');
    // A country's flag (regional indicators) before its body's name.
    expect(canonicalLine('\u{1F1FF}\u{1F1E6}南非某某部副部长王一')).toBe('南非某某部副部长王一');
  });
  it('drops blanks and full-width spaces next to Chinese characters', () => {
    expect(surfaced('王\u3000\u3000伟 在 2023 年')).toBe('王伟在2023年');
  });
});

describe('canonicalLine: a body and a title written with their twins in brackets', () => {
  it('drops the bracketed body before a title and reads the bracketed title as one more post', () => {
    expect(canonicalLine('任命柯一鸣为江南第一医科大学（江南省医学科学院）副校长（副院长）；')).toBe(
      '任命柯一鸣为江南第一医科大学副校长兼副院长；',
    );
    expect(canonicalLine('某省烟草专卖局（公司）党组成员、副局长（副总经理）柯一鸣')).toBe(
      '某省烟草专卖局党组成员、副局长、副总经理柯一鸣',
    );
  });
  it('drops a twin written as its ending alone, in the body and in its head’s title (局（馆）长)', () => {
    expect(canonicalLine('某省档案局（馆）党组书记、局（馆）长王一明出席。')).toBe(
      '某省档案局党组书记、局长王一明出席。',
    );
  });
  it('keeps a unit’s twin name, a declared short form and a note that is no title', () => {
    for (const line of [
      '某理工大学纺织学院（国际丝绸学院）院长柯一鸣',
      '某某集团（以下简称“某集团”）董事长柯一鸣',
      '柯一鸣（女）任某局局长',
    ])
      expect(canonicalLine(line)).not.toContain('兼');
    expect(canonicalLine('某理工大学纺织学院（国际丝绸学院）院长柯一鸣')).toContain('（国际丝绸学院）');
    // A company's unit keeps its twin too (blind40-05: both annotators write 营销部（农电工作部）主任); the company's
    // own twin still goes.
    expect(canonicalLine('国网某省电力公司营销部（农电工作部）主任柯一鸣')).toContain('（农电工作部）');
    expect(canonicalLine('某港集团有限公司（某港国际股份有限公司）党委书记柯一鸣')).toBe(
      '某港集团有限公司党委书记柯一鸣',
    );
    expect(canonicalLine('免去柯一鸣的某大学（某科学院）副校长（副院长）职务。')).toBe(
      '免去柯一鸣的某大学副校长兼副院长职务。',
    );
  });
});

describe('splitSentences', () => {
  it('reads a résumé paragraph as one sentence until the name opens one again', () => {
    const s = splitSentences(
      '周立群，女，1983年出生，本科学历。曾任某某银行客户经理，现任公司财务部经理。周立群女士未持有公司股份。',
    );
    expect(s.map((x) => x.text)).toEqual([
      '周立群，女，1983年出生，本科学历。曾任某某银行客户经理，现任公司财务部经理。',
      '周立群女士未持有公司股份。',
    ]);
  });
  it('splits at sentence ends but not inside quotes', () => {
    const s = splitSentences('甲说：“一。二。”然后走了。乙来了！\n丙');
    expect(s.map((x) => x.text)).toEqual(['甲说：“一。二。”然后走了。', '乙来了！', '丙']);
    expect(s.map((x) => x.paragraph)).toEqual([0, 0, 1]);
  });
});

describe('joinBrokenLines: one person a line after a label', () => {
  it("joins a label (its note dropped) and the persons listed under it, one a line, as the label's items", () => {
    expect(
      joinBrokenLines(
        '常务副会长（排名不分先后）：\n郑海（某某贸易有限公司总经理）\n林娜（某某大学教授）\n监事长：赵立',
      ),
    ).toEqual(['常务副会长：郑海（某某贸易有限公司总经理）、林娜（某某大学教授）', '', '', '监事长：赵立']);
    // A line that is no person's item is no item of the list.
    expect(joinBrokenLines('副会长：\n郑海（某公司总经理）\n会议还审议了工作报告。')[0]).not.toContain(
      '）、',
    );
  });
});

describe('canonicalLine: a headline of two clauses', () => {
  it('ends the clause at a blank after what says an event took place', () => {
    expect(surfaced('第三届中蒙边境口岸合作论坛在二连浩特举行　蒙古国前总理巴特尔出席')).toBe(
      '第三届中蒙边境口岸合作论坛在二连浩特举行，蒙古国前总理巴特尔出席',
    );
    expect(surfaced('某博览会开幕　千余家企业参展')).toBe('某博览会开幕，千余家企业参展');
    expect(surfaced('副市长　王　伟出席')).toBe('副市长王伟出席');
  });
});

describe('joinBrokenLines', () => {
  it('opens a paragraph with a résumé line, so a heading with no end mark stays apart (附： / 某某，女，)', () => {
    expect(
      joinBrokenLines('附：任免人员简要说明\n王一，女，1978年生，此前任某市人民政府副市长；\n').filter(
        (l) => l.length > 0,
      ),
    ).toEqual(['附：任免人员简要说明', '王一，女，1978年生，此前任某市人民政府副市长；']);
  });
  it('joins a name line to the 为 line of its post, and ends that line before the next name (blind6, blind19)', () => {
    expect(
      joinBrokenLines(
        '大会选举\n某某贸易株式会社\n代表理事 王一\n为第三届会长\n\n选举 李二、赵三、\n为常务副会长\n张四为秘书长\n',
      ).filter((l) => l.length > 0),
    ).toEqual([
      '大会选举',
      '某某贸易株式会社代表理事 王一为第三届会长',
      '选举 李二、赵三、为常务副会长，张四为秘书长',
    ]);
  });
  it('ends a line saying what a person became before the next person’s titles (当选会长 / 某公司总裁 某某)', () => {
    const out = joinBrokenLines(
      '【选举结果】\n某证券股份有限公司\n党委书记、董事长 王一\n当选会长\n某某证券股份有限公司总裁 李二\n南京某证券股份有限公司副总裁 赵三\n当选副会长\n',
    ).filter((l) => l.length > 0);
    expect(out[1]).toContain('当选会长，某某证券股份有限公司总裁');
  });
  it('lists a second body’s title line with 、 when a well-known body opens it with a surname (海关总署)', () => {
    expect(
      joinBrokenLines('【主旨演讲】\n某某学会副会长\n海关总署原副署长\n王一明\n作主旨演讲').filter(
        (l) => l.length > 0,
      ),
    ).toEqual(['【主旨演讲】', '某某学会副会长、海关总署原副署长王一明作主旨演讲']);
  });
  it('joins a post in brackets to the labelled name on the line before, not to the next label', () => {
    expect(
      joinBrokenLines(
        '选举结果\n会长：王一明\n（某某股份有限公司董事长）\n常务副会长：常二\n秘书长：李三',
      ).filter((l) => l.length > 0),
    ).toEqual(['选举结果', '会长：王一明（某某股份有限公司董事长）', '常务副会长：常二', '秘书长：李三']);
  });
  it('joins a label line to its value and a list broken after 、', () => {
    expect(
      joinBrokenLines(
        '常务副会长：\n陈海燕、周立新\n副会长：\n吴晓东、郑丽、\n徐永平、季海峰\n秘书长：王子轩',
      ).filter((l) => l.length > 0),
    ).toEqual(['常务副会长：陈海燕、周立新', '副会长：吴晓东、郑丽、徐永平、季海峰', '秘书长：王子轩']);
  });
  it('leaves WeChat section headings and emoji lines alone', () => {
    const out = joinBrokenLines(
      '👇👇👇\n01 开幕致辞\n某公司董事长\n王伟\n致辞。\n✨ 新老交接 ✨\n会长\n李强致辞。',
    );
    expect(out.filter((l) => l.length > 0)).toEqual([
      '👇👇👇',
      '01 开幕致辞',
      '某公司董事长王伟致辞。',
      '✨ 新老交接 ✨',
      '会长李强致辞。',
    ]);
  });
  it('joins short lines that break one sentence (WeChat style)', () => {
    const out = joinBrokenLines(
      '【现场】\n某局局长王伟\n出席并致辞。\n2024年9月12日，\n由某局主办的\n对接会在某县举行。',
    );
    expect(out.filter((l) => l.length > 0)).toEqual([
      '【现场】',
      '某局局长王伟出席并致辞。',
      '2024年9月12日，由某局主办的对接会在某县举行。',
    ]);
    expect(out).toHaveLength(6);
  });
  it('lists a second body’s title line with 、 also when a surname opens the body (海关总署 is no name)', () => {
    const out = joinBrokenLines('【主旨演讲】\n某某学会副会长\n海关总署原副署长\n王一鸣\n作主旨演讲');
    expect(out.filter((l) => l.length > 0)).toContain('某某学会副会长、海关总署原副署长王一鸣作主旨演讲');
  });
  it('reads a post written a phrase a line, with no end mark for many lines, line by line', () => {
    const phrases = [
      '活动现场',
      '来自各地的客商',
      '踊跃参观展区',
      '农机装备、智能灌溉设备',
      '种子、肥料等',
      '数百件展品集中亮相',
      '据介绍',
      '全市已建成高标准农田',
      '累计120万亩',
      '覆盖主要产粮乡镇',
      '亩均增产约一成',
      '节水两成以上',
      '带动农户增收',
      '签约发布',
      '大会现场集中签约项目9个',
      '总投资达80亿元',
      '某市农业农村局局长',
      '周文涛',
      '发布了行动方案',
      '出席活动的还有',
      '某市人大常委会副主任 宋佳',
      '我市正从农业大市向农业强市迈进！',
    ];
    const out = joinBrokenLines(phrases.join('\n')).filter((l) => l.length > 0);
    expect(out).toContain('某市农业农村局局长周文涛发布了行动方案');
    expect(out).toContain('总投资达80亿元');
  });
  it('goes on from a line that leads into persons (出席…的还有) and into a line opening with 展开', () => {
    expect(
      joinBrokenLines('参加座谈的还有\n某区政协副主席 汪敏\n以及企业代表\n80余人').filter(
        (l) => l.length > 0,
      )[0],
    ).toBe('参加座谈的还有某区政协副主席 汪敏');
    expect(
      joinBrokenLines('某研究院院长孔力\n围绕“县域物流降本”\n展开交流').filter((l) => l.length > 0),
    ).toEqual(['某研究院院长孔力围绕“县域物流降本”展开交流']);
  });
  it('goes on from a line of titles that ends with one more post in brackets into the name', () => {
    expect(
      joinBrokenLines('甘肃省发展和改革委员会副主任（省粮食局局长）\n韩志明\n先后致辞').filter(
        (l) => l.length > 0,
      ),
    ).toEqual(['甘肃省发展和改革委员会副主任（省粮食局局长）韩志明先后致辞']);
  });
  it('goes on from a line of titles into a post in brackets on its own line, and from there into the name', () => {
    expect(
      joinBrokenLines('某市水利局党组成员、副局长\n（兼市河湖中心主任）\n罗志平\n介绍了汛期准备').filter(
        (l) => l.length > 0,
      ),
    ).toEqual(['某市水利局党组成员、副局长（兼市河湖中心主任）罗志平介绍了汛期准备']);
    // A bracket that is no post (（排名不分先后）) stays on its own line.
    expect(joinBrokenLines('某市水利局副局长\n（排名不分先后）\n罗志平').filter((l) => l.length > 0)).toEqual(
      ['某市水利局副局长', '（排名不分先后）', '罗志平'],
    );
  });
  it('lists the titles of a second body on its own line after a line of titles, before the name', () => {
    const lines = [
      '🔹学术报告',
      '某省医学会肾脏病学分会主任委员',
      '某大学第一医院肾内科主任',
      '韦立新教授',
      '作专题报告',
    ];
    expect(joinBrokenLines(lines.join('\n')).filter((l) => l.length > 0)).toEqual([
      '🔹学术报告',
      '某省医学会肾脏病学分会主任委员、某大学第一医院肾内科主任韦立新教授作专题报告',
    ]);
    // After a person's line the next body's titles are the next person's; a line opening with 为 names no body.
    expect(
      joinBrokenLines(
        '某大学第一医院肾内科主任\n韦立新教授\n某市卫生健康委员会副主任\n邓晓岚\n先后致辞。',
      ).filter((l) => l.length > 0),
    ).toEqual(['某大学第一医院肾内科主任韦立新教授，某市卫生健康委员会副主任邓晓岚先后致辞。']);
    expect(
      joinBrokenLines('随后，某某参赞\n为新一届会长\n韦立新颁发证书。').filter((l) => l.length > 0),
    ).toEqual(['随后，某某参赞为新一届会长韦立新颁发证书。']);
    // 某厅一级巡视员 / 韦立新，某市委常委、常务副市长 / 邓晓岚: a line opening with a name is that person's item,
    // not a second body's titles of the person before.
    expect(
      joinBrokenLines('某省工业和信息化厅一级巡视员\n韦立新，某市委常委、常务副市长\n邓晓岚出席。').filter(
        (l) => l.length > 0,
      ),
    ).toEqual(['某省工业和信息化厅一级巡视员韦立新，某市委常委、常务副市长邓晓岚出席。']);
  });
  it('leaves headlines, date lines and label lines alone', () => {
    const lines = ['2024年12月20日 15:02', '12月19日，理事会在上海召开。'];
    expect(joinBrokenLines(lines.join('\n'))).toEqual(lines);
    const labels = ['主办单位：某协会', '承办单位：某公司', '论坛共吸引300人。'];
    expect(joinBrokenLines(labels.join('\n'))).toEqual(labels);
    const heads = ['分级分类培养企业', '提升产业链水平', `${'长'.repeat(50)}。`];
    expect(joinBrokenLines(heads.join('\n'))).toEqual(heads);
  });
  it('leaves a heading after a bullet mark alone, so it never opens the next item', () => {
    for (const head of ['▌开幕式', '🔹主旨演讲', '■ 圆桌对话', '◆嘉宾观点', '📍企业发言', '📌 主旨报告'])
      expect(joinBrokenLines(`${head}\n\n某市医院副院长\n王一鸣\n主持。`).filter(Boolean)[0]).toBe(head);
  });
  it('reads a bullet line naming a body or a body’s title as the first line of an item, not a heading', () => {
    expect(
      joinBrokenLines('🔹 某某云计算集团副总裁\n西南区总经理 范一鸣\n作主题演讲').filter(Boolean),
    ).toEqual(['🔹 某某云计算集团副总裁、西南区总经理 范一鸣作主题演讲']);
    expect(joinBrokenLines('■ 某某光电股份有限公司\n首席技术官 乔一鸣\n分享实践').filter(Boolean)).toEqual([
      '■ 某某光电股份有限公司首席技术官 乔一鸣分享实践',
    ]);
  });
  it('ends a clause at a line closed by what its person did, before the next body’s title', () => {
    expect(
      joinBrokenLines(
        '📍开幕式\n开幕式由某市商务局\n副局长邵一鸣主持\n某市人民政府副市长\n柴晓云出席并致辞。',
      ).filter(Boolean),
    ).toEqual(['📍开幕式', '开幕式由某市商务局副局长邵一鸣主持，某市人民政府副市长柴晓云出席并致辞。']);
  });
  it('joins short pieces of a sentence broken after ， or between a title and its name, when it goes on to a long line', () => {
    // A phone breaks one long sentence anywhere: two short pieces first, then the long rest.
    const broken = [
      '某省农业科学院院长贺一鸣，',
      '某市农业农村局党组书记、局长',
      '殷二平，某某种业股份有限公司董事长、总经理邝三和某县人民政府副县长柏四立出席活动并致辞。',
    ];
    expect(joinBrokenLines(broken.join('\n')).filter(Boolean)).toEqual([broken.join('')]);
    // Short lines that go on to no long line are left to the run reader (a phrase a line, its own items).
    const phrases = ['参会嘉宾：', '某局局长贺一鸣，', '某公司总经理殷二平，', '某协会秘书长邝三'];
    expect(joinBrokenLines(phrases.join('\n')).filter(Boolean)).toEqual([
      '参会嘉宾：某局局长贺一鸣，',
      '某公司总经理殷二平，',
      '某协会秘书长邝三',
    ]);
  });
  it('joins a title broken from a Tibetan or Mongolian name of known syllables on the next line', () => {
    const broken = [
      '某自治区林业和草原局党组书记、局长益西平措主持会议，某自治区农牧科学院党委委员、副院长',
      '额尔敦巴图介绍了草原生态修复的进展。',
    ];
    expect(joinBrokenLines(broken.join('\n')).filter(Boolean)).toEqual([broken.join('')]);
  });
  it('goes from a label line whose list breaks after 、 into the rest of the list', () => {
    expect(
      joinBrokenLines(
        '常务理事：贺一鸣、殷二平、\n邝三立\n会议审议通过了工作报告，选举产生新一届理事会，会议由某协会秘书长主持并作总结讲话。',
      ).filter(Boolean)[0],
    ).toBe('常务理事：贺一鸣、殷二平、邝三立');
  });
  it('joins a short line with a name to lines that open with what the person does', () => {
    expect(
      joinBrokenLines('会上\n某局副局长邵一鸣\n作专题报告\n通报了上半年情况\n\n▲会议现场').filter(Boolean),
    ).toEqual(['会上', '某局副局长邵一鸣作专题报告通报了上半年情况', '▲会议现场']);
  });
});

describe('joinBrokenLines, a verb line and its 并 line (blind17, blind40, blind47)', () => {
  it('goes on from a verb line into the line that adds what the same persons also did', () => {
    expect(
      joinBrokenLines('某协会副主席 马一鸣\n某大学副校长 唐二平\n出席开幕式\n并分别致辞\n\n▲会议现场').filter(
        Boolean,
      ),
    ).toEqual(['某协会副主席 马一鸣，某大学副校长 唐二平出席开幕式并分别致辞', '▲会议现场']);
  });
  it('ends a person line before a line that leads into a list of its own (出席论坛的还有)', () => {
    expect(
      joinBrokenLines(
        '某公司副总裁 贺一楠\n出席论坛的还有\n某市人民政府副市长 焦二梅\n某区委书记 钱三宏\n',
      ).filter(Boolean),
    ).toEqual(['某公司副总裁 贺一楠', '出席论坛的还有某市人民政府副市长 焦二梅，某区委书记 钱三宏']);
  });
  it('reads a label of the event’s bodies (📌支持单位) as no name, though 支 opens names (blind39, blind47)', () => {
    expect(joinBrokenLines('某某工业大学\n📢支持单位\n某某技术市场协会').filter(Boolean)).toEqual([
      '某某工业大学',
      '📢支持单位',
      '某某技术市场协会',
    ]);
  });
});

describe('CONTINUATIONS: when a line goes on into the next', () => {
  const bare = (s: string): string => s.replace(/[，、 ]/g, '');
  for (const row of CONTINUATIONS)
    it(`${row.id}: ${row.example.join(' / ')}`, () => {
      const [line, next, after] = row.example;
      expect(row.test(line!, next!, after)).toBe(true);
      // The joiner makes the example one line (a list's separators aside: joinLines may add ， or 、).
      const joined = joinBrokenLines(row.example.join('\n')).filter(Boolean);
      expect(joined).toHaveLength(1);
      expect(bare(joined[0]!)).toBe(bare(row.example.join('')));
    });
  it('has one row per case', () => {
    expect(new Set(CONTINUATIONS.map((c) => c.id)).size).toBe(CONTINUATIONS.length);
  });
});

describe('joinBrokenLines, lists of persons over lines', () => {
  it('goes from a title line into the name line, and from person to person to the shared verb', () => {
    expect(
      joinBrokenLines(
        '签约环节\n某电气副总裁、储能事业部总经理\n孙立伟\n某新能高级副总裁\n郑晓敏\n代表双方签约\n\n本次签约',
      ).filter((l) => l.length > 0),
    ).toEqual([
      '签约环节',
      '某电气副总裁、储能事业部总经理孙立伟，某新能高级副总裁郑晓敏代表双方签约',
      '本次签约',
    ]);
  });
  it('ends a person’s line before a line opening a clause of its own with a noun (会议由…主持。)', () => {
    expect(
      splitSentences('某大学校长 王一\n某公司技术中心副总监 李二\n会议由某协会主席赵三主持。').map(
        (x) => x.text,
      ),
    ).toEqual(['某大学校长王一，某公司技术中心副总监李二，会议由某协会主席赵三主持。']);
  });
  it('ends a line of what bodies did for the event before a title line (blind44-06, 45-05)', () => {
    const joined = (t: string) => joinBrokenLines(t).filter((l) => l.length > 0);
    expect(
      joined(
        '发布会由\n某市人民政府新闻办公室\n主办\n某市证券业协会承办\n某市政府新闻办副主任\n杨柳\n主持发布会',
      ),
    ).toContain('某市证券业协会承办，某市政府新闻办副主任杨柳主持发布会');
    expect(
      joined('发布会由\n某市委组织部\n某市农业农村局\n联合主办\n某市委组织部副部长\n郑春燕\n主持发布会'),
    ).toContain('联合主办，某市委组织部副部长郑春燕主持发布会');
  });
  it('joins a short-form declaration on its own line to the name before it', () => {
    expect(
      joinBrokenLines('某某电气集团股份有限公司\n（以下简称“某某电气”）').filter((l) => l.length > 0),
    ).toEqual(['某某电气集团股份有限公司（以下简称“某某电气”）']);
  });
  it('does not read the name after a 当选 line as holding that post', () => {
    const out = joinBrokenLines('甲一、乙二\n当选常务副会长\n丙三当选监事长').filter((l) => l.length > 0);
    expect(out.join('|')).not.toContain('副会长丙三');
  });
  it('does not run a name 当选 line on into the names of the next one (posts with no sentence end at all)', () => {
    expect(
      joinBrokenLines('林一鸣 当选理事长\n赵二、钱三\n当选副理事长').filter((l) => l.length > 0),
    ).toEqual(['林一鸣 当选理事长', '赵二、钱三当选副理事长']);
  });
  it('joins a name line to the 当选 line after it with no comma, and a list of names to its closing count', () => {
    expect(
      joinBrokenLines(
        '经会员大会选举\n孟庆丰\n当选第三届理事会会长\n\n许文华、单立新、卓越华\n等15人当选副会长',
      ).filter((l) => l.length > 0),
    ).toEqual(['经会员大会选举', '孟庆丰当选第三届理事会会长', '许文华、单立新、卓越华等15人当选副会长']);
  });
  it('goes from a body alone on its line into the titles of its officer on the next', () => {
    for (const [lines, joined] of [
      ['某市交通运输局\n党组书记、局长 邢一帆等\n参加调研', '某市交通运输局党组书记、局长 邢一帆等参加调研'],
      ['大唐某某（滨海）风电有限公司\n总经理 柯二介绍', '大唐某某（滨海）风电有限公司总经理 柯二介绍'],
      ['某国驻某某总领事馆\n领事 黎三', '某国驻某某总领事馆领事 黎三'],
      ['某国外交与贸易部\n副国务秘书\n黎四', '某国外交与贸易部副国务秘书黎四'],
    ] as const)
      expect(joinBrokenLines(lines).filter((l) => l.length > 0)[0]).toBe(joined);
    // A body that a sentence merely names stays where it is.
    expect(joinBrokenLines('走进某某科技有限公司\n了解生产情况').filter((l) => l.length > 0)).toHaveLength(2);
  });
  it('goes from a line of titles into a line that opens with 兼 and a title', () => {
    expect(joinBrokenLines('某省篮球协会副主席\n兼秘书长　陶一鸣').filter((l) => l.length > 0)).toEqual([
      '某省篮球协会副主席兼秘书长　陶一鸣',
    ]);
    expect(joinBrokenLines('某市人民政府副市长\n兼市公安局局长 鲁二').filter((l) => l.length > 0)).toEqual([
      '某市人民政府副市长兼市公安局局长 鲁二',
    ]);
    // 兼 opening no title (兼顾…) is no title of the line before.
    expect(joinBrokenLines('某公司总经理\n兼顾生产与销售').filter((l) => l.length > 0)).toHaveLength(2);
  });
  it('in a post with no sentence end at all, joins the lines that say where an event was held', () => {
    const lines = [
      '阅读约3分钟',
      '5月8日上午',
      '某某同乡联谊会第三届理事会',
      '就职典礼',
      '在某市某某酒店隆重举行',
    ];
    expect(joinBrokenLines(lines.join('\n')).filter((l) => l.length > 0)).toEqual([
      '阅读约3分钟',
      '5月8日上午某某同乡联谊会第三届理事会就职典礼在某市某某酒店隆重举行',
    ]);
    // Organizer lines are read one by one (organizerTexts), and a post with sentence ends joins as before.
    const organizers = ['由某某协会主办', '某某公司承办的', '某某论坛', '在某市召开'];
    expect(joinBrokenLines(organizers.join('\n'))[0]).toBe('由某某协会主办');
    expect(joinBrokenLines([...lines, '会议指出。'].join('\n'))).toContain(
      '5月8日上午某某同乡联谊会第三届理事会就职典礼在某市某某酒店隆重举行会议指出。',
    );
  });
  it('goes from a line ending with 被聘为 / 当选 into the post on the next line', () => {
    expect(joinBrokenLines('原会长 邝一鸣 被聘为\n名誉会长\n\n致辞环节').filter((l) => l.length > 0)).toEqual(
      ['原会长 邝一鸣 被聘为名誉会长', '致辞环节'],
    );
  });
  it('goes from a title line into a transliterated name with no surname', () => {
    expect(
      joinBrokenLines('某国外交部副部长\n卡洛斯·门德斯（Carlos Mendes）\n出席').filter(
        (l) => l.length > 0,
      )[0],
    ).toBe('某国外交部副部长卡洛斯·门德斯（Carlos Mendes）');
  });
});

describe('joinBrokenLines: a long paragraph broken where the phone’s line ended', () => {
  const long =
    '各地代表围绕产业协同、人才培养、标准建设和市场开拓等议题进行了深入交流，并就下一步合作形成了广泛共识，';
  it('joins a line ending with ， or 、 to the next', () => {
    const out = joinBrokenLines(`${long}\n与会代表一致认为，合作前景广阔。`);
    expect(out[0]).toBe(`${long}与会代表一致认为，合作前景广阔。`);
    expect(out).toHaveLength(2);
  });

  it('joins a line ending with a title to the next when that opens with a name', () => {
    const out = joinBrokenLines(
      `会议邀请了多位嘉宾出席，其中包括来自省内外的专家学者和企业代表，以及东湖区科技局局长\n邵明远，他在讲话中介绍了园区发展情况。`,
    );
    expect(out[0]).toContain('东湖区科技局局长邵明远，');
    expect(
      splitSentences(
        `会议现场气氛热烈，嘉宾们就产业发展的前景进行了广泛深入的讨论，东湖区科技局局长\n邵明远主持会议。`,
      ),
    ).toHaveLength(1);
  });

  it('keeps a heading and a finished sentence on their own lines', () => {
    const out = joinBrokenLines(`${long.slice(0, -1)}。\n【会议现场】\n下一段文字。`);
    expect(out.filter((l) => l.length > 0)).toHaveLength(3);
  });

  it('joins a title line to a name that opens the next line before what the name does', () => {
    const out = joinBrokenLines(
      `报告会上，来自全国各地的多位专家学者围绕行业发展作了精彩报告，南川大学材料学院院长\n卢景和作《新材料产业的机遇与挑战》报告。`,
    );
    expect(out[0]).toContain('院长卢景和作《');
  });

  it('reads a title alone on its line as a title, not as a name, though it opens with a surname (党委书记)', () => {
    const out = joinBrokenLines(
      '东江集团有限公司执行董事、\n党委书记\n韦立群\n东江软件有限公司总经理\n包志远先后发言。',
    );
    expect(out[0]).toContain('党委书记韦立群，');
  });
});

describe('canonicalLine: the holder in brackets after a title', () => {
  it('keeps the bracketed name when the verb after it opens with a surname’s character (解读)', () => {
    expect(canonicalLine('市工信局副局长（孙伟）解读了《若干措施》。')).toBe(
      '市工信局副局长（孙伟）解读了《若干措施》。',
    );
    expect(surfaced('市工信局副局长（ 孙 伟 ）解读了《若干措施》。')).toBe(
      '市工信局副局长（孙伟）解读了《若干措施》。',
    );
  });
  it('still drops a note between a title and the name after it', () => {
    expect(canonicalLine('某局局长（分管医疗）苏高峰出席。')).toBe('某局局长苏高峰出席。');
  });
});

describe('canonicalLine: a body’s name in Latin words', () => {
  it('drops it between the body and its head’s title, and between the title and a foreign name', () => {
    expect(
      canonicalLine('新西兰植物与食品研究院（Plant & Food Research）首席科学家安德鲁·W·布朗分享了经验。'),
    ).toBe('新西兰植物与食品研究院首席科学家安德鲁·W·布朗分享了经验。');
    expect(
      canonicalLine(
        '阿根廷马黛茶生产商协会主席（Asociación de Productores de Yerba Mate）索菲亚·贝尼特斯发言。',
      ),
    ).toBe('阿根廷马黛茶生产商协会主席索菲亚·贝尼特斯发言。');
  });
});
