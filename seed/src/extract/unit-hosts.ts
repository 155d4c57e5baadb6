import type { OrgEntry } from './aliases';
import { LEXICON } from './lexicon';
import { articleOutlet, articleSource } from './outlet';
import { isMediaBody, knownOrganization, suffixOf } from './organizations';
import { countryAt, leadingPlaces } from './places';
import { placeWordAt } from './names';

/** Names that open with a place, a level or the nation (中央宣传部: the central level) are bodies of their own, never bare units. */
const OWN_PLACE = /^(中国|国家|全国|中华|中共|中央|省|市|区|县|州|镇|乡|街道)/;

/** 致公党, 民进, 九三学社: the parties' names (`parties` without 中央), which open their own bodies' names. */
const PARTY_NAMES = LEXICON.orgs.parties.map((p) => p.replace(/中央$/, ''));

/** 花楼沟村党支部, 篁岭村党支部: a village's own body names its place (the village), never a company's unit. */
const VILLAGE_BODY = new RegExp(`[\u3400-\u9fff]{2}村(?:${LEXICON.orgs.villageBodies.join('|')})$`);

/**
 * The endings of the bodies a unit named alone may belong to (心血管外科 → 医院, 社会责任部 → 公司 …), or
 * null when the name is no bare unit: it has a place, a national prefix or a known name of its own.
 */
export function bareUnitHosts(
  name: string,
  table: readonly [string, readonly string[]][] = LEXICON.orgs.unitHosts,
): readonly string[] | null {
  if (name.length < 3 || name.length > 10 || OWN_PLACE.test(name) || VILLAGE_BODY.test(name)) return null;
  // 致公党绵阳市支部, 民进某市委会: a party's own body, never a unit of a hospital or company the text names.
  if (PARTY_NAMES.some((p) => name.startsWith(p))) return null;
  if (knownOrganization(name) || leadingPlaces(name).length > 0 || isMediaBody(name)) return null;
  // 马来西亚贸工部: a country's ministry.
  if (countryAt(name)) return null;
  // 迪拜经济和旅游部: a long name opening with a place jieba knows (not a region of China: 华东营销部) is a
  // body of that place, no unit of a body the text names.
  const place = name.length >= LONG_UNIT ? placeWordAt(name) : null;
  if (place && !LEXICON.places.regions.includes(place)) return null;
  return table.find(([unit]) => name.endsWith(unit))?.[1] ?? null;
}

const LONG_UNIT = 7;

/**
 * 心血管外科主任甲, 社会责任部总经理乙: a unit named alone belongs to the body that may hold it (a hospital's
 * 科, a company's 部) and publishes the article, else to the article's one such body, else to the one of them
 * the text names last before the unit.
 */
export function attachBareUnits(
  entries: Map<string, OrgEntry>,
  text: string,
  ownUniversity: () => OrgEntry | null = () => null,
): void {
  const source = articleSource(text);
  const publisher = source ?? articleOutlet(text);
  let school: OrgEntry | null | undefined;
  const ownSchool = () => (school === undefined ? (school = ownUniversity()) : school);
  for (const e of entries.values()) {
    if (e.parent) continue;
    const mine = publisherHost(e, entries, publisher, text, ownSchool);
    if (mine) {
      e.parent = mine.name;
      e.kind = mine.kind;
      continue;
    }
    const hosts = bareUnitHosts(e.name);
    if (!hosts) continue;
    const candidates = [...entries.values()].filter(
      (h) => h !== e && !h.parent && !bareUnitHosts(h.name) && hosts.some((end) => h.name.endsWith(end)),
    );
    // The publisher first (来源：某医院宣传中心): a hospital's news names its partners' hospitals too.
    const own = source
      ? candidates.filter((h) => [h.name, ...h.aliases].some((f) => source.startsWith(f)))
      : [];
    const at = text.indexOf(e.name);
    // 论坛由某部主办，澜湄某某合作中心承办 … 某大学某系教授: a unit named before any body that may hold it is a body of
    // its own (blind14-24), not the unit of a university the text names only later.
    const sole = candidates.length === 1 && namedBefore(candidates[0]!, text, at) ? candidates[0] : null;
    const host =
      own.length === 1
        ? own[0]
        : candidates.length === 1
          ? sole
          : lastNamed(candidates, text.slice(0, Math.max(0, at)));
    if (!host) continue;
    e.parent = host.name;
    e.kind = host.kind;
  }
}

/** Does the text name `host`, by any of its forms, before `at` (or is the unit not found as written)? */
function namedBefore(host: OrgEntry, text: string, at: number): boolean {
  if (at < 0) return true;
  return [host.name, ...host.aliases].some((f) => {
    const k = f.length >= 2 ? text.indexOf(f) : -1;
    return k >= 0 && k < at;
  });
}

/**
 * 林学院 in 某某大学新闻网's report is the university's; elsewhere a 学院 may be a college of its own, so
 * these units (publisherUnitHosts) go only to the body that publishes the article: the one its 来源 or
 * masthead names, else the university that speaks of itself as 我校 (its college on the 来源 line).
 */
function publisherHost(
  e: OrgEntry,
  entries: Map<string, OrgEntry>,
  publisher: string | null,
  text: string,
  ownUniversity: () => OrgEntry | null,
): OrgEntry | null {
  const hosts = bareUnitHosts(e.name, LEXICON.orgs.publisherUnitHosts);
  if (!hosts || hasUnitsOfItsOwn(e.name, text) || endsAsAcademy(e.name)) return null;
  const own = publisher
    ? [...entries.values()].filter(
        (h) =>
          h !== e &&
          !h.parent &&
          hosts.some((end) => h.name.endsWith(end)) &&
          [h.name, ...h.aliases].some((f) => publisher.startsWith(f)),
      )
    : [];
  if (own.length === 1) return own[0]!;
  const school = ownUniversity();
  return school && school !== e && hosts.some((end) => school.name.endsWith(end)) ? school : null;
}

/** 长江科学院: a longer ending than the unit's (科学院, not 学院) names an academy of its own. */
function endsAsAcademy(name: string): boolean {
  const unit = LEXICON.orgs.publisherUnitHosts.find(([u]) => name.endsWith(u))?.[0] ?? '';
  return (suffixOf(name)?.suffix.length ?? 0) > unit.length;
}

/** 新乡医学院公共卫生学院: a college written with units of its own is a body, not a unit. */
function hasUnitsOfItsOwn(name: string, text: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`${escaped}[\\u3400-\\u9fff]{2,12}?(?:学院|系|研究所|中心)`).test(text);
}

/**
 * Of several bodies a bare 公司 may mean, the one `before` (the text up to the reference) names last, by
 * any of its forms: 来到甲公司，察看…。公司董事长某某 — a visit's report names the company, then its people.
 */
export function lastNamed(candidates: readonly OrgEntry[], before: string): OrgEntry | null {
  let best: OrgEntry | null = null;
  let at = -1;
  for (const e of candidates)
    for (const f of [e.name, ...e.aliases]) {
      const k = f.length >= 3 ? before.lastIndexOf(f) : -1;
      if (k > at) [best, at] = [e, k];
    }
  // 走访甲跨境电子商务有限公司、乙物流有限公司。在甲公司，公司创始人某某…: a short form, two characters of one
  // company's name before 公司, names that company too.
  // 先后来到甲有限公司、乙有限公司…。在甲，公司董事长某某…: the place a visit's clause opens with, written by words of
  // one company's name only, names that company.
  for (const re of [SHORT_COMPANY, VISITED_SHORT])
    for (const m of before.matchAll(re)) {
      const holders = candidates.filter((e) => e.name.includes(m[1]!));
      if (holders.length === 1 && m.index > at) [best, at] = [holders[0]!, m.index];
    }
  return best;
}

/** 在华芯晶源，: the words a clause opens with after 在, up to its comma. */
const VISITED_SHORT = /在([\u3400-\u9fff]{2,12})，/g;

/** Two characters before 公司 (甲公司): a company's short form when they are part of one company's name only. */
const SHORT_COMPANY = /([\u3400-\u9fff]{2})公司/g;
