import { LEXICON } from './lexicon';
import { articleSource } from './outlet';
import { openingLines } from './page-chrome';
import { countryAt, leadingPlaces, provinceByShort, provincesIn } from './places';

/**
 * Provincial and city news name bodies by their level only (省委, 省政府, 省商务厅, 市委) and with
 * short department names (市场监管局, 发展改革委). Given the article's own jurisdictions — the province
 * or city that opens the full names it also uses — each such form gets its full name:
 * 省市场监管局 → 湖南省市场监督管理局, 中共湖南省委 → 湖南省委.
 */
const LEVELS = ['省', '市', '州', '区', '县', '镇', '乡'] as const;

/** 中共, 民盟, 九三学社 …: a party's name before the place whose committee it is (民盟绵阳市委会). */
const PARTY_PREFIX = new RegExp(
  `^(?:中共|${LEXICON.orgs.parties.map((p) => p.replace(/中央$/, '')).join('|')})(?=.{2})`,
);

/** Levels written as a word, which a body of that level opens with alone (自治区党委, 地区商务局). */
const WORD_LEVELS = ['自治区', '地区'] as const;
/** 喀什地区行政公署, 喀什地区行署: the body only a prefecture (地区) has names it. */
const PREFECTURE = /^([\u3400-\u9fff]{2,3}?地区)(?:行政公署|行署|委员会|地委)/;

/** 广西壮族自治区交通运输厅 → 自治区: 广西壮族自治区; 喀什地区行政公署 → 地区: 喀什地区. */
function wordLevelPlace(chain: string): { level: string; place: string } | null {
  const region = LEXICON.places.provinces.find((p) => p.full.endsWith('自治区') && chain.startsWith(p.full));
  if (region) return { level: '自治区', place: region.full };
  const prefecture = PREFECTURE.exec(chain)?.[1];
  return prefecture ? { level: '地区', place: prefecture } : null;
}

/** How often the text names a place by its stem (宁乡 of 宁乡市), with or without its level. */
const mentionsOf = (text: string, place: string): number =>
  text.split(place.length > 2 ? place.slice(0, -1) : place).length - 1;

/**
 * The one place of each level that opens the article's organization names (湖南省委 → 省: 湖南省); of
 * several, the one the headline names (武夷山市…会议闭幕 with 武夷山市人民政府 and 南平市文化和旅游局: 武夷山市),
 * else the one the text names far more often than any other (a county-level city's own report names its
 * prefecture once: 长沙市人民政府副市长、宁乡市委书记甲 … 宁乡 throughout).
 */
export function jurisdictions(names: readonly string[], headline = '', text = ''): Map<string, string> {
  const seen = new Map<string, Set<string>>();
  const add = (level: string, full: string): void => {
    seen.set(level, (seen.get(level) ?? new Set<string>()).add(full));
  };
  for (const n of names) {
    const chain = n.replace(PARTY_PREFIX, '');
    const region = wordLevelPlace(chain);
    if (region) add(region.level, region.place);
    for (const p of leadingPlaces(chain)) {
      // 永川高新区管委会 beside 区委书记: a development zone is no district whose committee or government that is.
      if (isZoneName(p.name)) continue;
      // 山东省济南市…: the level is the character after the place's name where the chain writes one.
      const after = chain.charAt(chain.indexOf(p.name) + p.name.length);
      const level = (LEVELS as readonly string[]).includes(after) ? after : p.name.slice(-1);
      if (!(LEVELS as readonly string[]).includes(level)) continue;
      add(level, p.name.endsWith(level) ? p.name : p.name + level);
    }
  }
  const out = new Map<string, string>();
  for (const [level, set] of seen) {
    const inHeadline = [...set].filter((p) => headline.includes(p));
    const byMentions = [...set].map((p) => ({ p, n: mentionsOf(text, p) })).sort((a, b) => b.n - a.n);
    if (set.size === 1) out.set(level, [...set][0]!);
    else if (inHeadline.length === 1) out.set(level, inHeadline[0]!);
    else if (byMentions[0]!.n >= 3 && byMentions[0]!.n >= 3 * byMentions[1]!.n)
      out.set(level, byMentions[0]!.p);
  }
  return out;
}

const SPECIAL_REGION_GOVERNMENT = /(?:特别行政区|特区)政府$/;

/** Every short department form, or only those a body's name always writes out (省政府 → 某省人民政府). */
function expandDepartment(name: string, all = true): string {
  // 蒙古国东方省政府: a foreign place's government is no 人民政府, nor its departments Chinese ones.
  if (countryAt(name)) return name;
  // 香港特别行政区政府, 澳门特区政府: a special administrative region's government is its 政府 by law.
  if (SPECIAL_REGION_GOVERNMENT.test(name)) return name;
  for (const [short, full] of LEXICON.departmentForms) {
    if (!all && !LEXICON.writtenOutForms.has(short)) continue;
    // Only after a place: 国资委 alone is the national commission and keeps its name.
    if (name.endsWith(short) && name.length > short.length && !name.endsWith(full)) {
      const head = name.slice(0, -short.length);
      if (leadingPlaces(head).length > 0 || /^(省|市|区|县)$/.test(head) || /(省|市|区|县)$/.test(head))
        return head + full;
    }
  }
  return name;
}

/** 永川高新区, 高新区: a place named by a development zone's type. */
const isZoneName = (place: string): boolean => LEXICON.orgs.zoneForms.some(([bare]) => place.endsWith(bare));

/** Does the name hold a development zone's type (高新区, 经济技术开发区)? */
export function namesZone(name: string): boolean {
  return LEXICON.orgs.zoneForms.some(([, fulls]) => fulls.some((f) => name.includes(f)));
}

/**
 * 高新区管委会, 开发区党工委: a development zone written by its type alone is the zone of that type the text
 * names after one of the article's places or writes in the name of another body (襄阳高新区, 长兴经济技术开发区), else, when the article names a city and no county
 * (its districts are the zone's peers), that city's (潍坊 + 高新区, as blind5's gold names it). Anything else keeps its name.
 */
export function zoneBodyName(
  name: string,
  places: ReadonlyMap<string, string>,
  text: string,
  names: readonly string[],
): string {
  const zone = LEXICON.orgs.zoneForms.find(([bare]) => name.startsWith(bare) && name.length > bare.length);
  if (!zone) return name;
  const [bare, fulls] = zone;
  const stems = ['市', '县', '区'].flatMap((level) => {
    const place = places.get(level);
    // 高新区 itself read as a district is no place of the zone's.
    const isZone = place !== undefined && isZoneName(place);
    return place && !isZone ? [place.slice(0, -1)] : [];
  });
  // 襄阳高新区党工委 among the article's bodies names the zone itself.
  const zones = names.flatMap((n) =>
    fulls.flatMap((f) => {
      const at = n.indexOf(f);
      return at >= 2 && at <= 4 ? [n.slice(0, at + f.length)] : [];
    }),
  );
  const named = new Set([
    ...zones,
    ...stems.flatMap((stem) => fulls.filter((f) => text.includes(stem + f)).map((f) => stem + f)),
  ]);
  if (named.size === 1) return [...named][0]! + name.slice(bare.length);
  // The city's, where no county is named beside it: its districts (坊子区委 beside 高新区党工委) are the zone's peers.
  const city = places.get('市');
  if (named.size === 0 && city && !places.has('县') && !isZoneName(city)) return city.slice(0, -1) + name;
  return name;
}

/** 恩施州人民政府, 博州政府: the government of an autonomous prefecture written by its short form. */
const PREFECTURE_GOVERNMENT = /^([\u3400-\u9fff]{1,4}州)(?:人民政府|政府)$/;

/**
 * 恩施州人民政府 → 恩施土家族苗族自治州人民政府: the government of an autonomous prefecture, in full where the text
 * writes the prefecture so (…自治州人民政府（以下简称“某州政府”）, 主办单位 …; 德宏傣族景颇族自治州 in the prose, 州长 under
 * 德宏州委), as the golds of blind10, 12, 14 and 25 do; the short form stays an alias, which blind7's gold names it by.
 * A text that writes only 某州人民政府 keeps it (blind7's and blind8's golds). Else null.
 */
export function prefectureGovernment(name: string, text: string): string | null {
  const short = PREFECTURE_GOVERNMENT.exec(name)?.[1];
  const full = short && LEXICON.places.autonomousPrefectures.get(short);
  return full && text.includes(full) ? `${full}人民政府` : null;
}

/** 东区人民政府: a district's or county's government written without its city. */
const DISTRICT_GOVERNMENT = /^[\u3400-\u9fff]{1,4}[区县]人民政府$/;

/**
 * 东区人民政府 (副区长 under 东区区委) in a text that writes 攀枝花市东区人民政府 among the organizers: the government is
 * the one the text names in full, its city before it (blind10-17's gold). Else null.
 */
export function districtGovernment(name: string, text: string): string | null {
  if (!DISTRICT_GOVERNMENT.test(name)) return null;
  const found = new Set<string>();
  for (const m of text.matchAll(new RegExp(`([\u3400-\u9fff]{2,3})市${name}`, 'g'))) {
    // 由重庆市某区人民政府: the city is a known one (a prefecture's seat or a municipality), not the word before it.
    const words = m[1]!;
    const city = [words.slice(-2), words].find(
      (c) => LEXICON.places.prefectureSeats.has(c) || provinceByShort(c) !== undefined,
    );
    if (city) found.add(`${city}市${name}`);
  }
  const [full] = found;
  return found.size === 1 && full ? full : null;
}

/** 汕头市驻昆明联络处: an office a place keeps elsewhere, written after the place alone. */
const PLACE_OFFICE = /^(.{2,12}?[省市县区])(驻[\u3400-\u9fff]{1,8}?(?:办事处|联络处|联络办公室))$/;

/**
 * 市驻昆明联络处主任 in a text that writes 汕头市人民政府驻昆明联络处: the office is the government's, named as the
 * text writes it in full (blind25's gold, as blind5's and blind8's name 某市人民政府驻某地联络处). Else null.
 */
export function governmentOffice(name: string, text: string): string | null {
  const m = PLACE_OFFICE.exec(name);
  const full = m ? `${m[1]}人民政府${m[2]}` : '';
  if (!full || !text.includes(full)) return null;
  // 广东省汕头市人民政府驻昆明联络处: the fullest form, with the province the text writes before it.
  const province = LEXICON.places.provinces.find((p) => text.includes(p.full + full));
  return province ? province.full + full : full;
}

/** A zone's committee, written short or out. */
const COMMITTEE_FORMS = ['管委会', '管理委员会'];
/** 长春汽开区管委会: a zone's body, its zone written short. */
const SHORT_ZONE_BODY = /^([\u3400-\u9fff]{2,8}?区)(管委会|党工委|管理委员会)$/;

/**
 * 长春汽开区管委会 in a text that writes 长春汽车经济技术开发区管委会: a zone's body written with its zone's short
 * form is the one body of that type whose zone's full name keeps the short form's characters in order (blind26's
 * gold; blind14's and 22's declare the short form). Else null.
 */
export function zoneFullBody(name: string, text: string): string | null {
  const m = SHORT_ZONE_BODY.exec(name);
  if (!m) return null;
  const [, zone, body] = m;
  const found = new Set<string>();
  // The zone's own words hold no connective and no company (合肥某某有限公司与合肥高新区管委会 is two bodies, and
  // its 高新区 no zone's full name); its committee may be written out (合肥高新技术产业开发区管理委员会 of 合肥高新区管委会).
  const bodies = COMMITTEE_FORMS.includes(body!) ? COMMITTEE_FORMS.join('|') : body!;
  const written = new RegExp(
    `${zone!.slice(0, 2)}(?:(?!与|和|及|公司)[\u3400-\u9fff]){2,14}?(?:开发区|新区|实验区)(?:${bodies})`,
    'g',
  );
  for (const [full] of text.matchAll(written)) {
    const ending = COMMITTEE_FORMS.find((f) => full.endsWith(f)) ?? body!;
    const fullZone = full.slice(0, -ending.length);
    if (fullZone.length > zone!.length && keptInOrder(zone!, fullZone)) found.add(full);
  }
  return found.size === 1 ? [...found][0]! : null;
}

/** 苏州工业园区管委会: a zone's committee written short, its zone as long as the text writes it. */
const ZONE_COMMITTEE_SHORT = /^([\u3400-\u9fff（）]{2,18}区)管委会$/;

/**
 * 苏州工业园区管委会 in a text that writes 苏州工业园区管理委员会 too: the committee is named as the text writes it
 * in full, as the golds of all 36 texts that write both do (blind13–36), while
 * a text that writes it short only keeps 管委会 (110 golds of 112). Else null.
 */
export function zoneCommitteeInFull(name: string, text: string): string | null {
  const zone = ZONE_COMMITTEE_SHORT.exec(name)?.[1];
  const full = zone ? `${zone}管理委员会` : '';
  return full && text.includes(full) ? full : null;
}

/** Are the characters of `short` those of `full`, in order, the last one last (汽开区 of 汽车经济技术开发区)? */
function keptInOrder(short: string, full: string): boolean {
  let j = 0;
  for (const c of full) if (j < short.length && c === short.charAt(j)) j++;
  return j === short.length && short.at(-1) === full.at(-1);
}

/** A body with its place, its department written out (福建省发改委 → 福建省发展和改革委员会). */
export const departmentFullName = (name: string): string => expandDepartment(name);

/**
 * A body named by level with its place (省发展改革委 → 福建省发展改革委, 省政府 → 福建省人民政府), its department
 * as the article writes it: golds name a department in full only where the article writes the full form.
 */
export function placedBodyName(name: string, places: ReadonlyMap<string, string>): string {
  let n = name.replace(/^中共(?=.+(省|市|区|县)委)/, '');
  const word = WORD_LEVELS.find((w) => n.startsWith(w) && n.length > w.length);
  if (word) return expandDepartment(places.has(word) ? places.get(word)! + n.slice(word.length) : n, false);
  const level = n.charAt(0);
  const bare =
    (LEVELS as readonly string[]).includes(level) && n.length >= 2 && leadingPlaces(n).length === 0;
  if (bare && places.has(level)) n = places.get(level)! + n.slice(1);
  return expandDepartment(n, false);
}

/**
 * 临川市举办…，市委常委甲: a level no body's name gives is the place the headline opens with (its
 * dateline-like subject), as the article is that place's own report.
 */
export function withHeadlinePlaces(places: Map<string, string>, headline: string): Map<string, string> {
  for (const [level, place] of jurisdictions([headline.replace(/^[\s【[（(]+/, '')]))
    if (!places.has(level)) places.set(level, place);
  return places;
}

/** 长兴发布, 宜宾日报, 原创 某某发布: a local outlet named after its place, in the opening lines. */
const LOCAL_OUTLET = /(?:^|[\s（(：:]|原创)([\u3400-\u9fff]{2,3}?)(?:发布|日报|融媒|新闻网|电视台)/m;
/** 汕头日报讯, 来源：宁波晚报: a daily named after its place, in the opening lines or the 来源 line. */
const CITY_PAPER = /(?:^|[\s（(：:])([\u3400-\u9fff]{2,3}?)(?:日报|晚报)(?:讯|社)?(?=[\s（(：:，]|$)/m;
/** 洛阳日报记者 某某: a byline that names its daily before 记者 (a city's only: 经济日报记者 names none). */
const CITY_PAPER_REPORTER = /(?:^|[\s（(：:])([\u3400-\u9fff]{2,3}?)(?:日报|晚报)记者/m;
/** 宿迁网讯, 恩施新闻网讯: a news site named after its place, opening the report (a province's is no city's). */
const PLACE_SITE = /(?:^|[\s（(：:])([\u3400-\u9fff]{2,3}?)(?:新闻)?网讯/m;
/** A body of a level written by the level alone, where a clause or a list item starts (，市委副书记, 、州林业局). */
const bareBodyOf = (level: string): RegExp =>
  new RegExp(`(?:^|[^\\u3400-\\u9fff])${level}(?:委|人民政府|政府|政协|人大)`, 'm');
/** 来赣州开展调研: the place a headline says the event came to. */
const HEADLINE_VISIT = /(?:来|到|赴)([\u3400-\u9fff]{2,3}?)(?:开展|调研|考察|视察|检查)/;

/**
 * 我县召开… in a county's own WeChat post (原创 长兴发布) or 省政协调研组来赣州… 来我市: an article that speaks
 * of 我县/我市 is that place's own, and the place is the one its local outlet or its headline's visit names.
 */
export function withOwnPlace(places: Map<string, string>, text: string): Map<string, string> {
  const opening = openingLines(text, 6);
  const stem = LOCAL_OUTLET.exec(opening)?.[1] ?? HEADLINE_VISIT.exec(opening.split('\n', 1)[0]!)?.[1];
  if (stem && !LEXICON.places.notPlaces.has(stem)) {
    for (const level of ['市', '县', '区'] as const)
      if (!places.has(level) && text.includes(`我${level}`)) places.set(level, stem + level);
    // 某某发布 … 区委书记甲，副区长乙: a local outlet named again in its post is the place of the one level
    // (县 or 区) its bodies written by level alone are of.
    const levels = (['县', '区'] as const).filter((l) => bareBodyOf(l).test(text));
    const [level] = levels;
    if (levels.length === 1 && !places.has(level!) && text.split(stem).length > 2)
      places.set(level!, stem + level!);
  }
  // 汕头日报讯 … 市委书记甲, 市长乙: a city daily's 市 is its city, when no body's name gives another; a
  // province's paper (江西日报) names no city, and a county's outlet (德清发布) is no city's.
  // A WeChat post names its paper only on the closing 来源 line (来源：通辽日报社), under a masthead (通辽发布) that
  // does not say whether its place is a city or a county.
  const reporter = CITY_PAPER_REPORTER.exec(opening)?.[1];
  const paper =
    CITY_PAPER.exec(opening)?.[1] ??
    CITY_PAPER.exec(articleSource(text) ?? '')?.[1] ??
    (reporter && LEXICON.places.prefectureSeats.has(reporter) ? reporter : undefined);
  const province = paper ? provinceByShort(paper)?.full : undefined;
  if (paper && !places.has('市') && !province) places.set('市', paper + '市');
  // 来源：某省日报 … 副省长甲, 省委常委乙: a province's own paper names the province its 省 bodies are of.
  for (const level of ['省', '自治区'] as const)
    if (province?.endsWith(level) && !places.has(level)) places.set(level, province);
  // 宿迁网讯 … 市委副书记甲 … 宿迁发展: a local site's place, named again in the report, is the 州 or else the 市
  // its bodies written by level alone belong to.
  const site = PLACE_SITE.exec(opening)?.[1];
  if (site && !provinceByShort(site) && !LEXICON.places.notPlaces.has(site) && text.split(site).length > 2) {
    const level = ['州', '市'].find((l) => bareBodyOf(l).test(text));
    if (level && !places.has(level)) places.set(level, site + level);
  }
  return places;
}

/**
 * 副省长某某 in a provincial paper that names its province only in running text (考察安徽): when no
 * body's name gives the province, the one province the prose names (a 省, not a municipality) does.
 */
export function withProseProvince(places: Map<string, string>, prose: string): Map<string, string> {
  // 省政协…为香港、澳门和广东发展: Hong Kong and Macao, named beside their neighbour province, have no 省.
  const named = provincesIn(prose)
    .map((short) => provinceByShort(short)!.full)
    .filter((full) => !full.endsWith('特别行政区'));
  const only = named.length === 1 ? named[0]! : '';
  // 自治区党委 in a report that names 新疆 in its prose.
  for (const level of ['省', '自治区'] as const)
    if (!places.has(level) && only.endsWith(level)) places.set(level, only);
  return places;
}

/** Does `chain` write the place `name` (江油, 宁乡市) as a 市 (江油市人民政府)? */
function writesCity(chain: string, name: string): boolean {
  const at = chain.indexOf(name);
  return name.endsWith('市') || chain.charAt(at + name.length) === '市';
}

/** 市委书记甲, 副市长乙: a body or a head of the level 市 written by the level alone. */
const BARE_CITY_BODY = /(?:^|[^\u3400-\u9fff])(?:市(?:委|人民政府|政府|政协|人大)|副?市长)/m;

/**
 * 本报讯 …市委书记甲…副市长乙 in a city's own paper that writes its city only inside the names of the bodies it
 * visits (绵阳天翼动力科技有限公司, 襄阳高新区管委会, 洛阳伊河面业有限公司: blind24-13, blind27-13, blind28-13): the
 * one prefecture-level city (`places.json` `prefectureSeats`, not a stem that is a word too) those names open with
 * is the 市, when no body's name writes a 市 (two cities' bodies leave it open) and no headline or outlet gave one.
 */
export function withSeatCity(
  places: Map<string, string>,
  names: readonly string[],
  text: string,
): Map<string, string> {
  if (places.has('市') || !BARE_CITY_BODY.test(text)) return places;
  const stems = new Set<string>();
  for (const n of names) {
    const chain = n.replace(PARTY_PREFIX, '');
    if (leadingPlaces(chain).some((p) => writesCity(chain, p.name))) return places;
    for (const seat of LEXICON.places.prefectureSeats.keys())
      if (seat.length >= 2 && !LEXICON.places.seatWords.has(seat) && chain.startsWith(seat)) stems.add(seat);
  }
  if (stems.size === 1) places.set('市', `${[...stems][0]!}市`);
  return places;
}

/**
 * 省农业农村厅副厅长甲赴信阳调研 … 信阳市人民政府: a city's report that names no province writes its province's
 * bodies by level alone; the province is the one its city (or autonomous prefecture, 地区, 盟) lies in
 * (`places.json` `prefectureSeats`), when no body's name and no prose gives another.
 */
export function withSeatProvince(places: Map<string, string>): Map<string, string> {
  if (places.has('省') || places.has('自治区')) return places;
  const seat = ['市', '州', '地区', '盟']
    .map((level) => places.get(level)?.replace(/(?:市|州|地区|盟)$/, ''))
    .find((stem) => stem && LEXICON.places.prefectureSeats.has(stem));
  const province = seat ? provinceByShort(LEXICON.places.prefectureSeats.get(seat)!)?.full : undefined;
  for (const level of ['省', '自治区'] as const) if (province?.endsWith(level)) places.set(level, province);
  return places;
}

/**
 * 省政府召开…，副省长甲 in a provincial paper that writes its province only inside the names of the bodies it reports
 * on (浙江某某药业股份有限公司, 浙江医药行业协会; 青海大学: blind35-13, blind38-16): the one province (a 省 or
 * 自治区, not a municipality) those names open with, written short, is the article's, when no body's name, no
 * prose and no city's seat gave one. Two provinces leave it open.
 */
export function withNamedProvince(
  places: Map<string, string>,
  names: readonly string[],
): Map<string, string> {
  if (places.has('省') || places.has('自治区')) return places;
  const found = new Set<string>();
  for (const n of names) {
    const short = [2, 3].map((k) => n.slice(0, k)).find((s) => provinceByShort(s));
    const full = short ? provinceByShort(short)!.full : undefined;
    if (full && (full.endsWith('省') || full.endsWith('自治区'))) found.add(full);
  }
  const [only] = found;
  if (found.size === 1)
    for (const level of ['省', '自治区'] as const) if (only!.endsWith(level)) places.set(level, only!);
  return places;
}

/** Characters that end a word before 市/县/镇 … without naming a place (全县, 各乡镇, 城市, 上市, 超市). */
const NOT_BEFORE_LEVEL = new Set([
  ...'全各乡城本该集村小重名古上超都省门州区县市镇的了在到和与及为对赴至从向由',
]);
const NOT_OPENING = new Set([...'的了在到和与及为对赴至从向由']);

/**
 * 县长某某, 镇党委书记某某 in a report that names its county or town only in running text or inside names
 * the rules do not read as bodies (兰考县徐场民族乐器产业园, 新宝镇召开…): the one place of
 * that level the text names at least twice, when no body's name gives one.
 */
export function withProseLevels(places: Map<string, string>, text: string): Map<string, string> {
  // Not 市: a county-level city is often named beside the prefecture the article's 市 means (曲阜市委, 济宁).
  for (const level of ['州', '区', '县', '镇', '乡'] as const) {
    if (places.has(level)) continue;
    const counts = new Map<string, number>();
    // The character before each mention: the same one before every mention opens a longer name (黄|沙港镇).
    const before = new Map<string, Set<string>>();
    for (const m of text.matchAll(new RegExp(`([\\u3400-\\u9fff]{2})${level}`, 'g'))) {
      const stem = m[1]!;
      if (NOT_BEFORE_LEVEL.has(stem.charAt(1)) || NOT_OPENING.has(stem.charAt(0))) continue;
      if (isZoneName(stem + level)) continue;
      counts.set(stem + level, (counts.get(stem + level) ?? 0) + 1);
      const prev = before.get(stem + level) ?? new Set<string>();
      before.set(stem + level, prev.add(text.charAt(m.index - 1)));
    }
    const often = [...counts].filter(([, n]) => n >= 2);
    if (often.length !== 1) continue;
    const place = often[0]![0];
    const [first, ...others] = before.get(place)!;
    const opens = others.length === 0 && first && /[\u3400-\u9fff]/.test(first);
    places.set(
      level,
      opens && !NOT_BEFORE_LEVEL.has(first) && !NOT_OPENING.has(first) ? first + place : place,
    );
  }
  return places;
}

/** Bodies a place pairs with its Party working committee, named by their type alone (党工委, 管委会). */
const BARE_TYPES: readonly string[] = [
  '党工委',
  ...LEXICON.orgs.pairedBodies.filter((b) => !/政府$/.test(b)),
];

const VILLAGE_BODIES: readonly string[] = LEXICON.orgs.villageBodies;
/** A village's body written after the village's name (东庄村党支部, 某镇东庄村村委会). */
const NAMED_VILLAGE_BODY = new RegExp(`^(.*[^农乡]村)(?:${VILLAGE_BODIES.join('|')})$`);
/** 来到某镇白雾村，…: a village named in running text, from after the last level or particle before it. */
const VILLAGE_IN_TEXT = /([\u3400-\u9fff]{2,4}?)村(?![委民党集股经第])/g;
const BEFORE_VILLAGE = /^.*(?:街道|社区|[镇乡县市区的在到了和与及])/;

/** 村委会, 村党支部: a village body written without its village → the body's own part (村委会, 党支部), else null. */
function bareVillageBody(org: string): string | null {
  if (VILLAGE_BODIES.includes(org) && org.startsWith('村')) return org;
  const rest = org.slice(1);
  return org.startsWith('村') && VILLAGE_BODIES.includes(rest) ? rest : null;
}

/**
 * The village a bare village body (村委会 after 某村党支部书记) belongs to: the last village body named before
 * it in the sentence, else the one village the sentence names (来到某镇白雾村，…与村党总支书记), else none.
 */
function villageOf(earlier: readonly string[], sentence: string): string {
  for (let k = earlier.length - 1; k >= 0; k--) {
    const named = NAMED_VILLAGE_BODY.exec(earlier[k]!)?.[1];
    if (named) return named;
  }
  // 乡村振兴, 进村入户: a word ending in 村 names no village.
  const villages = new Set(
    [...sentence.matchAll(VILLAGE_IN_TEXT)]
      .map((m) => m[1]!.replace(BEFORE_VILLAGE, '') + '村')
      .filter((v) => v.length >= 3 && !/[农乡渔山驻进]村$/.test(v)),
  );
  const [only] = villages;
  return villages.size === 1 ? only! : '';
}

/**
 * 坊子区委书记…，区委副书记、区长某某: a district or county body named by its level only takes the place
 * of the last body of that level named before it in the same sentence.
 */
export function placeFromSentence(org: string, earlier: readonly string[], sentence = ''): string {
  const villageBody = bareVillageBody(org);
  if (villageBody) {
    const village = villageOf(earlier, sentence);
    return village ? village + villageBody : org;
  }
  // 大连金普新区党工委书记甲，党工委副书记、管委会常务副主任乙: a body named by its type alone takes the place
  // of the last body of that kind of place named before it in the sentence.
  if (BARE_TYPES.includes(org))
    for (let k = earlier.length - 1; k >= 0; k--) {
      const type = BARE_TYPES.find((t) => earlier[k]!.endsWith(t) && earlier[k]!.length > t.length + 1);
      if (type) return earlier[k]!.slice(0, -type.length) + org;
    }
  const level = org.charAt(0);
  if (!(LEVELS as readonly string[]).includes(level) || level === '省' || leadingPlaces(org).length > 0)
    return org;
  // 市 may be the prefecture or a county-level city named beside it (副市长、曲阜市委书记某某，市政府秘书长
  // 某某 — the second 市 is the prefecture's): it takes a city named before only when no body of the
  // sentence stands for the article's own city by its level alone (郴州市委书记甲，市委副书记、市长乙).
  if (level === '市' && earlier.some((e) => e.startsWith('市'))) return org;
  for (let k = earlier.length - 1; k >= 0; k--) {
    // 谷营镇党委副书记、镇长甲，镇党委委员乙: a town's name is read from the body's own name.
    const town = /^([\u3400-\u9fff]{2,3}?)(镇|乡)/.exec(earlier[k]!);
    const place = town?.[2] === level ? town[0] : jurisdictions([earlier[k]!]).get(level);
    if (place) return place + org.slice(1);
  }
  return org;
}
