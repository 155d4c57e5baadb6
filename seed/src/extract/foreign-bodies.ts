import { LEXICON } from './lexicon';

/* Foreign bodies whose names hold punctuation the span recognizers would otherwise read as a list. */

const { countries, stateForms } = LEXICON.places;
const byLength = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).join('|');
/**
 * A foreign ministry named by its portfolios, listed with 、 and closed by 和/与/及 (缅甸农业、畜牧与灌溉部,
 * 坦桑尼亚教育、科学和技术部): the country opens it, the list's items are short words (no 兼, so a chain of
 * posts is no ministry) and its last item ends with 部. A federal state's ministry has the state between
 * (德国巴登-符腾堡州经济、劳动和旅游部, its name written with a hyphen).
 */
const LISTED_MINISTRY = new RegExp(
  `(?:${byLength(countries)})(?:${byLength(stateForms)})?(?:[\\u4e00-\\u9fff]{1,6}(?:-[\\u4e00-\\u9fff]{1,6})?州)?(?:[\\u4e00-\\u9fff]{2,8}兼)?((?:[\\u4e00-\\u9fff]{1,6}、)+[\\u4e00-\\u9fff]{1,6}[和与及][\\u4e00-\\u9fff]{1,6}?部)`,
  'g',
);

/**
 * The positions of the 、 inside a foreign ministry's listed portfolios: part of its name, not a list. The
 * ministry may follow a head's post and 兼 (斐济共和国副总理兼贸易、合作社和通讯部部长): its country's.
 */
export function ministryListCommas(s: string): number[] {
  if (!s.includes('、')) return [];
  const out: number[] = [];
  for (const m of s.matchAll(LISTED_MINISTRY)) {
    const name = m[1]!;
    if (name.includes('兼') || name.includes('中国')) continue;
    const at = m.index + m[0].length - name.length;
    for (let k = name.indexOf('、'); k >= 0; k = name.indexOf('、', k + 1)) out.push(at + k);
  }
  return out;
}

/** A country as written (意大利, 俄罗斯联邦) right before the position a pattern is tested at. */
const COUNTRY_BEFORE = new RegExp(`(?:${byLength(countries)})(?:${byLength(stateForms)})?$`);
/** China's mission abroad is stationed in a foreign place (中华人民共和国驻温哥华总领事馆). */
const CHINA_STATION_BEFORE = /(?:中国|中华人民共和国|我国)驻$/;
/** A place's level, written after its name (江原特别自治道, 大阪府, 阿穆尔州). */
const LEVEL_END = /[省市区县州府道郡町]$/;
const LEVEL = /(?:特别自治道|自治道|边疆区|[省市区县州府道郡町])$/;

/**
 * Is `stem` (普拉托, 列治文) a foreign place's name in `text`? It is when the text writes it somewhere right
 * after a country (意大利普拉托), as China's mission's station (中国驻大阪总领事馆), or right after another
 * place so written (韩国江原特别自治道春川市, 驻温哥华 … 温哥华列治文).
 */
export function writtenAbroad(stem: string, text: string): boolean {
  return placedAbroad(stem, text, (before) => {
    for (let len = 2; len <= 9 && len <= before.length; len++) {
      const place = before.slice(-len);
      if (!/^[\u3400-\u9fff]+$/.test(place)) return false;
      // A place before it: one with its level written after a country (江原特别自治道), or a station.
      const leveled = LEVEL_END.test(place);
      const name = leveled ? place.replace(LEVEL, '') : place;
      if (name.length >= 2 && placedAbroad(name, text, () => false, leveled)) return true;
    }
    return false;
  });
}

function placedAbroad(
  stem: string,
  text: string,
  orBefore: (before: string) => boolean,
  afterCountry = true,
): boolean {
  if (stem.length < 2) return false;
  for (let p = text.indexOf(stem); p >= 0; p = text.indexOf(stem, p + 1)) {
    const before = text.slice(Math.max(0, p - 16), p);
    if ((afterCountry && COUNTRY_BEFORE.test(before)) || CHINA_STATION_BEFORE.test(before)) return true;
    if (orBefore(before)) return true;
  }
  return false;
}

/** A local government's place (普拉托市 of 普拉托市人民政府) and its name without the level (普拉托). */
const LOCAL_GOVERNMENT = /^([\u3400-\u9fff]{2,10}?)(市|州|区|县|省)人民政府$/;

/**
 * 普拉托市市长 in a report that writes 意大利普拉托: the head of a foreign place sits at its 政府, never at a
 * people's government (the golds write 普拉托市, 列治文市政府, 春川市: `foreignGovernmentForms`). Other bodies
 * are returned as they are.
 */
export function abroadGovernment(org: string, text: string): string {
  const m = LOCAL_GOVERNMENT.exec(org);
  // 自治区人民政府: a level's word (自治, 特别行政), no place's name.
  return m && !/自治|特别行政/.test(m[1]!) && writtenAbroad(m[1]!, text) ? `${m[1]}${m[2]}政府` : org;
}

/** Is `org` (普拉托市政府) the government of a place written abroad in `text`, no people's government? */
export function isAbroadGovernment(org: string, text: string): boolean {
  const m = /^(.+)政府$/.exec(org);
  return m !== null && !m[1]!.endsWith('人民') && abroadGovernment(`${m[1]}人民政府`, text) === org;
}
