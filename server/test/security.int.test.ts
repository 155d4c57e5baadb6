import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testSettings } from '../../test/neo4j';
import { gql, LI, organizationId, personId, startHarness, TOKEN, type Harness } from './harness';

/**
 * Hostile strings in every string argument change nothing and cause no internal error. Counts are
 * scoped to the seed article's subgraph (other test files write concurrently elsewhere).
 */
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const HOSTILE = [
  "'",
  '"',
  '\\',
  '`',
  '//',
  '/* */',
  '\u0000',
  'a\u0000b',
  '*',
  '~',
  '?',
  'AND OR NOT',
  '李" OR name:*',
  'name:李*~2',
  '"}) MATCH (n) DETACH DELETE n //',
  "') DETACH DELETE n WITH 1 AS x MATCH (m) DETACH DELETE m //",
  '$ids',
  '{id: 1}',
  '${ids}',
  'per_x]->(n) DETACH DELETE n //',
  '\uD800',
  '🙂'.repeat(50),
  'x'.repeat(100_000),
  '李'.repeat(100_000),
];

async function scopedCounts(): Promise<{ nodes: number; rels: number }> {
  const { records } = await h.driver.executeQuery(
    `MATCH (a:Article {id: $id})-[:MENTIONS]->(e)
     WITH collect(DISTINCT e) + collect(DISTINCT a) AS ns
     UNWIND ns AS n
     OPTIONAL MATCH (n)-[r]-()
     RETURN count(DISTINCT n) AS nodes, count(DISTINCT r) AS rels`,
    { id: h.articleId },
    { database: testSettings().database },
  );
  return { nodes: Number(records[0]!.get('nodes')), rels: Number(records[0]!.get('rels')) };
}

/** An error we meant to raise, or none; never the masked "Unexpected error." */
function expectNoInternalError(
  r: { errors?: { message: string; extensions?: { code?: string } }[] },
  what: string,
): void {
  for (const e of r.errors ?? []) {
    expect(['BAD_USER_INPUT', 'NOT_FOUND', 'UNAUTHENTICATED'], `${what}: ${e.message}`).toContain(
      e.extensions?.code,
    );
  }
}

const OPERATIONS: [string, string, (s: string) => Record<string, unknown>][] = [
  ['search', `query($s: String!) { search(query: $s) { totalCount edges { node { id } } } }`, (s) => ({ s })],
  ['search after', `query($s: String!) { search(query: "李", after: $s) { totalCount } }`, (s) => ({ s })],
  ['node', `query($s: ID!) { node(id: $s) { id } }`, (s) => ({ s })],
  ['nodes', `query($s: ID!) { nodes(ids: [$s, $s]) { id } }`, (s) => ({ s })],
  ['neighborhood id', `query($s: ID!) { neighborhood(id: $s) { nodes { id } } }`, (s) => ({ s })],
  // relationTypes is an enum list now: hostile strings never reach a resolver (graph.int.test.ts).
  [
    'shortestPath from',
    `query($s: ID!) { shortestPath(from: $s, to: "${LI}") { nodes { id } } }`,
    (s) => ({ s }),
  ],
  [
    'shortestPath to',
    `query($s: ID!) { shortestPath(from: "${LI}", to: $s) { nodes { id } } }`,
    (s) => ({ s }),
  ],
  [
    'mergeEntities keep',
    `mutation($s: ID!) { mergeEntities(keep: $s, drop: "${LI}", reason: "x") { id } }`,
    (s) => ({ s }),
  ],
  [
    'mergeEntities drop',
    `mutation($s: ID!) { mergeEntities(keep: "${organizationId('国资委')}", drop: $s, reason: "x") { id } }`,
    (s) => ({ s }),
  ],
  ['retractFact id', `mutation($s: ID!) { retractFact(id: $s, reason: "x") { id } }`, (s) => ({ s })],
  ['undoCuration id', `mutation($s: ID!) { undoCuration(id: $s) { id } }`, (s) => ({ s })],
  ['curations entity', `query($s: ID!) { curations(entity: $s) { edges { node { id } } } }`, (s) => ({ s })],
];

describe('hostile strings', () => {
  it('change nothing and raise no internal error, in every string argument', async () => {
    const before = await scopedCounts();
    for (const [name, query, vars] of OPERATIONS) {
      for (const s of HOSTILE) {
        const r = await gql(h.app, query, vars(s), TOKEN);
        expectNoInternalError(r, `${name} ${JSON.stringify(s.slice(0, 30))}`);
      }
    }
    expect(await scopedCounts()).toEqual(before);
  }, 180_000);

  it('still finds what a hostile string contains, literally', async () => {
    const r = await gql<{ search: { edges: { node: { id: string } }[] } }>(
      h.app,
      `{ search(query: "李毅中\\" OR *:*") { edges { node { id } } } }`,
    );
    expect(r.data?.search.edges[0]?.node.id).toBe(LI);
  });
});

describe('refusals', () => {
  it('refuses mutations without a token and changes nothing', async () => {
    const before = await scopedCounts();
    const r = await gql(
      h.app,
      `mutation { mergeEntities(keep: "${LI}", drop: "${personId('荣剑英')}", reason: "x") { id } }`,
    );
    expect(r.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await scopedCounts()).toEqual(before);
  });

  it('refuses a deep query', async () => {
    let q = 'name';
    for (let i = 0; i < 3; i++)
      q = `positions { organization { positions { holders { person { ${q} } } } } }`;
    const r = await gql(h.app, `{ node(id: "${LI}") { ... on Person { ${q} } } }`);
    expect(r.errors?.[0]?.message).toMatch(/depth|cost/i);
    expect(r.data ?? null).toBeNull();
  });
});
