import { LEXICON } from './lexicon';
import { splitTopOrganization } from './organizations';
import { leadingPlaces } from './places';

/** A company's unit written between the company's words and a title (恩智浦半导体 | 大中华区). */
export interface CompanyUnit {
  /** The words before the unit; empty when the unit is written alone (…副总裁、云南区域总经理). */
  readonly company: string;
  readonly unit: string;
}

const { regions: WORLD_REGIONS, placeUnits: PLACE_UNITS } = LEXICON.orgs.companyUnits;
const BUSINESS_UNITS = LEXICON.orgs.businessUnits;
const byLength = (a: string, b: string) => b.length - a.length;
const PLACE_REGIONS = [...LEXICON.places.regions].sort(byLength);
/** Where a brand's own words end (恒瑞医药, 菜鸟网络, 宝钢股份, 完美世界游戏): the enterprise and brand words. */
const BRAND_WORDS = [...new Set([...LEXICON.orgs.enterpriseWords, ...LEXICON.orgs.brandEnds])].sort(byLength);
const LATIN = /[A-Za-z]/;
const HAN_PLACE = /^[\u3400-\u9fff]{2}$/;
/** Words that open a body by its level, the nation or its type alone (省, 中国, 公司 …), never a brand. */
const NOT_A_COMPANY = /^(?:公司|集团|中国|国家|全国|省|市|区|县|镇|乡|村|本|该|我|各)/;

/** 中国区, 大中华区, 全球 at the end of the words before a title. */
function worldRegion(prefix: string): CompanyUnit | null {
  const region = WORLD_REGIONS.find((r) => prefix.endsWith(r));
  return region ? { company: prefix.slice(0, -region.length), unit: region } : null;
}

/** 广州区域, 华东区域公司, 遂宁基地, 成都工作室: a unit named by a region or a place's two characters. */
function placedUnit(prefix: string): CompanyUnit | null {
  const ending = PLACE_UNITS.find((u) => prefix.endsWith(u));
  if (!ending) return null;
  const before = prefix.slice(0, -ending.length);
  const place =
    PLACE_REGIONS.find((r) => before.endsWith(r)) ??
    (HAN_PLACE.test(before.slice(-2)) ? before.slice(-2) : '');
  if (!place) return null;
  const company = before.slice(0, -place.length);
  // 冰雪旅游研究基地: words before the place that read as no brand name no place either.
  if (company && !endsAsBrand(company)) return null;
  return { company, unit: place + ending };
}

/**
 * 恒瑞医药生物制剂事业部: the brand up to its first enterprise word, the unit's own words (two at least) after it.
 * A business unit with no brand before it (光伏组件事业部) is left to the chain's reading of units (isUnitName).
 */
function businessUnit(prefix: string): CompanyUnit | null {
  const ending = BUSINESS_UNITS.find((u) => prefix.endsWith(u));
  if (!ending) return null;
  const named = prefix.slice(0, -ending.length);
  for (let end = 3; end <= named.length - 2; end++)
    if (endsAsBrand(named.slice(0, end))) return { company: named.slice(0, end), unit: prefix.slice(end) };
  return null;
}

/** A brand's words: Latin letters, or an enterprise or brand word after two characters of its own. */
function endsAsBrand(words: string): boolean {
  if (LATIN.test(words)) return true;
  return BRAND_WORDS.some((w) => words.endsWith(w) && words.length - w.length >= 2);
}

/**
 * The company and its unit in the words before a title (菜鸟国际广州区域, 西门子能源全球, 宝钢股份特钢事业部), as
 * the golds write them: the unit stays in the title, the words before it are the company; a unit written alone
 * (云南区域, 中国区) has an empty company. Null when the words hold a body with a legal or top-level ending
 * (某有限公司海外事业部: the usual split reads it) or open with a place or a level.
 */
export function companyUnitOf(prefix: string): CompanyUnit | null {
  const found = worldRegion(prefix) ?? placedUnit(prefix) ?? businessUnit(prefix);
  if (!found) return null;
  const { company } = found;
  if (company === '') return found;
  if (company.length < 2 || NOT_A_COMPANY.test(company) || leadingPlaces(company).length > 0) return null;
  // 阳光电源股份有限公司储能事业部: a body with a legal or top-level ending takes the usual split (the unit's own
  // ending left out: 事业部 ends in 部, an agency's ending).
  const ending = [...BUSINESS_UNITS, ...PLACE_UNITS, ...WORLD_REGIONS].find((u) => prefix.endsWith(u))!;
  if (splitTopOrganization(prefix.slice(0, -ending.length)) !== null) return null;
  return found;
}
