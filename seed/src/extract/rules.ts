import type { Span } from './spans';

/**
 * Stage 2: the grammar over span sequences, one line per shape. A shape is a pattern over the span codes
 * of spans.ts (O org, T title, N name, S 、, C 和/及/与, P ，, J 兼, L （, R ）, E 当选, W 为, A 聘任/选举,
 * D 免去/辞去, G 的 after a name, H 先生/女士 after a name, F 职务 after a title, B 记者, K 他/她, X other text, . end of clause) with macros (MACROS below): `<CHAIN>` a run of bodies and titles
 * ending with a title (某省工信厅党组成员、副厅长), `<NAMES>` names sharing what the shape gives them
 * (朱一、冯二、王三 — only 、 shares a post: 主任甲与乙 does not). Named groups say what each part is:
 *
 * - `names`: the persons (every N inside);
 * - `post`: titles written before the names, read as one descriptor (organization, sub-units, title);
 * - `org` + `after`: a body before the names and titles after them (市发改委王伟主任); `after` beside `post`
 *   only holds a title written after the name (某医院主任甲教授), so that no later line reads it;
 * - `paren`: titles in parentheses after a name, with commas between posts.
 *
 * At each span, the first line (in table order) whose shape matches there and whose title spans no
 * earlier line used wins; names may collect posts from several lines (局长甲当选会长). `confidence` is the
 * base confidence of every fact the line gives; `example` and `expect` are its unit test (rules.test.ts).
 */
export interface GrammarRule {
  readonly id: string;
  readonly shape: string;
  readonly confidence: number;
  /** A descriptor naming no body takes the body of the person before it in the list (会长甲，副会长乙). */
  readonly inherit?: boolean;
  /** Inherit only a body ending so (a council's officers: 人大常委会, 政协, 协会), not any employer. */
  readonly inheritEndings?: readonly string[];
  /** Posts naming no body are the event organizer's (当选会长, 聘任某某为首席专家). */
  readonly ofOrganizer?: boolean;
  /** The posts end here (免去甲的某市副市长职务): they are former posts. */
  readonly former?: boolean;
  /** The posts after 当选/为 begin here (选举甲为会长, 任命乙为局长): their start is the sentence's date. */
  readonly starts?: boolean;
  /** Only names found this way (习近平总书记: a name jieba knows before a title). */
  readonly via?: NonNullable<Span['via']>;
  readonly example: string;
  /** `name:title@organization` per post, `name:` for a person with no post; `-` for no organization. */
  readonly expect: readonly string[];
}

/** Bodies whose officers are listed after their head across a clause (主任甲主持，副主任乙、丙出席; 某医院党委书记甲主持，院长乙介绍). */
const OFFICER_BODIES = [
  '人大常委会',
  '人民代表大会常务委员会',
  '政协',
  '政治协商会议',
  '协会',
  '商会',
  '学会',
  '联合会',
  '医院',
];

export const GRAMMAR: readonly GrammarRule[] = [
  {
    id: 'byline',
    shape: 'B(?<names>N(?:[SC]?N){0,20})',
    confidence: 0.9,
    example: '新华社北京3月15日电（记者周子墨、林晓）',
    // The outlet is the article's (outlet.ts); a sentence alone names none.
    expect: ['周子墨:记者@-', '林晓:记者@-'],
  },
  {
    id: 'name-paren-posts',
    shape: '(?<names>N)H?L(?<paren><CHAIN>(?:P<CHAIN>){0,4})R',
    confidence: 0.9,
    example: '出席会议的嘉宾有：王一平（某某部原副部长）、黄二河（某某研究院院长，某大学教授）。',
    expect: ['王一平:原副部长@某某部', '黄二河:院长@某某研究院', '黄二河:教授@某大学'],
  },
  {
    id: 'comma-joined-titles',
    shape: '(?<post>O<RUN>TPT<TITLES>)(?<names><NAMES>)',
    confidence: 0.85,
    example: '某省能源局党组成员，副局长邝一出席',
    expect: ['邝一:党组成员@某省能源局', '邝一:副局长@某省能源局'],
  },
  {
    // The posts of one person in two groups, a comma between them, the name after the last (某厅副厅长，某协会
    // 理事长甲): the first group names no one, so it is not the end of another person's descriptor. It opens
    // with one body and its title: 某处、某院、某学院负责人，… lists the heads of several bodies, not one person.
    // A third group may sit between them (某局副局长，某馆副馆长，某学会理事长甲: blind22-08).
    id: 'comma-joined-posts',
    shape:
      '(?<=^|[^S])(?<post>O[OJ]{0,4}T(?:[OTSJ]{0,12}PO[OJ]{0,4}T)?[OTSJ]{0,12}PO<RUN>T)(?<names><NAMES>)',
    confidence: 0.85,
    example: '某省商务厅党组成员、副厅长，省物流协会会长乔一鸣出席',
    expect: ['乔一鸣:党组成员@某省商务厅', '乔一鸣:副厅长@某省商务厅', '乔一鸣:会长@省物流协会'],
  },
  {
    // A title written after the name (院长甲教授、某公司总经理乙) is the name's — not the start of the next
    // person's descriptor (a name right after it, 主任甲副主任乙, makes it the next one's). The golds split on
    // writing it as a post, so `after` only holds it — except an academic rank after a unit's post, a post at
    // the institution (rounds 6, 9, 12, 13, 15–17 write it; 10, 11 not: `rankAfterUnitPost` in people.ts).
    id: 'listed-title-name-rank',
    shape: '(?<=N[SP])(?<post>O<RUN>T)(?<names>N)(?<after>T)(?![NTJ])',
    confidence: 0.8,
    inherit: true,
    example: '某大学副校长刘一，某医院心内科主任王二教授、某研究院院长周三出席',
    expect: ['刘一:副校长@某大学', '王二:心内科主任@某医院', '周三:院长@某研究院'],
  },
  {
    id: 'org-title-name-rank',
    shape: '(?<post>O<RUN>T)(?<names>N)(?<after>T)(?![NTJ])',
    confidence: 0.9,
    example: '某大学化学学院院长钱一教授、某集团有限公司总经理孙二出席',
    expect: ['钱一:化学学院院长@某大学', '钱一:教授@某大学', '孙二:总经理@某集团有限公司'],
  },
  {
    id: 'listed-unit-title-name',
    shape: '(?<=N[SP])(?<post>O<RUN>T)(?<names><NAMES>)',
    confidence: 0.8,
    inherit: true,
    example: '某某集团有限公司总经理苏一、技术中心主任许二等参加',
    expect: ['苏一:总经理@某某集团有限公司', '许二:技术中心主任@某某集团有限公司'],
  },
  {
    id: 'org-title-name',
    shape: '(?<post>O<RUN>T)(?<names><NAMES>)',
    confidence: 0.95,
    example: '某省工业和信息化厅党组成员、副厅长安文杰在致辞中表示',
    expect: ['安文杰:党组成员@某省工业和信息化厅', '安文杰:副厅长@某省工业和信息化厅'],
  },
  {
    // 市政协副主席、民建市委会主委（麦嘉文）出席: the holder in parentheses after the posts.
    id: 'org-title-paren-name',
    shape: '(?<post>O<RUN>T)L(?<names>N)R',
    confidence: 0.9,
    example: '广州市政协副主席、民建广州市委会主委（麦嘉文）出席并讲话',
    expect: ['麦嘉文:副主席@广州市政协', '麦嘉文:主委@民建广州市委会'],
  },
  {
    // 商务部副部长兼国际贸易谈判副代表某某, 某公司副总裁、云南代表处代表某某: a last post no lexicon knows as a title
    // still leaves the person the posts written before it (blind7-06, blind15-24 lost them all).
    id: 'org-title-unknown-name',
    shape: '(?<post>O<RUN>T)[SJ]X(?<names>N)',
    confidence: 0.8,
    example: '某部副部长兼某某谈判副代表王一明出席并致辞',
    expect: ['王一明:副部长@某部'],
  },
  {
    id: 'listed-title-name',
    shape: '(?<=N[SPC])(?<post>T<TITLES>)(?<names><NAMES>)',
    confidence: 0.8,
    inherit: true,
    example: '某省政协副主席李一、秘书长陈二出席',
    expect: ['李一:副主席@某省政协', '陈二:秘书长@某省政协'],
  },
  {
    id: 'clause-listed-title-name',
    shape: '(?<=O[OTSJ]{0,16}TNXP)(?<post>T<TITLES>)(?<names><NAMES>)',
    confidence: 0.75,
    inherit: true,
    inheritEndings: OFFICER_BODIES,
    example: '会议由市人大常委会主任廖文忠主持，副主任赵嘉宁、覃新民出席。',
    expect: ['廖文忠:主任@市人大常委会', '赵嘉宁:副主任@市人大常委会', '覃新民:副主任@市人大常委会'],
  },
  {
    id: 'title-name',
    shape: '(?<post>T<TITLES>)(?<names><NAMES>)',
    confidence: 0.85,
    example: '副省长刘一、王二出席',
    expect: ['刘一:副省长@省人民政府', '王二:副省长@省人民政府'],
  },
  {
    id: 'chain-title-name',
    shape: '(?<post>T(?:[SJ]?O?T){1,8})(?<names><NAMES>)',
    confidence: 0.85,
    example: '副市长、某市公安局局长邹一鸣列席会议',
    expect: ['邹一鸣:副市长@市人民政府', '邹一鸣:局长@某市公安局'],
  },
  {
    id: 'org-name-title',
    shape: '(?<org>O)(?<names>N)(?<after>T(?:J?T){0,3})',
    confidence: 0.85,
    example: '市发改委王某某主任、县政协李某副主席出席',
    expect: ['王某某:主任@市发改委', '李某:副主席@县政协'],
  },
  {
    id: 'authority-name-title',
    shape: '(?<names>N)(?<after>T)',
    confidence: 0.7,
    via: 'post-name',
    example: '深入贯彻习近平总书记重要讲话精神',
    expect: ['习近平:总书记@-'],
  },
  {
    id: 'names-elected',
    starts: true,
    shape: '(?<names>N(?:H?(?:[SC]|[SCP]?O?<RUN>T)N){0,20})H?E(?<post><CHAIN>)',
    confidence: 0.85,
    ofOrganizer: true,
    example: '甲公司总经理钱一、乙公司董事长沈二当选副理事长。',
    expect: ['钱一:总经理@甲公司', '钱一:副理事长@-', '沈二:董事长@乙公司', '沈二:副理事长@-'],
  },
  {
    // 甲作工作报告，并被聘为名誉会长: 当选/被聘为 opening a later clause gives its post to the clause's subject,
    // the last name before the comma (blind5, blind7, blind18).
    id: 'clause-elected',
    starts: true,
    shape: '(?<=(?<names>N)[^NP.]{0,8}P[XO]?)E(?<post><CHAIN>)',
    confidence: 0.75,
    ofOrganizer: true,
    example: '某某商会会长钟立群作工作报告，并被聘为名誉会长。',
    expect: ['钟立群:会长@某某商会', '钟立群:名誉会长@-'],
  },
  {
    id: 'appointed-as',
    starts: true,
    shape: 'A(?:O<RUN>T)?(?<names><NAMES>)W(?<post><CHAIN>)',
    confidence: 0.85,
    ofOrganizer: true,
    example: '大会选举某某集团有限公司董事长王一为会长，李二、赵三为副会长。',
    expect: ['王一:董事长@某某集团有限公司', '王一:会长@-', '李二:副会长@-', '赵三:副会长@-'],
  },
  {
    // 选举甲单位院长周一，乙单位院长吴二为副会长: after 选举 every name of a comma-separated list, each with
    // its own posts, shares the post after 为 (blind14-19).
    id: 'appointed-listed-as',
    starts: true,
    shape: 'A(?<names>(?:O<RUN>T)?NH?(?:[SP](?:<RUN>T)?NH?){1,20})W(?<post><CHAIN>)',
    confidence: 0.75,
    ofOrganizer: true,
    example: '理事会选举某某大学附属医院院长周一鸣，某某肿瘤医院院长、党委副书记吴二河，郑三为副会长。',
    expect: [
      '周一鸣:院长@某某大学附属医院',
      '周一鸣:副会长@-',
      '吴二河:院长@某某肿瘤医院',
      '吴二河:党委副书记@某某肿瘤医院',
      '吴二河:副会长@-',
      '郑三:副会长@-',
    ],
  },
  {
    id: 'names-as',
    starts: true,
    shape: '(?<names><NAMES>)W(?<post><CHAIN>)',
    confidence: 0.75,
    ofOrganizer: true,
    example: '聘任刘一为首席专家，孙二为秘书长。',
    expect: ['刘一:首席专家@-', '孙二:秘书长@-'],
  },
  {
    id: 'listed-names-as',
    starts: true,
    shape: '(?<names>N(?:H?[SCP]?O?<RUN>TN){1,20})H?W(?<post><CHAIN>)',
    confidence: 0.75,
    ofOrganizer: true,
    // A comma may list them too (甲公司董事长甲，乙公司总经理乙为副会长), as before 当选.
    example: '甲公司总经理朱一、乙公司总裁黄二为副会长。',
    expect: ['朱一:总经理@甲公司', '朱一:副会长@-', '黄二:总裁@乙公司', '黄二:副会长@-'],
  },
  {
    id: 'dismissed',
    shape: 'D(?<names><NAMES>)[GXW]?(?<post><CHAIN>)F?',
    confidence: 0.8,
    former: true,
    example: '免去王一的某市人民政府副市长职务。',
    expect: ['王一:原副市长@某市人民政府'],
  },
  {
    id: 'resigned',
    shape: '(?<names>N)H?D(?<post><CHAIN>)F',
    confidence: 0.8,
    former: true,
    example: '会议同意接受赵一鸣辞去某市财政局局长职务。',
    expect: ['赵一鸣:原局长@某市财政局'],
  },
  {
    id: 'resigned-for',
    shape: '(?<names>N)H?XD(?<post><CHAIN>)F',
    confidence: 0.7,
    former: true,
    example: '钟立华先生因个人原因申请辞去某某科技股份有限公司副总经理职务。',
    expect: ['钟立华:原副总经理@某某科技股份有限公司'],
  },
  {
    id: 'dismissed-listed',
    shape: '(?<names>N)H?G(?<post><CHAIN>)F',
    confidence: 0.7,
    former: true,
    example: '钱立伟的某市审计局副局长职务，另有任用。',
    expect: ['钱立伟:原副局长@某市审计局'],
  },
  {
    id: 'resume-current',
    shape: '(?<names>N)H?(?:P[XO]){0,8}(?:PQ<CHAIN>(?:P[XO]){0,3})?PM(?<post><CHAIN>)',
    confidence: 0.85,
    example: '韩一，男，1976年8月生，研究生，现任某市委常委、组织部部长，拟提名为市长人选。',
    expect: ['韩一:常委@某市委', '韩一:组织部部长@某市委'],
  },
  {
    id: 'resume-formerly',
    shape: '(?<names>N)H?(?:P[XO]){0,8}PQ(?<post><CHAIN>)',
    confidence: 0.75,
    former: true,
    example: '王二，男，1985年生，本科学历，曾任某某精密机械有限公司生产总监。',
    expect: ['王二:原生产总监@某某精密机械有限公司'],
  },
  {
    // A résumé's later clauses (…，2016年加入公司，现任公司某部总经理。): the posts are the person's who opens
    // it, as long as no other name comes between.
    id: 'resume-later-formerly',
    shape: '(?<=^(?<names>N)H?P[^N]*[P.])Q(?<post><CHAIN>)',
    confidence: 0.7,
    former: true,
    example: '刘三，女，1985年出生，本科学历。2012年加入公司，历任公司证券部经理、财务部副经理。',
    expect: ['刘三:原证券部经理@公司', '刘三:原财务部副经理@公司'],
  },
  {
    id: 'resume-later-current',
    shape: '(?<=^(?<names>N)H?P[^N]*[P.])M(?<post><CHAIN>)',
    confidence: 0.8,
    example: '王四，男，1978年出生，高级工程师。曾任某某机械有限公司生产总监，现任公司营销中心总监。',
    expect: ['王四:原生产总监@某某机械有限公司', '王四:营销中心总监@公司'],
  },
  {
    id: 'names-formerly',
    shape: '(?<names><NAMES>)H?Q(?<post><CHAIN>)',
    confidence: 0.75,
    former: true,
    example: '谷建勋此前任青岛港集团有限公司党委书记、董事长。',
    expect: ['谷建勋:原党委书记@青岛港集团有限公司', '谷建勋:原董事长@青岛港集团有限公司'],
  },
  {
    id: 'names-current',
    shape: '(?<names><NAMES>)H?M(?<post><CHAIN>)',
    confidence: 0.85,
    ofOrganizer: true,
    example: '李四继续担任某某行业协会会长，王五留任秘书长，钱七续任监事长。',
    expect: ['李四:会长@某某行业协会', '王五:秘书长@-', '钱七:监事长@-'],
  },
  {
    // 常务副会长： / 某公司总经理 某某: the label's post is the officer's too, besides the posts written with the name;
    // so it is every officer's of a list with 、 (副会长：甲公司总经理某某、乙公司董事长某某: blind14, blind8).
    id: 'title-colon-officer',
    shape:
      '(?<post>T)\\.(?=(?<names>(?:O[OTSJ]{0,16})?T(?:[SJ]?O?T){0,8}NH?(?:S(?:O[OTSJ]{0,16})?T(?:[SJ]?O?T){0,8}NH?){0,30}))',
    confidence: 0.8,
    ofOrganizer: true,
    example: '常务副会长：某某科技股份有限公司总经理钱立',
    expect: ['钱立:常务副会长@-', '钱立:总经理@某某科技股份有限公司'],
  },
  {
    id: 'title-colon-names',
    shape: '(?<post>T)\\.(?<names>NH?(?:L[OTSJP]{1,12}R)?(?:SNH?(?:L[OTSJP]{1,12}R)?){0,30})',
    confidence: 0.8,
    example: '非独立董事：顾一（董事长）、谢二、罗三',
    expect: ['顾一:非独立董事@公司', '顾一:董事长@公司', '谢二:非独立董事@公司', '罗三:非独立董事@公司'],
  },
  {
    id: 'listed-names',
    shape: '(?<names>NH?(?:[SC]NH?){1,30})',
    confidence: 0.6,
    via: 'list',
    example: '张一、李二先后作主旨演讲。',
    expect: ['张一:', '李二:'],
  },
];

/** The macros of the shapes, as patterns over span codes. */
export const MACROS: Readonly<Record<string, string>> = {
  /** Bodies, titles and separators inside one descriptor (bounded, so a pathological line stays linear). */
  RUN: '[OTSJ]{0,16}',
  /** More titles after a first one, joined by 、/兼 or written together (党组书记、厅长). */
  TITLES: '(?:[SJ]?T){0,8}',
  CHAIN: '(?:O[OTSJ]{0,16})?T(?:[SJ]?O?T){0,8}',
  NAMES: 'NH?(?:SNH?(?!T)){0,30}',
};
