import { readFileSync } from 'node:fs';
import type { Extraction } from '@guanxi/schema';
import { ingestArticle, organizationId, personId, positionId, writeExtraction } from '@guanxi/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteByPrefix, testSettings, uniquePrefix } from '../../test/neo4j';
import { normalizeArticle } from '../../seed/src/normalize/index';
import { gql, startHarness, type Harness } from './harness';

/**
 * Time and change (issue 10) against the real Neo4j: three 任免 articles about one post over the years
 * (seed/test-articles/renmian-0*), a post called 原 years after it was seen current, time windows on
 * neighborhood and shortestPath, the changes feed and re-ingest idempotence.
 */
let h: Harness;
const p = uniquePrefix();
const db = (): string => testSettings().database;
const ARTICLES = ['renmian-01-2016-jiaotong', 'renmian-02-2019-jiaotong', 'renmian-03-2023-jiaotong'];
const BUREAU = p + organizationId('某市交通运输局');
const POST = p + positionId(BUREAU, '局长');
const LI = p + personId('李卫东');
const CHEN = p + personId('陈志刚');

const ingestAll = async (prefix: string, order: readonly string[]) => {
  for (const name of order) {
    const file = new URL(`../../seed/test-articles/${name}.txt`, import.meta.url);
    await ingestArticle(
      h.driver,
      db(),
      { content: readFileSync(file), source: `${name}.txt` },
      { idPrefix: prefix },
    );
  }
};

/** A one-post extraction, dated: the 原 test and the changes feed's posts. */
const post = (person: string, title: string, org: string): Extraction => ({
  article: p,
  persons: [{ name: person, aliases: [] }],
  organizations: [{ name: org, kind: 'agency', aliases: [] }],
  places: [],
  events: [],
  positions: [{ person, title, organization: org }],
  roles: [],
  event_orgs: [],
});
const writeDated = (x: Extraction, date: string, tag: string) =>
  writeExtraction(
    h.driver,
    db(),
    normalizeArticle({ content: `时间测试${tag}${p}\n正文${tag}${p}`, source: tag, publishedAt: date }),
    x,
    { idPrefix: p },
  );

beforeAll(async () => {
  h = await startHarness();
  await ingestAll(p, ARTICLES);
});
afterAll(async () => {
  await deleteByPrefix(h.driver, p);
  await h.close();
});

const DATE = 'value precision bound';
const TENURE = `person { id name } current since { ${DATE} } until { ${DATE} } firstSeen { ${DATE} } lastSeen { ${DATE} } lastCurrent { ${DATE} } evidence { sentence article { publishedAt } }`;

interface DateOut {
  value: string;
  precision: string;
  bound: string;
}
interface TenureOut {
  person: { id: string; name: string };
  current: boolean;
  since: DateOut | null;
  until: DateOut | null;
  firstSeen: DateOut | null;
  lastSeen: DateOut | null;
  lastCurrent: DateOut | null;
  evidence: { sentence: string; article: { publishedAt: string } }[];
}
const holders = async (id: string) =>
  (
    await gql<{ node: { holders: TenureOut[] } }>(
      h.app,
      `query($id: ID!) { node(id: $id) { ... on Position { holders { ${TENURE} } } } }`,
      { id },
    )
  ).data!.node.holders;

describe('succession', () => {
  it('three articles about one post over the years give one position, holders in order, with evidence', async () => {
    const hs = await holders(POST);
    expect(hs.map((t) => t.person.name)).toEqual(['李卫东', '陈志刚']);
    const [li, chen] = hs as [TenureOut, TenureOut];
    expect(li.since).toEqual({ value: '2016-04-12', precision: 'DAY', bound: 'EXACT' });
    expect(li.until).toEqual({ value: '2019-08-20', precision: 'DAY', bound: 'EXACT' });
    expect(li.current).toBe(false);
    expect([li.firstSeen?.value, li.lastSeen?.value]).toEqual(['2016-04-12', '2023-05-10']);
    expect(li.evidence.map((e) => e.article.publishedAt).sort()).toEqual([
      '2016-04-12',
      '2019-08-20',
      '2023-05-10',
    ]);
    expect(chen.since).toEqual({ value: '2019-08-20', precision: 'DAY', bound: 'EXACT' });
    expect(chen.until).toBeNull();
    expect(chen.current).toBe(true);
    expect(chen.lastCurrent?.value).toBe('2023-05-10');
  });

  it("a person's timeline: the post as an interval, then the event attended", async () => {
    const res = await gql<{ node: { timeline: Record<string, unknown>[] } }>(
      h.app,
      `query($id: ID!) { node(id: $id) { ... on Person { timeline {
        kind title current organization { name } event { name }
        since { ${DATE} } until { ${DATE} } evidence { sentence } } } } }`,
      { id: LI },
    );
    const t = res.data!.node.timeline;
    expect(t.map((e) => [e.kind, e.title])).toEqual([
      ['POST', '局长'],
      ['EVENT', '某市2023年交通运输工作会议'],
    ]);
    expect(t[0]).toMatchObject({
      organization: { name: '某市交通运输局' },
      since: { value: '2016-04-12' },
      until: { value: '2019-08-20', bound: 'EXACT' },
      current: false,
    });
    expect(t[1]).toMatchObject({
      since: { value: '2023-05-09', precision: 'DAY' },
      until: null,
      event: { name: '某市2023年交通运输工作会议' },
    });
    expect((t[0]!.evidence as unknown[]).length).toBeGreaterThanOrEqual(2);
  });

  it('原 in a 2024 article, current in 2018: one post whose end lies between', async () => {
    await writeDated(post('钱原任', '部长', '时间测试部'), '2018-03-01', 'a');
    await writeDated(post('钱原任', '原部长', '时间测试部'), '2024', 'b');
    const org = p + organizationId('时间测试部');
    const hs = await holders(p + positionId(org, '部长'));
    expect(hs).toHaveLength(1);
    expect(hs[0]).toMatchObject({
      current: false,
      until: { value: '2024', precision: 'YEAR', bound: 'NOT_AFTER' },
      lastCurrent: { value: '2018-03-01' },
      firstSeen: { value: '2018-03-01' },
      lastSeen: { value: '2024' },
    });
  });
});

interface SliceOut {
  nodes: { id: string }[];
  edges: { source: string; target: string; type: string }[];
}
const neighborhood = async (args: string) =>
  gql<{ neighborhood: SliceOut }>(
    h.app,
    `query($id: ID!) { neighborhood(id: $id, relationTypes: [HOLDS] ${args}) { nodes { id } edges { source target type } } }`,
    { id: BUREAU },
  );
const holdersAt = async (args: string) =>
  (await neighborhood(args)).data!.neighborhood.edges.map((e) => e.source).sort();

describe('time windows', () => {
  it('at: only the posts valid then', async () => {
    expect(await holdersAt('')).toEqual([CHEN, LI].sort());
    expect(await holdersAt('at: "2017"')).toEqual([LI]);
    expect(await holdersAt('at: "2021-02"')).toEqual([CHEN]);
    expect(await holdersAt('at: "2019-08-20"')).toEqual([CHEN, LI].sort());
    expect(await holdersAt('at: "2015"')).toEqual([]);
    expect(await holdersAt('from: "2010", to: "2016-03"')).toEqual([]);
    expect(await holdersAt('from: "2018", to: "2020"')).toEqual([CHEN, LI].sort());
  });

  it('shortestPath goes only through facts valid in the window', async () => {
    const path = async (args: string) =>
      (
        await gql<{ shortestPath: SliceOut | null }>(
          h.app,
          `query($a: ID!, $b: ID!) { shortestPath(from: $a, to: $b ${args}) { nodes { id } } }`,
          { a: LI, b: CHEN },
        )
      ).data!.shortestPath;
    // Two hops either way without a window: through the post or the 2023 meeting both attended.
    expect(await path('')).not.toBeNull();
    expect((await path('at: "2019-08-20"'))?.nodes.map((n) => n.id)).toContain(BUREAU);
    // In 2017 陈志刚 held nothing yet (his first fact is the 2019 appointment).
    expect(await path('at: "2017"')).toBeNull();
  });

  it('refuses bad dates and mixed windows with BAD_USER_INPUT, changing nothing', async () => {
    for (const args of [
      'at: "2017-13"',
      'at: "yesterday"',
      'at: "2017", from: "2016"',
      'from: "2020", to: "2019"',
    ]) {
      const res = await neighborhood(args);
      expect(res.errors?.[0]?.extensions?.code, args).toBe('BAD_USER_INPUT');
    }
    const bad = await gql(h.app, '{ changes(since: "2019-02-30") { edges { cursor } } }');
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await holdersAt('')).toEqual([CHEN, LI].sort());
  });
});

describe('the changes feed', () => {
  interface ChangeOut {
    kind: string;
    at: DateOut;
    person: { id: string } | null;
    organization: { id: string } | null;
    title: string | null;
    evidence: { sentence: string }[];
  }
  const page = async (vars: Record<string, unknown>) =>
    (
      await gql<{
        changes: {
          edges: { cursor: string; node: ChangeOut }[];
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
        };
      }>(
        h.app,
        `query($since: String!, $until: String, $kinds: [ChangeKind!], $first: Int, $after: String) {
          changes(since: $since, until: $until, kinds: $kinds, first: $first, after: $after) {
            edges { cursor node { kind at { ${DATE} } person { id } organization { id } title evidence { sentence } } }
            pageInfo { hasNextPage endCursor } } }`,
        vars,
      )
    ).data!.changes;

  it('lists posts begun and ended in a range, oldest first', async () => {
    const c = await page({
      since: '2019-08-20',
      until: '2019-08-20',
      kinds: ['NEW_POST', 'ENDED_POST'],
      first: 50,
    });
    const mine = c.edges.map((e) => e.node).filter((n) => n.person?.id.startsWith(p));
    expect(mine.map((n) => [n.kind, n.person!.id, n.title, n.at.value])).toEqual([
      ['ENDED_POST', LI, '局长', '2019-08-20'],
      ['NEW_POST', CHEN, '局长', '2019-08-20'],
    ]);
    expect(mine[0]!.organization!.id).toBe(BUREAU);
    expect(mine[0]!.evidence[0]!.sentence).toContain('免去李卫东');
  });

  it('pages through a range with stable cursors, no change twice or missed', async () => {
    // Five people first named, and their posts begun, on days no other test file writes.
    for (let i = 1; i <= 5; i++)
      await writeDated(
        post(`孙变更${'一二三四五'[i - 1]}`, '处长', `变更测试处${i}`),
        `1987-03-0${i}`,
        `c${i}`,
      );
    const all = await page({ since: '1987-03', until: '1987-03', kinds: ['NEW_PERSON'], first: 100 });
    const mine = all.edges.map((e) => e.node).filter((n) => n.person?.id.startsWith(p));
    expect(mine.map((n) => n.at.value)).toEqual([
      '1987-03-01',
      '1987-03-02',
      '1987-03-03',
      '1987-03-04',
      '1987-03-05',
    ]);
    expect(mine[0]!.evidence.length).toBeGreaterThan(0);
    const seen: string[] = [];
    let after: string | null = null;
    for (let n = 0; n < 20; n++) {
      const c = await page({ since: '1987-03', until: '1987-03', kinds: ['NEW_PERSON'], first: 2, after });
      seen.push(...c.edges.map((e) => `${e.node.at.value}|${e.node.person!.id}`));
      if (!c.pageInfo.hasNextPage) break;
      after = c.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.edges.map((e) => `${e.node.at.value}|${e.node.person!.id}`));
    const posts = await page({ since: '1987-03-02', until: '1987-03-03', kinds: ['NEW_POST'], first: 10 });
    expect(posts.edges.filter((e) => e.node.person?.id.startsWith(p)).map((e) => e.node.at.value)).toEqual([
      '1987-03-02',
      '1987-03-03',
    ]);
  });
});

describe('re-ingest', () => {
  it('keeps firstSeen/lastSeen and the intervals as they were, in any order', async () => {
    const before = await holders(POST);
    await ingestAll(p, [...ARTICLES].reverse());
    expect(await holders(POST)).toEqual(before);
    const q = uniquePrefix();
    try {
      await ingestAll(q, [...ARTICLES].reverse());
      const other = await holders(q + positionId(q + organizationId('某市交通运输局'), '局长'));
      const strip = (ts: TenureOut[]) =>
        ts.map(({ person, evidence, ...rest }) => ({ name: person.name, ...rest, n: evidence.length }));
      expect(strip(other)).toEqual(strip(before));
    } finally {
      await deleteByPrefix(h.driver, q);
    }
  });
});
