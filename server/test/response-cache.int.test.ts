import { randomBytes } from 'node:crypto';
import type { Extraction } from '@guanxi/schema';
import { factId, organizationId, personId, positionId, writeExtraction } from '@guanxi/seed';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectTestDriver, testSettings, uniquePrefix } from '../../test/neo4j';
import { normalizeArticle } from '../../seed/src/normalize/index';
import { createApp, type App } from '../src/yoga';
import {
  countingDriver,
  deletePrefixWithCurations,
  gql,
  startHarness,
  TOKEN,
  type Harness,
  deleteIngestedArticle,
} from './harness';

/**
 * The response cache (src/plugins/response-cache.ts) never answers a read with data older than a
 * write that finished before it: curation, merge, ingest through this app, and seed's writer on
 * another connection (as `npm run seed` in another process).
 */
let h: Harness;
let app: App;
let sessions = 0;
let ingested: string | null = null;
const p = uniquePrefix();
const db = (): string => testSettings().database;
const A = p + personId('缓存测甲');
const B = p + personId('缓存测乙');
const ORG = p + organizationId('缓存测试协会');
const HOLDS = factId('HOLDS', A, p + positionId(ORG, '会长'));

const extraction = (extra: Partial<Extraction> = {}): Extraction => ({
  article: p,
  persons: [
    { name: '缓存测甲', aliases: [] },
    { name: '缓存测乙', aliases: [] },
  ],
  organizations: [{ name: '缓存测试协会', kind: 'association', aliases: [] }],
  places: [],
  events: [],
  positions: [
    { person: '缓存测甲', title: '会长', organization: '缓存测试协会' },
    { person: '缓存测乙', title: '秘书长', organization: '缓存测试协会' },
  ],
  roles: [],
  event_orgs: [],
  ...extra,
});
const write = (driver: Driver, tag: string, x: Extraction) =>
  writeExtraction(
    driver,
    db(),
    normalizeArticle({ content: `缓存测试${tag}${p}\n2024-05-05\n正文${tag}${p}`, source: tag }),
    x,
    { idPrefix: p },
  );

beforeAll(async () => {
  h = await startHarness();
  app = createApp({
    driver: countingDriver(h.driver, () => (sessions += 1)),
    database: db(),
    apiToken: TOKEN,
  });
  await write(h.driver, 'a', extraction());
});
afterAll(async () => {
  await deletePrefixWithCurations(h.driver, p);
  if (ingested) {
    await deleteIngestedArticle(h.driver, ingested);
  }
  await h.close();
});

interface Profile {
  node: { name: string; aliases: string[]; positions: { title: string }[] } | null;
}
const PROFILE = `query($id: ID!) { node(id: $id) { ... on Person { name aliases positions { title } } } }`;

async function read(id: string) {
  sessions = 0;
  const r = await gql<Profile>(app, PROFILE, { id });
  expect(r.errors).toBeUndefined();
  return { node: r.data!.node, sessions };
}

async function mutate(query: string, variables: Record<string, unknown>) {
  const r = await gql<Record<string, { id: string }>>(app, query, variables, TOKEN);
  expect(r.errors).toBeUndefined();
  return r.data!;
}

describe('response cache', () => {
  it('answers a repeated anonymous read from the cache (one version read, no query)', async () => {
    const first = await read(A);
    expect(first.node?.positions.map((x) => x.title)).toEqual(['会长']);
    const again = await read(A);
    expect(again.node).toEqual(first.node);
    expect(again.sessions).toBe(1);
  });

  it('is bypassed by requests with a token', async () => {
    await read(A);
    sessions = 0;
    const r = await gql<Profile>(app, PROFILE, { id: A }, TOKEN);
    expect(r.data?.node?.name).toBe('缓存测甲');
    // The query itself (folded into one statement), no version read.
    expect(sessions).toBe(1);
    const r2 = await gql<Profile>(app, PROFILE, { id: A }, TOKEN);
    expect(r2.data).toEqual(r.data);
  });

  it('sees every curation: alias, retraction and its undo', async () => {
    await read(A);
    await mutate(`mutation($id: ID!) { addAlias(id: $id, alias: "缓存别名", reason: "test") { id } }`, {
      id: A,
    });
    expect((await read(A)).node?.aliases).toContain('缓存别名');

    const retracted = await mutate(`mutation($id: ID!) { retractFact(id: $id, reason: "test") { id } }`, {
      id: HOLDS,
    });
    expect((await read(A)).node?.positions).toEqual([]);
    await mutate(`mutation($id: ID!) { undoCuration(id: $id) { id } }`, { id: retracted.retractFact!.id });
    expect((await read(A)).node?.positions.map((x) => x.title)).toEqual(['会长']);
  });

  it("sees seed's writer on another connection, as from another process", async () => {
    await read(A);
    const other = await connectTestDriver();
    try {
      await write(
        other,
        'b',
        extraction({
          persons: [{ name: '缓存测甲', aliases: ['甲秘书'] }],
          positions: [{ person: '缓存测甲', title: '秘书长', organization: '缓存测试协会' }],
        }),
      );
    } finally {
      await other.close();
    }
    const after = await read(A);
    expect(after.node?.positions.map((x) => x.title).sort()).toEqual(['会长', '秘书长']);
  });

  it('sees a merge', async () => {
    expect((await read(B)).node?.name).toBe('缓存测乙');
    await mutate(`mutation($k: ID!, $d: ID!) { mergeEntities(keep: $k, drop: $d, reason: "test") { id } }`, {
      k: A,
      d: B,
    });
    expect((await read(B)).node).toBeNull();
    expect((await read(A)).node?.aliases).toContain('缓存测乙');
  });

  it('sees an ingested article', async () => {
    const tag = randomBytes(3).toString('hex');
    const text = `缓存测试文章${tag}\n2024-05-06\n缓存测试文章正文${tag}，用于检查缓存。`;
    const QUERY = `query($id: ID!) { node(id: $id) { ... on Article { title } } }`;
    const id = normalizeArticle({ content: text, source: 'graphql' }).id;
    const before = await gql<{ node: { title: string } | null }>(app, QUERY, { id });
    expect(before.data?.node).toBeNull();
    const r = await gql<{ ingestArticle: { article: { id: string } } }>(
      app,
      `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { article { id } } }`,
      { input: { text } },
      TOKEN,
    );
    expect(r.errors).toBeUndefined();
    ingested = r.data!.ingestArticle.article.id;
    expect(ingested).toBe(id);
    const after = await gql<{ node: { title: string } | null }>(app, QUERY, { id });
    expect(after.data?.node?.title).toBe(`缓存测试文章${tag}`);
  });
});
