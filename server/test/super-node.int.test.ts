/**
 * Super-nodes: an organization with many holders and an event with many participants, written by the
 * seed writer, must come back a page at a time — the best `perNode` by the stated order (most recent
 * evidence, then most connected), a count of the rest, and `neighbors` to page the rest in.
 */
import type { Extraction } from '@guanxi/schema';
import { eventId, organizationId, personId, writeExtraction } from '@guanxi/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteByPrefix, testSettings, uniquePrefix } from '../../test/neo4j';
import { normalizeArticle } from '../../seed/src/normalize/index';
import { gql, startHarness, type Harness } from './harness';

let h: Harness;
const p = uniquePrefix();
const ORG_NAME = '超级节点协会';
const EVENT_NAME = '超级节点大会';
const ORG = p + organizationId(ORG_NAME);
const EVENT = p + eventId(EVENT_NAME);
const name = (i: number) => `超节点${String(i).padStart(3, '0')}`;
const id = (i: number) => p + personId(name(i));
/** 0–99 hold a post since an older article; 100–119 since a newer one; 0–69 also attend the event. */
const OLD = Array.from({ length: 100 }, (_, i) => i);
const NEW = Array.from({ length: 20 }, (_, i) => 100 + i);
const ATTENDING = OLD.slice(0, 70);
/** Person 7 also holds a post in a second organization: the most connected of the older holders. */
const CONNECTED = 7;

function extraction(people: number[], title: string, extra: Partial<Extraction>): Extraction {
  return {
    article: p,
    persons: people.map((i) => ({ name: name(i), aliases: [] })),
    organizations: [{ name: ORG_NAME, kind: 'association', aliases: [] }],
    places: [],
    events: [],
    positions: people.map((i) => ({ person: name(i), title, organization: ORG_NAME })),
    roles: [],
    event_orgs: [],
    ...extra,
  };
}

async function write(tag: string, publishedAt: string, x: Extraction): Promise<void> {
  const content = `超级节点测试${tag}${p}\n正文${tag}${p}`;
  const article = normalizeArticle({ content, source: `${p}${tag}.txt`, publishedAt });
  await writeExtraction(h.driver, testSettings().database, article, x, { idPrefix: p });
}

beforeAll(async () => {
  h = await startHarness();
  await write(
    'old',
    '2023-03-01',
    extraction(OLD, '理事', {
      organizations: [
        { name: ORG_NAME, kind: 'association', aliases: [] },
        { name: '超级节点研究院', kind: 'other', aliases: [] },
      ],
      positions: [
        ...OLD.map((i) => ({ person: name(i), title: '理事', organization: ORG_NAME })),
        { person: name(CONNECTED), title: '院长', organization: '超级节点研究院' },
      ],
      events: [{ name: EVENT_NAME, date: '2023-03-01', place: null }],
      roles: ATTENDING.map((i) => ({ person: name(i), event: EVENT_NAME, role: 'guest', topic: null })),
    }),
  );
  await write('new', '2024-06-01', extraction(NEW, '副会长', {}));
});
afterAll(async () => {
  await deleteByPrefix(h.driver, p);
  await h.close();
});

interface Edge {
  source: string;
  target: string;
  type: string;
}
interface More {
  node: string;
  relationType: string | null;
  count: number;
  after: string;
}
const HOOD = `query($id: ID!, $perNode: Int) {
  neighborhood(id: $id, perNode: $perNode) {
    nodes { id } edges { source target type } truncated more { node relationType count after }
  }
}`;
const PAGE = `query($id: ID!, $type: RelationType, $first: Int, $after: String) {
  neighbors(id: $id, relationType: $type, first: $first, after: $after) {
    nodes { id } edges { source target type } totalCount remaining hasNextPage endCursor
  }
}`;
interface Page {
  nodes: { id: string }[];
  edges: Edge[];
  totalCount: number;
  remaining: number;
  hasNextPage: boolean;
  endCursor: string | null;
}
const hood = (nodeId: string, perNode?: number) =>
  gql<{ neighborhood: { nodes: { id: string }[]; edges: Edge[]; truncated: boolean; more: More[] } }>(
    h.app,
    HOOD,
    { id: nodeId, perNode },
  );
const page = (nodeId: string, type: string | null, first: number, after: string | null) =>
  gql<{ neighbors: Page }>(h.app, PAGE, { id: nodeId, type, first, after });
const holders = (edges: Edge[]) => edges.filter((e) => e.type === 'HOLDS').map((e) => e.source);

describe('a super-node in neighborhood', () => {
  it('brings the best perNode holders, newest evidence first, then the most connected', async () => {
    const r = await hood(ORG, 30);
    expect(r.errors).toBeUndefined();
    const s = r.data!.neighborhood;
    const shown = holders(s.edges);
    expect(shown).toHaveLength(30);
    // The 20 from the newer article, in id order among equals (degree 1 + their post each).
    expect(shown.slice(0, 20).sort()).toEqual(NEW.map(id).sort());
    expect(shown[20]).toBe(id(CONNECTED));
    expect(s.more).toEqual([{ node: ORG, relationType: 'HOLDS', count: 90, after: expect.any(String) }]);
    expect(s.nodes).toHaveLength(31);
  });

  it('shows 50 per node and type by default, and nothing more when all fit', async () => {
    const org = (await hood(ORG)).data!.neighborhood;
    expect(holders(org.edges)).toHaveLength(50);
    expect(org.more.map((m) => m.count)).toEqual([70]);
    const person = (await hood(id(CONNECTED))).data!.neighborhood;
    expect(person.more).toEqual([]);
    expect(person.edges).toHaveLength(3);
  });

  it('caps an event with many participants the same way', async () => {
    const s = (await hood(EVENT, 10)).data!.neighborhood;
    expect(s.edges.filter((e) => e.type === 'PARTICIPATED')).toHaveLength(10);
    expect(s.more).toEqual([
      { node: EVENT, relationType: 'PARTICIPATED', count: 60, after: expect.any(String) },
    ]);
  });
});

describe('neighbors pages the rest in', () => {
  it('continues where the slice stopped until none remain, each neighbour once', async () => {
    const first = (await hood(ORG, 30)).data!.neighborhood;
    const seen = new Set(holders(first.edges));
    let after: string | null = first.more[0]!.after;
    let remaining = first.more[0]!.count;
    for (let guard = 0; after !== null && guard < 10; guard++) {
      const r = await page(ORG, 'HOLDS', 40, after);
      expect(r.errors).toBeUndefined();
      const next = r.data!.neighbors;
      expect(next.totalCount).toBe(120);
      const got = holders(next.edges);
      expect(got).toHaveLength(Math.min(40, remaining));
      for (const g of got) expect(seen.has(g)).toBe(false);
      for (const g of got) seen.add(g);
      expect(next.remaining).toBe(remaining - got.length);
      remaining = next.remaining;
      expect(next.hasNextPage).toBe(remaining > 0);
      // Every edge's ends are on the page (the canvas refuses dangling edges).
      const ids = new Set(next.nodes.map((n) => n.id));
      for (const e of next.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
      after = next.hasNextPage ? next.endCursor : null;
    }
    expect(remaining).toBe(0);
    expect([...seen].sort()).toEqual([...OLD, ...NEW].map(id).sort());
  });

  it('ranks every type together without relationType', async () => {
    const r = await page(id(CONNECTED), null, 2, null);
    expect(r.errors).toBeUndefined();
    expect(r.data!.neighbors).toMatchObject({ totalCount: 3, remaining: 1, hasNextPage: true });
  });

  it('refuses bad input with BAD_USER_INPUT', async () => {
    const codes = async (q: Promise<{ errors?: { extensions?: { code?: string } }[] }>) =>
      (await q).errors?.map((e) => e.extensions?.code);
    expect(await codes(hood(ORG, 0))).toEqual(['BAD_USER_INPUT']);
    expect(await codes(hood(ORG, 501))).toEqual(['BAD_USER_INPUT']);
    expect(await codes(page(ORG, 'HOLDS', 0, null))).toEqual(['BAD_USER_INPUT']);
    expect(await codes(page(ORG, 'HOLDS', 10, 'not-a-cursor'))).toEqual(['BAD_USER_INPUT']);
  });
});
