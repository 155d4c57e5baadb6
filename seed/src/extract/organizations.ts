import type { OrganizationKind } from '@guanxi/schema';
import { LEXICON, type OrgSuffix } from './lexicon';
import { namedSubBodyLength } from './sub-bodies';
import { titleEndingAt } from './titles';
import { countryAt, isCountry, leadingPlaces, provinceByShort } from './places';

const { suffixes, partyCommitteeOf, parties, notAnEnding } = LEXICON.orgs;
const KNOWN = new Map<string, { name: string; kind: OrganizationKind }>();
for (const o of LEXICON.knownOrgs) {
  KNOWN.set(o.name, o);
  for (const a of o.aliases) KNOWN.set(a, o);
}

/**
 * （以下简称“X”）: declares a short form of the name before it; not part of any list or title. Also （下称“X”）
 * (blind6, 40, 43, 44) and a second form after 或 (（以下简称“芯源微电子”或“公司”）: blind7, 8, 16, 43), in group 2.
 */
export const SHORT_FORM = /（(?:以下)?[简下]?称[：]?“?([^“”（）]{2,16})”?(?:或“([^“”（）]{2,16})”)?）/g;
/** The forms one `SHORT_FORM` match declares: one, or two joined by 或. */
export const declaredFormsOf = (m: RegExpMatchArray): string[] =>
  [m[1], m[2]].filter((f): f is string => f !== undefined);

/** Last characters of organization endings: most positions are ruled out by one look-up. */
const SUFFIX_LAST = new Set(suffixes.map((s) => s.suffix.charAt(s.suffix.length - 1)));

/** Could `text` hold an organization name at all (does any ending's last character occur)? */
export function mayNameOrganization(text: string): boolean {
  for (const c of text) if (SUFFIX_LAST.has(c)) return true;
  return false;
}

/**
 * 文字：某某办公室, 图文｜办公室: does a body's ending of two characters or more (办公室, 研究室) end at `end` and
 * start at or before `start`? The characters from `start` are then the body's last ones, not a person's name.
 */
export function bodyEndingCovers(text: string, start: number, end: number): boolean {
  return suffixes.some(
    (s) => s.suffix.length >= 2 && end - s.suffix.length <= start && text.endsWith(s.suffix, end),
  );
}

/** The longest organization ending of `name`, if any. */
export function suffixOf(name: string): OrgSuffix | null {
  return suffixes.find((s) => name.endsWith(s.suffix) && name.length > s.suffix.length) ?? null;
}

/**
 * 临县融媒体中心, 某日报社, 某新闻网: a news body (`mediaEndings`), which publishes under its own name and is no
 * unit of a company or university the article names, whatever its ending (中心).
 */
export const isMediaBody = (name: string): boolean =>
  LEXICON.orgs.mediaEndings.some((e) => name.endsWith(e) && name.length > e.length);

/** 城关镇党委, 东城街道党工委: the Party committee of a town or street, written with 党. */
const PLACE_COMMITTEE =
  /[\u3400-\u9fff]{2}(镇|乡|街道)(党委|党工委)$|[\u3400-\u9fff]{2}区党?工委$|(?:^|[\u3400-\u9fff]{2})(州|盟|自治区)党委$/;

/** A Party committee of a place: 泰山区委, 山东省委, 中共泰安市委. */
export function isPartyCommittee(name: string): boolean {
  if (PLACE_COMMITTEE.test(name)) return true;
  // 省委 alone is the article's province's committee (resolved with the article's places).
  return (
    name.endsWith('委') &&
    partyCommitteeOf.includes(name.charAt(name.length - 2)) &&
    (name.length >= 4 || name.length === 2)
  );
}

/** 民进, 九三学社: the short names of the parties other than the Communist Party (their 中央 dropped). */
const OTHER_PARTIES = parties.filter((p) => !p.startsWith('中')).map((p) => p.replace(/中央$/, ''));

/** 民进荆门市委: a committee of a party other than the Communist Party, written with its party's name first. */
export const opensWithOtherParty = (name: string): boolean =>
  OTHER_PARTIES.some((p) => name.startsWith(p) && name.length > p.length);

/**
 * A branch of a place at the end of a name (陕西省分行, 深圳分公司, 广西壮族自治区分行, 宜宾中心支公司, 陕西分社),
 * and a national body's provincial or city branch written with its level (中国贸促会湖南省分会: 9 of 9 gold posts in
 * 8 rounds match it with no parent — an association's 某某学分会 stays its unit).
 */
const BRANCH =
  /(?:(?:[\u3400-\u9fff]{2,3}(?:省|市)?|[\u3400-\u9fff]{2,5}自治区)(?:分行|分公司|中心支公司|分社)|[\u3400-\u9fff]{2,5}(?:省|市|自治区)分会)$/;

/** 中国人寿保险股份有限公司四川省分公司: a name that ends with a branch of a place. */
export const isPlaceBranch = (name: string): boolean => BRANCH.test(name);

export function kindOf(name: string): OrganizationKind {
  const known = KNOWN.get(name);
  if (known) return known.kind;
  // 中国人民银行陕西省分行: a branch of a well-known body is of its kind.
  const branchOf = BRANCH.test(name) ? KNOWN.get(name.replace(BRANCH, '')) : undefined;
  if (branchOf) return branchOf.kind;
  if (parties.some((p) => name === p)) return 'party';
  if (isPartyCommittee(name)) return 'government';
  // 某省人民政府外事办公室: a government's own office is an agency whatever its ending.
  if (/政府.*(办公室|办公厅|研究馆|研究室)$/.test(name) && !/政府驻/.test(name)) return 'agency';
  // 中国德国商会（上海）: a place in brackets closing the name leaves the kind to the ending before it.
  const bracket = /（[\u3400-\u9fff]{2,5}）$/.exec(name);
  if (bracket && placeInBrackets(bracket[0])) return kindOf(name.slice(0, bracket.index));
  return suffixOf(name)?.kind ?? 'other';
}

/** 中华人民共和国商务部 → 商务部: a central agency written with the state's name is the agency. */
const STATE_FORMS = new Map(LEXICON.knownOrgs.flatMap((o) => o.stateForms.map((f) => [f, o.name] as const)));
export function stateFormOf(name: string): string | null {
  return STATE_FORMS.get(name) ?? null;
}

/** The full name and kind of a well-known organization or one of its short forms (工信部). */
export function knownOrganization(name: string): { name: string; kind: OrganizationKind } | null {
  return KNOWN.get(name) ?? null;
}

export const KNOWN_SURFACES: readonly string[] = [...KNOWN.keys()].sort((a, b) => b.length - a.length);
/** Known surfaces by their first character, longest first: a text's first character picks the few to try. */
const KNOWN_BY_FIRST = new Map<string, string[]>();
for (const k of KNOWN_SURFACES) {
  const list = KNOWN_BY_FIRST.get(k.charAt(0)) ?? [];
  list.push(k);
  KNOWN_BY_FIRST.set(k.charAt(0), list);
}

/** Does an occurrence of `w` end at `end` (干部) or straddle it (部|门)? */
function wordEndsOrCrosses(text: string, w: string, end: number): boolean {
  for (let p = Math.max(0, end - w.length); p < end; p++) if (text.startsWith(w, p)) return true;
  return false;
}

/** （集团） or （控股） inside a company's name, after the words before it. */
const GROUP_IN_BRACKETS = /^（(?:集团|控股|股份)）/;

/** Endings that may start inside a shorter one (联合总会 inside 侨联|合总会). */
const CROSSING = suffixes.map((x) => x.suffix).filter((x) => x.length >= 3);

/** Does `w` start within the last `within` characters before `end` and run on past it? */
function crossesEnd(text: string, w: string, end: number, within: number): boolean {
  for (let p = Math.max(0, end - within + 1); p < end; p++)
    if (p + w.length > end && text.startsWith(w, p)) return true;
  return false;
}

/**
 * Does an organization of the given level end at `end` in `text`? Refuses endings that are really
 * the start of a longer ending or of a common word (委 of 委员会, 部 of 部门, 局 of 局面).
 */
function endsOrgAt(text: string, end: number, level: 'top' | 'sub' | 'any'): OrgSuffix | null {
  if (!SUFFIX_LAST.has(text.charAt(end - 1))) return null;
  const head = text.slice(0, end);
  const s = suffixes.find(
    (x) => (level === 'any' || x.level === level) && head.endsWith(x.suffix) && head.length > x.suffix.length,
  );
  if (!s) return null;
  // 全部 is no ending, but 安全部 (国家安全部, 粮食安全部) is one that holds it.
  if (notAnEnding.some((w) => !s.suffix.includes(w) && wordEndsOrCrosses(text, w, end))) return null;
  const next = text.charAt(end);
  if (next && suffixes.some((x) => x.suffix.length > s.suffix.length && x.suffix.startsWith(s.suffix + next)))
    return null;
  // 员 of 委员会, 会 of 联合会, ） of 某某（集团）有限公司: the name goes on.
  if (next === '员' || (next === '会' && s.suffix === '委') || next === '）') return null;
  // 贵州茅台酒厂（集团）习酒有限责任公司: a bracketed 集团 after an ending goes on into the company's name.
  if (next === '（' && GROUP_IN_BRACKETS.test(text.slice(end))) return null;
  // 侨联 of 华侨联合总会: a longer ending that starts inside this one and runs on past it.
  if (next && CROSSING.some((x) => crossesEnd(text, x, end, s.suffix.length))) return null;
  return s;
}

/**
 * Splits the organization part of a title segment: the first complete top-level organization is the
 * holder (工业和信息化部), whatever follows is a sub-unit path kept with the title (产业政策与法规司产业组织处).
 */
/** 投资银行: a line of business written with a bank's ending (某证券公司副总裁兼投资银行委员会主任). */
const BUSINESS_LINE = /^投资银行$/;

export function splitTopOrganization(text: string): { org: string; rest: string } | null {
  // 国际原子能机构核能司, 联合国旅游组织亚太部: an international body ends with 组织 or 机构, words no other
  // body's name ends with (社会组织管理局, 党组织书记), its departments after it.
  const international = INTERNATIONAL_BODY.exec(text)?.[0];
  if (international && international.length < text.length && suffixOf(text))
    return { org: international, rest: text.slice(international.length) };
  const council = foreignCouncilAt(text);
  if (council) return { org: council, rest: text.slice(council.length) };
  for (const known of KNOWN_BY_FIRST.get(text.charAt(0)) ?? []) {
    if (text.startsWith(known) && !'门员会长'.includes(text.charAt(known.length) || '-')) {
      const sub = namedSubBodyLength(known, text.slice(known.length));
      const full = known.length + sub + withLegalTail(text.slice(known.length + sub));
      // 中央人民政府驻澳门特别行政区联络办公室经济部, 外交部驻澳门特派员公署: an office the body keeps elsewhere is the
      // body; its department a unit.
      const office = STATIONED.exec(text.slice(full))?.[0] ?? '';
      if (office) return { org: text.slice(0, full + office.length), rest: text.slice(full + office.length) };
      // 四川省人民政府外事办公室: a known government's own agency is a body too.
      if (namedAfterBody(text.slice(0, full), text.slice(full)))
        return divisionOfAgency(text) ?? { org: text, rest: '' };
      const company =
        full === known.length ? groupCompanyAt(text.slice(full)) || groupAt(text.slice(full)) : '';
      return { org: text.slice(0, full + company.length), rest: text.slice(full + company.length) };
    }
  }
  for (let end = 2; end <= text.length; end++) {
    if (!endsOrgAt(text, end, 'top') || insideBrackets(text, end)) continue;
    // 投资银行部, 投资银行委员会: investment banking, a securities firm's line of business, is no bank of its own.
    if (BUSINESS_LINE.test(text.slice(0, end))) continue;
    // 大连理工大学–辽宁航天协同创新中心, 四川省医学科学院·四川省人民医院: a dash or a middle dot after a body joins it
    // to the next name, one joint body; a unit's name never opens with either.
    if (/^[—–\-·]/.test(text.slice(end))) {
      const joined = splitTopOrganization(text.slice(end + 1));
      return joined
        ? { org: text.slice(0, end + 1) + joined.org, rest: joined.rest }
        : { org: text, rest: '' };
    }
    // 某省人民政府驻某地办事处 is a body of its own, not a unit folded into a title.
    const office = STATIONED.exec(text.slice(end))?.[0] ?? '';
    // 某研究院有限公司, 某银行股份有限公司, 某银行某省分行: a legal ending or a branch goes on the name.
    // 复旦大学附属肿瘤医院, 四川大学华西医院, 中国科学院某某研究所: a body with a name of its own after its parent
    // is a body (the golds of blind6–9 agree); its departments (心内科) stay units.
    const sub = namedSubBodyLength(text.slice(0, end), text.slice(end));
    const named = end + sub + campusTail(text.slice(0, end + sub), text.slice(end + sub));
    const legal = named + office.length + withLegalTail(text.slice(named + office.length));
    // 中国博物馆协会, 中国医院协会: an association of such bodies is named after them; of associations, only
    // a federation (某公会联合会), as an association's own 学会学术部 is its unit.
    const members = suffixOf(text.slice(0, legal))?.kind === 'association' ? FEDERATION : MEMBERS_ASSOCIATION;
    const full = legal + (members.exec(text.slice(legal))?.[0].length ?? 0);
    if (namedAfterBody(text.slice(0, full), text.slice(full)))
      return divisionOfAgency(text) ?? { org: text, rest: '' };
    // 徐工集团工程机械股份有限公司: a group's company named after the group is one name, not a unit.
    const company = /公司$/.test(text.slice(0, full))
      ? ''
      : groupCompanyAt(text.slice(full)) || groupAt(text.slice(full));
    const grouped = full + company.length;
    // 国家能源集团福建公司, 云南建投集团国际公司: a group's company named in a few words, with no legal ending, is
    // one body with the group's name (9 of 10 gold posts, blind8, 12, 15, 25).
    const short = /集团$/.test(text.slice(0, grouped))
      ? (GROUP_SHORT_COMPANY.exec(text.slice(grouped))?.[0] ?? '')
      : '';
    return { org: text.slice(0, grouped + short.length), rest: text.slice(grouped + short.length) };
  }
  return null;
}

/**
 * 集团办公室（党委办公室）主任: a unit's other name in brackets is the unit's; no body ends inside it (党委 of
 * 办公室（党委…).
 */
function insideBrackets(text: string, end: number): boolean {
  const open = text.lastIndexOf('（', end - 1);
  return open >= 0 && text.lastIndexOf('）', end - 1) < open;
}

/** Does `text` end with an international body's name (…国际原子能机构)? */
export function endsWithInternationalBody(text: string): boolean {
  if (!/(?:组织|机构)$/.test(text)) return false;
  for (let k = 4; k <= text.length; k++) {
    const name = text.slice(-k);
    if (INTERNATIONAL_BODY.exec(name)?.[0] === name) return true;
  }
  return false;
}

/** An international body: opening with what names the world's bodies, or a region's 国际组织. */
const INTERNATIONAL_BODY =
  /^(?:(?:联合国|国际|世界|亚洲|欧洲|非洲|美洲|亚太)[\u3400-\u9fff]{1,12}?(?:组织|机构)|[\u3400-\u9fff]{2,12}国际组织)/;

/**
 * 印度农业研究理事会, 柬埔寨发展理事会, 匈牙利体育国务秘书处: a council or secretariat written right after a foreign
 * country is that country's body (blind8, 32, 39), not an association's board or office as 某协会理事会 is.
 */
function foreignCouncilAt(text: string): string | null {
  const country = countryAt(text)?.written;
  if (!country) return null;
  const own = FOREIGN_COUNCIL.exec(text.slice(country.length))?.[0];
  return own ? country + own : null;
}
const FOREIGN_COUNCIL = /^[\u3400-\u9fff]{2,10}?(?:理事会|秘书处)/;

/** The ending of an association named after its members, right after a body's ending (博物馆|协会). */
const MEMBERS_ASSOCIATION = /^(?:协会|学会|联合会|研究会|促进会)/;
const FEDERATION = /^联合会/;

/**
 * Bodies whose names open with another body's: a government's own agencies (甘肃省政府国资委, 云南省人民政府办公厅
 * — blind5's and blind7's golds name them so) and associations named after their members (中国国际跨国公司促进会,
 * 中国上市公司协会, 武汉大学校友总会). A Party committee's departments (市委宣传部) and an institution's units stay units.
 */
function namedAfterBody(org: string, rest: string): boolean {
  if (rest.length < 2) return false;
  // The rest may be an ending alone (促进会 after 中国国际跨国公司): read it with the name before it.
  const own = suffixOf(org.slice(-1) + rest);
  if (!own || own.suffix.length > rest.length) return false;
  // 十堰市人民政府协办: a verb that ends like a body (协办, 承办) is no body.
  if (endsOrgAt(org + rest, org.length + rest.length, 'any') === null) return false;
  // 东北亚地区地方政府联合会: an association of governments is named after them too.
  if (/政府$/.test(org))
    return own.kind === 'agency' || own.kind === 'association' || /办公室$/.test(rest) || rest === '办公厅';
  const kind = suffixOf(org)?.kind;
  return own.kind === 'association' && own.level === 'top' && (kind === 'enterprise' || kind === 'other');
}

/** A government agency's name and a division (处) after it: 某省人民政府国有资产监督管理委员会 | 规划处. */
const AGENCY_DIVISION =
  /^(.+?(?:委员会|办公厅|厅|局|委))((?![\u3400-\u9fff]*(?:办事处|联络处|代表处)$)[\u3400-\u9fff]{1,10}处)$/;

/**
 * 某省人民政府国有资产监督管理委员会企业领导人员管理处, 某省政府办公厅三处: a division of a government's agency is a unit,
 * kept in the title (企业领导人员管理处处长), as the golds keep every department's 处 (69 posts, blind9–36).
 */
function divisionOfAgency(text: string): { org: string; rest: string } | null {
  const m = AGENCY_DIVISION.exec(text);
  return m && endsOrgAt(m[1]!, m[1]!.length, 'top') ? { org: m[1]!, rest: m[2]! } : null;
}

/**
 * A legal ending (有限公司) or a branch of a place right after a complete name: 陕西省分行, 四川分公司,
 * 广西壮族自治区分行 (a region's full name, blind36-21; 5 gold posts whole in 2 rounds), an insurer's 宜宾中心支公司
 * (blind36, 2 of 2 whole), a news agency's 陕西分社, 中国船级社厦门分社 (3 of 4 gold posts whole, blind10, 26, 39), 西南分会 (not 设分会场), a firm's 香港分所 (blind13-06), 上海总部, a provincial committee of a national body (中国贸促会四川省委员会), and a
 * partnership's legal form (某会计师事务所（特殊普通合伙）, as blind7's gold names it).
 */
const LEGAL_TAIL =
  /^(?:（(?:特殊普通|普通|有限)合伙）|集团股份有限公司|集团有限公司|股份有限公司|有限责任公司|有限公司|(?:[\u3400-\u9fff]{2,3}(?:省|市)?|[\u3400-\u9fff]{2,5}自治区)(?:分行|分公司|中心支公司|分所|分会(?!场)|分社|总部(?!基地))|[\u3400-\u9fff]{2,3}(?:省|市|自治区)委员会)/;

/**
 * 中国矿业大学（北京）, 中国石油大学（华东）: a university of several seats writes the place of each in brackets
 * as part of its name (blind9's and blind12's golds keep it so).
 */
function campusTail(org: string, rest: string): number {
  const m = /^（([\u3400-\u9fff]{2,3})）/.exec(rest);
  if (!m || !/大学$/.test(org)) return 0;
  const place = m[1]!;
  const known =
    provinceByShort(place) !== undefined ||
    LEXICON.places.regions.includes(place) ||
    leadingPlaces(place, true).length > 0;
  return known ? m[0].length : 0;
}

/** A group's company in two to four words and 公司 (集团 + 福建公司, 国际公司, 黑河分公司). */
const GROUP_SHORT_COMPANY = /^(?!旗下|下属|所属|控股|全资|有限)[\u3400-\u9fff]{2,4}分?公司/;
/** A company of a group, written right after the group's name (集团 + 工程机械股份有限公司). */
const GROUP_COMPANY =
  /^(?!旗下|下属|所属|控股|全资)(?:(?![和与及暨、])[\u3400-\u9fff]){2,10}?(?:股份有限公司|有限责任公司|有限公司)/;

/**
 * The group's company opening `rest`, its provincial company too (国家电投集团 + 山东电力有限公司), but not
 * words holding a title (集团 + 副总裁兼浙江某某有限公司: another body, after the group's post).
 */
function groupCompanyAt(rest: string): string {
  const m = GROUP_COMPANY.exec(rest)?.[0] ?? '';
  for (let end = 2; end < m.length; end++) if (titleEndingAt(m, end)) return '';
  return m;
}

/**
 * 招商局集团副总经理, 中建三局集团董事长: 集团 right after a body that ends sooner (局) ends the group's name — no
 * unit of the bureau (blind25, blind26).
 */
function groupAt(rest: string): string {
  return /^集团(?!公司|有限|股份)/.exec(rest)?.[0] ?? '';
}

/** Length of the legal endings and branches that open `rest`. */
function withLegalTail(rest: string): number {
  let n = 0;
  for (let m = legalTailAt(rest); m; m = legalTailAt(rest.slice(n))) n += m.length;
  return n;
}

function legalTailAt(rest: string): string | null {
  return LEGAL_TAIL.exec(rest)?.[0] ?? placeInBrackets(rest);
}

/** Places a body's name may hold in brackets: countries, China, provinces, regions of China or the world. */
const BRACKETED_PLACES: ReadonlySet<string> = new Set([
  '中国',
  ...LEXICON.places.countries,
  ...LEXICON.places.provinces.flatMap((p) => [p.full, p.short]),
  ...LEXICON.places.regions,
  ...LEXICON.places.areas,
  ...LEXICON.places.shortForms.values(),
]);

/**
 * 中国银行（墨西哥）有限公司, 中国德国商会（上海）, 某某（中国）有限公司: a place in brackets right after a body's
 * name is part of it (the golds of blind8, 18 and 19 keep it), not a unit before the title.
 */
function placeInBrackets(rest: string): string | null {
  const m = /^（([\u3400-\u9fff]{2,5})）/.exec(rest);
  if (!m) return null;
  // 某某集团（大连）有限公司: words in brackets before a company's legal ending are in its name, whatever place
  // they name (a city here), as in 某某科技（苏州）有限公司 (blind33's gold, like every such name in blind6–36).
  return BRACKETED_PLACES.has(m[1]!) || COMPANY_LEGAL_ENDING.test(rest.slice(m[0].length)) ? m[0] : null;
}

/** A company's legal ending, right after what may be a bracketed part of its name. */
const COMPANY_LEGAL_ENDING = /^(?:集团股份有限公司|集团有限公司|股份有限公司|有限责任公司|有限公司)/;

/** 驻深圳办事处, 驻京联络处: an office a body keeps in another place. */
const STATIONED = /^驻[\u3400-\u9fff]{1,8}?(办事处|联络处|联络办公室|代表处|特派员公署)/;

/** True when `text` reads as an organization name as a whole (for lists of organizers). */
export function looksLikeOrganization(text: string): boolean {
  if (text.length < 2 || text.length > 40) return false;
  if (KNOWN.has(text)) return true;
  // 中国—东盟中心: a dash between two places belongs to the name.
  if (!/^[\u3400-\u9fff（）()《》A-Za-z0-9]+(?:—[\u3400-\u9fff（）()《》A-Za-z0-9]+)*$/.test(text))
    return false;
  return endsOrgAt(text, text.length, 'any') !== null || parties.includes(text);
}

/** 某某集团有限公司: a group's legal name, never the short form of another company's. */
const GROUP_LEGAL_NAME = /集团(?:股份有限公司|有限责任公司|有限公司)$/;

/**
 * Is `abbr` a short form of `full` built by keeping some of its characters in order (中国工经联 of
 * 中国工业经济联合会, 工信部 of 工业和信息化部)? Its first character must start the full name and its last
 * must come from the full name's ending, so that unrelated names sharing a few characters do not match.
 */
export function isAbbreviationOf(abbr: string, full: string): boolean {
  if (abbr.length < 3 || abbr.length >= full.length || abbr.charAt(0) !== full.charAt(0)) return false;
  // 某国汽车报记者 beside 某国汽车报社副总编辑: a paper is the house that publishes it.
  if (abbr.endsWith('报') && full === `${abbr}社`) return true;
  // A leading part is a parent (浙江大学 of 浙江大学某学院), and a place's Party committee (某省委) is
  // its own body, not a short form of the place's other bodies.
  if (full.startsWith(abbr) || isPartyCommittee(abbr)) return false;
  // 蒙古国政府 (a foreign head's post) is the country's government, not short for one of its provinces'.
  if (abbr.endsWith('政府') && isCountry(abbr.slice(0, -2))) return false;
  // 阿根廷国会 is the country's legislature, not short for 阿根廷中国商会.
  if (LEXICON.orgs.legislatures.some((l) => abbr.endsWith(l))) return false;
  // 某省商会 beside 某省工商业联合会: a type written whole (商会) ends a body of that type, not a short form of another's.
  if (LEXICON.orgs.wholeTypeEndings.some((w) => abbr.endsWith(w) && !full.endsWith(w))) return false;
  // 中国工程院 is a body of its own, not short for 中国农业大学食品科学与营养工程学院.
  const known = knownOrganization(abbr);
  if (known && known.name !== full && known.name === abbr) return false;
  // 本钢集团有限公司 beside 本溪北营钢铁（集团）股份有限公司, 某港口集团有限公司 beside its 某港口集团某港股份有限公司: a
  // group's legal name is a full name, and its companies are bodies of their own.
  if (GROUP_LEGAL_NAME.test(abbr)) return false;
  // 湖南大学 beside 湖南师范大学法学院: a university written with 大学 whole is that university, never short for
  // another's name (its short forms drop characters of 大学: 湖南师大).
  if (abbr.endsWith('大学') && full.includes('大学')) return false;
  // 河南省民政厅 beside 河南省人民政府办公厅: a short form of a government's office takes no characters from
  // 人民政府 (民, 政) unless it writes the government (省府办, 省政府办公厅).
  const government = full.indexOf('人民政府');
  if (government >= 0 && !abbr.includes('府')) {
    const office = full.slice(0, government) + full.slice(government + 4);
    if (!keptInOrder(abbr, office)) return false;
  }
  const place = /^[\u3400-\u9fff]{2,3}?(省|市|区|县)/.exec(abbr)?.[0] ?? '';
  if (place && abbr.length - place.length < 2) return false;
  const ending = suffixOf(full)?.suffix ?? full.slice(-3);
  if (!ending.includes(abbr.charAt(abbr.length - 1))) return false;
  // 某市人民政府 is not short for 某市某区人民政府: a short form does not keep a long ending whole.
  if (ending.length >= 2 && abbr.endsWith(ending)) return false;
  if (namesHigherPlace(abbr, full)) return false;
  return keptInOrder(abbr, full);
}

/** Are the characters of `abbr` those of `full`, in order (工经联 of 工业经济联合会)? */
function keptInOrder(abbr: string, full: string): boolean {
  let j = 0;
  for (const c of full) if (j < abbr.length && c === abbr.charAt(j)) j++;
  return j === abbr.length;
}

/**
 * 某总局某市税务局 beside 某总局某市某区税务局: the same body written with one place fewer inside it is the body
 * of the place above (the city's bureau, not the district's), never a short form of it.
 */
function namesHigherPlace(abbr: string, full: string): boolean {
  let p = 0;
  while (p < abbr.length && abbr.charAt(p) === full.charAt(p)) p++;
  const tail = abbr.slice(p);
  if (!/(省|市|州|区|县)$/.test(abbr.slice(0, p)) || !full.endsWith(tail) || tail.length < 2) return false;
  return /^[\u3400-\u9fff]{2,6}?(新区|省|市|州|区|县)$/.test(full.slice(p, full.length - tail.length));
}
