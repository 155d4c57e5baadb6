import { absorbEntry, type OrgEntry } from './aliases';
import { isAbbreviationOf } from './organizations';
import { opensWithProperWord } from './names';
import { leadingPlaces } from './places';
import { LEXICON } from './lexicon';

/**
 * Every name an article gives a body is one of its aliases. The extractor completes what the text writes
 * (市政协 after 中山市委 → 中山市政协, 县乡村振兴局 → 于都县乡村振兴局) and names a central agency by its usual
 * short name (中华人民共和国商务部 → 商务部); the annotators write the form the text uses. This module keeps,
 * for every body of the registry, the forms the article literally writes for it, and merges the forms of one
 * body the text writes two ways (渝北区工商联 beside 重庆市渝北区工商业联合会, 洋浦经济开发区管理委员会 beside
 * 海南洋浦经济开发区管理委员会). A form two bodies could claim, or another body's name, is nobody's alias.
 */

/** The state's name written before a central body (中华人民共和国商务部). */
const STATE = '中华人民共和国';

/** A place's level, at the end of the place a body's name opens with (中山市, 于都县, 渝北区). */
const LEVEL_END = /[省市县区州旗盟]$/;

/** Characters of the clause that may stand right before a body written from its level (兼县乡村振兴局局长, 原市政协主席). */
const CLAUSE_CHARS = '兼原和及与暨的在由任为是前向对到同并任';

const CJK = /[\u3400-\u9fff]/;

/** A national body's name: no province is written before it. */
const NATIONAL = /^(?:中国|全国|中华|国家)/;

const PROVINCE_FORMS: readonly string[] = [
  ...new Set(LEXICON.places.provinces.flatMap((p) => [p.full, p.short])),
].sort((a, b) => b.length - a.length);

/** A town's or village's name a body's name opens with (东岗村党支部, 麻沙镇水稻制种专业合作社, 市桥街道党工委). */
const TOWN_OPENING = /^([\u3400-\u9fff]{2,4}?)(?:街道|[镇乡村])[\u3400-\u9fff]{2}/;

/** A company's legal ending. */
const COMPANY = /(?:有限公司|有限责任公司)$/;

/** Words ending in 乡 or 村 that name no town or village (住房和城乡建设局, 农村商业银行, 乡村振兴局). */
const NO_TOWN = /(?:城|农|乡|新农)$/;

/** 云岩区卫生健康局, 东岗村党支部: a body named from its own place on, a known one or a town's or village's. */
function opensWithOwnPlace(rest: string): boolean {
  // 上海市安徽商会 is no 安徽商会: a province after a place names where members come from, save in a company's
  // name (罗庄区山东沂河化纤科技有限公司).
  if (PROVINCE_FORMS.some((p) => rest.startsWith(p))) return COMPANY.test(rest);
  const town = TOWN_OPENING.exec(rest);
  return leadingPlaces(rest).length > 0 || (town !== null && !NO_TOWN.test(town[1]!));
}

/** A zone's or a place's name of any kind at the start (小蓝经济技术开发区…, 化工园区…). */
const OPENS_WITH_ZONE =
  /^(?:[\u3400-\u9fff]{2,5}?(?:社区|自治州|自治县|[市州县区旗])|[\u3400-\u9fff]{2,8}?(?:开发区|新区|园区))[\u3400-\u9fff]{2}/;

/**
 * Where the chain of places `name` opens with may be cut: after each place ending in its level, a province
 * written without one, or a town (严店乡) after a known place or before a village.
 */
function placeCuts(name: string): number[] {
  const cuts: number[] = [];
  const province = PROVINCE_FORMS.find((p) => name.startsWith(p) && !LEVEL_END.test(name.charAt(p.length)));
  if (province) cuts.push(province.length);
  for (let k = 2; k <= Math.min(name.length - 2, 16); k++) {
    if (LEVEL_END.test(name.charAt(k))) continue;
    const prefix = name.slice(0, k);
    const town = /(?:[镇乡]|街道)$/.test(prefix) && k - (cuts.at(-1) ?? 0) <= 6;
    if (town || (LEVEL_END.test(prefix) && leadingPlaces(prefix).length > 0)) cuts.push(k);
  }
  return cuts;
}

/** Is `form` written in `text` on its own somewhere, not as the end of a longer name (重庆市渝北区… for 渝北区…)? */
function writtenAlone(form: string, text: string): boolean {
  for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
    const before = text.charAt(i - 1);
    if (!CJK.test(before) || CLAUSE_CHARS.includes(before)) return true;
  }
  return false;
}

/** The provinces the text writes right before `name` (海南 of 海南洋浦…), one look at each place it writes it. */
function provincesBefore(name: string, text: string): Set<string> {
  const out = new Set<string>();
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
    const p = PROVINCE_FORMS.find((f) => text.startsWith(f, i - f.length));
    if (p) out.add(p);
  }
  return out;
}

/**
 * The forms of `name` the text writes: from its level on (中山市政协 → 市政协), from a lower place on (广西柳州市人民政府
 * → 柳州市人民政府), each where the text writes it on its own; with the state's name or a province's before it
 * (中华人民共和国商务部, 海南洋浦经济开发区管理委员会) where the text writes that.
 */
export function literalForms(name: string, text: string): string[] {
  const level = new Set<string>();
  const lower = new Set<string>();
  const zone = new Set<string>();
  for (const k of placeCuts(name)) {
    const rest = name.slice(k);
    // 小蓝经济技术开发区党工委 of 南昌县…, not 经济技术开发区管理委员会 of 北京… nor 港保税区管委会 of 天津…: a zone
    // with a name of its own after a place written with its level.
    const zoneOfPlace =
      LEVEL_END.test(name.charAt(k - 1)) && OPENS_WITH_ZONE.test(rest) && opensWithProperWord(rest);
    if (opensWithOwnPlace(rest) || zoneOfPlace) lower.add(rest);
    else if (OPENS_WITH_ZONE.test(rest)) zone.add(rest);
    else if (LEVEL_END.test(name.charAt(k - 1)) && rest.length >= 2 && !LEVEL_END.test(rest.charAt(0)))
      level.add(name.charAt(k - 1) + rest);
  }
  // 东岗村党支部 of 严店乡东岗村党支部: a body from its own place on, written alone or not (the golds' convention);
  // the others only where the text writes them on their own.
  const written = [...lower, ...[...level, ...zone].filter((f) => writtenAlone(f, text))];
  // 中华人民共和国商务部, 海南洋浦经济开发区管理委员会: a wider place the text writes before the name.
  if (leadingPlaces(name).length === 0 && !NATIONAL.test(name) && !LEVEL_END.test(name.charAt(0)))
    for (const p of provincesBefore(name, text)) written.push(p + name);
  if (text.includes(STATE + name)) written.push(STATE + name);
  return written.filter((f) => f !== name);
}

/** Adds to every entry the forms the text writes for it that no other entry is or could claim. */
export function addLiteralForms(entries: Map<string, OrgEntry>, text: string): void {
  const taken = new Set([...entries.values()].flatMap((e) => [e.name, ...e.aliases]));
  const claims = new Map<string, OrgEntry[]>();
  for (const e of entries.values())
    for (const f of new Set([e.name, ...e.aliases].flatMap((n) => literalForms(n, text))))
      claims.set(f, [...(claims.get(f) ?? []), e]);
  // 湖南省神经外科 of 神经外科, written only inside 湖南省神经外科质量控制中心: a form that opens another body's name
  // would make that body look like its unit (中华人民共和国商务部 before its 西亚非洲司 is that body's own name).
  const opensAnother = (form: string) =>
    !form.startsWith(STATE) && [...taken].some((t) => t.length > form.length && t.startsWith(form));
  for (const [form, by] of claims)
    if (by.length === 1 && !taken.has(form) && !opensAnother(form)) by[0]!.aliases.add(form);
}

/** The names of the places a name opens with (重庆市渝北区工商联 → 重庆/渝北区). */
const placeChain = (name: string): string =>
  leadingPlaces(name)
    .map((p) => p.name)
    .join('/');

/**
 * The one other top-level entry `e` is a second written form of: the same name with a province's before it
 * (洋浦… of 海南洋浦…), or a short form of its name from a place on, with the same places (渝北区工商联 of
 * 重庆市渝北区工商业联合会, 重庆市工商联 of 重庆市工商业联合会 but not of 重庆市渝北区工商业联合会); else null.
 */
function fullFormOf(
  entries: Map<string, OrgEntry>,
  e: OrgEntry,
  cutsOf: (name: string) => readonly number[],
): OrgEntry | null {
  const chain = placeChain(e.name);
  const fits = [...entries.values()].filter((f) => {
    if (f === e || f.parent || f.kind !== e.kind) return false;
    if (PROVINCE_FORMS.some((p) => f.name === p + e.name) && !NATIONAL.test(e.name)) return true;
    if (!chain) return false;
    return [0, ...cutsOf(f.name)].some((k) => {
      const rest = f.name.slice(k);
      return isAbbreviationOf(e.name, rest) && placeChain(rest) === chain;
    });
  });
  return fits.length === 1 ? fits[0]! : null;
}

/** Merges the top-level entries that are a second written form of one other (`fullFormOf`). */
export function mergeWrittenForms(entries: Map<string, OrgEntry>): void {
  // Each name's cuts once, not once per pair of entries.
  const cuts = new Map<string, readonly number[]>();
  const cutsOf = (name: string) => cuts.get(name) ?? cuts.set(name, placeCuts(name)).get(name)!;
  for (const e of [...entries.values()]) {
    if (e.parent || !entries.has(e.name)) continue;
    const full = fullFormOf(entries, e, cutsOf);
    if (full) absorbEntry(entries, e, full);
  }
}
