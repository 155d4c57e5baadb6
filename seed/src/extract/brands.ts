import { LEXICON } from './lexicon';
import { leadingPlaces } from './places';

const LATIN_OR_DIGIT = /[0-9A-Za-z]/;
/** Words before a title that are no company: places and levels, the nation, bodies by type alone. */
const NOT_A_BRAND = /^(中国|国家|全国|省|市|区|县|镇|乡|村|本|该|我)/;

/**
 * The brand a title is written after when the article never names the company in full (高瓴资本合伙人,
 * 博世中国总裁, 西门子能源全球执行副总裁 → 西门子能源, 36氪副总裁): the words up to the first brand ending
 * (`org-suffixes.json` `brandEnds`) after at least two characters, or short words with Latin letters or
 * digits. Null for anything else.
 */
export function brandOf(qualifier: string): string | null {
  if (NOT_A_BRAND.test(qualifier) || leadingPlaces(qualifier).length > 0) return null;
  if (
    LATIN_OR_DIGIT.test(qualifier) &&
    qualifier.length <= 8 &&
    /^[0-9A-Za-z\u3400-\u9fff]+$/.test(qualifier)
  )
    return qualifier;
  let best: string | null = null;
  for (const end of LEXICON.orgs.brandEnds) {
    const at = qualifier.indexOf(end, 2);
    if (at >= 2 && at + end.length <= 6 && (best === null || at + end.length < best.length))
      best = qualifier.slice(0, at + end.length);
  }
  return best;
}
