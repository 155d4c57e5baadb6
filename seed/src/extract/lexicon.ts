import { readFileSync } from 'node:fs';
import {
  ORGANIZATION_EVENT_ROLES,
  ORGANIZATION_KINDS,
  type OrganizationEventRole,
  type OrganizationKind,
  type PersonEventRole,
} from '@guanxi/schema';

/**
 * The extraction rules' vocabulary lives in `seed/lexicon/` as data so that it can be extended
 * without touching code. Each file is read once per process and checked just enough to fail loudly
 * on a typo rather than extract nothing.
 */
const dir = new URL('../../lexicon/', import.meta.url);

function readText(name: string): string {
  return readFileSync(new URL(name, dir), 'utf8');
}

function readJson(name: string): Record<string, unknown> {
  const value: unknown = JSON.parse(readText(name));
  if (typeof value !== 'object' || value === null) throw new Error(`lexicon ${name}: not an object`);
  return value as Record<string, unknown>;
}

function strings(obj: Record<string, unknown>, key: string, file: string): string[] {
  const v = obj[key];
  if (!Array.isArray(v) || !v.every((x) => typeof x === 'string'))
    throw new Error(`lexicon ${file}: ${key} must be an array of strings`);
  return v as string[];
}

/** An array of [full, short] name pairs, as a map from the short form to the full name. */
function pairs(obj: Record<string, unknown>, key: string, file: string): Map<string, string> {
  const v = obj[key];
  const ok = (x: unknown): x is [string, string] =>
    Array.isArray(x) && x.length === 2 && x.every((y) => typeof y === 'string');
  if (!Array.isArray(v) || !v.every(ok))
    throw new Error(`lexicon ${file}: ${key} must be [full, short] pairs`);
  return new Map(v.map(([full, short]) => [short, full]));
}

function stringMap(obj: Record<string, unknown>, key: string, file: string): Map<string, string> {
  const v = obj[key];
  if (typeof v !== 'object' || v === null || !Object.values(v).every((x) => typeof x === 'string'))
    throw new Error(`lexicon ${file}: ${key} must map strings to strings`);
  return new Map(Object.entries(v as Record<string, string>));
}

/** Plain-text lists: one entry per line or space-separated, `#` starts a comment line. */
function words(name: string): string[] {
  return readText(name)
    .split('\n')
    .filter((l) => !l.trim().startsWith('#'))
    .flatMap((l) => l.trim().split(/\s+/))
    .filter((w) => w.length > 0);
}

const isKind = (k: unknown): k is OrganizationKind =>
  typeof k === 'string' && (ORGANIZATION_KINDS as readonly string[]).includes(k);

export interface OrgSuffix {
  readonly suffix: string;
  readonly kind: OrganizationKind;
  readonly level: 'top' | 'sub';
}

export interface KnownOrganization {
  readonly name: string;
  readonly kind: OrganizationKind;
  readonly aliases: readonly string[];
  /** The name with the state's in front (中华人民共和国商务部): unambiguous, so always the body itself. */
  readonly stateForms: readonly string[];
}

function loadOrgSuffixes(): {
  suffixes: OrgSuffix[];
  partyCommitteeOf: string[];
  parties: string[];
  notAnEnding: string[];
  joinWords: string[];
  verbsBeforeNames: string[];
  enterpriseWords: string[];
  unitEndings: string[];
  committeeUnits: string[];
  businessUnits: string[];
  impliedBodies: { bodyEnd: string; title: string; body: string; becomes: string }[];
  pairedBodies: string[];
  zoneEndings: string[];
  legislatures: string[];
  wholeTypeEndings: string[];
  villageBodies: string[];
  shortEndings: [string, string][];
  unitHosts: [string, string[]][];
  publisherUnitHosts: [string, string[]][];
  titleHosts: [string, string[]][];
  chainUnitHosts: [string, string[]][];
  brandEnds: string[];
  companyUnits: { regions: string[]; placeUnits: string[] };
  namedSubBodies: NamedSubBody[];
  zoneForms: [string, string[]][];
  mediaEndings: string[];
  creditUnits: string[];
} {
  const file = 'org-suffixes.json';
  const j = readJson(file);
  const raw = j['suffixes'];
  if (!Array.isArray(raw)) throw new Error(`lexicon ${file}: suffixes must be an array`);
  const suffixes = raw.map((e: unknown): OrgSuffix => {
    const o = e as Record<string, unknown>;
    if (
      typeof o['suffix'] !== 'string' ||
      !isKind(o['kind']) ||
      (o['level'] !== 'top' && o['level'] !== 'sub')
    )
      throw new Error(`lexicon ${file}: bad entry ${JSON.stringify(e)}`);
    return { suffix: o['suffix'], kind: o['kind'], level: o['level'] };
  });
  // Longest first, so that 集团有限公司 wins over 公司 and 委员会 over 委.
  suffixes.sort((a, b) => b.suffix.length - a.suffix.length);
  return {
    suffixes,
    partyCommitteeOf: strings(j, 'partyCommitteeOf', file),
    parties: strings(j, 'parties', file),
    notAnEnding: strings(j, 'notAnEnding', file),
    joinWords: strings(j, 'joinWords', file),
    verbsBeforeNames: strings(j, 'verbsBeforeNames', file),
    enterpriseWords: strings(j, 'enterpriseWords', file),
    unitEndings: strings(j, 'unitEndings', file),
    committeeUnits: strings(j, 'committeeUnits', file),
    businessUnits: strings(j, 'businessUnits', file),
    impliedBodies: impliedBodies(j['impliedBodies'], file),
    pairedBodies: strings(j, 'pairedBodies', file),
    zoneEndings: strings(j, 'zoneEndings', file),
    legislatures: strings(j, 'legislatures', file),
    wholeTypeEndings: strings(j, 'wholeTypeEndings', file),
    villageBodies: strings(j, 'villageBodies', file),
    shortEndings: stringPairs(j['shortEndings'], 'shortEndings', file),
    unitHosts: unitHosts(j['unitHosts'], file),
    publisherUnitHosts: unitHosts(j['publisherUnitHosts'], file),
    titleHosts: unitHosts(j['titleHosts'], file),
    chainUnitHosts: unitHosts(j['chainUnitHosts'], file),
    brandEnds: strings(j, 'brandEnds', file),
    companyUnits: companyUnits(j['companyUnits'], file),
    namedSubBodies: namedSubBodies(j['namedSubBodies'], file),
    zoneForms: unitHosts(j['zoneForms'], file),
    mediaEndings: strings(j, 'mediaEndings', file),
    creditUnits: strings(j, 'creditUnits', file),
  };
}

function companyUnits(raw: unknown, file: string): { regions: string[]; placeUnits: string[] } {
  if (typeof raw !== 'object' || raw === null)
    throw new Error(`lexicon ${file}: companyUnits must be an object`);
  const o = raw as Record<string, unknown>;
  return { regions: strings(o, 'regions', file), placeUnits: strings(o, 'placeUnits', file) };
}

/** 四川大学 + 华西医院: after a parent with one of `after`'s endings, `min`–`max` own characters and `ending`. */
export interface NamedSubBody {
  readonly after: readonly string[];
  readonly ending: string;
  readonly min: number;
  readonly max: number;
  /** The own part opens with a place (山西煤炭化学研究所), not a discipline alone (马克思主义研究所). */
  readonly placeFirst: boolean;
  /** The own part opens with a city or county jieba knows (深圳研究院, 萍乡学院), not an area studied (非洲研究院). */
  readonly cityFirst: boolean;
  /** The parent is a central agency (`abbreviations.json`, kind agency) whatever its ending (教育部, 国家能源局). */
  readonly afterAgency: boolean;
  /** Naming the sub-body names its parent too, listed as a body of its own (省委宣传部 names 省委). */
  readonly namesParent: boolean;
}

function namedSubBodies(raw: unknown, file: string): NamedSubBody[] {
  if (!Array.isArray(raw)) throw new Error(`lexicon ${file}: namedSubBodies must be an array`);
  return raw.map((e: unknown): NamedSubBody => {
    const o = e as Record<string, unknown>;
    const {
      after = [],
      ending,
      min,
      max,
      placeFirst = false,
      cityFirst = false,
      afterAgency = false,
      namesParent = false,
    } = o;
    if (
      !Array.isArray(after) ||
      !after.every((a) => typeof a === 'string') ||
      typeof ending !== 'string' ||
      typeof min !== 'number' ||
      typeof max !== 'number' ||
      typeof placeFirst !== 'boolean' ||
      typeof cityFirst !== 'boolean' ||
      typeof afterAgency !== 'boolean' ||
      typeof namesParent !== 'boolean'
    )
      throw new Error(`lexicon ${file}: bad named sub-body ${JSON.stringify(e)}`);
    return { after: after as string[], ending, min, max, placeFirst, cityFirst, afterAgency, namesParent };
  });
}

/** Unit endings with the endings of their possible hosts, longest unit ending first (事业部 before 部). */
function unitHosts(raw: unknown, file: string): [string, string[]][] {
  if (typeof raw !== 'object' || raw === null)
    throw new Error(`lexicon ${file}: unitHosts must be an object`);
  const out = Object.entries(raw).map(([unit, hosts]): [string, string[]] => {
    if (!Array.isArray(hosts) || !hosts.every((h) => typeof h === 'string'))
      throw new Error(`lexicon ${file}: unitHosts.${unit} must be a list of endings`);
    return [unit, hosts as string[]];
  });
  return out.sort((a, b) => b[0].length - a[0].length);
}

function stringPairs(raw: unknown, key: string, file: string): [string, string][] {
  const entries = raw && typeof raw === 'object' ? Object.entries(raw) : [];
  if (entries.length === 0 || !entries.every(([, v]) => typeof v === 'string'))
    throw new Error(`lexicon ${file}: ${key} must map strings to strings`);
  return entries as [string, string][];
}

function impliedBodies(raw: unknown, file: string) {
  if (!Array.isArray(raw)) throw new Error(`lexicon ${file}: impliedBodies must be an array`);
  return raw.map((e: unknown) => {
    const o = e as Record<string, unknown>;
    const [bodyEnd, title, body, becomes] = ['bodyEnd', 'title', 'body', 'becomes'].map((k) => o[k]);
    if (![bodyEnd, title, body, becomes].every((x) => typeof x === 'string'))
      throw new Error(`lexicon ${file}: bad implied body ${JSON.stringify(e)}`);
    return {
      bodyEnd: bodyEnd as string,
      title: title as string,
      body: body as string,
      becomes: becomes as string,
    };
  });
}

function loadDepartmentForms(): [string, string][] {
  const raw = readJson('abbreviations.json')['departmentForms'];
  if (!Array.isArray(raw) || !raw.every((p) => Array.isArray(p) && p.length === 2))
    throw new Error('lexicon abbreviations.json: departmentForms must be [short, full] pairs');
  return (raw as [string, string][]).sort((a, b) => b[0].length - a[0].length);
}

function loadKnownOrgs(): KnownOrganization[] {
  const file = 'abbreviations.json';
  const json = readJson(file);
  const raw = json['organizations'];
  if (!Array.isArray(raw)) throw new Error(`lexicon ${file}: organizations must be an array`);
  // 中华人民共和国商务部 is 商务部: central agencies are also written with the state's name in front.
  const statePrefixes = strings(json, 'statePrefixes', file);
  return raw.map((e: unknown) => {
    const o = e as Record<string, unknown>;
    if (typeof o['name'] !== 'string' || !isKind(o['kind']))
      throw new Error(`lexicon ${file}: bad entry ${JSON.stringify(e)}`);
    const name = o['name'];
    const stateForms = o['kind'] === 'agency' ? statePrefixes.map((p) => `${p}${name}`) : [];
    return { name, kind: o['kind'], aliases: [...strings(o, 'aliases', file), ...stateForms], stateForms };
  });
}

function loadRoles(): {
  person: Record<PersonEventRole, string[]> & {
    speakerUnlessHost: string[];
    groupLabels: string[];
    eventNouns: string[];
    personNouns: string[];
  };
  organization: [string, OrganizationEventRole][];
  topicAfter: string[];
  topicBefore: string[];
} {
  const file = 'roles.json';
  const j = readJson(file);
  const p = j['person'] as Record<string, unknown>;
  const o = j['organization'] as Record<string, unknown>;
  const organization = Object.entries(o).map(([w, r]): [string, OrganizationEventRole] => {
    if (!(ORGANIZATION_EVENT_ROLES as readonly unknown[]).includes(r))
      throw new Error(`lexicon ${file}: bad role ${String(r)}`);
    return [w, r as OrganizationEventRole];
  });
  return {
    person: {
      host: strings(p, 'host', file),
      speaker: strings(p, 'speaker', file),
      guest: strings(p, 'guest', file),
      speakerUnlessHost: strings(p, 'speakerUnlessHost', file),
      groupLabels: strings(p, 'groupLabels', file),
      eventNouns: strings(p, 'eventNouns', file),
      personNouns: strings(p, 'personNouns', file),
    },
    organization,
    topicAfter: strings(j, 'topicAfter', file),
    topicBefore: strings(j, 'topicBefore', file),
  };
}

function loadTitles() {
  const file = 'titles.json';
  const j = readJson(file);
  return {
    bases: new Set(strings(j, 'bases', file)),
    modifiers: strings(j, 'modifiers', file).sort((a, b) => b.length - a.length),
    former: strings(j, 'former', file),
    rewrittenMarks: stringMap(j, 'rewrittenMarks', file),
    localHeads: strings(j, 'localHeads', file),
    partyTitles: strings(j, 'partyTitles', file),
    postName: strings(j, 'postName', file).sort((a, b) => b.length - a.length),
    degrees: strings(j, 'degrees', file),
    academicRanks: strings(j, 'academicRanks', file),
    shortRefs: strings(j, 'shortRefs', file),
    companyTitles: strings(j, 'companyTitles', file),
    associationTitles: strings(j, 'associationTitles', file),
    associationChairs: strings(j, 'associationChairs', file),
    sharedSeats: strings(j, 'sharedSeats', file),
    descriptions: strings(j, 'descriptions', file),
    missionTitles: stringMap(j, 'missionTitles', file),
    missionHeads: strings(j, 'missionHeads', file),
    envoys: strings(j, 'envoys', file),
    envoyBodies: strings(j, 'envoyBodies', file),
    foreignHeads: strings(j, 'foreignHeads', file),
    foreignLocalHeads: strings(j, 'foreignLocalHeads', file),
    legislators: strings(j, 'legislators', file),
  };
}

function loadPlaces() {
  const file = 'places.json';
  const j = readJson(file);
  const prov = j['provinces'];
  if (!Array.isArray(prov)) throw new Error(`lexicon ${file}: provinces must be an array`);
  const provinces = prov.map((p: unknown) => {
    if (!Array.isArray(p) || p.length !== 2 || !p.every((x) => typeof x === 'string'))
      throw new Error(`lexicon ${file}: bad province ${JSON.stringify(p)}`);
    return { full: p[0] as string, short: p[1] as string };
  });
  const short = j['shortForms'];
  if (typeof short !== 'object' || short === null)
    throw new Error(`lexicon ${file}: shortForms must be an object`);
  return {
    provinces,
    shortForms: new Map(Object.entries(short as Record<string, string>)),
    notPlaces: new Set(strings(j, 'notPlaces', file)),
    countries: strings(j, 'countries', file).sort((a, b) => b.length - a.length),
    stateForms: strings(j, 'stateForms', file).sort((a, b) => b.length - a.length),
    regions: strings(j, 'regions', file),
    areas: strings(j, 'areas', file),
    namedRegions: strings(j, 'namedRegions', file),
    countryWords: new Set(strings(j, 'countryWords', file)),
    notAfter: new Set(strings(j, 'notAfter', file)),
    autonomousPrefectures: pairs(j, 'autonomousPrefectures', file),
    prefectureSeats: provinceOfSeat(j, 'prefectureSeats', file),
    seatWords: new Set(strings(j, 'seatWords', file)),
  };
}

/** { province: [city stems] } read as a map from each city's stem to its province's short name. */
function provinceOfSeat(obj: Record<string, unknown>, key: string, file: string): Map<string, string> {
  const v = obj[key];
  if (typeof v !== 'object' || v === null) throw new Error(`lexicon ${file}: ${key} must be an object`);
  const out = new Map<string, string>();
  for (const [province, seats] of Object.entries(v as Record<string, unknown>)) {
    if (!Array.isArray(seats) || !seats.every((x) => typeof x === 'string'))
      throw new Error(`lexicon ${file}: ${key}.${province} must be an array of strings`);
    for (const seat of seats as string[]) out.set(seat, province);
  }
  return out;
}

function loadEvents() {
  const file = 'events.json';
  const j = readJson(file);
  return {
    suffixes: strings(j, 'suffixes', file).sort((a, b) => b.length - a.length),
    heldManners: strings(j, 'heldManners', file),
    heldVerbs: strings(j, 'heldVerbs', file),
    occasionVerbs: strings(j, 'occasionVerbs', file),
    visitVerbs: strings(j, 'visitVerbs', file),
    lineContinuations: strings(j, 'lineContinuations', file),
    meetings: strings(j, 'meetings', file),
  };
}

function loadSpanWords() {
  const file = 'spans.json';
  const j = readJson(file);
  const longestFirst = (key: string) => strings(j, key, file).sort((a, b) => b.length - a.length);
  return {
    listSeparators: longestFirst('listSeparators'),
    conjunctions: longestFirst('conjunctions'),
    titleJoiners: longestFirst('titleJoiners'),
    elected: longestFirst('elected'),
    as: longestFirst('as'),
    appoint: longestFirst('appoint'),
    dismiss: longestFirst('dismiss'),
    resigns: longestFirst('resigns'),
    possessive: longestFirst('possessive'),
    postEnds: longestFirst('postEnds'),
    honorifics: longestFirst('honorifics'),
    titlesOfHonour: longestFirst('titlesOfHonour'),
    parenLeads: longestFirst('parenLeads'),
    current: longestFirst('current'),
    formerly: longestFirst('formerly'),
    pastOpeners: longestFirst('pastOpeners'),
    bylines: longestFirst('bylines'),
    bylineEnds: longestFirst('bylineEnds'),
    reporters: new Set(strings(j, 'reporters', file)),
    editors: new Set(strings(j, 'editors', file)),
    correspondents: new Set(strings(j, 'correspondents', file)),
    pronouns: longestFirst('pronouns'),
    objectVerbs: longestFirst('objectVerbs'),
    notAfterTitle: new Set(strings(j, 'notAfterTitle', file)),
    listOpeners: new Set(strings(j, 'listOpeners', file)),
    listLeads: longestFirst('listLeads'),
    listClosers: longestFirst('listClosers'),
    nameFollowers: longestFirst('nameFollowers'),
  };
}

function loadSurnames(): {
  compound: Set<string>;
  single: Set<string>;
  wordLike: Set<string>;
  japanese: Set<string>;
} {
  const all = words('surnames.txt');
  const japanese = words('japanese-surnames.txt');
  return {
    // Japanese surnames of two characters are read like compound ones; those of three by their own set.
    compound: new Set([...all, ...japanese].filter((s) => s.length === 2)),
    single: new Set(all.filter((s) => s.length === 1)),
    wordLike: new Set(words('word-surnames.txt')),
    japanese: new Set(japanese),
  };
}

const spanWords = loadSpanWords();
/** 免去其, 任命其, 决定其: a verb whose object is 其, the person named before (spans.json). */
const objectPronouns = [...spanWords.appoint, ...spanWords.dismiss, ...spanWords.objectVerbs].map(
  (v) => `${v}其`,
);

export const LEXICON = {
  titles: loadTitles(),
  orgs: loadOrgSuffixes(),
  knownOrgs: loadKnownOrgs(),
  departmentForms: loadDepartmentForms(),
  writtenOutForms: new Set(strings(readJson('abbreviations.json'), 'writtenOut', 'abbreviations.json')),
  roles: loadRoles(),
  places: loadPlaces(),
  events: loadEvents(),
  surnames: loadSurnames(),
  spans: spanWords,
  nameBoundaries: words('name-boundaries.txt').sort((a, b) => b.length - a.length),
  objectPronouns,
  leadIns: [...words('lead-ins.txt'), ...objectPronouns].sort((a, b) => b.length - a.length),
  appositives: words('appositives.txt'),
  nameParts: words('name-parts.txt'),
  wordNames: words('word-names.txt'),
  titleNouns: new Set(words('title-nouns.txt')),
} as const;
