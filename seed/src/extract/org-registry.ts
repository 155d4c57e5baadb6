import { addLiteralForms, mergeWrittenForms } from './written-forms';
import { baseTitle, isAssociationTitle, isCompanyTitle } from './titles';
import type { ExtractedOrganization } from '@guanxi/schema';
import {
  enterpriseShortName,
  knownOrganizationsIn,
  mergeOrganizations,
  type OrgEntry,
  absorbEntry,
  parentOf,
  resolveOrganization,
} from './aliases';
import {
  OWN_BODY_REFS,
  COMPANY_REF,
  ASSOCIATION_REFS,
  GENERIC_ORGS,
  HEADLINE_COMPANY_REF,
  INSTITUTE_REFS,
  HOSPITAL_REF,
  isUniversityName,
  OWN_SCHOOL_REFS,
  SCHOOL_REFS,
} from './descriptors';
import { articlePublisher, sourceLabelOnly } from './outlet';
import { bodyNames } from './body-names';
import {
  departmentFullName,
  districtGovernment,
  governmentOffice,
  jurisdictions,
  placedBodyName,
  prefectureGovernment,
  withHeadlinePlaces,
  withOwnPlace,
  withProseLevels,
  zoneBodyName,
  withProseProvince,
  withSeatCity,
  withNamedProvince,
  withSeatProvince,
  zoneFullBody,
  zoneCommitteeInFull,
} from './jurisdiction';
import {
  isAbbreviationOf,
  isMediaBody,
  isPlaceBranch,
  SHORT_FORM,
  declaredFormsOf,
  stateFormOf,
  suffixOf,
} from './organizations';
import { leadingPlaces } from './places';
import { LEXICON } from './lexicon';
import { isAbroadGovernment } from './foreign-bodies';
import {
  asWrittenEnding,
  foreignGovernmentForms,
  withoutCountry,
  withoutProvince,
  withoutSeat,
} from './local-forms';
import { attachBareUnits, lastNamed } from './unit-hosts';
import { namedParentOf, namedSubBodyLength } from './sub-bodies';
import { articleSubject, headsBody, namedUniversity } from './article-subject';

const NATIONAL = /^(中国|全国|中华)/;
/** 该公司: the company named last before it. */
const THAT_COMPANY = '该公司';
/** The titles of a body's own Party committee (院党委书记, 局党组成员), written after the body's last character. */
const BODY_COMMITTEE = /^(?:党委|党组|纪委)/;

/**
 * 长江出版传媒集团 beside 湖北长江出版传媒股份有限公司: a group and the joint-stock company named by its brand are two
 * bodies (the group holds the listed company; blind24's gold names both), not a brand form and its full name.
 */
function listedCompanyOfGroup(group: string, company: string): boolean {
  return group.endsWith('集团') && !company.includes('集团') && company.endsWith('股份有限公司');
}

/** The article's first line: its headline. */
const headlineOf = (text: string): string => text.trimStart().split('\n', 1)[0] ?? '';
/** A company's legal ending, which headlines leave out (山东港航集团召开… for 山东港航集团有限公司). */
const LEGAL_ENDING = /(?:股份有限公司|有限责任公司|有限公司)$/;

/** 甲集团与乙集团签约…: the parties a signing headline opens with, even by their brand names. */
const PARTIES = /^([\u3400-\u9fff]{2,10}?(?:集团|公司))(?:与|和|携手)([\u3400-\u9fff]{2,10}?(?:集团|公司))/;
export function signingParties(title: string): string[] {
  const m = PARTIES.exec(title.trim());
  return m && LEXICON.events.occasionVerbs.some((v) => title.includes(v)) ? [m[1]!, m[2]!] : [];
}
const BRANCH =
  /^(.{2,30}?(?:有限责任公司|股份有限公司|有限公司|集团))(?!有限|股份)(.{2,12}?(?:分公司|分行|子公司|办事处))$/;

/** Central agencies (`abbreviations.json`, kind agency) by any of their names, longest first. */
const AGENCY_NAMES = LEXICON.knownOrgs
  .filter((o) => o.kind === 'agency')
  .flatMap((o) => [o.name, ...o.aliases].map((form) => ({ form, name: o.name })))
  .sort((a, b) => b.form.length - a.form.length);
/** A department of an agency: 亚洲司, 信息化发展局, 药具管理中心. */
const AGENCY_UNIT = /^[\u3400-\u9fff]{2,10}(?:司|局|中心)$/;

/**
 * 外交部亚洲司, 海关总署国际合作司: a department written after its central agency names that agency too, the
 * department's parent (the golds of blind9–12 list the agency beside it), or null.
 */
function agencyOf(name: string): string | null {
  const a = AGENCY_NAMES.find(({ form }) => name.startsWith(form));
  if (!a) return null;
  const rest = name.slice(a.form.length);
  // 国家体育总局冬季运动管理中心, 国家能源局西北监管局: a named sub-body is a body of its own, with no parent.
  return AGENCY_UNIT.test(rest) && namedSubBodyLength(a.form, rest) === 0 ? a.name : null;
}

/**
 * 国际航空运输协会（IATA）: a Latin short form in brackets right after a body's name is its alias, as the golds of
 * blind6, 7, 8, 10, 13, 14 and 15 write every such form (15 of 15).
 */
const LATIN_FORM = /（([A-Za-z][A-Za-z&-]{1,11})）/g;

/** 中国氢能联盟（以下简称“氢能联盟”）: the short form belongs to the name written just before it. */
function declaredShortForms(text: string, names: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  const longest = [...new Set(names)].sort((a, b) => b.length - a.length);
  for (const m of [...text.matchAll(SHORT_FORM), ...text.matchAll(LATIN_FORM)]) {
    const before = text.slice(Math.max(0, m.index - 60), m.index);
    const full = longest.find((n) => before.endsWith(n));
    for (const form of declaredFormsOf(m)) if (full && form !== full && !out.has(form)) out.set(form, full);
  }
  return out;
}

/**
 * The organizations of one article: every surface form seen (in titles, organizer lists, on their own)
 * merged into entries, with parents for sub-units and brands for companies. `nameOf` maps any surface
 * form — including a bare 协会 that refers back — to the entry's name.
 */
/**
 * 某开发区管委会（以下简称“某高新区”）, then 某高新区管委会主任: the declared short form with the full name's own
 * ending after it, or that ending's short form (管委会 of 管理委员会), is the full name too.
 */
function withDeclaredTails(declared: Map<string, string>, named: readonly string[]): Map<string, string> {
  for (const [short, full] of [...declared])
    for (const n of named) {
      const tail = n.slice(short.length);
      if (
        n.startsWith(short) &&
        tail.length >= 2 &&
        endsWithForm(full, n, tail) &&
        n !== full &&
        !declared.has(n)
      )
        declared.set(n, full);
    }
  return declared;
}

/**
 * 天津市汽车工业协会（以下简称市汽车协会）, then 市汽车协会秘书长: the level-only form, given its place before it
 * reaches here (天津市汽车协会), is still the declared body when the full name opens with that place.
 */
function withPlacedDeclaredForms(
  declared: Map<string, string>,
  named: readonly string[],
): Map<string, string> {
  for (const [short, full] of [...declared]) {
    if (!LEVEL_OPENING.test(short)) continue;
    for (const n of named) {
      const place = n.slice(0, n.length - short.length + 1);
      if (n.endsWith(short) && place.length > 1 && full.startsWith(place) && n !== full && !declared.has(n))
        declared.set(n, full);
    }
  }
  return declared;
}
/** A short form opening with a level alone (市汽车协会, 省商务厅), no place. */
const LEVEL_OPENING = /^[省市区县州]/;

/**
 * 管委会 of 管理委员会: the name's ending, or an ending of the lexicon whose characters the name's last words hold in
 * order from its first character to the end.
 */
function endsWithForm(full: string, named: string, tail: string): boolean {
  if (full.endsWith(tail)) return true;
  if (suffixOf(named)?.suffix !== tail || !full.endsWith(tail.slice(-1))) return false;
  const last = full.slice(full.lastIndexOf(tail.charAt(0)));
  if (last.length > 2 * tail.length) return false;
  let j = 0;
  for (const c of last) if (j < tail.length && c === tail.charAt(j)) j++;
  return j === tail.length;
}

export class OrgRegistry {
  readonly entries: Map<string, OrgEntry>;
  /**
   * The province read only from other bodies' names (浙江某某药业股份有限公司 … 省政府: `withNamedProvince`), else null:
   * the bodies it completes are no place of the article, as the golds list none (blind35-13, blind38-16).
   */
  readonly namedProvince: string | null;
  /** 某医院（以下简称“我院”）: a self-reference the article declares names that body, whatever else it names. */
  private readonly declaredRefs = new Map<string, string>();

  constructor(
    surfaces: readonly string[],
    private readonly text: string,
    private readonly organizers: readonly string[],
    /** Every body the event names in any part (主办, 承办, 协办, 支持 …). */
    private readonly eventBodies: readonly string[] = [],
  ) {
    // A well-known name inside a longer one (中小企业协会 in 某省中小企业协会) is not a mention of it.
    const rest = [...new Set(surfaces)]
      .sort((a, b) => b.length - a.length)
      .reduce((t, s) => t.split(s).join('|'), text);
    const found = [...surfaces, ...knownOrganizationsIn(rest)].filter((s) => !GENERIC_ORGS.includes(s));
    // 某银行股份有限公司深圳分行 names the company it belongs to as well.
    const named = [
      ...found,
      ...found.flatMap((n) => BRANCH.exec(n)?.[1] ?? []),
      ...found.flatMap((n) => agencyOf(n) ?? []),
      // 某省委宣传部 names 某省委, a body of its own beside its department.
      ...found.flatMap((n) => namedParentOf(n) ?? []),
    ];
    // A publisher's label names no place the prose's bodies are in (来源：景德镇市政 would make
    // 市政公用集团 景德镇市政公用集团).
    const label = sourceLabelOnly(text);
    const placed = label ? named.filter((n) => n !== label) : named;
    // Level-only and short department names get the article's full names (省商务厅 → 湖南省商务厅).
    const places = withProseLevels(
      withProseProvince(
        withHeadlinePlaces(jurisdictions(placed, headlineOf(text), text), headlineOf(text)),
        rest,
      ),
      text,
    );
    withSeatProvince(withSeatCity(withOwnPlace(places, text), placed, text));
    const given = places.has('省') || places.has('自治区');
    withNamedProvince(places, placed);
    this.namedProvince = given ? null : (places.get('省') ?? places.get('自治区') ?? null);
    const declared = withPlacedDeclaredForms(
      withDeclaredTails(declaredShortForms(text, named), named),
      named,
    );
    const names = bodyNames(
      named,
      text,
      // 普拉托市政府 in a report that writes 意大利普拉托: a foreign place's government is no 人民政府.
      (n) =>
        isAbroadGovernment(n, text)
          ? n
          : (stateFormOf(n) ?? zoneBodyName(placedBodyName(n, places), places, text, named)),
      (n) => (isAbroadGovernment(n, text) ? n : departmentFullName(n)),
    );
    const expanded = named.flatMap((n) => {
      const name = names.get(n)!;
      // 州人民政府 → 昌吉州人民政府 → 昌吉回族自治州人民政府, 市驻昆明联络处, 某汽开区管委会: the full name the text
      // writes elsewhere, the shorter forms its aliases.
      const writtenInFull =
        prefectureGovernment(name, text) ??
        governmentOffice(name, text) ??
        // 火炬开发区管委会 where the text declares 火炬开发区 the short form of 中山火炬…开发区管理委员会: the
        // declaration names the zone, not a longer form found by its characters.
        (declared.has(n) ? null : zoneFullBody(name, text)) ??
        zoneCommitteeInFull(name, text) ??
        districtGovernment(name, text);
      if (writtenInFull) declared.set(name, writtenInFull);
      const said = declared.get(n);
      const target = writtenInFull ?? (said === undefined ? name : (names.get(said) ?? said));
      if (target !== n) declared.set(n, target);
      // 重庆市交通运输委员会（以下简称“市交通运输委”）: a declared form its place completes (重庆市交通运输委)
      // still names the declared body.
      if (name !== n && name !== target && !declared.has(name)) declared.set(name, target);
      return writtenInFull ? [name, writtenInFull] : [name];
    });
    this.entries = mergeOrganizations([...named, ...expanded], declared);
    // 某某科技有限公司（以下简称“某某”）: the declared form names the company even where the text only
    // writes it before a title (某某高级副总裁), which registers no surface of its own.
    for (const [short, full] of declared) {
      const e = resolveOrganization(this.entries, full);
      if (e && short !== e.name && !GENERIC_ORGS.includes(short)) e.aliases.add(short);
      else if (e && GENERIC_ORGS.includes(short)) this.declaredRefs.set(short, e.name);
    }
    this.mergeCountryForms();
    // 渝北区工商联 beside 重庆市渝北区工商业联合会: one body; 市政协 where the text writes it: one of its names.
    mergeWrittenForms(this.entries);
    addLiteralForms(this.entries, text);
    for (const e of this.entries.values()) {
      const others = new Map([...this.entries].filter(([k]) => k !== e.name));
      const found = parentOf(others, e.name);
      if (found) {
        e.parent = found.parent.name;
        e.kind = found.parent.kind;
        // The short form the sub-unit's name starts with (中国工经联…办公室) is the parent's alias.
        if (found.head !== found.parent.name) found.parent.aliases.add(found.head);
      }
      if (e.kind === 'enterprise') {
        const brand = enterpriseShortName(e.name, text);
        // 中国能建数字科技集团有限公司 after 中国能源建设集团有限公司（以下简称“中国能建”）: the declared
        // short form is the parent group's, not the subsidiary's brand; so is a body the article names on
        // its own (中建某局 beside 中建某局投资有限公司).
        if (brand && !declared.has(brand) && !this.entries.has(brand)) e.aliases.add(brand);
      }
    }
    this.mergeBrandForms();
    this.mergeInstituteForms();
    // 学校召开… with 湖南大学 named only inside the event's name: the school is a body of the article.
    const school = namedUniversity(text);
    if (school && !resolveOrganization(this.entries, school))
      this.entries.set(school, { name: school, kind: 'other', aliases: new Set(), parent: null });
    const schoolEntry = school ? (resolveOrganization(this.entries, school) ?? null) : null;
    attachBareUnits(this.entries, text, () => this.ownUniversity() ?? schoolEntry);
    for (const e of this.entries.values()) {
      const locals = [
        withoutProvince(e.name),
        withoutSeat(e.name),
        withoutCountry(e.name, e.kind),
        ...foreignGovernmentForms(e.name, text),
        asWrittenEnding(e.name, text),
      ];
      for (const local of locals) if (local && !this.entries.has(local)) e.aliases.add(local);
    }
  }

  /**
   * 塞尔维亚某某大学 and 某某大学 (其考古系) in one article: one body, named as written first with its country, the
   * form without it an alias, so that its posts and its units meet under either name; so is a foreign place's
   * government written with and without its country.
   */
  private mergeCountryForms(): void {
    for (const e of [...this.entries.values()]) {
      // 俄罗斯联邦阿穆尔州政府 (主办) and 阿穆尔州政府 (a head's post in a report that writes it abroad) too.
      const local =
        withoutCountry(e.name, e.kind) ?? foreignGovernmentForms(e.name).find((f) => f.endsWith('政府'));
      const short = local === undefined || local === null ? undefined : this.entries.get(local);
      if (!short || short === e || !this.entries.has(e.name)) continue;
      absorbEntry(this.entries, short, e);
    }
  }

  /** 海川集团 for 安徽海川智能装备集团股份有限公司: brand + 集团/公司 is the company itself. */
  private mergeBrandForms(): void {
    for (const short of [...this.entries.values()]) {
      if (short.kind !== 'enterprise' || !/(集团|公司)$/.test(short.name)) continue;
      // A company with units or branches of its own (某公司 of 某公司某分公司) is not a brand form of them.
      if (
        [...this.entries.values()].some(
          (e) => e.parent === short.name || (isPlaceBranch(e.name) && e.name.startsWith(short.name)),
        )
      )
        continue;
      const brand = short.name.replace(/(集团|公司)$/, '');
      const full = [...this.entries.values()].filter(
        (e) =>
          e !== short &&
          e.kind === 'enterprise' &&
          e.name.length > short.name.length &&
          e.name.includes(brand) &&
          !listedCompanyOfGroup(short.name, e.name),
      );
      if (full.length !== 1 || brand.length < 2) continue;
      absorbEntry(this.entries, short, full[0]!);
    }
  }

  /**
   * 昆明植物所 beside 中国科学院昆明植物研究所 (a WeChat masthead, 昆明植物所副所长): an institute's usual short name
   * is an alias of the one body it names (`instituteOf`), unless the short name has units of its own or the
   * institute is named bare too.
   */
  private mergeInstituteForms(): void {
    for (const short of [...this.entries.values()]) {
      if (short.parent || [...this.entries.values()].some((e) => e.parent === short.name)) continue;
      const ending = instituteName(short.name);
      const full = ending && !this.entries.has(ending) ? this.instituteOf(short.name) : null;
      if (!full) continue;
      absorbEntry(this.entries, short, full);
    }
  }

  /**
   * 昆明植物所: an institute's usual short name leaves 研究 out of 研究所/研究院 and its academy before it; the one
   * top-level body the article names whose name ends so (中国科学院昆明植物研究所), else null.
   */
  private instituteOf(short: string): OrgEntry | null {
    const ending = instituteName(short);
    if (!ending) return null;
    const full = [...this.entries.values()].filter((e) => !e.parent && e.name.endsWith(ending));
    return full.length === 1 ? full[0]! : null;
  }

  /** The organizer an implicit reference means: among those the article says organized the event first. */
  private organizerEntry(test: (e: OrgEntry) => boolean): OrgEntry | null {
    for (const o of this.organizers) {
      const e = resolveOrganization(this.entries, o);
      if (e && test(e)) return e;
    }
    return null;
  }

  /** Of several bodies a bare 公司 may mean, the one the headline names (by its longest form of 3+ characters). */
  private inHeadline(candidates: readonly OrgEntry[]): OrgEntry | null {
    const headline = headlineOf(this.text);
    const reach = (e: OrgEntry) =>
      Math.max(
        0,
        // 山东港航集团召开…: a headline names a company without its legal ending (有限公司).
        ...[e.name, e.name.replace(LEGAL_ENDING, ''), ...e.aliases]
          .filter((f) => f.length >= 3 && headline.includes(f))
          .map((f) => f.length),
      );
    // A signing's report names its own side first (甲集团与乙集团签约…; 集团 in its text is 甲集团).
    const first = signingParties(headline)[0];
    const own = first ? candidates.find((e) => e.name === first || e.aliases.has(first)) : undefined;
    if (own) return own;
    const named = candidates.filter((e) => reach(e) > 0).sort((a, b) => reach(b) - reach(a));
    return named.length === 1 || (named.length > 1 && reach(named[0]!) > reach(named[1]!)) ? named[0]! : null;
  }

  /**
   * 选举甲为会长 with no organizer named: the article's one association (or the one its headline names),
   * since only a member body elects its officers.
   */
  private soleAssociation(): OrgEntry | null {
    const all = [...this.entries.values()].filter((e) => !e.parent && e.kind === 'association');
    return all.length === 1 ? all[0]! : this.inHeadline(all);
  }

  /**
   * 我校党委书记 in a report of an event the school helped hold (…由甲学会主办，乙大学承办): the one university among
   * the event's bodies, not the last one named before (another school's guest).
   */
  private ownSchool(surface: string): OrgEntry | null {
    // 校党委书记 (学校) in an article that speaks of 我校 is the same school.
    const own =
      OWN_SCHOOL_REFS.includes(surface) ||
      (surface === SCHOOL_REFS[0] && OWN_SCHOOL_REFS.some((r) => this.text.includes(r)));
    if (!own) return null;
    // A college of the university that holds the event (某大学某学院承办) stands for its university.
    const held = new Set(
      this.eventBodies
        .flatMap((b) => resolveOrganization(this.entries, b) ?? [])
        .map((e) => (e.parent ? (this.entries.get(e.parent) ?? e) : e))
        .filter((e) => isUniversityName(e.name)),
    );
    return held.size === 1 ? [...held][0]! : null;
  }

  /** 我校 in a university's own news (its college on the 来源 line): the university it means. */
  private ownUniversity(): OrgEntry | null {
    if (!OWN_SCHOOL_REFS.some((r) => this.text.includes(r))) return null;
    const name = this.nameOf(OWN_SCHOOL_REFS[0]!);
    const e = name ? this.entries.get(name) : undefined;
    // 我校 may resolve to the college that holds the event (某大学某学院承办): the university is its parent.
    const top = e?.parent ? this.entries.get(e.parent) : e;
    return top && !top.parent && isUniversityName(top.name) ? top : null;
  }

  /**
   * The body whose staff a byline names, given the outlet's name: the outlet's top body when it is a unit
   * that writes for it (`creditUnits`: 来源：日本江苏总商会秘书处 → 日本江苏总商会), as the golds of blind7 and
   * blind15 write the credits; else as it is named (来源：某局办公室).
   */
  publisherOf(name: string | null): string | null {
    // 我校 and no outlet named: a university's own news, whose 编辑/审核 are the university's (blind15, blind18).
    if (!name) return this.ownUniversity()?.name ?? null;
    const site = this.siteOwner(name);
    if (site) return site;
    const e = this.entries.get(name);
    if (!e?.parent || !LEXICON.orgs.creditUnits.some((u) => e.name.endsWith(u))) return name;
    return this.entries.get(e.parent)?.name ?? name;
  }

  /**
   * 来源：某某工业联合会网站, 某市人民政府网, 某市人民政府门户网站: a body's own web site, of a body the article names, is the body's, as the
   * golds of blind9, 11 and 18 put its credits (a university's 新闻网 splits them: blind7 and blind18 against
   * blind7; a 政协's or 人大's portal, 贵州省政协网, 常德人大网, stays a site in blind13's and blind20's).
   */
  private siteOwner(name: string): string | null {
    const stem = /^(.{4,}?)(?:门户)?网站$/.exec(name)?.[1] ?? /^(.{2,}?政府)网$/.exec(name)?.[1];
    if (!stem || isMediaBody(stem)) return null;
    const e = resolveOrganization(this.entries, stem);
    return e && !e.parent && e.name === stem ? e.name : null;
  }

  /** 学校党委…: a headline that speaks of the school as its own means the article's one university. */
  private headlineSchool(): OrgEntry | null {
    const headline = headlineOf(this.text);
    if (!SCHOOL_REFS.some((r) => headline.includes(r))) return null;
    const universities = [...this.entries.values()].filter((e) => !e.parent && e.name.endsWith('大学'));
    return universities.length === 1 ? universities[0]! : null;
  }

  /**
   * 喀什海关召开…座谈会: the body a headline opens with, as the subject of what it reports, is the one whose
   * committee titles (党委委员、副关长某某) the text writes with no body.
   */
  private headlineSubject(): OrgEntry | null {
    const headline = headlineOf(this.text).replace(/^\s*【[^】]*】/, '');
    const opens = [...this.entries.values()].filter(
      (e) => !e.parent && [e.name, ...e.aliases].some((f) => f.length >= 3 && headline.startsWith(f)),
    );
    return opens.length === 1 ? opens[0]! : null;
  }

  /**
   * 副局长某某, 院长某某 with no body written: the body the article is about, when the title heads one of its kind
   * (`article-subject.ts`); 院党委书记 (a one-character qualifier) the subject whose name ends so.
   */
  subjectOf(title: string, qualifier?: string): { name: string; title: string } | null {
    if (qualifier !== undefined) {
      // 院党委书记, 局党组成员: the qualifier is the body's last character, before its Party committee's title.
      const rest = title.slice(qualifier.length);
      if (qualifier.length !== 1 || !title.startsWith(qualifier) || !BODY_COMMITTEE.test(rest)) return null;
      const e = articleSubject(this.entries.values(), this.text, (e) => e.name.endsWith(qualifier));
      return e ? { name: e.name, title: rest } : null;
    }
    const e = articleSubject(this.entries.values(), this.text, (e) => headsBody(title, e));
    return e ? { name: e.name, title } : null;
  }

  nameOf(surface: string | null, ofOrganizer = false, before = '', title = ''): string | null {
    if (!surface) {
      if (!ofOrganizer) return null;
      // 当选为监事 at a chamber's 换届: a seat its board has too (sharedSeats) is the electing association's.
      const electing = LEXICON.titles.sharedSeats.includes(baseTitle(title))
        ? this.organizerEntry((e) => e.kind === 'association')
        : null;
      if (electing) return electing.name;
      // 选举甲为董事会非独立董事: a director is the article's company's, whoever organized.
      if (isCompanyTitle(title)) return this.nameOf(COMPANY_REF, false, before);
      // 当选会长 where a company co-organizes: a 会长 is the association's, whoever else organized.
      if (isAssociationTitle(title))
        return (
          (
            this.organizerEntry((e) => e.kind === 'association') ??
            this.soleAssociation() ??
            this.organizerEntry(() => true) ??
            articleSubject(this.entries.values(), this.text, (e) => e.kind === 'association')
          )?.name ?? null
        );
      return (
        (
          this.organizerEntry(() => true) ??
          this.soleAssociation() ??
          // 当选为副主席 with no organizer named, at a city's 工商联 whose province's 工商联 attends: the body the
          // article is about (its headline's, its publisher's, the one its opening has hold the meeting).
          articleSubject(this.entries.values(), this.text)
        )?.name ?? null
      );
    }
    const declaredRef = this.declaredRefs.get(surface);
    if (declaredRef) return declaredRef;
    if (INSTITUTE_REFS.includes(surface)) {
      // 来源：某医院宣传中心, a masthead (某医院  2026-08-31) or a page's 版权所有: the body that publishes the article.
      const source = articlePublisher(this.text);
      const ending = surface === HOSPITAL_REF ? surface : '院';
      const institutes = [...this.entries.values()].filter(
        (e) => !e.parent && e.name.endsWith(ending) && e.name !== ending,
      );
      // 来源：某医院宣传中心: the publisher may be a unit of the body.
      const own = institutes
        .filter((e) => source !== null && (source.startsWith(e.name) || e.aliases.has(source)))
        .sort((a, b) => b.name.length - a.name.length)[0];
      const sole = institutes.length === 1 ? institutes[0] : undefined;
      return (own ?? sole)?.name ?? (source?.endsWith(ending) ? source : null);
    }
    // 在某有限公司，…。该公司执行董事甲: 该 points back to the company the text names last before it.
    if (surface === THAT_COMPANY) {
      const companies = [...this.entries.values()].filter((e) => !e.parent && e.kind === 'enterprise');
      return lastNamed(companies, before)?.name ?? null;
    }
    if (GENERIC_ORGS.includes(surface)) {
      const fits = (e: OrgEntry) =>
        surface === HEADLINE_COMPANY_REF
          ? e.kind === 'enterprise'
          : surface === '本会' || surface === '该会'
            ? e.kind === 'association'
            : SCHOOL_REFS.includes(surface)
              ? /(大学|学院)$/.test(e.name)
              : surface.startsWith('集团')
                ? e.kind === 'enterprise' && e.name.includes('集团')
                : OWN_BODY_REFS.includes(surface)
                  ? [e.name, ...e.aliases].some((f) => f.endsWith(surface))
                  : e.name.endsWith(surface);
      const all = [...this.entries.values()].filter((e) => !e.parent && fits(e));
      // 学校 means the university rather than one of its colleges.
      const universities = all.filter((e) => isUniversityName(e.name));
      const candidates = SCHOOL_REFS.includes(surface) && universities.length > 0 ? universities : all;
      const one =
        candidates.length === 1 && surface !== HEADLINE_COMPANY_REF
          ? candidates[0]!
          : (this.inHeadline(candidates) ??
            (surface === HEADLINE_COMPANY_REF
              ? (this.headlineSchool() ??
                this.headlineSubject() ??
                articleSubject(this.entries.values(), this.text))
              : null));
      return (
        (
          this.organizerEntry(fits) ??
          one ??
          this.ownSchool(surface) ??
          // 会长：甲 in a chamber's own 换届 news that names its 工商联 guest later: the association the article is
          // about, before the one named last.
          (ASSOCIATION_REFS.includes(surface) ? articleSubject(candidates, this.text) : null) ??
          lastNamed(candidates, before)
        )?.name ?? null
      );
    }
    return resolveOrganization(this.entries, surface)?.name ?? surface;
  }

  /**
   * A company the text writes only by its brand before a title (高瓴资本合伙人): an entry of its own unless
   * the brand is another entry's form.
   */
  brand(name: string): string {
    const known = resolveOrganization(this.entries, name);
    if (known) return known.name;
    this.entries.set(name, { name, kind: 'enterprise', aliases: new Set(), parent: null });
    return name;
  }

  /**
   * An organization named by a short form in front of a title (绿材协秘书长 → 中国绿色建材产业协会):
   * the one entry it abbreviates, with or without its national prefix.
   */
  private declared: Set<string> | null = null;
  /** The short forms the text declares (（以下简称“东汽”）), read once. */
  private declaredForms(): Set<string> {
    this.declared ??= new Set([...this.text.matchAll(SHORT_FORM)].flatMap(declaredFormsOf));
    return this.declared;
  }

  /**
   * 前海再保董事长 read after another company's post (or its 前 read as a former post's): a title that opens
   * with a short form the text declares (以下简称“前海再保”) is that body's, the rest of the words its title.
   */
  declaredOpening(title: string): { form: string; name: string } | null {
    const forms = [...this.declaredForms()]
      .filter((f) => f.length >= 2 && title.length > f.length && title.startsWith(f))
      .sort((a, b) => b.length - a.length);
    for (const form of forms) {
      const e = resolveOrganization(this.entries, form);
      if (e && !e.parent) return { form, name: e.name };
    }
    return this.instituteOpening(title);
  }

  /**
   * 郑州局 | 集团公司副总经理: a body read short of a declared form (以下简称“郑州局集团公司”) that the title goes on
   * with is the declared body; `form` is the part of the form the title opens with (blind44-05).
   */
  declaredAcross(org: string, title: string): { form: string; name: string } | null {
    const written = org + title;
    const form = [...this.declaredForms()]
      .filter(
        (f) =>
          f.length > org.length && f.startsWith(org) && written.length > f.length && written.startsWith(f),
      )
      .sort((a, b) => b.length - a.length)[0];
    const e = form ? resolveOrganization(this.entries, form) : undefined;
    return form && e && !e.parent ? { form: form.slice(org.length), name: e.name } : null;
  }

  /** 昆明植物所副所长 after 中国科学院昆明植物研究所: a title that opens with an institute's usual short name. */
  private instituteOpening(title: string): { form: string; name: string } | null {
    for (let end = 3; end <= Math.min(9, title.length - 2); end++) {
      const full = this.instituteOf(title.slice(0, end));
      if (full) return { form: title.slice(0, end), name: full.name };
    }
    return null;
  }

  resolveQualifier(q: string): string | null {
    // A form of two characters only where the text declares it (东汽党委书记 after 东方电气集团东方汽轮机有限公司
    // （以下简称“东汽”）); otherwise such a qualifier is a word of the title (投资总监).
    const declared = q.length === 2 && this.declaredForms().has(q);
    if ((q.length < 3 && !declared) || q.length > 8) return null;
    // A declared or brand short form (以下简称“某某”) names its organization outright.
    const said = resolveOrganization(this.entries, q);
    if (said && !said.parent && said.name !== q) return said.name;
    if (q.length < 3) return null;
    // 市中院 of 泉州市中级人民法院, also written 市中级人民法院: a short form of the body's name as written by level.
    const fits = [...this.entries.values()].filter(
      (e) =>
        !e.parent && [e.name, e.name.replace(NATIONAL, ''), ...e.aliases].some((n) => isAbbreviationOf(q, n)),
    );
    if (fits.length === 1) return fits[0]!.name;
    // 天能新材料总经理 after 浙江天能新材料有限公司, 前海再保董事长 after 前海再保险股份有限公司: a company written
    // by the words of its name after its place, cut before its legal ending.
    const within = [...this.entries.values()].filter((e) => {
      if (e.parent || e.kind !== 'enterprise' || q.length < 4) return false;
      const at = e.name.indexOf(q);
      return (
        at >= 0 &&
        (at === 0 || leadingPlaces(e.name.slice(0, at), true).length > 0) &&
        e.name.length - at - q.length >= 2
      );
    });
    return within.length === 1 ? within[0]!.name : null;
  }

  values(evidenceOf: (forms: string[]) => string): ExtractedOrganization[] {
    return [...this.entries.values()].map((e) => ({
      name: e.name,
      kind: e.kind,
      aliases: [...e.aliases],
      ...(e.parent ? { parent: e.parent } : {}),
      evidence: evidenceOf([e.name, ...e.aliases]),
    }));
  }
}

/** 昆明植物所 → 昆明植物研究所: an institute's usual short name with 研究 put back, else null. */
function instituteName(short: string): string | null {
  const m = /^([\u3400-\u9fff]{2,8})([所院])$/.exec(short);
  return m ? `${m[1]}研究${m[2]}` : null;
}
