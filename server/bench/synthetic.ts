/**
 * A synthetic graph in exactly the shape of schema/README.md (labels, properties, ids from seed's
 * id functions, pinyin keys from seed's pinyin, encoded evidence), generated directly as rows.
 * Why not seed's generator + bulk writer: they run name resolution per article (~10 articles/s
 * here), which would take half an hour for 100k entities; the benchmark needs the shape, not the
 * resolution, and must stay under ten minutes on two cores.
 */
import { createHash } from 'node:crypto';
import {
  encodeEvidence,
  ORGANIZATION_KIND_LABEL,
  ORGANIZATION_KINDS,
  PERSON_EVENT_ROLES,
  ORGANIZATION_EVENT_ROLES,
  type OrganizationKind,
  type RelationType,
} from '@guanxi/schema';
import { createRng, eventId, organizationId, personId, pinyinKeys, placeId, positionId } from '@guanxi/seed';

export const SIZES = {
  persons: 66_000,
  organizations: 20_000,
  events: 14_000,
  places: 1_000,
  articles: 5_000,
};

/** Seed's PRNG (mulberry32), so the bench graph is the same on every machine. */
function rng(seed: number): () => number {
  return createRng(seed).next;
}

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN =
  '伟刚勇毅俊峰强军平保东文辉力明永健世广志义兴良海山仁波宁贵福生龙元全国胜学祥才发武新利清飞彬富顺信子杰涛昌成康星光天达安岩中茂进林有坚和彪博诚先敬震振壮会思群豪心邦承乐绍功松善厚庆磊民友裕河哲江超浩亮政谦亨奇固之轮翰朗伯宏言若鸣朋斌梁栋维启克伦翔旭鹏泽晨辰士以建家致树炎德行时泰盛雄琛钧冠策腾楠榕风航弘秀娟英华慧巧美娜静淑惠珠翠雅芝玉萍红娥玲芬芳燕彩春菊兰凤洁梅琳素云莲真环雪荣爱妹霞香月莺媛艳瑞凡佳嘉琼勤珍贞莉桂娣叶璧璐娅琦晶妍茜秋珊莎锦黛青倩婷姣婉娴瑾颖露瑶怡婵雁蓓纨仪荷丹蓉眉君琴蕊薇菁梦岚苑婕馨瑗琰韵融园艺咏卿聪澜纯毓悦昭冰爽琬茗羽希宁欣飘育滢馥筠柔竹霭凝晓欢霄枫芸菲寒伊亚宜可姬舒影荔枝思丽';
const REGIONS =
  '北京天津上海重庆河北山西辽宁吉林江苏浙江安徽福建江西山东河南湖北湖南广东海南四川贵州云南陕西甘肃青海广西西藏宁夏新疆内蒙古';
const SECTORS = [
  '工业',
  '信息',
  '能源',
  '材料',
  '机械',
  '电子',
  '化工',
  '纺织',
  '食品',
  '医药',
  '建筑',
  '交通',
  '农业',
  '金融',
  '物流',
  '软件',
];
const ORG_FORMS: Record<OrganizationKind, string[]> = {
  agency: ['局', '厅', '委员会', '办公室'],
  association: ['协会', '联合会', '学会', '商会'],
  government: ['人民政府', '区委', '县委'],
  party: ['党委', '党组'],
  enterprise: ['有限公司', '股份有限公司', '集团'],
  other: ['研究院', '中心', '基金会'],
};
const TITLES = [
  '会长',
  '副会长',
  '秘书长',
  '局长',
  '副局长',
  '主任',
  '副主任',
  '董事长',
  '总经理',
  '书记',
  '副书记',
  '处长',
];

export interface Rows {
  persons: { id: string; name: string; aliases: string[]; pinyin: string[]; firstSeen?: string }[];
  organizations: {
    id: string;
    name: string;
    kind: OrganizationKind;
    label: string;
    aliases: string[];
    pinyin: string[];
    firstSeen?: string;
  }[];
  events: { id: string; name: string; date: string; aliases: string[]; pinyin: string[] }[];
  places: { id: string; name: string; aliases: string[]; pinyin: string[] }[];
  positions: { id: string; title: string; organizationId: string; name: string }[];
  articles: { id: string; title: string; text: string; url: null; publishedAt: string; ingestedAt: string }[];
  rels: Record<RelationType, Record<string, unknown>[]>;
}

function uniqueNames(n: number, make: () => string): string[] {
  const out = new Set<string>();
  while (out.size < n) out.add(make());
  return [...out];
}

export function generate(seed = 1): Rows {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[] | string): T => xs[Math.floor(r() * xs.length)] as T;
  const int = (n: number): number => Math.floor(r() * n);
  const chars = (s: string): string[] => [...s];
  const given = chars(GIVEN);
  const regions = REGIONS.match(/内蒙古|../g)!;

  const personNames = uniqueNames(
    SIZES.persons,
    () => pick(chars(SURNAMES)) + pick(given) + (r() < 0.8 ? pick(given) : ''),
  );
  const kinds = [...ORGANIZATION_KINDS];
  const orgSpecs = uniqueNames(SIZES.organizations, () => {
    const kind = pick(kinds);
    return `${kind}|${pick(regions)}${pick(regions)}${pick(SECTORS)}${pick(SECTORS)}${pick(ORG_FORMS[kind])}`;
  }).map((s) => s.split('|') as [OrganizationKind, string]);
  const placeNames = uniqueNames(
    SIZES.places,
    () => pick(regions) + pick(given) + pick(['市', '县', '区', '镇']),
  );
  const eventNames = uniqueNames(
    SIZES.events,
    () =>
      `${2015 + int(10)}${pick(regions)}${pick(SECTORS)}${pick(['大会', '论坛', '峰会', '座谈会', '培训班'])}第${1 + int(30)}期`,
  );

  const article = (i: number) => {
    const text = `合成文章${i}\n2024-01-01\n基准测试用的合成新闻第${i}篇。`;
    return {
      id: `art_${createHash('sha256').update(text).digest('hex').slice(0, 24)}`,
      title: `合成文章${i}`,
      text,
      url: null,
      publishedAt: '2024-01-01',
      ingestedAt: '2024-01-01T00:00:00Z',
    };
  };
  const articles = Array.from({ length: SIZES.articles }, (_, i) => article(i));
  const prov = () => {
    const a = pick(articles);
    return {
      articles: [a.id],
      evidence: [encodeEvidence({ articleId: a.id, sentence: `${a.title}中的一句话。` })],
    };
  };

  const persons = personNames.map((name) => ({
    id: personId(name),
    name,
    aliases: [],
    pinyin: pinyinKeys([name]),
  }));
  const organizations = orgSpecs.map(([kind, name]) => ({
    id: organizationId(name),
    name,
    kind,
    label: ORGANIZATION_KIND_LABEL[kind],
    aliases: [],
    pinyin: pinyinKeys([name]),
  }));
  const places = placeNames.map((name) => ({
    id: placeId(name),
    name,
    aliases: [],
    pinyin: pinyinKeys([name]),
  }));
  const events = eventNames.map((name) => ({
    id: eventId(name),
    name,
    date: `${2015 + int(10)}-0${1 + int(9)}-1${int(10)}`,
    aliases: [],
    pinyin: pinyinKeys([name]),
  }));

  const rels: Rows['rels'] = {
    HOLDS: [],
    AT: [],
    PART_OF: [],
    PARTICIPATED: [],
    ORGANIZED: [],
    HELD_IN: [],
    IN: [],
    MENTIONS: [],
  };
  const positions = new Map<string, Rows['positions'][number]>();
  for (const p of persons) {
    const posts = 1 + int(3);
    const seen = new Set<string>();
    for (let k = 0; k < posts; k++) {
      const o = organizations[int(Math.min(organizations.length, k === 0 ? 3000 : organizations.length))]!; // a few big organizations
      const title = pick(TITLES);
      const id = positionId(o.id, title);
      if (seen.has(id)) continue;
      seen.add(id);
      if (!positions.has(id)) {
        positions.set(id, { id, title, organizationId: o.id, name: `${title} @ ${o.name}` });
        rels.AT.push({ a: id, b: o.id, ...prov() });
      }
      rels.HOLDS.push({ a: p.id, b: id, current: r() < 0.8, ...prov() });
    }
  }
  for (let i = 0; i < 5_000; i++) {
    const [a, b] = [pick(organizations), organizations[int(500)]!];
    if (a.id !== b.id) rels.PART_OF.push({ a: a.id, b: b.id, ...prov() });
  }
  for (const e of events) {
    const roles = new Set<string>();
    for (let k = 0; k < 11; k++) {
      const p = pick(persons);
      const role = k === 0 ? 'host' : pick(PERSON_EVENT_ROLES.slice(1));
      if (roles.has(p.id + role)) continue;
      roles.add(p.id + role);
      rels.PARTICIPATED.push({
        a: p.id,
        b: e.id,
        role,
        topic: r() < 0.3 ? `${pick(SECTORS)}高质量发展` : null,
        ...prov(),
      });
    }
    for (let k = 0; k < 2; k++)
      rels.ORGANIZED.push({
        a: pick(organizations).id,
        b: e.id,
        role: ORGANIZATION_EVENT_ROLES[k]!,
        ...prov(),
      });
    rels.HELD_IN.push({ a: e.id, b: pick(places).id, ...prov() });
  }
  places.forEach((p, i) => {
    if (i >= 30) rels.IN.push({ a: p.id, b: places[int(30)]!.id, ...prov() });
  });
  const entities = [...persons, ...organizations, ...events, ...places];
  for (const a of articles) {
    const ids = new Set(Array.from({ length: 20 }, () => pick(entities).id));
    for (const id of ids) rels.MENTIONS.push({ a: a.id, b: id });
  }
  // Deduplicate relationship rows by (a, b, role): the model keeps one per key.
  for (const key of Object.keys(rels) as (keyof Rows['rels'])[]) {
    const seen = new Set<string>();
    rels[key] = rels[key].filter((x) => {
      const k = `${String(x.a)}|${String(x.b)}|${String(x.role ?? '')}`;
      return seen.has(k) ? false : (seen.add(k), true);
    });
  }
  const rows = { persons, organizations, events, places, positions: [...positions.values()], articles, rels };
  addDates(rows, seed);
  return rows;
}

/**
 * Dates as the writer stores them (schema/src/relations.ts): articles spread over 2015–2024, facts
 * first/last seen on their article's date, about half the posts with a stated start, former posts
 * with an end (EXACT after a removal, else NOT_AFTER the article), persons and organizations first
 * seen on their earliest fact. A separate PRNG, so the graph's shape is the one it always was.
 */
function addDates(rows: Rows, seed: number): void {
  const r = rng(seed + 7919);
  const int = (n: number): number => Math.floor(r() * n);
  const day = (y: number) =>
    `${y}-${String(1 + int(12)).padStart(2, '0')}-${String(1 + int(28)).padStart(2, '0')}`;
  const dateOf = new Map<string, string>();
  rows.articles.forEach((a, i) => {
    a.publishedAt = day(2015 + (i % 10));
    dateOf.set(a.id, a.publishedAt);
  });
  const first = new Map<string, string>();
  const seen = (id: unknown, d: string) => {
    const k = String(id);
    const had = first.get(k);
    if (!had || d < had) first.set(k, d);
  };
  for (const type of ['HOLDS', 'PARTICIPATED', 'ORGANIZED', 'PART_OF'] as const)
    for (const x of rows.rels[type]) {
      const d = dateOf.get((x.articles as string[])[0]!)!;
      x.firstSeen = d;
      x.lastSeen = d;
      seen(x.a, d);
      if (type === 'PART_OF') seen(x.b, d);
      if (type !== 'HOLDS') continue;
      const year = Number(d.slice(0, 4));
      if (r() < 0.5) {
        const since = r() < 0.5 ? day(year - int(4)).slice(0, 7) : day(year - int(4));
        x.since = since > d ? d : since;
        x.sinceBound = 'EXACT';
      }
      if (x.current) {
        x.lastCurrent = d;
      } else if (r() < 0.5) {
        x.until = d;
        x.untilBound = 'EXACT';
      } else {
        x.until = d;
        x.untilBound = 'NOT_AFTER';
      }
    }
  for (const p of rows.persons) p.firstSeen = first.get(p.id) ?? day(2015 + int(10));
  for (const o of rows.organizations) o.firstSeen = first.get(o.id) ?? day(2015 + int(10));
}
