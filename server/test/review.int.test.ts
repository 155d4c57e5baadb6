import type { Extraction } from '@guanxi/schema';
import { eventId, factId, organizationId, personId, positionId, writeExtraction } from '@guanxi/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testSettings, uniquePrefix } from '../../test/neo4j';
import { normalizeArticle } from '../../seed/src/normalize/index';
import { deletePrefixWithCurations, gql, type Harness, startHarness, TOKEN } from './harness';

let h: Harness;
const p = uniquePrefix();
const db = (): string => testSettings().database;
const HUB = p + personId('卫枢纽');
const LEAF = p + personId('卫末端');
const X = p + organizationId('审核甲会');
const Y = p + organizationId('审核乙会');
// Below any confidence other test files write, so these three lead the queue.
const LEAST = factId('HOLDS', LEAF, p + positionId(X, '会员'));
const HUB_POST = factId('HOLDS', HUB, p + positionId(X, '理事'));
const LEAF_POST = factId('HOLDS', LEAF, p + positionId(Y, '理事'));

const extraction: Extraction = {
  article: p,
  persons: [
    { name: '卫枢纽', aliases: [] },
    { name: '卫末端', aliases: [] },
  ],
  organizations: [
    { name: '审核甲会', kind: 'association', aliases: [] },
    { name: '审核乙会', kind: 'association', aliases: [] },
  ],
  places: [],
  events: [{ name: '审核测试会', date: null, place: null }],
  positions: [
    {
      person: '卫末端',
      title: '会员',
      organization: '审核甲会',
      evidence: '卫末端是会员',
      confidence: 0.0001,
    },
    { person: '卫枢纽', title: '理事', organization: '审核甲会', confidence: 0.0002 },
    { person: '卫末端', title: '理事', organization: '审核乙会', confidence: 0.0002 },
    { person: '卫枢纽', title: '顾问', organization: '审核乙会', confidence: 0.9 },
  ],
  roles: [{ person: '卫枢纽', event: '审核测试会', role: 'host', topic: null, confidence: 0.0003 }],
  event_orgs: [],
};

beforeAll(async () => {
  h = await startHarness();
  const article = normalizeArticle({ content: `审核测试${p}\n2024-08-08\n正文${p}`, source: p });
  await writeExtraction(h.driver, db(), article, extraction, { idPrefix: p });
});
afterAll(async () => {
  await deletePrefixWithCurations(h.driver, p);
  await h.close();
});

interface Queue {
  reviewQueue: {
    totalCount: number;
    edges: { cursor: string; node: { id: string; confidence: number; evidence: { sentence: string }[] } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string };
  };
}
const QUEUE = `query($first: Int, $after: String, $kinds: [FactType!]) {
  reviewQueue(first: $first, after: $after, kinds: $kinds) {
    totalCount edges { cursor node { id confidence evidence { sentence } } } pageInfo { hasNextPage endCursor }
  }
}`;
const queue = async (vars: Record<string, unknown>) => {
  const r = await gql<Queue>(h.app, QUEUE, vars);
  expect(r.errors).toBeUndefined();
  return r.data!.reviewQueue;
};

describe('reviewQueue', () => {
  it('lists unverified facts lowest confidence first, the most connected first among equals, with evidence', async () => {
    const q = await queue({ first: 3, kinds: ['HOLDS'] });
    expect(q.edges.map((e) => e.node.id)).toEqual([LEAST, HUB_POST, LEAF_POST]);
    expect(q.edges[0]!.node.evidence[0]!.sentence).toBe('卫末端是会员');
    expect(q.pageInfo.hasNextPage).toBe(true);
    const next = await queue({ first: 1, after: q.pageInfo.endCursor, kinds: ['HOLDS'] });
    expect(next.edges[0]!.node.id).not.toBe(LEAF_POST);
    expect(next.totalCount).toBe(q.totalCount);
  });

  it('filters by kind, and drops verified and retracted facts', async () => {
    const roles = await queue({ first: 1, kinds: ['PARTICIPATED'] });
    expect(roles.edges[0]!.node.id).toBe(factId('PARTICIPATED', HUB, p + eventId('审核测试会'), 'host'));
    await gql(h.app, `mutation($id: ID!) { verifyFact(id: $id) { id } }`, { id: LEAST }, TOKEN);
    await gql(
      h.app,
      `mutation($id: ID!) { retractFact(id: $id, reason: "不实") { id } }`,
      { id: HUB_POST },
      TOKEN,
    );
    const q = await queue({ first: 1, kinds: ['HOLDS'] });
    expect(q.edges.map((e) => e.node.id)).toEqual([LEAF_POST]);
  });

  it('refuses pages that are too large', async () => {
    const r = await gql(h.app, QUEUE, { first: 1000 });
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
