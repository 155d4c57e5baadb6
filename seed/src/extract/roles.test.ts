import { describe, expect, it } from 'vitest';
import { sentencePeople } from './people';
import { clauseRoles, rolesIn, sentenceRoles, topicIn } from './roles';
import { splitSentences } from './sentences';

const roles = (s: string) =>
  sentenceRoles(s, sentencePeople(s).mentions).map(
    (r) => `${r.mention.name}:${r.role}${r.topic ? `:${r.topic}` : ''}`,
  );

describe('rolesIn', () => {
  it('maps verbs to roles', () => {
    expect(rolesIn('主持会议')).toEqual(['host']);
    expect(rolesIn('在致辞中表示')).toEqual(['speaker']);
    expect(rolesIn('作经验交流')).toEqual(['speaker']);
    expect(rolesIn('出席会议')).toEqual(['guest']);
    expect(rolesIn('出席会议并致辞')).toEqual(['speaker']);
    expect(rolesIn('去了')).toEqual([]);
    // A panel's discussants speak (等嘉宾围绕…展开讨论).
    expect(rolesIn('等嘉宾围绕绿色金融展开讨论')).toEqual(['speaker']);
    // Taking the oath is said aloud (甲、乙依次进行宪法宣誓).
    expect(rolesIn('依次进行宪法宣誓')).toEqual(['speaker']);
    // A round table's discussants speak (参与对话), as blind6's and blind8's annotators have it.
    expect(rolesIn('参与对话')).toEqual(['speaker']);
    // Seated on the rostrum (在主席台就座) is attending.
    expect(rolesIn('等在主席台就座')).toEqual(['guest']);
    // Announcing a decision, answering, proposing, congratulating on stage, leading a study are said aloud.
    expect(rolesIn('出席会议并宣布任免决定')).toEqual(['speaker']);
    expect(rolesIn('等现场逐一回应')).toEqual(['speaker']);
    expect(rolesIn('建议，设立产业基金')).toEqual(['speaker']);
    expect(rolesIn('等也先后上台致贺')).toEqual(['speaker']);
    expect(rolesIn('领学了有关文件')).toEqual(['speaker']);
    // Witnessing an oath, coming to the meeting are attending.
    expect(rolesIn('共同为新一届理事会监誓')).toEqual(['guest']);
    expect(rolesIn('到会指导')).toEqual(['guest']);
    // Touring the halls of an expo is attending (blind29, 40, 45, 47 golds; 巡馆 and nothing said).
    expect(rolesIn('等领导巡馆参观')).toEqual(['guest']);
  });
});

describe('sentenceRoles', () => {
  it('shares a list verb across a name’s Latin spelling in brackets', () => {
    expect(
      roles(
        '中国贸促会副会长于建隆，意大利前总理马里奥·蒙蒂亚尼（Mario Montiani），匈牙利驻华大使拜尔琴伊·安德烈亚出席开幕式并致辞。',
      ),
    ).toEqual(['于建隆:speaker', '马里奥·蒙蒂亚尼:speaker', '拜尔琴伊·安德烈亚:speaker']);
  });

  it('shares a list verb across a body that stands before the next descriptor (某院（某中心）副院长)', () => {
    expect(
      roles(
        '会上，某师范大学党委书记吴立德，某省社会科学院（省政府发展研究中心）副院长钱一凡，某公司董事长孔令伟先后发言',
      ),
    ).toEqual(['吴立德:speaker', '钱一凡:speaker', '孔令伟:speaker']);
  });

  it('shares a list verb across the posts in brackets after each name (甲（…）、乙（…）等先后发言)', () => {
    expect(
      roles(
        '座谈会上，周海生（新加坡福建会馆副主席）、郑小梅（澳门江门同乡会会长）、罗启明（省政协常委、香港某某集团主席）等5位委员先后发言。',
      ),
    ).toEqual(['周海生:speaker', '郑小梅:speaker', '罗启明:speaker']);
  });

  it('shares a list verb across places listed before the next descriptor (以及厚街、长安、清溪等镇…分会长乙)', () => {
    expect(
      roles(
        '座谈会上，某市台商投资企业协会会长谢一鸣、常务副会长林二平，以及厚街、长安、清溪等镇台商协会分会长吴三立、蔡四海先后发言。',
      ),
    ).toEqual(['谢一鸣:speaker', '林二平:speaker', '吴三立:speaker', '蔡四海:speaker']);
  });

  it('gives no role for what a person told a reporter (在接受记者采访时表示)', () => {
    expect(roles('某集团有限公司总经理温一丽在接受记者采访时表示，本届展会规模创历史新高。')).toEqual([]);
    expect(roles('某公司董事长韦二穗会后接受采访时说，项目将带动就业。')).toEqual([]);
  });

  it('makes guests of a list seated on the rostrum, names with no post among them', () => {
    expect(roles('市领导吴建波、刘小红，市法院院长张立平等在主席台就座')).toEqual([
      '吴建波:guest',
      '刘小红:guest',
      '张立平:guest',
    ]);
  });

  it('makes speakers of those whose report is heard (听取…汇报), as blind5, blind7 and blind8 have it', () => {
    expect(roles('听取县发改局局长马云飞、县财政局局长郑晓丽关于项目资金的汇报')).toEqual([
      '马云飞:speaker',
      '郑晓丽:speaker',
    ]);
    expect(roles('区委书记周海汇报了全区工作情况')).toEqual(['周海:speaker']);
  });
});

describe('clauseRoles', () => {
  it('carries a verb back over a semicolon to the list the clause before ends with', () => {
    const sentences = splitSentences(
      '某省农业农村厅副厅长赵一鸣，二级巡视员钱晓；某市副市长孙立平，市商务局局长李红梅出席签约仪式。',
    );
    const facts = clauseRoles(
      sentences,
      sentences.map((s) => sentencePeople(s.text).mentions),
    ).map((r) => `${r.mention.name}:${r.role}`);
    expect(facts).toEqual(['赵一鸣:guest', '钱晓:guest', '孙立平:guest', '李红梅:guest']);
  });
  it('makes speakers of the guests a label lists under a panel (圆桌对话 / 由…主持 / 嘉宾：…)', () => {
    const sentences = splitSentences(
      '圆桌对话环节\n由某协会会长王一主持\n嘉宾：某公司总经理张二、某大学教授李三',
    );
    const facts = clauseRoles(
      sentences,
      sentences.map((s) => sentencePeople(s.text).mentions),
    ).map((r) => `${r.mention.name}:${r.role}`);
    expect(facts).toEqual(['王一:host', '张二:speaker', '李三:speaker']);
  });
  it('reads past a name taken for a reporter (科技工作者代表 read as a byline) to the verb after it', () => {
    const sentences = splitSentences(
      '某市科协主席王一，某市政协副主席张二，以及省、市科技工作者代表400余人参加开幕式。',
    );
    const facts = clauseRoles(
      sentences,
      sentences.map((s) => sentencePeople(s.text).mentions),
    ).map((r) => `${r.mention.name}:${r.role}`);
    expect(facts).toEqual(['王一:guest', '张二:guest']);
  });
  it('carries nothing into a clause that ends with its own words', () => {
    const sentences = splitSentences('某市市长赵一鸣主持会议；副市长孙立平出席。');
    const facts = clauseRoles(
      sentences,
      sentences.map((s) => sentencePeople(s.text).mentions),
    ).map((r) => `${r.mention.name}:${r.role}`);
    expect(facts).toEqual(['赵一鸣:host', '孙立平:guest']);
  });
});

describe('topicIn', () => {
  it('reads the quoted title of a talk', () => {
    expect(topicIn('作了主旨演讲——《发展优质企业》。')).toBe('发展优质企业');
    expect(topicIn('在“数字化转型之路”主旨发言中表示')).toBe('数字化转型之路');
    expect(topicIn('在“实施三大工程”为主旨的演讲中表示')).toBe('实施三大工程');
    expect(topicIn('作题为《新质生产力》的报告')).toBe('新质生产力');
  });
  it('ignores quoted documents that are only explained', () => {
    expect(topicIn('对《某某管理办法》进行了详细解读')).toBeNull();
  });
});

describe('sentenceRoles', () => {
  it('gives each person the verb after their name', () => {
    expect(roles('图为某某协会秘书长王小明主持会议')).toEqual(['王小明:host']);
    expect(roles('某某局局长张大伟、某某公司董事长李强出席会议。')).toEqual(['张大伟:guest', '李强:guest']);
    expect(roles('出席会议的领导有某某部副部长赵一鸣、某某厅厅长钱程。')).toEqual([
      '赵一鸣:guest',
      '钱程:guest',
    ]);
  });
  it('attaches the topic to the speaker', () => {
    expect(roles('某某大学教授周文作了主旨演讲——《数字经济》。')).toEqual(['周文:speaker:数字经济']);
  });
});

describe('topicIn, more forms', () => {
  it('reads 作《…》的主题报告 and 以“…”为题', () => {
    expect(topicIn('作《新型工业化的路径》的主题报告')).toBe('新型工业化的路径');
    expect(topicIn('以“数据要素”为题作分享')).toBe('数据要素');
  });
});

describe('rolesIn with words that speak only outside hosting', () => {
  it('reads 要求 as speaking, but not next to 主持', () => {
    expect(rolesIn('要求，县直有关部门要主动对接')).toEqual(['speaker']);
    expect(rolesIn('在主持时要求，各地各部门要认真学习')).toEqual(['host']);
  });
  it('reads signing and witnessing as taking part', () => {
    expect(rolesIn('代表双方签署战略合作协议')).toEqual(['guest']);
  });
});

describe('rolesIn with gatherings named after a speaker word', () => {
  it('reads 主持发布会 as hosting and 出席报告会 as attending', () => {
    expect(rolesIn('主持新闻发布会')).toEqual(['host']);
    expect(rolesIn('主持专题推介会')).toEqual(['host']);
    expect(rolesIn('出席成果报告会')).toEqual(['guest']);
    expect(rolesIn('参加项目交流会')).toEqual(['guest']);
    // The gathering's name does not hide a verb said there.
    expect(rolesIn('在说明会上介绍了规划')).toEqual(['speaker']);
  });
});

describe('sentenceRoles through a group label', () => {
  it('shares the verb past 某市领导 and 以及区领导 in a list', () => {
    expect(
      roles(
        '江北省文化厅副厅长钱海宁，南州市科技局局长孙晓光，南州市领导周文斌、吴月明，以及区领导郑志刚等参加活动。',
      ),
    ).toEqual(['钱海宁:guest', '孙晓光:guest', '周文斌:guest', '吴月明:guest', '郑志刚:guest']);
  });
  it('shares the verb past 以及特邀代表、 and a group of representatives', () => {
    expect(
      roles('南州市政协委员、南州大学教授钱海宁，以及特邀代表、南州港务集团董事长孙晓光先后发言。'),
    ).toEqual(['钱海宁:speaker', '孙晓光:speaker']);
  });
  it('does not join a person to a leader they report to', () => {
    expect(roles('南州市科技局局长孙晓光向市领导周文斌汇报，周文斌出席。')).not.toContain('孙晓光:guest');
  });
});

describe('rolesIn with plain speech', () => {
  it('reads 说 as speaking, like 表示', () => {
    expect(rolesIn('说，园区今年将新增三条产线')).toEqual(['speaker']);
    expect(roles('南州机械有限公司董事长孙晓光说，订单已排到年底。')).toEqual(['孙晓光:speaker']);
    // A guest who later speaks is a speaker only.
    expect(rolesIn('出席仪式，并在会上说')).toEqual(['speaker']);
  });
});

describe('rolesIn with ceremonial acts', () => {
  it('reads unveiling, presenting awards and launching as taking part', () => {
    expect(rolesIn('共同为研究院揭牌')).toEqual(['guest']);
    expect(rolesIn('为获奖团队颁奖')).toEqual(['guest']);
    expect(rolesIn('向合作单位授牌')).toEqual(['guest']);
    expect(rolesIn('等共同启动数据平台')).toEqual(['guest']);
    // Speaking at the ceremony still makes a speaker.
    expect(rolesIn('为基地揭牌并致辞')).toEqual(['speaker']);
  });
});

describe('sentenceRoles under a line label', () => {
  it('gives the part a label names to the persons after it', () => {
    expect(roles('主持人：南州市科技局局长孙晓光')).toEqual(['孙晓光:host']);
    expect(roles('对话嘉宾：南州港务集团有限公司副总裁钱海宁')).toEqual(['钱海宁:speaker']);
  });
  it('reads no part from a verb before a colon', () => {
    expect(roles('会议宣布：南州市科技局局长孙晓光任南州港务集团董事长。')).toEqual([]);
  });
});

describe('sentenceRoles with titles after names and talks with a visitor', () => {
  it('shares a list verb across a title written after each name (王一院士、张二局长先后发言)', () => {
    const s = '王一院士、张二局长先后发言。';
    const ms = sentencePeople(s).mentions;
    expect(sentenceRoles(s, ms).map((r) => `${r.mention.name}:${r.role}`)).toEqual([
      '王一:speaker',
      '张二:speaker',
    ]);
  });
  it('gives no role to those a visitor talks with (与…交流), but keeps signing with (与…签约)', () => {
    expect(roles('他与某公司总经理王一深入交流。')).toEqual([]);
    expect(roles('某集团董事长张二与某公司总经理王一签约。')).toEqual(['张二:guest', '王一:guest']);
  });
});

describe('hosts of a panel', () => {
  it('reads 主持圆桌对话 and 主持讨论 as hosting only, 主持会议并讲话 as hosting and speaking', () => {
    expect(rolesIn('主持圆桌对话')).toEqual(['host']);
    expect(rolesIn('主持了“某产业”圆桌讨论')).toEqual(['host']);
    expect(rolesIn('主持会议并讲话')).toEqual(['host', 'speaker']);
  });
  it('gives a label that opens the next names to them, not to the host before it (主持人：甲对话嘉宾：乙)', () => {
    expect(roles('圆桌对话主持人：某协会副主任王一对话嘉宾：某公司副总裁张二，某大学教授李三')).toEqual([
      '王一:host',
      '张二:speaker',
      '李三:speaker',
    ]);
  });
});

describe('rolesIn with accounts given on stage', () => {
  it('reads 回顾, 讲述, 分析, 探讨, 反映 and 谈了 as speaking, 到场祝贺 as attending, 出席分析会 as attending', () => {
    expect(rolesIn('回顾了上一届理事会的工作')).toEqual(['speaker']);
    expect(rolesIn('讲述了创业的故事')).toEqual(['speaker']);
    expect(rolesIn('作行业运行分析')).toEqual(['speaker']);
    expect(rolesIn('与企业代表共同探讨了发展路径')).toEqual(['speaker']);
    expect(rolesIn('向调研组反映了融资难问题')).toEqual(['speaker']);
    expect(rolesIn('等分别就支持某市发展谈了意见')).toEqual(['speaker']);
    expect(rolesIn('等到场祝贺')).toEqual(['guest']);
    expect(rolesIn('出席经济运行分析会')).toEqual(['guest']);
  });
});

describe('sentenceRoles past what a person is', () => {
  it('shares a list verb past 以及茶企代表 and 以及来自某国的律师', () => {
    expect(roles('某局局长王一、某区区长张二，以及茶企代表李三参与讨论。')).toContain('张二:speaker');
    expect(roles('某所合伙人王一、某会部长张二以及来自某国的律师马可·某某进行交流。')).toEqual([
      '王一:speaker',
      '张二:speaker',
      '马可·某某:speaker',
    ]);
  });
});
