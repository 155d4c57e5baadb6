import { describe, expect, it } from 'vitest';
import { recognize } from './spans';

const kinds = (s: string) => recognize(s).map((x) => `${x.kind}:${x.text}`);
import {
  dottedNameAt,
  nameAt,
  surnameOf,
  syllableNameAt,
  syllableWordAt,
  taggedNameEndingAt,
  wordSurnameNameAt,
} from './names';

describe('Japanese surnames', () => {
  it('read a four-character name like a compound surname', () => {
    expect(nameAt('山田健一表示', 0)).toBe('山田健一');
    expect(nameAt('佐藤美纪先后发言', 0)).toBe('佐藤美纪');
  });
  it('read a given name of three characters where no shorter name ends (三浦健太郎, 桥本由纪子)', () => {
    expect(nameAt('三浦健太郎、某国某大学教授', 0, true)).toBe('三浦健太郎');
    expect(nameAt('桥本由纪子，', 0, true)).toBe('桥本由纪子');
    // A shorter name that ends stays short.
    expect(nameAt('田中一郎在会上致辞', 0, true)).toBe('田中一郎');
  });
  it('know surnames of three characters (佐佐木, 小野寺)', () => {
    expect(nameAt('佐佐木健太分别作报告', 0, true)).toBe('佐佐木健太');
    expect(nameAt('小野寺健一、', 0, true)).toBe('小野寺健一');
    expect(surnameOf('佐佐木希')).toBe('佐佐木');
  });
  it('know 松尾 (松尾佳昭)', () => {
    expect(nameAt('松尾和彦，', 0, true)).toBe('松尾和彦');
  });
  it('know 中村 and keep a given name ending in 也 before punctuation (中村拓也、)', () => {
    expect(nameAt('中村拓也、某国某公司总裁', 0, true)).toBe('中村拓也');
    expect(nameAt('渡边拓也，', 0, true)).toBe('渡边拓也');
    // 也 before a verb is the adverb: the name ends before it.
    expect(nameAt('中村拓也表示', 0, true)).toBe('中村拓');
  });
});

describe('Vietnamese names', () => {
  it('read 氏 after the surname and one or two given characters', () => {
    expect(nameAt('黎氏清兰，越南', 0, true)).toBe('黎氏清兰');
    expect(nameAt('陈氏萍出席', 0, true)).toBe('陈氏萍');
  });
});

describe('names that jieba reads as words', () => {
  it('ends a name before 被 (甲被推举为…), even when its given name is a word (繁荣, 兴旺)', () => {
    expect(nameAt('钟繁荣被推举为名誉会长', 0, true)).toBe('钟繁荣');
    expect(nameAt('罗兴旺被任命为局长', 0, true)).toBe('罗兴旺');
  });
  it('ends a name before 发布 (甲发布了《…报告》), even when jieba reads its given name as a place (海宁)', () => {
    expect(nameAt('罗海宁发布了《某某指数报告》', 0, true)).toBe('罗海宁');
    expect(nameAt('郑淑芬发布《某某白皮书》', 0, true)).toBe('郑淑芬');
  });
  it('ends a name before an academic rank written after it (研究员, 副教授)', () => {
    expect(nameAt('邵明哲研究员、某大学', 0, true)).toBe('邵明哲');
    expect(nameAt('任思远副教授作报告', 0, true)).toBe('任思远');
  });
  it('reads 刀, a Dai surname, as a surname', () => {
    expect(nameAt('刀玉兰出席', 0, true)).toBe('刀玉兰');
  });
  it('reads the rarer surnames 过, 綦, 贝, 纳', () => {
    expect(nameAt('过晓东主持', 0, true)).toBe('过晓东');
    expect(nameAt('綦永明出席', 0, true)).toBe('綦永明');
    expect(nameAt('贝海林介绍', 0, true)).toBe('贝海林');
    expect(nameAt('纳建平出席', 0, true)).toBe('纳建平');
  });
  it('reads the rarer surnames 仉, 郅, 菅 (仉督 is a compound; 仉 alone is the common form)', () => {
    expect(nameAt('仉海峰出席', 0, true)).toBe('仉海峰');
    expect(nameAt('郅建国主持', 0, true)).toBe('郅建国');
    expect(kinds('市政协副主席菅立群，市工商联主席王松出席。')).toContain('NAME:菅立群');
  });
  it('keeps 和 in a name when a preposition follows it (陈景和关于…), not when a name does (王明和李强)', () => {
    expect(nameAt('郑立和关于项目进展的汇报', 0, true)).toBe('郑立和');
    expect(nameAt('周文和对于这一问题表示', 0, true)).toBe('周文和');
    expect(nameAt('王明和李强出席', 0, true)).toBe('王明');
  });
  it('keeps 和 in a name when a word that follows names comes next (郑立和出席), ends a name at 及 before a Latin one', () => {
    expect(kinds('某交易所副总经理孙勇及ABC公司董事长程一代表双方签署。')).toContain('NAME:孙勇');
    expect(nameAt('郑立和出席开幕式并致辞', 0, true)).toBe('郑立和');
    expect(nameAt('周文和主持会议', 0, true)).toBe('周文和');
  });
  it('reads 赖, a common surname in the south (blind6, blind13), as a surname', () => {
    expect(nameAt('赖国栋到某镇调研', 0, true)).toBe('赖国栋');
    expect(nameAt('赖明主持会议', 0, true)).toBe('赖明');
  });
  it('reads a verb and an adjective jieba glues (包立/v 新/a) as a name before a verb that follows names', () => {
    expect(nameAt('包立新出席签约仪式', 0, true)).toBe('包立新');
    expect(nameAt('包立新，', 0, true)).toBe('包立新');
  });
  it('ends a name before 交流/座谈, but reads 作 before them as the verb (某某作交流发言)', () => {
    expect(nameAt('薄振华交流，', 0, true)).toBe('薄振华');
    expect(nameAt('胡俊作交流发言', 0, true)).toBe('胡俊');
  });
  it('ends a name at 和 before the 为 of an appointment (任命孟庆和为…)', () => {
    expect(kinds('任命孟庆和为某局局长。')).toContain('NAME:孟庆和');
    // Elsewhere 和 still joins two names.
    expect(kinds('王伟和为民公司总经理李强出席。')).toContain('NAME:王伟');
  });
  it('reads a dotted name whose last part runs into two words that follow names (艾合买提出席)', () => {
    expect(dottedNameAt('孜克然·艾合买提出席', 0)).toBe('孜克然·艾合买提');
    expect(dottedNameAt('买买提·艾力提出建议', 0)).toBe('买买提·艾力');
  });
  it('ends a name before 提请 (检察长某某提请任命的, in a 人大 任免 list)', () => {
    expect(nameAt('杜海军提请任命的', 0, true)).toBe('杜海军');
    // 致卸任辞, 致就职辞 follow a name as 致辞 does.
    expect(nameAt('蔡文博致卸任辞', 0, true)).toBe('蔡文博');
    expect(nameAt('王一致就职辞', 0, true)).toBe('王一');
    // 致贺词, 致贺信 too (书记处书记某某致贺词, blind26-06).
    expect(nameAt('王一明致贺词', 0, true)).toBe('王一明');
    expect(nameAt('李二致贺信', 0, true)).toBe('李二');
  });
  it('reads rarer surnames of the modern lists (眭, 俸, 卯) after a title', () => {
    expect(nameAt('眭志明，某公司总经理', 0, true)).toBe('眭志明');
    expect(nameAt('俸丽萍说', 0, true)).toBe('俸丽萍');
    expect(nameAt('卯文昌作了供职发言', 0, true)).toBe('卯文昌');
  });
  it('reads a name that is an everyday word (word-names.txt) right after a title, before what ends a name', () => {
    expect(nameAt('甘露主持会议', 0, true)).toBe('甘露');
    expect(nameAt('文静，市商务局局长', 0, true)).toBe('文静');
    expect(nameAt('黎明通报了进展', 0, true)).toBe('黎明');
    // Where no title stands before it, it stays a word.
    expect(nameAt('甘露主持会议', 0, false)).toBeNull();
  });
  it('reads an unknown word and the name jieba splits off it as one name after a title (古丽米拉等)', () => {
    expect(nameAt('古丽米拉等专家先后发言', 0, true)).toBe('古丽米拉');
    // Without a title before it, jieba's unknown word alone stays the reading.
    expect(nameAt('古丽米拉等专家先后发言', 0, false)).toBe('古丽');
  });
});

describe('nameSpans: a short form ending in 院 before a title', () => {
  it('reads it as the institute, not a person (铁科院副院长, 社科院研究员)', () => {
    expect(kinds('某大学副校长王一和铁科院副院长李二主持')).toContain('ORG:铁科院');
    expect(kinds('某大学副校长王一和铁科院副院长李二主持')).not.toContain('NAME:铁科院');
  });
});

describe('syllableNameAt', () => {
  it('reads Tibetan and Mongolian names, which have no surname, up to a boundary', () => {
    expect(syllableNameAt('才让东智，', 0)).toBe('才让东智');
    expect(syllableNameAt('苏和巴特尔作表态发言', 0)).toBe('苏和巴特尔');
    expect(syllableNameAt('那日苏、张彩霞', 0)).toBe('那日苏');
    expect(syllableNameAt('阿拉坦仓为主任', 0)).toBe('阿拉坦仓');
    // 那仁, 当智, 草 (blind40): 那仁满都拉, not 那仁满 by its surname 那; 才让当智; 拉毛草.
    expect(syllableNameAt('那仁满都拉主持。', 0)).toBe('那仁满都拉');
    expect(syllableNameAt('才让当智，', 0)).toBe('才让当智');
    expect(syllableNameAt('拉毛草，', 0)).toBe('拉毛草');
    // Uyghur given names written alone, without a dot (热娜古丽, 古丽巴哈尔).
    expect(syllableNameAt('热娜古丽主持会议', 0)).toBe('热娜古丽');
    expect(syllableNameAt('古丽巴哈尔 记者', 0)).toBe('古丽巴哈尔');
    // Syllables of a seventh round (索朗, 央宗, 高娃, 塔娜, 敖日格乐), in names of other people.
    expect(syllableNameAt('索朗卓嘎主持', 0)).toBe('索朗卓嘎');
    expect(syllableNameAt('德吉央宗介绍', 0)).toBe('德吉央宗');
    expect(syllableNameAt('乌兰托娅出席开幕式', 0)).toBe('乌兰托娅');
    expect(syllableNameAt('次仁旺姆为某局副局长', 0)).toBe('次仁旺姆');
    expect(syllableNameAt('乌云高娃、李明', 0)).toBe('乌云高娃');
    expect(syllableNameAt('其木格塔娜主持', 0)).toBe('其木格塔娜');
    expect(syllableNameAt('敖日格乐为副会长', 0)).toBe('敖日格乐');
    // 拉毛 (blind14), in a name of another person.
    expect(syllableNameAt('拉毛措吉出席', 0)).toBe('拉毛措吉');
    // 宣布 (开幕) follows a name as 宣读 does.
    expect(syllableNameAt('那日苏宣布开幕', 0)).toBe('那日苏');
    expect(nameAt('周建华宣布大会开幕', 0)).toBe('周建华');
    // Syllables of blind21 and blind31 (达娃, 旦正, 东周), in names of other people.
    expect(syllableNameAt('达娃卓嘎当选为主席', 0)).toBe('达娃卓嘎');
    expect(syllableNameAt('扎西东周，', 0)).toBe('扎西东周');
    expect(syllableNameAt('旦正才让出席', 0)).toBe('旦正才让');
  });
  it('reads nothing that is not made of them or runs on into other words', () => {
    expect(syllableNameAt('王伟，', 0)).toBeNull();
    expect(syllableNameAt('扎西', 0)).toBeNull();
    expect(syllableNameAt('才让东智慧城市', 0)).toBeNull();
  });
});

describe('syllableWordAt', () => {
  it('reads one known syllable of two characters or more as a name where a name may end', () => {
    expect(syllableWordAt('乌云出席', 0)).toBe('乌云');
    expect(syllableWordAt('斯琴，', 0)).toBe('斯琴');
    // Mongolian names written as one word (names16): 吉日格勒, 莫日根.
    expect(syllableNameAt('吉日格勒为主任', 0)).toBe('吉日格勒');
    expect(syllableNameAt('莫日根介绍', 0)).toBe('莫日根');
    expect(syllableWordAt('乌兰察布市', 0)).toBeNull();
  });
  it('is read right after a title, and after nothing else', () => {
    expect(kinds('副局长斯琴出席。')).toContain('NAME:斯琴');
    expect(kinds('市政府副秘书长塔娜')).toContain('NAME:塔娜');
    expect(kinds('塔娜出席。')).not.toContain('NAME:塔娜');
  });
});

describe('nameAt', () => {
  it('reads a name up to a boundary word', () => {
    expect(nameAt('安文建在致辞中表示', 0)).toBe('安文建');
    // 作 before the title of a work is the verb, whatever jieba makes of the three characters.
    expect(nameAt('徐浩作《深远海装备发展趋势》主旨演讲', 0)).toBe('徐浩');
    expect(nameAt('陈东作“数字化转型”主题报告', 0)).toBe('陈东');
    expect(nameAt('胡俊以《县域经济》为题作报告', 0)).toBe('胡俊');
    // Malaysian honorifics follow the name (曹国东拿督, 林玉唐丹斯里).
    expect(nameAt('曹国东拿督，', 0)).toBe('曹国东');
    expect(nameAt('林玉唐丹斯里致辞', 0)).toBe('林玉唐');
    expect(nameAt('范伟国表示', 0)).toBe('范伟国');
    expect(nameAt('王伟在致辞', 0)).toBe('王伟');
    expect(nameAt('张为民主持会议', 0)).toBe('张为民');
    expect(nameAt('刘洋，', 0)).toBe('刘洋');
    expect(nameAt('栾大龙博士作主旨演讲', 0)).toBe('栾大龙');
  });
  it('reads compound surnames', () => {
    expect(nameAt('欧阳明远主持会议', 0)).toBe('欧阳明远');
    expect(nameAt('司马南出席', 0)).toBe('司马南');
  });
  it('reads a name jieba glues into a pronoun after a title (何国/r + 强)', () => {
    expect(nameAt('何国强在会上讲话', 0, true)).toBe('何国强');
    expect(nameAt('何国强出席', 0, true)).toBe('何国强');
    // Not a name where no title stands before it.
    expect(nameAt('何国强出席', 0)).toBeNull();
  });
  it('refuses text that is not a name', () => {
    expect(nameAt('高度评价了成果', 0)).toBeNull();
    expect(nameAt('的发言', 0)).toBeNull();
    expect(nameAt('在会上', 0)).toBeNull();
  });
});

describe('taggedNameEndingAt', () => {
  it('finds a well-known name before a title', () => {
    const s = '为贯彻落实习近平总书记关于';
    expect(taggedNameEndingAt(s, s.indexOf('总书记'))).toBe('习近平');
    expect(taggedNameEndingAt('深入贯彻总书记', 4)).toBeNull();
  });
});

describe('surnameOf', () => {
  it('knows compound surnames', () => {
    expect(surnameOf('欧阳明远')).toBe('欧阳');
    expect(surnameOf('李四')).toBe('李');
  });
});

describe('nameAt, words that only look like names', () => {
  it('refuses prepositions and verbs after a title', () => {
    expect(nameAt('向大会作工作报告', 0)).toBeNull();
    // …but after a title, 向 + one character before a word that follows names is a name (jieba reads 明为).
    expect(nameAt('向明为副会长', 0, true)).toBe('向明');
    expect(nameAt('向全体干部传达', 0, true)).toBeNull();
    expect(nameAt('陈述了学校发展规划', 0)).toBeNull();
    expect(nameAt('于军发表主旨演讲', 0)).toBe('于军');
  });
  it('ends a name before a preposition jieba runs it into (孙浩以 视频方式)', () => {
    expect(nameAt('孙浩以视频方式作报告', 0, true)).toBe('孙浩');
    expect(nameAt('孙浩以，', 0, true)).toBe('孙浩以');
  });
  it('reads a name jieba opens with a pronoun when its next word runs over 为 (何国/r + 强为), not a verb', () => {
    expect(nameAt('何国强为副会长', 0, true)).toBe('何国强');
    expect(nameAt('关于聘任公司高级管理人员的决定', 0, true)).toBeNull();
  });
});

describe('names before an adverb that opens what the person does', () => {
  it('ends a two-character name before 则/也/还 that jieba glues to it (王磊则表示 → 王磊)', () => {
    expect(nameAt('严波则介绍了项目进展', 0)).toBe('严波');
    expect(nameAt('韦岚则从用户角度谈了体会', 0, true)).toBe('韦岚');
  });
  it('ends a two-character name before 等 that jieba glues to it (某某等到场祝贺)', () => {
    expect(nameAt('郑嘉等到场祝贺', 0, true)).toBe('郑嘉');
  });
  it('keeps a three-character name whose next word follows names (张国栋则表示 → 张国栋)', () => {
    expect(nameAt('张国栋则表示', 0)).toBe('张国栋');
  });
});

describe('dotted names before an adverb or 现场', () => {
  it('ends a one-character last part before 则/也/还 and a word that follows names', () => {
    expect(dottedNameAt('阿卜杜拉·纳赛尔·汗则表示，', 0)).toBe('阿卜杜拉·纳赛尔·汗');
    expect(dottedNameAt('卡里姆·汗也指出', 0)).toBe('卡里姆·汗');
    expect(dottedNameAt('戴维·肖亦分享了经验', 0)).toBe('戴维·肖');
  });
  it('ends before 现场 (甲现场发言)', () => {
    expect(dottedNameAt('马克·奥利弗现场连线发言', 0)).toBe('马克·奥利弗');
  });
});

describe('dottedNameAt', () => {
  it('reads transliterated names with middle dots up to a boundary word', () => {
    expect(dottedNameAt('买买提·艾力出席并致辞', 0)).toBe('买买提·艾力');
    expect(dottedNameAt('阿依古丽·吐尔逊介绍了情况', 0)).toBe('阿依古丽·吐尔逊');
    expect(dottedNameAt('艾尔肯·买买提等', 0)).toBe('艾尔肯·买买提');
  });
  it('reads a one-character last part before punctuation or a word that follows names', () => {
    expect(dottedNameAt('穆罕默德·纳瓦兹·汗，', 0)).toBe('穆罕默德·纳瓦兹·汗');
    expect(dottedNameAt('保罗·陈等参加签约仪式', 0)).toBe('保罗·陈');
    expect(dottedNameAt('阿米尔·汗（Amir Khan）', 0)).toBe('阿米尔·汗');
    expect(dottedNameAt('约翰·史密斯出席', 0)).toBe('约翰·史密斯');
  });
  it('keeps hyphenated parts whole (让-皮埃尔, 施密特-霍夫曼)', () => {
    expect(dottedNameAt('让-克洛德·马丁表示', 0)).toBe('让-克洛德·马丁');
    expect(dottedNameAt('安娜·穆勒-施耐德作报告', 0)).toBe('安娜·穆勒-施耐德');
  });
  it('ends before 参与 and 签字', () => {
    expect(dottedNameAt('阿斯兰·卡里莫夫参与对话', 0)).toBe('阿斯兰·卡里莫夫');
    expect(dottedNameAt('索·维拉签字', 0)).toBe('索·维拉');
  });
  it('ends a one-character last part that is a surname before 和 joining the next party', () => {
    expect(dottedNameAt('总裁戴维·林和夷陵区人民政府区长谭伟签署协议', 2)).toBe('戴维·林');
    // …but not where a longer last part ends the name (孟和 is a Mongolian syllable).
    expect(dottedNameAt('策·孟和其其格，缅甸', 0)).toBe('策·孟和其其格');
  });
  it('ends a name before 因故 or 因日程 (why the person is absent)', () => {
    expect(nameAt('戴启明因日程冲突未能到场', 0, true)).toBe('戴启明');
  });
  it('ends before a verb of visiting (巡馆, 考察)', () => {
    expect(dottedNameAt('艾尼瓦尔·沙比提巡馆并会见了部分参展企业', 0)).toBe('艾尼瓦尔·沙比提');
  });
  it('refuses text without a dot', () => {
    expect(dottedNameAt('王伟出席', 0)).toBeNull();
  });
});

describe('role verbs end a name', () => {
  it('ends a name before 列席, 听取, 汇报, 莅临 and 因…', () => {
    expect(nameAt('邹远航列席会议', 0)).toBe('邹远航');
    expect(nameAt('韩冬听取汇报', 0)).toBe('韩冬');
    expect(nameAt('曾思琪汇报了工作', 0)).toBe('曾思琪');
    expect(nameAt('蔡文博莅临指导', 0)).toBe('蔡文博');
    // 因个人原因, 因工作调整 after a name in a company notice.
    expect(nameAt('蒋慕白因个人原因辞去', 0)).toBe('蒋慕白');
    expect(nameAt('周青因工作调整不再担任', 0)).toBe('周青');
  });
});

describe('names that are also words', () => {
  it('ends a name on 和 when no name follows the 和 (孙景和，…)', () => {
    expect(nameAt('孙景和，河南省科协', 0)).toBe('孙景和');
    expect(nameAt('孙景和代表学会致辞', 0)).toBe('孙景');
  });
  it('reads a place-like name right after a title only', () => {
    expect(nameAt('陆海出席并见证签约', 0, true)).toBe('陆海');
    expect(nameAt('陆海出席并见证签约', 0)).toBeNull();
  });
  it('reads a surname that is an everyday word only as one word jieba does not know', () => {
    const s = '党组成员和丽娟首先作了报告';
    expect(wordSurnameNameAt(s, 4)).toBe('和丽娟');
    expect(wordSurnameNameAt('党组成员和企业家座谈', 4)).toBeNull();
  });
  it('reads such a name when jieba reads the surname as a verb and the given name as a noun, punctuation after', () => {
    expect(wordSurnameNameAt('副局长滑海军，副局长李强出席', 3)).toBe('滑海军');
    expect(wordSurnameNameAt('副局长滑海军主持', 3)).toBeNull();
    expect(wordSurnameNameAt('秘书长和会员，', 3)).toBeNull();
  });
  it('reads 区 (Cantonese Ou) as a surname right after a title, never in 区委 or 园区', () => {
    expect(wordSurnameNameAt('党组书记区伟成主持会议', 4)).toBe('区伟成');
    expect(wordSurnameNameAt('开发区管委会主任', 2)).toBeNull();
  });
  it('reads such a name when jieba reads the surname alone and the given name as a name or proper noun', () => {
    expect(wordSurnameNameAt('合伙人区少华、某公司董事长钟一参与对话', 3)).toBe('区少华');
    expect(wordSurnameNameAt('临床主任区凯文介绍了经验', 4)).toBe('区凯文');
    expect(wordSurnameNameAt('副书记区委常委', 3)).toBeNull();
    // 区/n 永康/ns: a place's name as the given name, when punctuation closes it.
    expect(wordSurnameNameAt('会长区永康，某局代局长王一', 2)).toBe('区永康');
  });
});

describe('rarer single surnames', () => {
  it('reads 汲, 荀, 贲, 宓, 郗, 贡 and 濮 after a title', () => {
    for (const name of ['汲宏涛', '荀立文', '贲志强', '宓晓东', '郗文博', '贡晓明', '濮文清'])
      expect(nameAt(`${name}出席会议`, 0, true)).toBe(name);
  });
  it('reads 代 after a title (市长代某), while 代表 stays a word', () => {
    expect(nameAt('代晓明，市委常委', 0, true)).toBe('代晓明');
    expect(nameAt('代表市政府致辞', 0, true)).toBeNull();
  });
});

describe('the 百家姓 and the ranked modern surnames', () => {
  it('reads 庹, 琚, 喇, 隗, 杞, 禄, 丘 and the compound 闾丘, 鲜于 after a title', () => {
    for (const name of [
      '庹世杰',
      '琚海燕',
      '喇建平',
      '隗立群',
      '杞文斌',
      '禄春生',
      '丘明德',
      '闾丘晓东',
      '鲜于志宏',
    ])
      expect(nameAt(`${name}出席会议`, 0, true)).toBe(name);
  });
  it('reads 凤, 占 and 星 as surnames while 凤凰, 占比 and 星期 stay words', () => {
    expect(kinds('董事长凤立群、总经理占卫东、副总经理星晓燕出席。')).toEqual(
      expect.arrayContaining(['NAME:凤立群', 'NAME:占卫东', 'NAME:星晓燕']),
    );
    const words = kinds('凤凰卫视主持人出席，新能源汽车占比过半，星期五开幕。');
    expect(words.filter((k) => k.startsWith('NAME:'))).toEqual([]);
  });
  it('reads a surname that is an everyday word (双, 滑, 国, 有) only right after a title', () => {
    expect(wordSurnameNameAt('副主任双立军主持会议', 3)).toBe('双立军');
    expect(nameAt('双方将在人才培养方面合作', 0)).toBeNull();
    expect(kinds('论坛以“滑雪目的地的四季运营”为题。').filter((k) => k.startsWith('NAME:'))).toEqual([]);
  });
});

describe('a name jieba reads as a verb and an adjective, after a title', () => {
  it('reads 包立/v + 强/a and 施展/vn + 新/a as a name when punctuation closes it', () => {
    expect(nameAt('包立强，市委常委', 0, true)).toBe('包立强');
    expect(nameAt('施展新、某公司董事长', 0, true)).toBe('施展新');
  });
  it('leaves the verb a verb without a title or where a word goes on (包容新的理念)', () => {
    expect(nameAt('包立强，市委常委', 0)).toBeNull();
    expect(nameAt('包容新的发展理念', 0, true)).toBeNull();
  });
});

describe('a surname that is also a preposition (于, 向), after a title', () => {
  it('is a name before punctuation, a two-character verb or a work’s title', () => {
    expect(nameAt('于春光，以及企业代表', 0, true)).toBe('于春光');
    expect(nameAt('于海峰以《氢冶金实践》为题作报告', 0, true)).toBe('于海峰');
    expect(nameAt('于海峰出席会议', 0, true)).toBe('于海峰');
  });
  it('stays a preposition before a noun the sentence goes on from', () => {
    expect(nameAt('向大会作报告', 0, true)).toBeNull();
    expect(nameAt('于会上宣读了决议', 0, true)).toBeNull();
    expect(nameAt('于近日，赴某地调研', 0, true)).toBeNull();
  });
});

describe('a name that is a common noun, right after a title', () => {
  it('is read where punctuation, the end or a verb that follows names closes it (blind21–23)', () => {
    expect(nameAt('金城当选副理事长；', 0, true)).toBe('金城');
    expect(nameAt('文华主持大会。', 0, true)).toBe('文华');
    expect(nameAt('方正，某市委常委', 0, true)).toBe('方正');
    expect(nameAt('白云', 0, true)).toBe('白云');
  });
  it('stays a word where a title compounds with it, or where it follows names itself', () => {
    expect(nameAt('单位、理事单位', 0, true)).toBeNull();
    expect(nameAt('代表、法学专家', 0, true)).toBeNull();
    expect(nameAt('官员、采购商', 0, true)).toBeNull();
  });
});

describe('a word after a title, where the shape gives it a holder', () => {
  it('reads an adverb or a verb as a name before 当选 (董事长何必当选为会长), not before other words', () => {
    expect(nameAt('何必当选为会长', 0, true)).toBe('何必');
    expect(nameAt('丰收当选为会长', 0, true)).toBe('丰收');
    expect(nameAt('强调，要加强', 0, true)).toBeNull();
  });
  it('reads a noun as a name before 就/在/作 opening what the person does (局长金钢就企业的问题作了回应)', () => {
    expect(nameAt('金钢就企业提出的问题作了回应', 0, true)).toBe('金钢');
    // A time after 在 says when (会长任期在明年届满); 任期 is a noun a title compounds with.
    expect(nameAt('任期在明年届满', 0, true)).toBeNull();
    expect(nameAt('费用在明年', 0, true)).toBeNull();
  });
  it('ends a name before 将 (研究员田野将在论坛上作报告, 市长李明将出席)', () => {
    expect(nameAt('田野将在论坛上作报告', 0, true)).toBe('田野');
    expect(nameAt('李明将出席', 0, true)).toBe('李明');
  });
  it('ends a name before 与 whatever follows it (主任包鸿儒与签约企业代表…), not before 与会', () => {
    expect(nameAt('包鸿儒与签约企业代表交换了协议文本', 0, true)).toBe('包鸿儒');
    expect(nameAt('王一与会代表', 0)).not.toBe('王一与');
  });
  it('reads a verb as a name before 兼任 (二级巡视员毕升兼任某中心主任), not a conjunction (同时)', () => {
    expect(nameAt('毕升兼任某中心主任', 0, true)).toBe('毕升');
  });
});

describe('where a name ends (s18 names5)', () => {
  it('takes a lone given character jieba leaves after an unknown word, before a noun (blind9, blind35)', () => {
    expect(nameAt('主任钱勤远报告题目', 2, true)).toBe('钱勤远');
    expect(nameAt('孙磊睿主任医师', 0)).toBe('孙磊睿');
    // Before a verb the character opens what the person does.
    expect(nameAt('主任李明新建成', 2, true)).toBe('李明');
  });
  it('keeps 和 in a name before the one-character verb 作 (孙永和作企业创新分享)', () => {
    expect(nameAt('首席科学家孙永和作企业创新分享', 5, true)).toBe('孙永和');
    expect(nameAt('孙景和代表学会致辞', 0)).toBe('孙景');
  });
  it('ends a name before 作 and a number (王雪作2026年财务预算报告)', () => {
    expect(nameAt('总会计师王雪作2026年财务预算报告', 4, true)).toBe('王雪');
  });
  it('reads no name cut out of a longer word jieba knows (包头天 of 包头天和磁材科技)', () => {
    expect(nameAt('会长：包头天和磁材科技股份有限公司董事长王一', 3)).toBeNull();
    expect(nameAt('董事长何国华为监事长', 3, true)).toBe('何国华');
  });
});

describe('the holder before 主持 (s18 names5)', () => {
  it('reads a verb or pronoun word after a title and before 主持 closing the clause as the name (blind32, 34, 36)', () => {
    expect(nameAt('签约仪式由市政府秘书长查理主持。', 11, true)).toBe('查理');
    expect(nameAt('会议由副市长何方主持。', 6, true)).toBe('何方');
  });
  it('leaves adverbs and words that follow names alone (由市长亲自主持, 由局长应邀主持)', () => {
    expect(nameAt('由市长亲自主持。', 3, true)).toBeNull();
    expect(nameAt('由局长应邀主持。', 3, true)).toBeNull();
  });
});

describe('技师 is a title (blind24, 31, 34)', () => {
  it('reads the worker after 高级技师 and 首席技师', () => {
    expect(kinds('某石化公司炼油厂高级技师宝音，')).toContain('NAME:宝音');
    expect(kinds('某公司首席技师王一作交流发言')).toContain('NAME:王一');
  });
});

describe('a brand is no name (s18 names5)', () => {
  it('reads no name before a brand ending (会长 / 松禾资本创始合伙人, blind33)', () => {
    expect(nameAt('会长松禾资本创始合伙人王一', 2, true)).toBeNull();
    expect(nameAt('会长王一主持', 2, true)).toBe('王一');
  });
});

describe('titles of a works, a mine and a ward (s18 names5)', () => {
  it('reads 厂长, 矿长 and 护士长 as titles before their holders (blind24, 28, 32, 34, 36)', () => {
    expect(kinds('某工厂厂长王一介绍，')).toContain('TITLE:厂长');
    expect(kinds('某煤矿矿长王一介绍，')).toContain('NAME:王一');
    expect(kinds('某医院营养科护士长王一作经验分享。')).toContain('TITLE:护士长');
  });
});

describe('a verb and a bound noun jieba glues (s18 names5)', () => {
  it('reads 安立/v + 民/ng as a name after a title before a verb that follows names (blind35)', () => {
    expect(nameAt('副校长安立民出席会议并致辞', 3, true)).toBe('安立民');
  });
});
