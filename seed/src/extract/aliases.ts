import type { OrganizationKind } from '@guanxi/schema';
import { LEXICON } from './lexicon';
import { surnameOf, wordCrosses } from './names';
import {
  isAbbreviationOf,
  isMediaBody,
  isPlaceBranch,
  KNOWN_SURFACES,
  kindOf,
  knownOrganization,
  opensWithOtherParty,
  suffixOf,
} from './organizations';
import { isCountry, isPlaceStem, leadingPlaces } from './places';
import { namedSubBodyLength } from './sub-bodies';
import { baseTitle, titleEndingAt } from './titles';

export interface OrgEntry {
  name: string;
  kind: OrganizationKind;
  aliases: Set<string>;
  parent: string | null;
}

/**
 * One body written two ways: `short`'s name and aliases become `full`'s aliases, `short` leaves the registry and
 * its units hang on `full`.
 */
export function absorbEntry(entries: Map<string, OrgEntry>, short: OrgEntry, full: OrgEntry): void {
  full.aliases.add(short.name);
  for (const a of short.aliases) full.aliases.add(a);
  full.aliases.delete(full.name);
  entries.delete(short.name);
  for (const e of entries.values()) if (e.parent === short.name) e.parent = full.name;
}

/** Well-known organizations named on their own in the text (国资委和工信部倡导…). */
/** 原工信部, 由商务部, 与科技部: characters of the clause that may stand right before a central body's short form. */
const FUNCTION_BEFORE = '原前由与和及同在向对经为是据从将把被赴到至照按的、';

/** 环保部, 国资委, 发改委: a central agency's short form, which a department's or a place's body may end with. */
const SHORT_AGENCY = /^[\u3400-\u9fff]{2}[部委]$/;

export function knownOrganizationsIn(text: string): string[] {
  const found: string[] = [];
  for (const surface of KNOWN_SURFACES) {
    for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
      // 教育部门 is not 教育部; 某省财政厅 does not contain 财政部 anyway.
      // 安全环保部, 省国资委: a short form written at the end of a longer name is no mention of the central body.
      const inside = SHORT_AGENCY.test(surface) && at > 0 && /[\u3400-\u9fff]/.test(text.charAt(at - 1));
      if (inside && !FUNCTION_BEFORE.includes(text.charAt(at - 1))) continue;
      if (!'门署分长员会'.includes(text.charAt(at + surface.length) || '-')) {
        found.push(surface);
        break;
      }
    }
  }
  return found;
}

/**
 * Merges the organization names of an article into entries: a well-known short form joins its full name
 * when the article names both (工信部 → 工业和信息化部), and so does a short form made of the full name's
 * characters (中国工经联 → 中国工业经济联合会). Otherwise the name as written stays (国资委).
 */
export function mergeOrganizations(
  surfaces: readonly string[],
  declared: ReadonlyMap<string, string> = new Map(),
): Map<string, OrgEntry> {
  const canonical = new Map<string, string>();
  const entries = new Map<string, OrgEntry>();
  const unique = [...new Set(surfaces)].sort((a, b) => b.length - a.length);
  for (const s of unique) {
    const known = knownOrganization(s);
    let target = s;
    const said = declared.get(s);
    if (said && unique.includes(said)) target = said;
    else if (known && known.name !== s && unique.includes(known.name)) target = known.name;
    else {
      const full = unique.filter((f) => f !== s && (isAbbreviationOf(s, f) || sameBodyOfPlace(s, f)));
      if (full.length === 1) target = full[0]!;
    }
    const root = canonical.get(target) ?? target;
    canonical.set(s, root);
    let e = entries.get(root);
    if (!e) {
      e = {
        name: root,
        kind: knownOrganization(root)?.kind ?? kindOf(root),
        aliases: new Set(),
        parent: null,
      };
      entries.set(root, e);
    }
    if (s !== root) e.aliases.add(s);
  }
  return entries;
}

/**
 * 杭州萧山区人民政府 and 杭州市萧山区人民政府: the same body of the same place (the last place of both
 * names and the ending agree), written with a shorter place chain.
 */
function sameBodyOfPlace(short: string, full: string): boolean {
  if (short.length >= full.length) return false;
  const ending = /(人民政府|政府|委)$/.exec(short)?.[0];
  if (!ending || !full.endsWith(ending)) return false;
  // 荆门市委 beside 民进荆门市委: the city's Party committee is not another party's committee of the city.
  if (opensWithOtherParty(full) !== opensWithOtherParty(short)) return false;
  const tail = (n: string) => /[\u3400-\u9fff]{2}(区|县|市)$/.exec(n.slice(0, -ending.length))?.[0];
  const t = tail(short);
  if (t === undefined || t !== tail(full)) return false;
  // 济南市人民政府 inside 山东省济南市人民政府, or 杭州萧山区… beside 杭州市萧山区…
  return full.endsWith(short) || short.charAt(0) === full.charAt(0);
}

/** The entry a surface form belongs to. */
export function resolveOrganization(entries: Map<string, OrgEntry>, surface: string): OrgEntry | null {
  const direct = entries.get(surface);
  if (direct) return direct;
  for (const e of entries.values()) if (e.aliases.has(surface)) return e;
  return null;
}

/**
 * A sub-unit named with its parent's name or short form in front (中国工经联某某办公室): the parent is
 * the longest leading part that is a known entry or a short form of one.
 */
export function parentOf(
  entries: Map<string, OrgEntry>,
  name: string,
): { parent: OrgEntry; head: string } | null {
  const found = leadingParentOf(entries, name);
  // 两江新区融媒体中心 beside 重庆两江产业集团: a news body is no other body's unit (a paper's 融媒体中心 is the paper's).
  return found && isMediaBody(name) && !isMediaBody(found.parent.name) ? null : found;
}

function leadingParentOf(
  entries: Map<string, OrgEntry>,
  name: string,
): { parent: OrgEntry; head: string } | null {
  // 中国人寿保险股份有限公司四川省分公司: a branch of a place is a body of its own (the golds of blind4, 6, 7, 8,
  // 10 and 11 give it no parent; blind2's and blind9's that do still match it by its whole name).
  if (isPlaceBranch(name)) return null;
  const ending = suffixOf(name);
  if (ending?.level !== 'sub') return namedUnitOf(entries, name);
  // The head stops before the whole ending: 某市人民政府办 (of 办公室) would abbreviate any of the
  // government's offices (某市人民政府金融工作办公室) and make the office a unit of it.
  for (let len = name.length - Math.max(2, ending.suffix.length); len >= 2; len--) {
    const head = name.slice(0, len);
    const named = resolveOrganization(entries, head);
    const e =
      named ?? [...entries.values()].find((x) => x.name !== name && isAbbreviationOf(head, x.name)) ?? null;
    // 某省人民政府外事办公室, 某市政府办公厅: a government's own office written with its full name is a body
    // of its own (most of the blind golds name it so; one with a parent still matches it), and so is an
    // office it keeps elsewhere (某省人民政府驻北京办事处: 8 golds of 6 rounds name it with no parent, 7 of 6
    // rounds with the government as its parent, which a body with no parent still matches).
    if (e && /政府$/.test(e.name) && /政府$/.test(head)) return null;
    // 中国—中东欧国家合作秘书处 beside 中国—中东欧国家商会联合会: a head read as a short form leaves a unit of a name
    // of its own, not one character cut from a word (合|作秘书处), and a unit's name opens with no dash
    // (中国|—中亚合作秘书处).
    const own = name.length - len - ending.suffix.length;
    if (e && (/^[—–-]/.test(name.slice(len)) || (!named && own < 2 && wordCrosses(name, len)))) continue;
    // 某市委金融委员会办公室: a body with a name of its own is no unit of its parent, whatever its ending.
    if (e && namedSubBodyLength(head, name.slice(len)) === name.length - len) return null;
    if (e && e.name !== name) return { parent: e, head };
  }
  return null;
}

/**
 * 某集团 + 某某工程有限公司: a company with a legal name of its own is a body, not a unit of the group it is
 * named after (the golds of blind5, 6, 7, 12 and 15 give it no parent).
 */
const COMPANY_OF_ITS_OWN = /(?:有限公司|有限责任公司)$/;

/**
 * 某公司人力资源部, 中电联规划发展部 (a top-level ending): a unit when it opens with the exact name or declared
 * short form of a company, institution or association of the article and what follows is itself an
 * organization's name — not one of a place (中国贸促会四川省委员会, a provincial branch of its own).
 */
function namedUnitOf(
  entries: Map<string, OrgEntry>,
  name: string,
): { parent: OrgEntry; head: string } | null {
  if (knownOrganization(name)) return null;
  for (let len = name.length - 3; len >= 3; len--) {
    const head = name.slice(0, len);
    const e = resolveOrganization(entries, head);
    const rest = name.slice(len);
    const ending = suffixOf(rest);
    // 复旦大学 + 附属肿瘤医院: a body with a name of its own is no unit of its parent.
    if (e && namedSubBodyLength(head, rest) === rest.length) return null;
    // 某集团 + 有限公司 is the company's own legal name, not a unit of it; an association (中国农业 +
    // 国际合作促进会) is a body of its own, never a company's unit.
    if (
      e &&
      e.name !== name &&
      (['enterprise', 'other'].includes(e.kind) ||
        (e.kind === 'association' && leadingPlaces(rest).length === 0)) &&
      ending &&
      ending.kind !== 'association' &&
      rest.length >= ending.suffix.length + 2 &&
      !/^(有限|股份|集团|控股)/.test(rest) &&
      !COMPANY_OF_ITS_OWN.test(rest)
    )
      return { parent: e, head };
  }
  return null;
}

/**
 * A company's brand (普瑞特 of 普瑞特机械制造股份有限公司): the name without leading places, legal
 * ending and industry words. It is an alias only if the article uses it on its own.
 */
export function enterpriseShortName(name: string, text: string): string | null {
  const places = leadingPlaces(name);
  let core = name;
  for (const p of places) {
    const at = core.indexOf(p.name);
    if (at === 0) core = core.slice(p.name.length).replace(/^(省|市)/, '');
  }
  const suffix = suffixOf(core);
  if (suffix) core = core.slice(0, -suffix.suffix.length);
  let cut = core.length;
  for (const w of LEXICON.orgs.enterpriseWords) {
    const at = core.indexOf(w);
    if (at >= 2 && at < cut) cut = at;
  }
  const brand = core.slice(0, cut);
  // 卢森堡国际货运航空公司: a country written alone is the country, never the company's short name; so is a
  // province or a prefecture-level city (哈尔滨电气集团有限公司 beside 哈尔滨工业大学: 哈尔滨 is the city, and as
  // the group's alias it made the university the group's unit 工业大学).
  if (brand.length < 2 || brand.length > 4 || isCountry(brand) || isPlaceStem(brand)) return null;
  return text.split(name).join('').includes(brand) ? brand : null;
}

export interface PersonTitles {
  readonly name: string;
  readonly titles: readonly string[];
}

/**
 * Short references (李会长, 宋主任): surname + the base of one of the person's titles (副主任 → 主任), or the
 * last parts of a foreign name (门多萨 for 胡安·卡洛斯·门多萨), kept only when exactly one person of the article fits it.
 */
export function shortReferences(persons: readonly PersonTitles[]): Map<string, string> {
  const owners = new Map<string, Set<string>>();
  for (const p of persons) {
    const surname = surnameOf(p.name);
    for (const t of p.titles) {
      const last = titleEndingAt(t, t.length);
      if (!last) continue;
      const base = baseTitle(last.title);
      const refs = LEXICON.titles.shortRefs.filter(
        (r) =>
          r === base ||
          (r === '总' && /^总(经理|裁)$/.test(base)) ||
          // 党委书记 → 孟书记
          (base.endsWith(r) && /^(党委|党组|党工委)$/.test(base.slice(0, -r.length))),
      );
      for (const r of refs) {
        const ref = surname + r;
        if (ref === p.name) continue;
        const set = owners.get(ref) ?? new Set<string>();
        set.add(p.name);
        owners.set(ref, set);
      }
    }
  }
  // 胡安·卡洛斯·门多萨 → 门多萨, 卡洛斯·门多萨: a foreign name is referred to by its last parts.
  for (const p of persons) {
    const parts = p.name.split('·');
    for (let k = 1; k < parts.length; k++) {
      const ref = parts.slice(k).join('·');
      if (ref.length < 2) continue;
      const set = owners.get(ref) ?? new Set<string>();
      set.add(p.name);
      owners.set(ref, set);
    }
  }
  const out = new Map<string, string>();
  for (const [ref, names] of owners) if (names.size === 1) out.set(ref, [...names][0]!);
  return out;
}
