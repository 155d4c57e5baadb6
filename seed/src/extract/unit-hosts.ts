import { LEXICON } from './lexicon';
import { knownOrganization } from './organizations';
import { leadingPlaces } from './places';

/** Names that open with a place, a level or the nation are bodies of their own, never bare units. */
const OWN_PLACE = /^(中国|国家|全国|中华|中共|省|市|区|县|州|镇|乡|街道)/;

/**
 * The endings of the bodies a unit named alone may belong to (心血管外科 → 医院, 社会责任部 → 公司 …), or
 * null when the name is no bare unit: it has a place, a national prefix or a known name of its own.
 */
export function bareUnitHosts(name: string): readonly string[] | null {
  if (name.length < 3 || name.length > 10 || OWN_PLACE.test(name)) return null;
  if (knownOrganization(name) || leadingPlaces(name).length > 0) return null;
  // 马来西亚贸工部: a country's ministry.
  if (LEXICON.places.countries.some((c) => name.startsWith(c))) return null;
  return LEXICON.orgs.unitHosts.find(([unit]) => name.endsWith(unit))?.[1] ?? null;
}
