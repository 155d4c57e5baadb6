import { describesSeveral, opensWithWord, withoutOtherName } from './org-edges';
import { LEXICON } from './lexicon';
import {
  isPartyCommittee,
  kindOf,
  KNOWN_SURFACES,
  knownOrganization,
  looksLikeOrganization,
  splitTopOrganization,
  suffixOf,
} from './organizations';
import { companyUnitOf } from './company-units';
import { opensWithProperWord, wordsOf } from './names';
import { ministryListCommas } from './foreign-bodies';
import { countryAt, isCountry, leadingPlaces, opensWithSeat, provinceByShort } from './places';
import {
  baseTitle,
  isDescription,
  isAssociationChair,
  isAssociationTitle,
  isCompanyTitle,
  isLocalHead,
  isPartyTitle,
  titleEndingAt,
} from './titles';

/** The level a local head's title names: 省长 → 省, 区长 → 区. */
const LOCAL_LEVEL: Readonly<Record<string, string>> = {
  省: '省',
  市: '市',
  区: '区',
  县: '县',
  州: '州',
  镇: '镇',
  乡: '乡',
  旗: '旗',
};

/** One post read from the words before a name: 党组成员 @ 某省工业和信息化厅. */
export interface ParsedPost {
  readonly title: string;
  readonly organization: string | null;
  readonly former: boolean;
  /** 当选会长: the organization is the event's organizer, which only the whole article knows. */
  readonly ofOrganizer?: boolean;
  /** The words folded into the title that may name an organization by a short form (绿材协秘书长). */
  readonly qualifier?: string;
  /**
   * The previous person's body in a list, where this one's titles open with words that may be a short form
   * (马骁，陇原能投党委书记苏志远): the body when the short form names none.
   */
  readonly listBody?: string;
  /** The base confidence of the grammar line that gave the post (rules.ts). */
  readonly confidence?: number;
  /** The grammar line that gave the post (rules.ts `id`): how it was read, for its calibrated confidence. */
  readonly rule?: string;
  /**
   * The company's own words before its unit (恒瑞医药 of 恒瑞医药生物制剂事业部生产副总经理): its body when the
   * qualifier resolves to no body of the article and reads as no brand by its ending.
   */
  readonly brand?: string;
  /** The body was taken from the person before in the list (会长甲，副会长乙), not written for this post. */
  readonly inherited?: boolean;
  /** The body was written out from a declared short form (产业司 → 农业农村部乡村产业发展司). */
  readonly expanded?: boolean;
  /**
   * 副厅长兼省种子站站长: a post joined by 兼 at another body than the one the chain wrote before it — a concurrent post,
   * not the body the next person in a list shares (…，一级巡视员乙 is the 厅's).
   */
  readonly concurrent?: boolean;
  /** The sentence begins the post (任命, 当选 …) or ends it (免去, 辞去 …): rules.ts `starts` / `former`. */
  readonly change?: 'start' | 'end';
}

const LEVEL_ALONE = /^(镇|乡|街道|州)$/;
const PLACE_ONLY = /^[\u3400-\u9fff]{2,8}?(省|市|区|县|自治州|州|旗|镇|乡|街道)$/;
/** 党委书记 after a town or street: the title of the place's Party committee (城关镇党委 + 书记). */
/** 县委办, 区委办公室: a Party committee's office, named by the committee's level alone. */
const COMMITTEE_OFFICE = /^[省市区县州旗盟]委办(?:公室)?$/;
const COMMITTEE_TITLE = /^(党工委|党委)(.+)$/;
/** 第八师: a division of the Xinjiang Production and Construction Corps, a place level with its own Party committee. */
const CORPS_DIVISION = /^第[一二三四五六七八九十]{1,3}师$/;
/**
 * 大连高新技术产业园区, 中国（某某）自由贸易试验区某某片区: a development zone, whose name may be longer than a
 * place's (PLACE_ONLY); its 党工委书记 is the zone's Party body's 书记 as a town's 党委书记 is.
 */
const ZONE_PLACE = new RegExp(`^[\\u3400-\\u9fff（）]{2,18}?(?:${LEXICON.orgs.zoneEndings.join('|')})$`);
/** Bodies named by type alone after a Party committee (…党工委书记、管委会主任): the same place's. */
const PAIRED_BODIES = LEXICON.orgs.pairedBodies;
/** 局, 厅, 院: the last character of a body's name, standing for the body. */
const BODY_CHARACTERS = '[局院厅委部署行会]';
/** 驻局纪检组, 驻院纪检监察组: a group stationed at the body its one character names. */
const STATIONED_HERE = new RegExp(`^驻${BODY_CHARACTERS}`);
/** 厅党组成员 after 某省某厅: the body's last character alone before a title is the body. */
const BODY_CHARACTER = new RegExp(`^${BODY_CHARACTERS}$`);
/** A date that opens a clause (2026年10月18日, 10月18日晚, 18日上午): no body's or title's words. */
export const DATE_OPENING = /^(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日(?:上午|下午|晚上|晚间|晚|当天)?/;
/** Words joining a descriptor to the one before it, longest first. */
const JOINING = ['以及', '和', '与', '及', '并'];
const LEAD_CUT = LEXICON.leadIns.filter((w) => w.length >= 2);
const LEAD_START = LEXICON.leadIns.filter((w) => w.length === 1);
/**
 * 现任某市委常委, 曾任某局局长: the verbs that open a résumé's posts open no body's name either. Only where
 * they open the titles (after 、, 现任高级顾问, the span reader keeps them with the title).
 */
const RESUME_OPENERS = [...LEXICON.spans.current, ...LEXICON.spans.formerly];
export function withoutResumeOpener(desc: string): string {
  const w = RESUME_OPENERS.find((o) => desc.startsWith(o) && desc.length > o.length + 2);
  return w ? desc.slice(w.length) : desc;
}
const FORMER = LEXICON.titles.former;

/**
 * 原阳县委书记, 原平市人民政府: a place whose name opens with 原 (or 前) — jieba reads one known word there (原阳/n),
 * not the mark alone — is no former post.
 */
function opensPlaceName(prefix: string, mark: string): boolean {
  const [head] = wordsOf(prefix);
  return (
    head !== undefined && head.word.length > mark.length && head.word.startsWith(mark) && head.tag !== 'x'
  );
}
const ACADEMIC_RANKS = LEXICON.titles.academicRanks;
/**
 * 某学院院长、教授, 某医院某科主任、博士生导师: a rank after a unit's post is the institution's, not the unit's
 * (18 of 23 gold posts, blind7–15). An institute's 研究员 (某研究院某研究所所长、研究员) stays in the institute: the
 * golds split 1–1 there, so the earlier reading stays.
 */
function rankOutsideUnit(title: string, path: string): boolean {
  return ACADEMIC_RANKS.includes(title) && !(path.endsWith('研究所') && title.endsWith('研究员'));
}
/** 市监察委员会 opens with its level: the article's city, a body of its own rather than a unit. */
const NATIONAL_OR_PLACE =
  /^(中国|国家|全国|[\u3400-\u9fff]{2,3}(省|市|区|县)|(省|市(?!场)|区(?!域)|县(?!域))[\u3400-\u9fff]{2})/;
const { unitEndings, committeeUnits, businessUnits, impliedBodies, shortEndings } = LEXICON.orgs;
/**
 * 软件学院 or 财经委员会 after another body, with no place of its own: a unit of that body. Written for the next
 * person of a list (`fromList`), only a short one is (某集团总经理甲、技术中心主任乙; 某商会会长甲，青年委员会主任乙);
 * a committee named at length there (青海省政府副秘书长甲，黄河水利委员会科技委副主任乙) is a body of its own.
 */
function isUnitName(org: string, fromList = false): boolean {
  // 教育部某某教学指导委员会 after another person's university: a well-known body's own, not that university's.
  if (KNOWN_SURFACES.some((k) => org.length > k.length && org.startsWith(k))) return false;
  if (
    (!fromList || org.length <= 6) &&
    [...committeeUnits, ...businessUnits].some((u) => org.endsWith(u) && org.length > u.length)
  )
    return true;
  if (org.length <= 4 && unitEndings.some((u) => org.endsWith(u))) return true;
  // 青年工作委员会: a committee named by a word of two characters is a unit too.
  const committee = committeeUnits.find((u) => org.endsWith(u));
  return committee !== undefined && org.length - committee.length === 2;
}
/**
 * 某市人大常委会副主任、某化学工业区管理委员会主任: a zone's administrative committee is a body of its own after
 * any body but a company or an association (华为技术有限公司常务董事、某业务管理委员会主任 keeps its unit,
 * blind6, 8 and 16).
 */
function zoneCommittee(org: string, inherited: string): boolean {
  return /管理委员会$/.test(org) && org.length >= 7 && !holdsDepartments(inherited);
}
/**
 * An office with a name of six characters or more (某某建设管理办公室), after a body that is no company or
 * association (中国工业经济联合会党委委员、制造业单项冠军工作办公室主任 keeps its unit: the seed's gold).
 */
function longOffice(org: string, inherited: string): boolean {
  return /^[㐀-鿿]{6,}办公室$/.test(org) && !holdsDepartments(inherited);
}
/**
 * 西门子（中国）有限公司执行副总裁、数字化工业集团总经理: after the same person's company, a 集团 named by common
 * words alone (no place, brand or legal ending of its own) is the company's business group, a unit in the title
 * (blind6, 8 and 19's golds); 复星集团, 长江某某集团 open with a name and stay bodies.
 */
function businessGroup(prefix: string): boolean {
  return (
    /^[㐀-鿿]{3,8}集团$/.test(prefix) &&
    !ownsPlace(prefix) &&
    // 海南港航副总经理兼海口港集团董事长: a group named after a city is a body of its own.
    !opensWithSeat(prefix) &&
    countryAt(prefix) === null &&
    !opensWithProperWord(prefix)
  );
}
/** A brand's words before a region's unit (菜鸟网络 / 华中区, 顺丰国际 / 拉美区). */
const REGIONAL_UNIT = new RegExp(
  `^([\u3400-\u9fff]{2,8}?)((?:${LEXICON.places.regions.join('|')})区(?:域)?)$`,
);
/** 西南分公司, 华东区域公司, 东北区域总部: a company's branch named by a region, not a place. */
const REGION_BRANCH = new RegExp(`^(?:${LEXICON.places.regions.join('|')})(?:区域)?(?:分公司|公司|总部)$`);
/**
 * 某大学副校长兼化学化工学院院长, 某公司首席科学家、人工智能研究院院长: after a body that may hold it
 * (`chainUnitHosts`), a unit of any length is its unit, unless it names a university of its own (上海交通大学医学院).
 */
function hostedUnitOf(inherited: string, org: string): boolean {
  // 合肥国家实验室, 青岛海洋科学与技术试点国家实验室 after a university: a national laboratory is a body of its own
  // (blind24's and blind25's golds), unlike a university's 国家重点实验室.
  if (org.includes('大学') || NATIONAL_LABORATORY.test(org)) return false;
  const hosts = LEXICON.orgs.chainUnitHosts.find(
    ([unit]) => org.endsWith(unit) && org.length > unit.length,
  )?.[1];
  const host = SCHOOL_REFS.includes(inherited) ? '学校' : inherited;
  return hosts?.some((end) => host.endsWith(end)) ?? false;
}
const NATIONAL_LABORATORY = /(?<!重点)国家实验室$/;
/**
 * 中阿博览会秘书处, 某论坛组委会: the standing office of an event is a body of its own, never a unit of the body
 * named before it in one's chain (宁夏回族自治区政府副主席、中阿博览会秘书处秘书长; blind11's and blind26's golds).
 */
const EVENT_OFFICE = new RegExp(
  `(?:${LEXICON.events.suffixes.filter((x) => x.length >= 2).join('|')})(?:秘书处|组委会|执委会)$`,
);
/**
 * 萍乡学院 after 民革某市委会主委: a short college or institute (`chainUnitHosts`) is a unit only of a body that may
 * hold one; after a Party committee, a government or an association it is a body of its own.
 */
function unhostedUnit(org: string, inherited: string): boolean {
  const hosted = LEXICON.orgs.chainUnitHosts.some(([unit]) => org.endsWith(unit));
  return hosted && !hostedUnitOf(inherited, org) && NO_COMPANY_TITLES.has(kindOf(inherited));
}
/** 财务部, 人力资源部: a company's department, named in a few characters. */
const COMPANY_DEPARTMENT = /^[\u3400-\u9fff]{2,5}部$/;
const isCompany = (org: string) => COMPANY_REFS.includes(org) || suffixOf(org)?.kind === 'enterprise';
/**
 * 某公司副总裁、战略发展部总经理; 中国煤炭工业协会副秘书长、科技发展部主任 (中钢协副秘书长、科技环保部主任): a
 * company or an association written in one's chain holds the short department after it (blind12, blind20).
 */
const holdsDepartments = (org: string) => isCompany(org) || kindOf(org) === 'association';
/** Words up to an event's 举行/举办/召开, when titles follow them. */
const HELD_BEFORE = /^.*(?:举行|举办|召开)(?=[\u3400-\u9fff]{2})/;
const SESSION = /^第?[一二三四五六七八九十]+届(?=[\u3400-\u9fff]{2})/;
/**
 * 大会由…, 本次论坛由…, 报告由…发布, 下半场由…, 年会上午的议程由…: the event, its part or the work presented as subject before 由;
 * 某某论坛在某大学…: the event before where it is held (the body is 某大学, not 某某论坛在某大学).
 */
const EVENT_BY =
  /^[\u3400-\u9fff]{0,12}?(会|议|议程|活动|论坛|仪式|式|礼|班|赛|对话|圆桌|环节|讨论|场|单元|阶段|报告|白皮书|蓝皮书|指数|榜单|名单)(?:由|在)/;
/** 某某企业座谈会 before a bare title (a headline's 召开…座谈会 市长某某): a meeting holds no posts, so it is no body. */
const MEETING_BEFORE_TITLE = new RegExp(
  `^[\\u3400-\\u9fff]{0,16}?(?:${LEXICON.events.meetings.join('|')})(?=.)`,
);

/** The title alone when `d` is a meeting's name followed by a title with no body between (代市长), else `d`. */
function withoutMeeting(d: string): string {
  const m = MEETING_BEFORE_TITLE.exec(d);
  if (!m) return d;
  const rest = d.slice(m[0].length);
  return titleEndingAt(rest, rest.length)?.start === 0 ? rest : d;
}

/** The article's company, for titles only companies have (总经理) when no body is named. */
export const COMPANY_REF = '公司';
/** The company the headline names, for a unit's committee posts (党委副书记、工会主席) with no body named. */
export const HEADLINE_COMPANY_REF = '本公司';
/** 公司, 集团, 集团公司: the article's company or group written by its type alone (集团总经理助理、战略规划部总经理). */
const COMPANY_REFS: readonly string[] = [COMPANY_REF, '集团', '集团公司', '该公司', HEADLINE_COMPANY_REF];
/** 企业, 该企业 before a title: the company the text named last, as a bare 公司 (not a chain of committee posts). */
const COMPANY_WORDS: readonly string[] = ['企业', '该企业'];
/** 局党委书记, 局总工程师: an engineering bureau's report names itself by 局 alone (中铁某某工程局). */
export const BUREAU_REF = '局';
/**
 * 厅种植业处处长, 厅党组成员: a provincial department's report names itself by 厅 alone, before its units and its
 * Party group (blind27-07 and blind31-15's golds: 种植业处处长 at 云南省农业农村厅).
 */
export const DEPARTMENT_REF = '厅';
/** The article's own bureau or department, written by its last character alone. */
export const OWN_BODY_REFS: readonly string[] = [BUREAU_REF, DEPARTMENT_REF];
/** The article's association, for its officers' titles with no body named (监事长某某). */
export const ASSOCIATION_REF = '本会';
/** The generic names of an association (协会, 学会 …) that may open a board's name. */
const ASSOCIATION_WORDS = ['协会', '学会', '联合会', '商会', '研究会', '促进会', '本会', '该会'];
/** 第二届理事会, 新一届监事会 before an officer's title: the association's own boards. */
/** 第四届董事会 before a director's title: the company's own board. */
const COMPANY_BOARD = /^(?:第?[一二三四五六七八九十]+届)?董事会(?=.)/;
/** 第七届会长 too: the session alone stands for the board (the ordinal goes, as golds drop it). */
const BOARD = /^(?:(?:第?[一二三四五六七八九十]+届|新一届)(?:理事会|监事会)?|理事会|监事会)(?=.)/;
/**
 * 第十四届执行委员会主席, 第九届执委会主席, 第九届委员会主席: a federation's board (工商联, 青联) before its head's
 * title is the federation's own; the post is its 主席 (blind31, 34, 36), as a 理事会 before a 会长 is.
 */
const FEDERATION_BOARD =
  /^(?:第?[一二三四五六七八九十]+届(?:执行委员会|执委会|委员会)|执行委员会|执委会)(?=.)/;
const FEDERATION_HEADS: readonly string[] = ['主席', '副主席', '常务副主席'];
const FEDERATION_BOARD_ONLY = new RegExp(`${FEDERATION_BOARD.source.replace('(?=.)', '')}$`);
const UNIT_COMMITTEE = /^(党委|纪委|工会|组织部|宣传部|统战部)/;
/** 组织部部长 with no body before it: the department of the institution's own Party committee. */
const PARTY_DEPARTMENT = /^(组织部|宣传部|统战部)$/;
/** The school speaking of itself (not 该校, which points back to the school named last). */
export const OWN_SCHOOL_REFS: readonly string[] = ['我校', '本校'];
/**
 * A university by its name: 某大学, or a college that is a school of its own (宝鸡文理学院) — not a university's
 * college (某大学机械工程学院) nor an academy of sciences (中国农业科学院), whose names also end in 学院.
 */
export const isUniversityName = (name: string): boolean =>
  name.endsWith('大学') || (/(?<!科)学院$/.test(name) && !name.includes('大学'));
/** 学校, 我校: the article's one university or college. */
export const SCHOOL_REFS: readonly string[] = ['学校', ...OWN_SCHOOL_REFS, '该校'];
/**
 * 我院, 本院: the hospital or institute that publishes the article (its 来源 line), else its one such body; 医院 alone
 * (医院党委书记, 医院副院长、某科主任 in a hospital's own news: blind38, blind39) the hospital it publishes, else its one
 * hospital.
 */
export const HOSPITAL_REF = '医院';
export const INSTITUTE_REFS: readonly string[] = ['我院', '本院', HOSPITAL_REF];
/** The article's own school or company, whose Party committee a bare 党委常委 beside them is. */
const SELF_REFS: readonly string[] = [...SCHOOL_REFS, COMPANY_REF];
/**
 * 省疾病预防控制中心党委书记甲主持会议，中心主任乙…; 上海市某同业公会会长甲致辞。公会秘书长乙…: a body's type written alone
 * before a title refers back to the body of that type named before (resolved later), only when it is the whole
 * prefix (中心医院 is a hospital's name).
 */
const BARE_TYPE_REFS: readonly string[] = ['中心', '公会'];
/** A bare 协会, 本会 …: the article's association. */
export const ASSOCIATION_REFS: readonly string[] = [
  '协会',
  '学会',
  '联合会',
  '商会',
  '研究会',
  '促进会',
  '总会',
  '本会',
  '该会',
];
/** A bare 协会 or 公司 refers back to the article's one organization of that kind (resolved later). */
export const GENERIC_ORGS: readonly string[] = [
  ...ASSOCIATION_REFS,
  '联盟',
  '公司',
  '集团',
  '集团公司',
  '该公司',
  ...OWN_BODY_REFS,
  HEADLINE_COMPANY_REF,
  ...SCHOOL_REFS,
  ...INSTITUTE_REFS,
  ...BARE_TYPE_REFS,
];

/**
 * 系公司实际控制人, 经公司董事长, 永远名誉会长为商会创会会长: a word of the clause (系, 经, 为, 与, 由) written right
 * before a bare 公司 or 商会 is no part of the body (blind5, 7, 8); the reference opens the descriptor.
 */
const WORD_BEFORE_REF = new RegExp(`^.*?[系经为与由](?=(?:${[...ASSOCIATION_REFS, '公司'].join('|')}))`);

/** 中国贸促会上海市分会: the lead-in 会上 is the end of one body's name and the start of a province's. */
function opensProvinceInside(d: string, at: number, w: string): boolean {
  for (let k = 1; k < w.length; k++) {
    const first = leadingPlaces(d.slice(at + k))[0];
    if (first && !first.parent && provinceByShort(first.name)) return true;
  }
  return false;
}

/** 换届选举大会: the meeting a lead-in word (选举) is part of the name of. */
const ELECTING_MEETING = '大会';
/**
 * Drops what opens the clause before the titles: a caption's 图为, 会议由, a date, a conjunction after
 * a previous name. Two-character lead-ins are cut after their last occurrence (…出席会议的有工信部…);
 * one-character ones (由, 有) only at the very start, since they also occur inside names (有限公司).
 */
export function stripLeadIn(desc: string): string {
  let d = desc;
  let lastTitle: number | undefined;
  for (const w of LEAD_CUT) {
    const at = d.lastIndexOf(w);
    // 某协会第三次会员代表大会暨换届选举大会在某地召开: 选举 names the meeting there, it opens no clause.
    if (at < 0 || opensProvinceInside(d, at, w) || d.startsWith(ELECTING_MEETING, at + w.length)) continue;
    // 中机联特邀顾问: a lead-in word that opens the last title (特邀顾问) is part of it, not a lead-in.
    lastTitle ??= titleEndingAt(d, d.length)?.start ?? -1;
    if (lastTitle !== at) {
      d = d.slice(at + w.length);
      lastTitle = undefined;
    }
  }
  for (let changed = true; changed;) {
    changed = false;
    const before = d;
    d = d
      .replace(DATE_OPENING, '')
      .replace(EVENT_BY, '')
      .replace(/^(、|[·•・]\s*|\s+)/, '');
    // 和中国某公司: a joining word, where jieba reads it as one (not the 和 of 和田地区, 和林格尔新区).
    const join = JOINING.find((w) => opensWithWord(d, w));
    if (join) d = d.slice(join.length);
    d = withoutMeeting(d);
    for (const w of LEAD_START) if (d.startsWith(w) && d.length > w.length + 2) d = d.slice(w.length);
    d = d.replace(WORD_BEFORE_REF, '');
    changed = d !== before;
  }
  return d;
}

/**
 * 下届年会承办单位某大学, 卡车航班运营商某公司, 年会现场某省委: what the body is to the event, or where the speaker
 * stands, written before the body's name (`appositives.txt`): the descriptor starts after the last such word.
 */
export function withoutAppositive(desc: string): string {
  let d = desc;
  for (const w of LEXICON.appositives) {
    const at = d.lastIndexOf(w);
    if (at >= 0 && d.length - at - w.length >= 2) d = d.slice(at + w.length);
  }
  return d;
}

/** The place part of a Party committee or people's government (泰山区委 → 泰山区, 某市人民政府 → 某市). */
function placeOf(org: string): string | null {
  // 浦东新区区委: the place is 浦东新区, whose name already ends with its level.
  if (isPartyCommittee(org))
    return (
      org
        .replace(/^中共/, '')
        .replace(/(党工委|党委|委)$/, '')
        .replace(/(新区|市|区|县)区$/, '$1')
        // 沛县县委: a county of one character is written with its level before the committee's.
        .replace(/^([\u3400-\u9fff]县)县$/, '$1')
    );
  const m = /^(.+?)(人民政府|政府)$/.exec(org);
  return m ? m[1]! : null;
}

/** 市长助理, 省长助理: an assistant to a place's head (`localHeads`). */
const HEAD_ASSISTANT = new RegExp(`^(?:${LEXICON.titles.localHeads.join('|')})助理$`);

/** Kinds of body no local head (省长, 副区长) is held at. */
const NOT_GOVERNMENT_KINDS: ReadonlySet<string> = new Set(['association', 'enterprise', 'agency']);

/** A local head sits in the people's government, a Party title in the Party committee of the same place. */
function placeOrganization(title: string, org: string | null): string | null {
  if (!org) return org;
  // 镇党委副书记、镇长: the head of the town named by its level sits in its people's government.
  const town = /^(镇|乡)(党委|党工委)$/.exec(org);
  if (town && isLocalHead(title)) return `${town[1]}人民政府`;
  // 市政协主席甲出席并讲话，副市长乙: a head of government after a 政协 or 人大 post sits in the place's government.
  const assembly = /^(.*?)(?:政协|人大常委会|人大)$/.exec(org);
  if (assembly && isLocalHead(title))
    return `${assembly[1] || (LOCAL_LEVEL[baseTitle(title).charAt(0)] ?? '')}人民政府`;
  // 某协会会长甲，副省长乙: a local head holds no post at a body of another kind a list passed on to it (an
  // association, a company, a department), only at the government of the level its title names.
  if (isLocalHead(title) && NOT_GOVERNMENT_KINDS.has(kindOf(org)))
    return `${LOCAL_LEVEL[baseTitle(title).charAt(0)] ?? ''}人民政府`;
  const place = placeOf(org);
  if (!place) return org;
  // 市委副书记、市长助理: the head's assistant sits in the same people's government as the head.
  if (HEAD_ASSISTANT.test(title) && isPartyCommittee(org)) return `${place}人民政府`;
  if (isLocalHead(title) && isPartyCommittee(org)) {
    // 市委常委、某经开区党工委书记甲，副市长乙: a head of another level than the committee's place sits in
    // the government of the level the title names (resolved later), not in that place's.
    const level = LOCAL_LEVEL[baseTitle(title).charAt(0)];
    const placeLevel = /(省|市|州|区|县|旗|镇|乡)$/.exec(place)?.[1];
    if (level && placeLevel && level !== placeLevel) return `${level}人民政府`;
    return `${place}人民政府`;
  }
  if (isPartyTitle(title) && !isPartyCommittee(org)) return `${place}委`;
  return org;
}

/** 自治区主席, 自治区常务副主席: the title of an autonomous region's head, written with its level. */
const REGION_HEAD = /^(原|前)?自治区((?:常务)?副?主席)$/;
/** 内蒙古自治区副主席: the region written into the head's title. */
const NAMED_REGION_HEAD = /^(原|前)?([\u3400-\u9fff]{2,8}自治区)((?:常务)?副?主席)$/;
/** 常务副主席 after 自治区党委常委: a Party committee has no 主席, so the title is the region's head's. */
const HEAD_TITLE = /^(原|前)?((?:常务)?副?主席)$/;

/** A foreign place by its level (大阪府, 某某特别自治道, 某某边疆区), and a portfolio of two characters after it. */
const FOREIGN_PLACE =
  /^([\u3400-\u9fff]{2,8}?(?:特别自治道|自治道|边疆区|省|市|区|县|州|府|道|郡|町))([\u3400-\u9fff]{2})?$/;

const MISSION_PREFIX = /^([\u3400-\u9fff]{2,12}?)(驻(?:(?!使馆|领事馆)[\u3400-\u9fff]){1,6})$/;

/**
 * Foreign guests: 塞尔维亚驻华参赞 → 塞尔维亚驻华大使馆 (the mission its title names), 塞尔维亚驻华大使 →
 * 驻华大使 @ 塞尔维亚驻华大使馆 (a head of mission keeps 驻华 in the title, at the mission: blind7, 8 and 9's
 * annotators against blind5 and 6), 匈牙利前总理 →
 * 匈牙利政府 (a head's post at a country's government).
 */
function foreignBody(prefix: string, title: string): { org: string; title: string } | null {
  const base = baseTitle(title);
  const mission = LEXICON.titles.missionTitles.get(base);
  const at = MISSION_PREFIX.exec(prefix);
  // 某国铁路公司驻华首席代表: a body's (not a state's) envoy with no office written holds the post at the body,
  // the station in the title (the golds of blind11 and blind17, 3 of 3).
  if (mission && at && base === '首席代表' && suffixOf(at[1]!) && !suffixOf(at[2]!))
    return { org: at[1]!, title: at[2]! + title };
  if (mission && at && !suffixOf(prefix))
    return LEXICON.titles.missionHeads.includes(base) && !abroad(at[1]!, at[2]!)
      ? { org: prefix + mission, title: at[2]! + title }
      : { org: prefix + mission, title };
  // 哈萨克斯坦共和国前总理: the government as the text writes the country (blind14's and 15's golds).
  if (LEXICON.titles.foreignHeads.includes(base) && isCountry(prefix)) return { org: `${prefix}政府`, title };
  // 蒙古国东方省省长, 意大利法恩扎市市长: a foreign place's head sits in its government, never a 人民政府.
  const state = countryAt(prefix);
  if (!state) return null;
  const { country } = state;
  const rest = prefix.slice(state.written.length);
  if (isLocalHead(title) && PLACE_ONLY.test(rest)) return { org: `${prefix}政府`, title };
  // 日本大阪府副知事, 韩国某某特别自治道经济副知事: a foreign place of any level, its head's portfolio in the title.
  const place = FOREIGN_PLACE.exec(rest);
  const head = isLocalHead(title) || LEXICON.titles.foreignLocalHeads.includes(base.replace(/^副/, ''));
  // 俄罗斯阿穆尔州政府副主席: a body's ending (政府) after the place is no portfolio.
  if (head && place && !suffixOf(rest))
    return { org: `${state.written}${place[1]}政府`, title: (place[2] ?? '') + title };
  // 英国前财政大臣: a minister of a portfolio sits in the government (blind5's and blind6's golds); 埃及前贸易和
  // 工业部长: a 部长 written into the ministry's name heads that ministry (blind13's, as blind8 and 10 name theirs).
  const lead = /^[前原]/.exec(rest)?.[0] ?? '';
  const portfolio = rest.slice(lead.length);
  if (!PORTFOLIO.test(portfolio) || MINISTRY_END.test(portfolio) || suffixOf(portfolio)) return null;
  if (base === '大臣') return { org: `${country}政府`, title: lead + portfolio + title };
  if (title === '部长' || title === '副部长') return { org: `${country}${portfolio}部`, title: lead + title };
  return null;
}

/**
 * 柬埔寨王国政府副首相兼商业部大臣, 卢森堡前副首相兼经济部长: after a post at a country's government, a ministry
 * written without its country is that country's, named by its short name (柬埔寨商业部, 卢森堡经济部: the golds
 * of blind8, 14 and 15).
 */
function ministryAbroad(
  prefix: string,
  title: string,
  inherited: string | null,
): { org: string; title: string } | null {
  const government = inherited?.endsWith('政府') ? inherited.slice(0, -2) : '';
  // 财政部 is China's by name alone, but not after a foreign post: only a place of its own keeps it.
  if (!isCountry(government) || NATIONAL_OR_PLACE.test(prefix) || leadingPlaces(prefix).length > 0)
    return null;
  if (countryAt(prefix)) return null;
  const { country } = countryAt(government)!;
  if (prefix.endsWith('部') && suffixOf(prefix)) return { org: country + prefix, title };
  // 希腊前副总理、议会前议长: a legislature named by its type alone is the country's (希腊议会).
  if (LEXICON.orgs.legislatures.includes(prefix)) return { org: country + prefix, title };
  return foreignBody(country + prefix, title);
}

/**
 * 中国驻秘鲁大使, 中国驻某市总领事, 智利驻秘鲁大使: a mission abroad (China's, or one to another country) — golds
 * write its head's title bare (blind12, blind16); a mission in China keeps its 驻华 / 驻上海 (blind5–15).
 */
function abroad(sender: string, station: string): boolean {
  return /^(中国|中华人民共和国|我国)$/.test(sender) || isCountry(station.slice(1));
}

/** A portfolio's words between a country and a minister's title (财政, 能源与气候变化, 贸易和工业). */
const PORTFOLIO = /^[\u3400-\u9fff、]{2,16}$/;
/** 经济产业省, 商业部: a ministry's own name, whose minister is its own (日本经济产业省副大臣). */
const MINISTRY_END = /[省部厅署局院会]$/;

interface Segment {
  org: string | null;
  title: string;
  /** Sub-units of this segment's organization, shared by the titles after it (某所所长、研究员). */
  path: string;
  /** Words before the title that may be a short form of an organization named elsewhere (绿材协). */
  qualifier?: string;
  /** The company a unit was written after (恒瑞医药 | 生物制剂事业部), the body when the qualifier names no other. */
  brand?: string;
}

/** Does the text open with its own place or a national qualifier (上海数学中心, 中国科学院)? */
function ownsPlace(text: string): boolean {
  return NATIONAL_OR_PLACE.test(text) || leadingPlaces(text).length > 0 || knownOrganization(text) !== null;
}

/** Words of four characters or more opening with a nation, a country or a place, and not a place alone. */
function namesOwnBody(prefix: string): boolean {
  if (prefix.length < 4 || PLACE_ONLY.test(prefix) || isCountry(prefix)) return false;
  return ownsPlace(prefix) || countryAt(prefix) !== null;
}

/** 大中华区, 亚太区, 中亚区域, 全球: a company's region, part of the title after its name (挪威船级社 | 大中华区总裁). */
const REGION_IN_TITLE =
  /(?:大中华|亚太|亚洲|欧洲|中国|华东|华南|华北|华中|西南|东北|西北|东南亚|东北亚|东亚|北亚|中亚|南亚|西亚|中东|北美|拉美|非洲)区域?|全球/;

/** A body of its own in `prefix` (namesOwnBody), with a region after it left to the title. */
function ownBodyOf(prefix: string): { org: string; rest: string } | null {
  const region = REGION_IN_TITLE.exec(prefix);
  const body = region && region.index >= 4 ? prefix.slice(0, region.index) : prefix;
  return namesOwnBody(body) ? { org: body, rest: prefix.slice(body.length) } : null;
}

/**
 * 某新区管委 before a title: the body's ending written out (某新区管委会), as its name has it — after a zone
 * (…区) or alone (工委书记、管委主任), since other words end so too (市场监管委).
 */
function withFullEnding(prefix: string): string {
  const short = shortEndings.find(([end]) => prefix.endsWith(end));
  if (!short) return prefix;
  const before = prefix.slice(0, -short[0].length);
  return before === '' || before.endsWith('区') ? before + short[1] : prefix;
}

/**
 * 东庄村党支部书记, 村委会主任, 东坑村第一书记: a village's officers sit at its 党支部, 党总支, 村委会 or
 * 集体经济合作社 (`villageBodies`), its 第一书记 at the village itself, as the golds of blind6–9 and 15–17 name
 * them; a body written without its village (村委会, 村党支部) is the sentence's village (`placeFromSentence`).
 */
const VILLAGE_BODY = new RegExp(`^(.*村)?(${LEXICON.orgs.villageBodies.join('|')})(.+)$`);
/** 农村, 乡村: words, not a village's name. */
const NOT_VILLAGE = /(?:农|乡|渔|山)村$/;
const VILLAGE_ENVOY = /^(.*村)(第一书记)$/;

function villageSegment(written: string): { org: string; title: string } | null {
  const envoy = VILLAGE_ENVOY.exec(written);
  // 某银行派驻某村第一书记: the village is named after its sender and the places above it.
  const sent = envoy?.[1]!.replace(/^.*(?:驻|街道|社区|[镇乡县市区])/, '') ?? '';
  if (envoy && sent.length >= 3 && !NOT_VILLAGE.test(sent)) return { org: sent, title: envoy[2]! };
  const m = VILLAGE_BODY.exec(written);
  if (!m) return null;
  const [, village = '', body, title] = m;
  if (!village && !body!.startsWith('村')) return null;
  // 村党支部 names the sentence's village; a named one has two characters at least (东庄村).
  if (village !== '村' && village.length > 0 && (village.length < 3 || NOT_VILLAGE.test(village)))
    return null;
  const tm = titleEndingAt(title!, title!.length);
  // 寿光市孙家集街道三元朱村党支部 keeps its places: its own name (三元朱村党支部) is its alias (withoutSeat).
  return tm && tm.start === 0 ? { org: village + body!, title: title! } : null;
}

/** Places written at the start of a description (天祝藏族自治县华藏寺镇, 民勤县): the golds leave them out. */
const WRITTEN_PLACES = /^(?:[\u3400-\u9fff]{2,8}?(?:省|自治区|市|自治州|州|自治县|县|区|旗|镇|乡|街道))+/;

/** 一级调研员, 二级巡视员: a civil servant's rank, held in the department rather than in one of its divisions. */
const RANK = /^[一二三四]级(?:调研员|巡视员)$/;
/** A division (处) or office closing a unit path: 装备工业一处, 统战部|经济处, 办公室. */
const DIVISION = /(?:^|(?<=[部司局厅委]))(?:[\u3400-\u9fff]{1,10}?处|[\u3400-\u9fff]{0,10}?办公室)$/;

/**
 * 某省工业和信息化厅装备工业一处处长、一级调研员甲: the rank after a division head's title is the department's, the
 * division left out, as the golds of blind23, 26, 27 and 30 write it (6 posts, none keeps it); a ministry's 司 or
 * 局 stays (某司副司长、一级巡视员 → 某司一级巡视员: blind11, 18, 25).
 */
function inheritedUnit(path: string, title: string): string {
  return RANK.test(title) ? path.replace(DIVISION, '') : path;
}

/** A zone's own committee or Party committee, the zone's name before it (苏州工业园区 | 管委会). */
const ZONE_OWN_BODY = new RegExp(
  `^(.{2,18}?(?:${LEXICON.orgs.zoneEndings.join('|')}))(?:管委会|管理委员会|党工委)$`,
);

/**
 * 苏州工业园区管委会副主任、园区科技创新委员会主任: a body written after a zone's committee with the zone's type
 * word for the zone (园区, 新区) is the zone's own body, named with the zone in full (苏州工业园区科技创新委员会:
 * blind7's and blind33's golds). Else null.
 */
function zoneOwnBody(prefix: string, inherited: string | null): string | null {
  const zone = inherited ? ZONE_OWN_BODY.exec(inherited)?.[1] : undefined;
  const word = zone && LEXICON.orgs.zoneEndings.find((w) => zone.endsWith(w) && prefix.startsWith(w));
  const rest = word ? prefix.slice(word.length) : '';
  return zone && rest.length >= 2 && suffixOf(rest)?.level === 'top' ? zone + rest : null;
}

/** A zone committee's Party body (某区管委会党工委), the committee's name first. */
const COMMITTEE_PARTY = /^(.+(?:管委会|管理委员会))党工委$/;

/** 哈萨克斯坦政府: a country's government, as a foreign head's post is read (`foreignBody`). */
const FOREIGN_GOVERNMENT = /^[\u3400-\u9fff]{2,8}政府$/;
/** 北欧部长理事会 / 绿色转型: an international body's ending, the words after it part of the title. */
const INTERNATIONAL_BODY = /^(.{2,}?(?:理事会|论坛|组织|联盟))(.+)$/;

/** The organization of one segment, given the words before its title and what earlier segments named. */
function resolveSegment(
  written: string,
  title: string,
  inherited: string | null,
  path: string,
  own: boolean,
  fromList = false,
): Segment {
  // 雷山县苗医药传承人, 冲浪运动员: a description of the person, at no body; the place or country opening it goes.
  if (isDescription(title)) {
    const own = written.replace(WRITTEN_PLACES, '');
    return { org: null, title: own.slice(countryAt(own)?.written.length ?? 0) + title, path: '' };
  }
  const prefix = withFullEnding(written);
  const village = villageSegment(prefix + title);
  if (village) return { ...village, path: '' };
  if (prefix.length === 0) {
    // 某区管委会党工委书记、主任: a post after the committee's Party body that no Party body holds is the committee's.
    const committee = inherited && COMMITTEE_PARTY.exec(inherited);
    if (committee && !isPartyTitle(title)) return { org: committee[1]!, title, path: '' };
    const unit = inheritedUnit(path, title);
    return { org: inherited, title: unit + title, path: unit };
  }
  // 某自贸区管委会党工委书记: the committee's Party body is a body of its own, as the golds of blind10, 12 and 36 name
  // it (3 of 3 texts that write it so).
  const party = COMMITTEE_TITLE.exec(title);
  if (party?.[1] === '党工委' && /(?:管委会|管理委员会)$/.test(prefix) && isPartyTitle(party[2]!))
    return { org: `${prefix}党工委`, title: party[2]!, path: '' };
  // 恩智浦半导体大中华区总经理, 菜鸟国际广州区域总经理: the unit stays in the title, the words before it are the
  // company; written alone after the same person's company (…副总裁、云南区域总经理) it is that company's.
  const unit = companyUnitOf(prefix);
  // 瑞典某某船级社亚太区总裁: words opening with a nation or a place are read below as a body of their own.
  if (unit?.company && !namesOwnBody(unit.company))
    return { org: null, title: unit.unit + title, path: '', qualifier: unit.company, brand: unit.company };
  if (unit && own && inherited && isCompany(inherited))
    return { org: inherited, title: prefix + title, path: '' };
  if (own && !fromList && inherited && isCompany(inherited) && businessGroup(prefix))
    return { org: inherited, title: prefix + title, path: '' };
  const foreign = foreignBody(prefix, title) ?? ministryAbroad(prefix, title, inherited);
  if (foreign) return { ...foreign, path: '' };
  // 东盟秘书处副秘书长乙, 联合国粮农组织驻华代表乙 listed after a foreign envoy or minister: the next guest's own
  // words name another body, never a unit of the previous guest's mission or government (blind5, 9, 11, 12, 14);
  // A Chinese place's or a known body's words (宜昌市市长, 某集团有限公司…) take the usual path below.
  if (
    fromList &&
    inherited &&
    countryAt(inherited) &&
    !countryAt(prefix) &&
    prefix.length >= 2 &&
    !ownsPlace(prefix) &&
    // 某有限公司拉美业务总经理: a unit after a company's name takes the usual path (the company, the unit in the title).
    !/(?:有限公司|有限责任公司|集团).+$/.test(prefix)
  ) {
    // 某国某学会亚太区总监甲、复旦大学经济学院某系主任乙: the guest's own university, its school or department
    // kept in the title as anywhere else (blind14-24, blind29-24: 清华大学 | 水利水电工程系教授).
    const own = splitTopOrganization(prefix);
    return own && own.rest && own.org.endsWith('大学')
      ? { org: own.org, title: own.rest + title, path: own.rest }
      : { org: prefix, title, path: '' };
  }
  // 哈萨克斯坦前总理、欧亚经济论坛名誉主席; 丹麦前首相、北欧部长理事会绿色转型特使: a foreign government holds no unit
  // written by common words, so the next post's words name a body of its own (blind12, blind17).
  if (
    own &&
    inherited &&
    FOREIGN_GOVERNMENT.test(inherited) &&
    countryAt(inherited) &&
    prefix.length >= 4 &&
    !countryAt(prefix)
  ) {
    const body = INTERNATIONAL_BODY.exec(prefix);
    return body ? { org: body[1]!, title: body[2]! + title, path: '' } : { org: prefix, title, path: '' };
  }
  // 省人大常委: the title names the body's standing committee (委员 at 省人大常委会).
  const implied = impliedBodies.find((b) => prefix.endsWith(b.bodyEnd) && title === b.title);
  if (implied) {
    const org = prefix.slice(0, -implied.bodyEnd.length) + implied.body;
    return { org, title: implied.becomes, path: '' };
  }
  // 省税务局党委委员、副局长，驻局纪检组组长: the group stationed at this body (驻 + its last character) is the
  // body's, its words kept in the title.
  if (inherited && STATIONED_HERE.test(prefix) && inherited.endsWith(prefix.charAt(1)))
    return { org: inherited, title: prefix + title, path: '' };
  // 某厅党组书记、厅长甲，厅党组成员、副厅长乙: the body's last character alone before a title is that body.
  if (inherited && prefix.length === 1 && BODY_CHARACTER.test(prefix) && inherited.endsWith(prefix))
    return { org: inherited, title, path: '' };
  const zoneBody = zoneOwnBody(prefix, inherited);
  if (zoneBody) return { org: zoneBody, title, path: '' };
  const split = splitTopOrganization(prefix);
  // The longest reference wins: 集团公司党委书记 is the group's 党委书记, not its 公司党委书记.
  const generic = GENERIC_ORGS.filter(
    (g) =>
      prefix.startsWith(g) &&
      (prefix === g || (suffixOf(withoutOtherName(prefix)) && !BARE_TYPE_REFS.includes(g))),
  ).sort((a, b) => b.length - a.length)[0];
  // 校党委书记, 校工会主席: the university's own committees, written with 校 alone.
  if (prefix === '校' && UNIT_COMMITTEE.test(title)) return { org: SCHOOL_REFS[0]!, title, path: '' };
  if (OWN_BODY_REFS.includes(prefix)) return { org: prefix, title, path: '' };
  // 走进某公司…。企业董事长某某: 企业 alone is the company the report is at, as a bare 公司 is (blind16, 19, 20);
  // 企业负责人、总经理某某 describes the person, and the golds keep the post alone (blind10, 12).
  if (COMPANY_WORDS.includes(prefix) && baseTitle(title) !== '负责人')
    return { org: COMPANY_REF, title, path: '' };
  // 协会专家委员会主任: the article's 协会, with its committee kept in the title.
  if (generic) return { org: generic, title: prefix.slice(generic.length) + title, path: '' };
  if (!inherited && PARTY_DEPARTMENT.test(prefix)) return { org: null, title: prefix + title, path: '' };
  // 某大学某学院院长兼软件学院院长: a short body without its own place, after another body, is a unit of it;
  // so is a company's branch named by a region (某运输有限责任公司总经理助理兼西南分公司总经理), while a branch
  // named alone in its own chain (九三分公司党委书记) stays a body, as blind7's and blind13's golds have it;
  // after a body that may hold it, a unit of any length is its unit (某大学副校长兼化学化工学院院长).
  if (
    split &&
    own &&
    inherited &&
    // 日本某研究所研究员 after 波兰某大学副教授: a body written after its country is a guest's own, never a unit.
    ((!ownsPlace(split.org) &&
      !countryAt(split.org) &&
      // 某公司总经理甲，宜宾学院某学院院长乙: the next person's body opening with a city's name is their own.
      !(fromList && opensWithSeat(split.org)) &&
      // …but a long one after the previous person's body names a body of its own (某研究院某研究所所长甲、
      // 云冈研究院副院长乙; 青海省政府副秘书长甲，黄河水利委员会科技委副主任乙): hosted only in one's own chain.
      ((isUnitName(split.org, fromList) &&
        !zoneCommittee(split.org, inherited) &&
        !unhostedUnit(split.org, inherited)) ||
        (!fromList && hostedUnitOf(inherited, split.org)))) ||
      (isCompany(inherited) && REGION_BRANCH.test(split.org)))
  )
    return { org: inherited, title: prefix + title, path: '' };
  // 县委常委、县委办主任: the office of a Party committee named by the committee's level alone (县委办, 区委办公室)
  // keeps that name in the title, at the committee: 5 of the 6 gold posts so written (blind6, 12, 13, 19, 46;
  // blind8 alone gives the office a body of its own).
  if (split && COMMITTEE_OFFICE.test(prefix)) return { org: split.org, title: prefix + title, path: '' };
  if (split) {
    // 十三届全国政协副主席: the session is part of the post, not of the body's name.
    const session = SESSION.exec(split.org)?.[0] ?? '';
    return { org: split.org.slice(session.length), title: session + split.rest + title, path: split.rest };
  }
  // 东城街道党工委书记、街道办事处主任: the body of the same place, named by its level (街道 …).
  const place =
    inherited && isPartyCommittee(inherited) ? inherited.replace(/(党工委|工委|党委|委)$/, '') : '';
  const level = /(街道|镇|乡)$/.exec(place)?.[1];
  const local = level && prefix.startsWith(level) ? prefix.slice(level.length) : '';
  // …、街道办事处主任 or …、办事处主任: a body of the same place, named by its level or its type alone.
  if (level && local.length > 0 && suffixOf(prefix)) return { org: place + local, title, path: '' };
  // 某高新区党工委书记、管委会主任: a body named by its type alone is the Party committee's place's.
  if (place && PAIRED_BODIES.includes(prefix)) return { org: place + prefix, title, path: '' };
  // 党工委副书记、管委会常务副主任: both by type alone, the place is the sentence's (index.ts, placeFromSentence).
  if (inherited === '党工委' && PAIRED_BODIES.includes(prefix)) return { org: prefix, title, path: '' };
  const committee = COMMITTEE_TITLE.exec(title);
  const committeePlace = PLACE_ONLY.test(prefix) || ZONE_PLACE.test(prefix) || CORPS_DIVISION.test(prefix);
  if (committee && committeePlace && isPartyTitle(committee[2]!))
    return { org: prefix + committee[1]!, title: committee[2]!, path: '' };
  // 镇党委书记, 镇人大主席: a body named by its level alone (the article's town, resolved later).
  if (committee && LEVEL_ALONE.test(prefix) && isPartyTitle(committee[2]!))
    return { org: prefix + committee[1]!, title: committee[2]!, path: '' };
  if (/^(镇|乡|街道)人大$/.test(prefix)) return { org: prefix, title, path: '' };
  // 悉尼市议员: a legislator of a place alone sits in its legislature (悉尼市议会); China's places have none.
  if (PLACE_ONLY.test(prefix) && LEXICON.titles.legislators.includes(baseTitle(title)))
    return { org: prefix + LEXICON.orgs.legislatures[0]!, title, path: '' };
  if (PLACE_ONLY.test(prefix) && (isLocalHead(title) || isPartyTitle(title)))
    return { org: isLocalHead(title) ? `${prefix}人民政府` : `${prefix}委`, title, path: '' };
  if (inherited && EVENT_OFFICE.test(prefix)) return { org: prefix, title, path: '' };
  // 上海数学中心 after 复旦大学原副校长: a unit named after a place stands on its own.
  // 某区副区长、某科学城建设管理办公室主任: an office named at length is a body of its own after any body but a
  // company's or an association's (某集团有限公司某工作领导小组办公室主任): 24 of 27 such gold bodies, blind5–21.
  if (
    suffixOf(prefix)?.level === 'sub' &&
    prefix.length >= 4 &&
    (!inherited ||
      ownsPlace(prefix) ||
      longOffice(prefix, inherited) ||
      // 某协会会长甲，株洲某某促进中心主任乙: a center named after its city is the next person's own body.
      (fromList && opensWithSeat(prefix)))
  )
    return { org: prefix, title, path: '' };
  // The previous person's body is only a guess when words that may be a short form come first (not a
  // unit: 某集团总经理甲、技术中心主任乙).
  // 中国电动汽车百人会副秘书长, 挪威船级社总裁 after another person's body: words that open with their own
  // nation or place name a body of their own, even with an ending no lexicon knows.
  const ownBody = inherited ? ownBodyOf(prefix) : null;
  if (ownBody) return { org: ownBody.org, title: ownBody.rest + title, path: '' };
  // 菜鸟网络华中区总经理, 顺丰国际拉美区总裁: a brand before its regional unit is a body of its own.
  const regional = REGIONAL_UNIT.exec(prefix);
  if (regional) return { org: regional[1]!, title: regional[2]! + title, path: '' };
  // 某公司总经理甲，钛锆铪分会会长乙: an association's branch is no unit of a company or an office before it; it is
  // the article's association's (resolved later), its name kept in the title.
  const ending = suffixOf(prefix);
  if (
    inherited &&
    ending?.kind === 'association' &&
    ending.level === 'sub' &&
    !ownsPlace(prefix) &&
    kindOf(inherited) !== 'association' &&
    !SELF_REFS.includes(inherited)
  )
    return { org: ASSOCIATION_REF, title: prefix + title, path: '' };
  if (fromList && !suffixOf(prefix)) return { org: null, title: prefix + title, path: '', qualifier: prefix };
  // 某协会会长、网易副总裁: a company's title is held at no association, government or agency, so the words of
  // no body's ending before it (a brand) name the company, not a unit of the body before.
  if (own && inherited && companyWordsAfter(inherited, prefix, title))
    return { org: null, title: prefix + title, path: '', qualifier: prefix, brand: prefix };
  return { org: inherited, title: prefix + title, path: '', ...(inherited ? {} : { qualifier: prefix }) };
}

/** The segments a descriptor's posts are joined by: 、 or 兼, but not a 、 inside a foreign ministry's name. */
function postSegments(desc: string): string[] {
  const kept = ministryListCommas(desc);
  const out: string[] = [];
  let from = 0;
  for (const m of desc.matchAll(/、|兼(?!职|任)/g)) {
    if (kept.includes(m.index)) continue;
    out.push(desc.slice(from, m.index));
    from = m.index + m[0].length;
  }
  return [...out, desc.slice(from)];
}

/** Kinds of body that hold no company's title (总裁, 董事长 …). */
const NO_COMPANY_TITLES: ReadonlySet<string> = new Set(['association', 'government', 'agency', 'party']);
/** A brand (网易, 某某游戏) before a company's title, after a body of a kind that holds none. */
function companyWordsAfter(inherited: string, prefix: string, title: string): boolean {
  return (
    prefix.length >= 2 &&
    prefix.length <= 6 &&
    !suffixOf(prefix) &&
    !GENERIC_ORGS.includes(prefix) &&
    !SCHOOL_REFS.includes(inherited) &&
    isCompanyTitle(title) &&
    NO_COMPANY_TITLES.has(kindOf(inherited))
  );
}

/**
 * Reads the titles before a name: segments joined by 、 or 兼, each `[organization][sub-units][title]`.
 * A segment without its own organization holds its post at the previous segment's one (党组成员、副厅长);
 * sub-units stay in the title (产业组织处副处长), as the gold format keeps them.
 */
export function parseDescriptor(rawDesc: string, listOrg: string | null = null): ParsedPost[] {
  // …论坛在成都举行 四川省委常委: a headline run into the titles (a post with no punctuation) is no body.
  const desc = withoutResumeOpener(stripLeadIn(withoutAppositive(rawDesc.replace(HELD_BEFORE, ''))));
  const posts: ParsedPost[] = [];
  // In a list (某协会会长甲，副会长乙), a person whose titles name no body shares the previous one's.
  let inherited: string | null = listOrg;
  let inheritedPath = '';
  // 某某(short form)副总裁兼首席技术官: later titles share the short form the first one was written with.
  let inheritedQualifier: string | undefined;
  let inheritedBrand: string | undefined;
  let pending: string[] = [];
  let listBody: string | undefined;
  let companyWritten = false;
  // 某协会原副会长兼秘书长: 原 before the first of two posts joined by 兼 ends both (blind22-20), when the
  // second names no body of its own.
  let at = 0;
  let formerMark: string | undefined;
  for (const seg of postSegments(desc)) {
    const joinedBy = at > 0 ? desc.charAt(at - 1) : '';
    at += seg.length + 1;
    const markBefore = formerMark;
    formerMark = undefined;
    if (seg.length === 0) continue;
    const tm = titleEndingAt(seg, seg.length);
    if (!tm) {
      // 中国科学院、中国工程院院士: an organization waiting for the title that follows.
      if (looksLikeOrganization(seg)) pending.push(seg);
      continue;
    }
    let prefix = seg.slice(0, tm.start);
    // 原 may stand before the organization (原某某部部长) or before the title (某某部原部长); it ends up first.
    const written = FORMER.find((f) => prefix.startsWith(f) && !opensPlaceName(prefix, f));
    if (written) prefix = prefix.slice(written.length);
    // 第九届委员会主席 with no body before the board: the article's federation's head (blind31).
    const boardOnly = FEDERATION_HEADS.includes(tm.title) && FEDERATION_BOARD_ONLY.test(prefix);
    if (boardOnly) prefix = '';
    const shared =
      !written && !tm.former && joinedBy === '兼' && prefix.length === 0 ? markBefore : undefined;
    const lead = written ?? shared;
    // 原 stays where it was written: 某部原部长 → 原部长, 某部某司原司长 → 某司原司长, 原某部部长 → 原部长.
    const former = tm.former || lead !== undefined;
    formerMark = lead ?? (tm.former ? FORMER.find((f) => tm.title.startsWith(f)) : undefined);
    // A body listed after a person's (某公司总经理甲、技术中心主任乙) may be a unit of theirs, as after 、.
    // 北辰智算高级副总裁、数据中心事业群总裁: a unit after a body written by its short form is that body's.
    const unitOfShortForm =
      inheritedQualifier !== undefined &&
      !inherited &&
      ((isUnitName(prefix) && !ownsPlace(prefix)) || companyUnitOf(prefix)?.company === '');
    // 公司证券部经理、财务部副经理: after a company the text writes, a short department is the company's.
    const department: boolean =
      companyWritten && inherited !== null && COMPANY_DEPARTMENT.test(prefix) && !knownOrganization(prefix);
    const r: Segment = unitOfShortForm
      ? {
          org: null,
          title: prefix + tm.title,
          path: '',
          qualifier: inheritedQualifier,
          ...(inheritedBrand ? { brand: inheritedBrand } : {}),
        }
      : department
        ? { org: inherited, title: prefix + tm.title, path: '' }
        : resolveSegment(
            prefix,
            tm.title,
            inherited,
            rankOutsideUnit(tm.title, inheritedPath) ? '' : inheritedPath,
            posts.length > 0 || listOrg !== null,
            posts.length === 0 && listOrg !== null,
          );
    if (posts.length === 0 && listOrg !== null && r.org === null) listBody = listOrg;
    let title = r.title;
    // 清溪等镇台商协会分会长: a body described for several places names none; the post is held at no body written.
    let org = r.org && describesSeveral(r.org) ? null : r.org;
    if (lead && !title.startsWith(lead)) title = lead + title;
    // 自治区党委副书记、自治区主席: a region's head sits in its people's government, as a 省长 does.
    const region = REGION_HEAD.exec(title);
    const named = NAMED_REGION_HEAD.exec(title);
    if (region) {
      const place = org ? placeOf(org) : null;
      title = (region[1] ?? '') + region[2]!;
      org = place?.endsWith('自治区') ? `${place}人民政府` : '自治区人民政府';
    } else if (named && !org) {
      title = (named[1] ?? '') + named[3]!;
      org = `${named[2]!}人民政府`;
    } else if (org?.endsWith('自治区党委') && HEAD_TITLE.test(title)) org = org.replace(/党委$/, '人民政府');
    // 副省长某某 with no body named: the province's people's government (the article says which).
    if (!org && isLocalHead(title)) org = `${LOCAL_LEVEL[baseTitle(title).charAt(0)] ?? ''}人民政府`;
    // 副校长某某 with no body named: the article's school.
    if (!org && !r.qualifier && baseTitle(title) === '校长') org = SCHOOL_REFS[0]!;
    // 总经理、党委副书记某某 with no body named: the article's company (resolved later), for the whole chain.
    // …but not a title that shares a declared short form written before the chain (某某创始人、董事长兼首席执行官).
    const sharesQualifier = prefix.length === 0 && inheritedQualifier !== undefined;
    // 第四届董事会非独立董事: the board is the company's own; the post is its director's.
    const companyBoard = COMPANY_BOARD.exec(title);
    if (!org && companyBoard && isCompanyTitle(title.slice(companyBoard[0].length)))
      title = title.slice(companyBoard[0].length);
    if (!org && !r.qualifier && !lead && !sharesQualifier && isCompanyTitle(title)) {
      org = COMPANY_REF;
      for (let i = 0; i < posts.length; i++)
        if (!posts[i]!.organization && !posts[i]!.qualifier) posts[i] = { ...posts[i]!, organization: org };
    }
    // 第二届理事会会长, 学会理事会理事长: the board is the association's own; the post is its 会长.
    // 学会第七届理事会理事长: the article's 学会 written before its board.
    const ref = ASSOCIATION_WORDS.find((w) => title.startsWith(w)) ?? '';
    const board = BOARD.exec(title.slice(ref.length));
    const rest = board ? title.slice(ref.length + board[0].length) : '';
    const federation = FEDERATION_BOARD.exec(title.slice(ref.length))?.[0] ?? '';
    const head = federation ? title.slice(ref.length + federation.length) : '';
    const bare = board && isAssociationTitle(rest) ? rest : FEDERATION_HEADS.includes(head) ? head : '';
    // 某协会第五届理事会会长 too: the board of the association named before it.
    if (bare) {
      title = bare;
      if (!org && ref) org = ref;
    }
    // 监事长某某 with no body named: the article's association (resolved later) — but not after a short form the
    // chain opened with (中证协党委委员、副会长: the short form's body, not the association the article names last).
    const officer = isAssociationTitle(title) || boardOnly || (federation !== '' && bare !== '');
    if (!org && !lead && !sharesQualifier && officer && (!r.qualifier || bare)) org = ASSOCIATION_REF;
    // 副主席：甲、乙、丙 with no body and no board written: the article's association's chair too — alone, not after a
    // Party group's post (党组成员、副主席 is a 侨联's or a 政协's, blind13-20).
    else if (
      !org &&
      !lead &&
      !sharesQualifier &&
      !r.qualifier &&
      !board &&
      posts.length === 0 &&
      pending.length === 0 &&
      isAssociationChair(title)
    )
      org = ASSOCIATION_REF;
    const qualifier =
      org === ASSOCIATION_REF
        ? undefined
        : (r.qualifier ?? (prefix.length === 0 && !org ? inheritedQualifier : undefined));
    const brand = qualifier === undefined ? undefined : qualifier === r.qualifier ? r.brand : inheritedBrand;
    const concurrent = joinedBy === '兼' && org !== null && inherited !== null && org !== inherited;
    for (const o of [...pending, org]) {
      posts.push({
        title,
        organization: placeOrganization(title, o),
        former,
        ...(concurrent ? { concurrent } : {}),
        ...(qualifier && !o
          ? { qualifier, ...(listBody ? { listBody } : {}), ...(brand ? { brand } : {}) }
          : {}),
      });
    }
    pending = [];
    inheritedQualifier = qualifier;
    inheritedBrand = brand;
    inherited = org;
    // 检察委员会委员、检察员: a seat on the body's committee is no unit the next title is held in (the golds of
    // blind5, 6 and 10 give 检察员 at the procuratorate), unlike 某所所长、研究员.
    inheritedPath = r.path.endsWith('委员会') && title.endsWith('委员') ? '' : r.path;
    // 省红十字会党组成员、秘书长兼赈济救护部部长: a bare title between keeps the body the chain wrote.
    companyWritten =
      org !== null &&
      holdsDepartments(org) &&
      (prefix.length > 0 || ((department || prefix.length === 0) && companyWritten));
  }
  const bare = (p: ParsedPost) => !p.organization && !p.qualifier && UNIT_COMMITTEE.test(p.title);
  // 党委副书记、工会主席某某 with no body at all, in a company's report: the company the headline names; so are
  // the other titles written with them and no body (党委副书记、纪委书记、监察专员某某 in a school's report).
  if (posts.some(bare) && posts.every((p) => bare(p) || (!p.organization && !p.qualifier && !p.former)))
    return posts.map((p) => ({ ...p, organization: HEADLINE_COMPANY_REF }));
  // 党委常委、副校长某某: the Party committee is that of the school (or company) the other titles name.
  const own = posts.find((p) => p.organization && SELF_REFS.includes(p.organization))?.organization;
  return own ? posts.map((p) => (bare(p) ? { ...p, organization: own } : p)) : posts;
}
