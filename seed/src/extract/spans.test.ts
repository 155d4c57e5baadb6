import { describe, expect, it } from 'vitest';
import { canonicalLine } from './sentences';
import { codesOf, recognize, softParentheses, titleSpans } from './spans';

const kinds = (s: string) => recognize(s).map((x) => `${x.kind}:${x.text}`);

describe('span recognizers', () => {
  it("reads no name inside a unit's other name in brackets (营销部（农电工作部）, 农 a surname)", () => {
    const spans = kinds('国网某省电力公司营销部（农电工作部）主任柯一鸣出席。');
    expect(spans).not.toContain('NAME:农电工');
    expect(spans).toContain('NAME:柯一鸣');
  });
  it('reads a single dash between Han characters as part of a body, a double one as a break', () => {
    expect(kinds('中国—东盟商务理事会执行理事长许宁宁出席。')).toEqual(
      expect.arrayContaining(['ORG:中国—东盟商务理事会', 'TITLE:执行理事长', 'NAME:许宁宁']),
    );
    expect(kinds('论坛——某协会会长王伟致辞。')).toContain('STOP:—');
  });
  it('reads a name before 赴 (自治区党委常委、常务副主席陈雪峰赴某市调研: 6 articles of 6 rounds, blind7–42)', () => {
    expect(kinds('9月3日，自治区党委常委、常务副主席陈雪峰赴某市调研光伏产业。')).toContain('NAME:陈雪峰');
    expect(kinds('副省长杭建明赴无锡调研。')).toContain('NAME:杭建明');
  });
  it('reads a county or city that jieba tags as a name, before a title, as the place (文成县副县长)', () => {
    for (const [text, place] of [
      ['市委常委甲某某，文成县副县长黄一鸣出席。', '文成县'],
      ['副市长乙某某，景宁县县长钟二出席。', '景宁县'],
      ['市领导丙某某，龙泉市副市长叶三出席。', '龙泉市'],
    ] as const) {
      expect(kinds(text)).toContain(`ORG:${place}`);
      expect(kinds(text)).not.toContain(`NAME:${place}`);
    }
  });
  it('reads no listed name that opens with a province (安徽协 before 和 in 安徽协和某药业有限公司)', () => {
    const k = kinds('某集团有限公司董事长甲某某，安徽协和某某药业有限公司总经理王一先后作报告。');
    expect(k).toContain('ORG:安徽协和某某药业有限公司');
    expect(k).toContain('NAME:王一');
  });
  it('reads a county, district or city that opens with a surname, in a list of places, as no name (林口县、宁安市)', () => {
    const k = kinds('市领导甲某某、乙某某，经开区、林口县、宁安市、穆棱市等县区主要负责同志出席。');
    for (const place of ['林口县', '宁安市', '穆棱市']) expect(k).not.toContain(`NAME:${place}`);
  });
  it('reads names after words that lead them though no title (主持人, 青年教师, 博士后, 创业者: blind6, 7, 24)', () => {
    expect(kinds('对话由某电视台主持人林一主持。')).toContain('NAME:林一');
    const k = kinds('某学院青年教师柏林、某学院博士后宋雨先后发言。');
    expect(k).toContain('NAME:柏林');
    expect(k).toContain('NAME:宋雨');
    expect(kinds('某区个体工商户代表、电商创业者张敏先后发言')).toContain('NAME:张敏');
    expect(kinds('教师节前夕，某校召开座谈会。').filter((x) => x.startsWith('NAME:'))).toEqual([]);
    // jieba's person word 应邀出席/nr runs over the word that follows names: 应邀 alone is a verb.
    expect(kinds('某局有关处室负责同志应邀出席。').filter((x) => x.startsWith('NAME:'))).toEqual([]);
  });
  it('reads a name whose surname is an everyday word at a clause start before 任 or a title (和某某任…), not 东道主', () => {
    expect(kinds('和秀兰任某市人民政府驻上海办事处副主任；')).toContain('NAME:和秀兰');
    for (const text of ['部长甲某某代表东道主致辞。', '会上，东道主代表致辞。'])
      expect(kinds(text)).not.toContain('NAME:东道主');
  });
  it('reads a town or township that opens with a surname, before a title, as no name (党江镇党委书记)', () => {
    for (const [text, town, name] of [
      ['党江镇党委书记梁一鸣介绍', '党江镇', '梁一鸣'],
      ['陈家镇镇长吴二出席。', '陈家镇', '吴二'],
      ['高桥乡党委书记黄三陪同。', '高桥乡', '黄三'],
    ] as const) {
      expect(kinds(text)).not.toContain(`NAME:${town}`);
      expect(kinds(text)).toContain(`NAME:${name}`);
    }
  });
  it('starts a dotted name after 代表 when a representative office comes before it (代表处代表某·某)', () => {
    const k = kinds('世界卫生组织驻华代表处代表马可·佩里，某省卫生健康委员会主任李一出席。');
    expect(k).toContain('NAME:马可·佩里');
    expect(k.filter((x) => x.startsWith('NAME:') && x.includes('代表'))).toEqual([]);
  });
  it('starts a dotted name after the verb that appoints or dismisses its holder (任命某·某为…, 免去某·某的…)', () => {
    for (const [text, name] of [
      ['任命吐尔洪·买买提为某自治区水利厅副厅长；', '吐尔洪·买买提'],
      ['免去古丽扎尔·艾力的某地区行政公署副专员职务；', '古丽扎尔·艾力'],
      ['聘任阿不都·热合曼为某自治区文史研究馆馆员。', '阿不都·热合曼'],
      ['大会选举巴特尔·其木格为会长。', '巴特尔·其木格'],
    ] as const) {
      const k = kinds(text);
      expect(k).toContain(`NAME:${name}`);
      expect(k.filter((x) => x.startsWith('NAME:') && x !== `NAME:${name}`)).toEqual([]);
    }
  });
  it('ends a byline name where the next byline word starts, 责任编辑 as well as 编辑', () => {
    const k = kinds('（记者：邝一鸣编辑：钱鹏责任编辑：伍海燕）');
    expect(k).toEqual(expect.arrayContaining(['NAME:邝一鸣', 'NAME:钱鹏', 'NAME:伍海燕']));
    expect(k).not.toContain('NAME:钱鹏责任');
    // 本报记者: the outlet, not a name before the byline word.
    expect(kinds('作者：本报记者邝一鸣')).not.toContain('NAME:本报');
    expect(kinds('作者：本报记者邝一鸣')).toContain('NAME:邝一鸣');
  });
  it('reads a byline name with no surname when 、 or a bracket closes it, not a word after a byline word', () => {
    expect(kinds(canonicalLine('（记者 乌日娜 孙立群）'))).toEqual(
      expect.arrayContaining(['NAME:乌日娜', 'NAME:孙立群']),
    );
    expect(kinds('（责任编辑：岩温）')).toContain('NAME:岩温');
    expect(kinds(canonicalLine('（文/图 裘思远）'))).toContain('NAME:裘思远');
    expect(kinds('记者了解到，会议由某局主办。').filter((x) => x.startsWith('NAME:'))).toEqual([]);
    expect(kinds(canonicalLine('作者：记者 许云鹤　　时间：2025-03-01'))).not.toContain('NAME:时间');
  });
  it('reads a byline name of known syllables whole, though its syllables open with surnames', () => {
    expect(kinds(canonicalLine('（记者 次仁罗布 边巴卓嘎）')).filter((x) => x.startsWith('NAME:'))).toEqual([
      'NAME:次仁罗布',
      'NAME:边巴卓嘎',
    ]);
    expect(
      kinds(canonicalLine('（记者 次仁卓玛 通讯员 王一）')).filter((x) => x.startsWith('NAME:')),
    ).toEqual(['NAME:次仁卓玛', 'NAME:王一']);
    expect(kinds(canonicalLine('作者：文/司马青 图/邱实')).filter((x) => x.startsWith('NAME:'))).toEqual([
      'NAME:司马青',
      'NAME:邱实',
    ]);
  });
  it("reads the writer's unit whole where a name would cut it, and a name a 】 closes", () => {
    expect(kinds(canonicalLine('编辑：宣传统战部 李一')).filter((x) => x.startsWith('NAME:'))).toEqual([
      'NAME:李一',
    ]);
    expect(kinds('【责任编辑：拓一鸣】')).toContain('NAME:拓一鸣');
  });
  it('reads 小 and one character in a byline as a pen name, no person', () => {
    expect(kinds('编辑：小温').filter((x) => x.startsWith('NAME:'))).toEqual([]);
    expect(kinds('编辑：小温审核：王一鸣')).toContain('NAME:王一鸣');
    expect(kinds('编辑：小林一鸣')).toContain('NAME:小林一鸣');
  });
  it("reads a correspondent's signature that abbreviates a unit (汕工信, 鄂科宣, 宣联) as no person", () => {
    const names = (t: string) => kinds(canonicalLine(t)).filter((x) => x.startsWith('NAME:'));
    expect(names('（记者 郭佳 通讯员 汕工信）')).toEqual(['NAME:郭佳']);
    expect(names('（通讯员 鄂科宣）11月6日')).toEqual([]);
    expect(names('通讯员：宣 联　　摄影：陈 默')).toEqual(['NAME:陈默']);
    expect(names('（通讯员 澄宣）')).toEqual([]);
    // A correspondent with a surname, and a reporter whose name has none, stay persons.
    expect(names('（通讯员 韩晓东）')).toEqual(['NAME:韩晓东']);
    expect(names('（记者 其其格）')).toEqual(['NAME:其其格']);
  });
  it('reads the place a report is filed from, and an outlet before its reporter, as no name', () => {
    const names = (t: string) => kinds(canonicalLine(t)).filter((x) => x.startsWith('NAME:'));
    expect(names('本报记者 孔令军 鄂尔多斯报道')).toEqual(['NAME:孔令军']);
    expect(names('文字：江门日报记者 何欣')).toEqual(['NAME:何欣']);
    // The first item before 报道 stays a name (a reporter may be named like a place).
    expect(names('（记者 黄河报道）')).toEqual(['NAME:黄河']);
  });
  it('marks names without a surname and acting titles (代理, 代)', () => {
    expect(kinds('副主任刘卫平、那日苏，代理市长苏和巴特尔，代市长黄振宇出席。')).toEqual(
      expect.arrayContaining([
        'NAME:那日苏',
        'TITLE:代理市长',
        'NAME:苏和巴特尔',
        'TITLE:代市长',
        'NAME:黄振宇',
      ]),
    );
  });
  it('marks a body, titles joined by 、 and the name after them', () => {
    expect(kinds('会议由某省能源局党组成员、副局长邝一主持')).toEqual([
      'OTHER:会议由',
      'ORG:某省能源局',
      'TITLE:党组成员',
      'SEP:、',
      'TITLE:副局长',
      'NAME:邝一',
      'OTHER:主持',
    ]);
  });

  it('reads the longest title and none inside a body name', () => {
    const s = '某部总工程师钱立新出席某委员会会议';
    expect(titleSpans(s, softParentheses(s)).map((t) => t.text)).toEqual(['总工程师']);
  });

  it('keeps a short parenthesis inside a company name and opens one after a name', () => {
    expect(codesOf(recognize('某某光学科技（集团）有限公司总裁叶一出席'))).toBe('OTNX');
    expect(codesOf(recognize('王一平（某某部原副部长）出席'))).toBe('NLOTRX');
  });

  it('reads a name in parentheses after a title as its holder, even an everyday word (院长（向前）), not a qualifier', () => {
    expect(codesOf(recognize('某区政协副主席、民建某区委会主委（麦嘉文）出席'))).toBe('OTSOTLNRX');
    expect(kinds('某研究院院长（向前）作报告')).toEqual([
      'ORG:某研究院',
      'TITLE:院长',
      'OPEN:（',
      'NAME:向前',
      'CLOSE:）',
      'OTHER:作报告',
    ]);
    expect(kinds('某局局长（主持工作）出席').filter((k) => k.startsWith('NAME'))).toEqual([]);
    expect(kinds('某局局长（满族）出席').filter((k) => k.startsWith('NAME'))).toEqual([]);
  });

  it('marks names between a body and a title, bylines and pronouns', () => {
    expect(kinds('县政协李某副主席出席')).toEqual(['ORG:县政协', 'NAME:李某', 'TITLE:副主席', 'OTHER:出席']);
    expect(codesOf(recognize('（记者周子墨、林晓）'))).toBe('LBNSNR');
    // 部门 is one word: 门主要 after 有关部 is no name before a title.
    expect(kinds('市直有关部门主要负责人列席会议').some((x) => x.startsWith('NAME'))).toBe(false);
    // 高 is a surname, but 高新区 before a title is a zone.
    expect(kinds('随后，高新区党工委书记刘一鸣汇报').filter((x) => x.startsWith('NAME'))).toEqual([
      'NAME:刘一鸣',
    ]);
    // 西门子（中国）有限公司: a brand before a bracketed place and a company's ending is no name (西门 is a surname).
    expect(kinds('、西门子（中国）有限公司副总裁王刚出席').filter((x) => x.startsWith('NAME'))).toEqual([
      'NAME:王刚',
    ]);
    // The writer's unit before the names goes with the byline word; 文/ and 图/ are byline words.
    expect(kinds('（作者：某工程局孟凡宇季思涵）')).toEqual([
      'OPEN:（',
      'BYLINE:作者：某工程局',
      'NAME:孟凡宇',
      'NAME:季思涵',
      'CLOSE:）',
    ]);
    expect(kinds('文字｜集团办公室邓佳')).toEqual(['BYLINE:文字｜集团办公室', 'NAME:邓佳']);
    // 报道, 摄 close a byline's names: 梅 of 贾颖梅 is no surname opening a second name.
    expect(kinds('记者贾颖梅报道').filter((k) => k.startsWith('NAME'))).toEqual(['NAME:贾颖梅']);
    expect(kinds('记者周子墨林晓报道').filter((k) => k.startsWith('NAME'))).toEqual([
      'NAME:周子墨',
      'NAME:林晓',
    ]);
    expect(kinds('通讯员钱一梅摄').filter((k) => k.startsWith('NAME'))).toEqual(['NAME:钱一梅']);
    expect(kinds('（文/唐悦图/韦晨监制：顾远）')).toEqual([
      'OPEN:（',
      'BYLINE:文/',
      'NAME:唐悦',
      'BYLINE:图/',
      'NAME:韦晨',
      'BYLINE:监制：',
      'NAME:顾远',
      'CLOSE:）',
    ]);
    expect(kinds('他指出，要加快进度')[0]).toBe('PRONOUN:他');
  });

  it('reads 任 after a name in a sentence about the past as a post held before', () => {
    expect(kinds('此前，刘振宇任某委副主任')).toEqual([
      'OTHER:此前',
      'COMMA:，',
      'NAME:刘振宇',
      'FORMERLY:任',
      'ORG:某委',
      'TITLE:副主任',
    ]);
    expect(kinds('刘振宇任某委副主任')[1]).toBe('AS:任');
  });

  it('marks 当选, 为 and 聘任 only next to names', () => {
    expect(codesOf(recognize('聘任刘一为首席专家'))).toBe('ANWT');
    expect(codesOf(recognize('钱一、孙二当选副主席。'))).toBe('NSNET.');
    // No name, so nothing for the grammar: only pronouns are marked.
    expect(codesOf(recognize('为大会致辞'))).toBe('');
    expect(codesOf(recognize('他为大会致辞'))).toBe('K');
  });
});

describe('a name that is a word, where the shape asks for a person', () => {
  it('reads the object of an appointing verb before its 为 (任命安康为…), not a common noun (任命方式为)', () => {
    expect(kinds('任命安康为某省某中心主任；')).toContain('NAME:安康');
    expect(kinds('同意某公司任命常青为监事会主席。')).toContain('NAME:常青');
    expect(kinds('任命方式为某某')).not.toContain('NAME:方式');
  });
  it('reads a name with an everyday word as surname between 、 after a name (市领导甲、和某某、乙)', () => {
    expect(kinds('市领导王一、和丽娟、李二出席。')).toContain('NAME:和丽娟');
    expect(kinds('市领导王一、滑丽娟、李二，县委书记赵三')).toContain('NAME:滑丽娟');
  });
  it('reads the object of 任命…为 whatever jieba reads, where a post closes the clause (任命关心为某局副局长)', () => {
    expect(kinds('任命关心为某市人民政府办公厅副主任、一级巡视员；')).toContain('NAME:关心');
    expect(kinds('任命周游为某市审计局总审计师；')).toContain('NAME:周游');
    expect(kinds('任命方式为公开选拔；')).not.toContain('NAME:方式');
  });
  it('reads the head of a 任免 line with no verb (严谨为某市人民政府秘书长；), three characters too', () => {
    expect(kinds('严谨为某市人民政府秘书长；')).toContain('NAME:严谨');
    expect(kinds('温柔为某市退役军人事务局局长；')).toContain('NAME:温柔');
    expect(kinds('祁连山为某市人民政府代理市长')).toContain('NAME:祁连山');
    expect(kinds('高度为某某')).not.toContain('NAME:高度');
    expect(kinds('二、任命：严谨为某市人民政府秘书长；')).toContain('NAME:严谨');
    // A 免去 list's line: the post a dismissal ends, 职务 after its title.
    expect(kinds('免去：杭州的某市中级人民法院审判员职务。')).toContain('NAME:杭州');
    expect(kinds('杭州的某市中级人民法院审判员职务。')).toContain('NAME:杭州');
  });
  it('reads a place’s name as the person elected at a clause’s start (；徐海当选为监事长), not 全票', () => {
    expect(kinds('王一当选为秘书长；徐海当选为监事长。')).toContain('NAME:徐海');
    expect(kinds('王一以全票当选会长，全票当选为副会长')).not.toContain('NAME:全票');
  });
  it('reads a word between names in a list as one more name (甲、乙、高山、丙当选为副会长; 副会长：童心、甲)', () => {
    expect(kinds('许一、白玉兰、高山、陆二当选为副会长；')).toContain('NAME:高山');
    expect(kinds('青年作家代表李想、高原、王二先后发言。')).toContain('NAME:高原');
    expect(kinds('常务副会长：童心、冯远征')).toContain('NAME:童心');
    expect(kinds('王一、李二、高校代表出席。')).not.toContain('NAME:高校');
    // The last of the names, before a verb that follows names (blind45, 46: 黄河出席, 高原参加).
    expect(kinds('副主任孙一、金一诺、黄河出席。')).toContain('NAME:黄河');
    expect(kinds('县领导宁一远、高原参加座谈会。')).toContain('NAME:高原');
    // Right after a title, before 、 and a name: the first of the names sharing the title.
    expect(kinds('副会长何必、王一、李二出席。')).toContain('NAME:何必');
    expect(kinds('副会长单位、理事单位代表出席。')).not.toContain('NAME:单位');
  });
  it('reads the head of a résumé (高升，男，…)', () => {
    expect(kinds('高升，男，汉族，1976年5月生，中共党员。')).toContain('NAME:高升');
  });
  it('reads a 档案馆 as a body before its title', () => {
    expect(kinds('某馆长王一、某市档案馆馆长李二出席。')).toContain('ORG:某市档案馆');
  });
});

describe('a name after 接受了 (会议还接受了某某辞去…职务的请求)', () => {
  it('is read as after 接受', () => {
    expect(kinds('会议还接受了许文博辞去某市人民政府副市长职务的请求')).toContain('NAME:许文博');
  });
});
