import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CIFU, gql, LI, MIIT, startHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

interface SearchData {
  search: {
    totalCount: number;
    edges: { cursor: string; node: { id: string; name: string; kind: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}
const SEARCH = `query($q: String!, $kinds: [EntityKind!], $first: Int, $after: String) {
  search(query: $q, kinds: $kinds, first: $first, after: $after) {
    totalCount edges { cursor node { id name kind } } pageInfo { hasNextPage endCursor }
  }
}`;
const search = (q: string, extra: Record<string, unknown> = {}) =>
  gql<SearchData>(h.app, SEARCH, { q, ...extra });

describe('search', () => {
  it.each([
    ['李毅中', LI],
    ['毅中', LI],
    ['李会长', LI],
    ['li yizhong', LI],
    ['liyizhong', LI],
    ['LiYiZhong', LI],
    ['lyz', LI],
    ['工经联', CIFU],
    ['中国工业经济联合会', CIFU],
    ['工信部', MIIT],
  ])('%s finds it first', async (q, id) => {
    const r = await search(q);
    expect(r.errors).toBeUndefined();
    expect(r.data?.search.edges[0]?.node.id).toBe(id);
  });

  it('ranks an exact name above longer names that contain it', async () => {
    const r = await search('中国工业经济联合会', { first: 5 });
    const names = r.data?.search.edges.map((e) => e.node.name) ?? [];
    expect(names[0]).toBe('中国工业经济联合会');
    expect(r.data?.search.totalCount).toBeGreaterThan(1);
  });

  it('filters by kind', async () => {
    const r = await search('泰安', { kinds: ['AGENCY'] });
    const kinds = new Set(r.data?.search.edges.map((e) => e.node.kind));
    expect([...kinds]).toEqual(['AGENCY']);
    const place = await search('泰安', { kinds: ['PLACE'] });
    expect(place.data?.search.edges[0]?.node.name).toBe('泰安');
  });

  it('pages with cursors without repeating a hit', async () => {
    const all = await search('泰安', { first: 100 });
    const total = all.data!.search.totalCount;
    expect(total).toBeGreaterThan(2);
    const first = await search('泰安', { first: 2 });
    expect(first.data?.search.pageInfo.hasNextPage).toBe(true);
    const next = await search('泰安', { first: 2, after: first.data?.search.pageInfo.endCursor });
    const ids = [...first.data!.search.edges, ...next.data!.search.edges].map((e) => e.node.id);
    expect(new Set(ids).size).toBe(4);
    expect(ids).toEqual(all.data!.search.edges.slice(0, 4).map((e) => e.node.id));
  });

  it('refuses first > 100 and foreign cursors', async () => {
    const big = await search('李', { first: 101 });
    expect(big.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const cur = await search('李', { after: 'bm9wZQ' });
    expect(cur.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('profiles and node', () => {
  it('shows a person with posts, former posts, events and evidence', async () => {
    const r = await gql<{ node: Record<string, unknown> }>(
      h.app,
      `query($id: ID!) { node(id: $id) { id ... on Person { name kind articles { id }
        positions { title caption current organization { id name kind } evidence { sentence article { id title } } }
        events { role roleCaption topic event { name date place { name } organizers { role organization { name } } } } } } }`,
      { id: LI },
    );
    expect(r.errors).toBeUndefined();
    const p = r.data!.node as {
      kind: string;
      articles: { id: string }[];
      positions: {
        caption: string;
        current: boolean;
        organization: { id: string } | null;
        evidence: { article: { id: string } }[];
      }[];
      events: {
        role: string;
        topic: string;
        roleCaption: string;
        event: { date: string; place: { name: string }; organizers: unknown[] };
      }[];
    };
    expect(p.kind).toBe('PERSON');
    expect(p.articles.map((a) => a.id)).toContain(h.articleId);
    const captions = p.positions.map((x) => x.caption).sort();
    expect(captions).toEqual(['会长', '原部长'].sort());
    const former = p.positions.find((x) => x.caption === '原部长')!;
    expect(former.current).toBe(false);
    expect(former.organization?.id).toBe(MIIT);
    expect(former.evidence[0]?.article.id).toBe(h.articleId);
    expect(p.events[0]).toMatchObject({
      role: 'SPEAKER',
      roleCaption: '发言',
      topic: '培育发展优质企业 助力推进新型工业化',
    });
    expect(p.events[0]?.event.place.name).toBe('泰安');
    expect(p.events[0]?.event.organizers.length).toBe(5);
  });

  it('shows an organization with people, units and events', async () => {
    const r = await gql<{
      node: {
        kind: string;
        people: { person: { name: string }; caption: string }[];
        units: { name: string; parent: { id: string } }[];
        events: { roleCaption: string }[];
        positions: { title: string; holders: { person: { name: string } }[] }[];
      };
    }>(
      h.app,
      `query($id: ID!) { node(id: $id) { ... on Organization { kind people { person { name } caption } units { name parent { id } } events { roleCaption } positions { title holders { person { name } } } } } }`,
      { id: CIFU },
    );
    expect(r.errors).toBeUndefined();
    const o = r.data!.node;
    expect(o.kind).toBe('ASSOCIATION');
    expect(o.people.map((x) => `${x.person.name}:${x.caption}`)).toContain('李毅中:会长');
    expect(o.units.map((u) => u.name)).toEqual(['中国工经联制造业单项冠军工作办公室']);
    expect(o.units[0]?.parent.id).toBe(CIFU);
    expect(o.events.map((e) => e.roleCaption)).toEqual(['主办']);
    expect(o.positions.find((p) => p.title === '会长')?.holders.map((x) => x.person.name)).toEqual([
      '李毅中',
    ]);
  });

  it('resolves nodes by raw id in order, null for unknown ids', async () => {
    const r = await gql<{ nodes: ({ id: string; __typename: string } | null)[] }>(
      h.app,
      `query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`,
      { ids: [CIFU, 'per_0000000000000000', LI, 'garbage', h.articleId] },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.nodes.map((n) => n?.__typename ?? null)).toEqual([
      'Organization',
      null,
      'Person',
      null,
      'Article',
    ]);
    expect(r.data!.nodes[0]?.id).toBe(CIFU);
  });

  it('counts the graph', async () => {
    const r = await gql<{
      stats: {
        nodes: { kind: string; name: string; count: number }[];
        relationships: { type: string; count: number }[];
        relationshipTotal: number;
      };
    }>(h.app, `{ stats { nodes { kind name count } relationships { type count } relationshipTotal } }`);
    expect(r.errors).toBeUndefined();
    const person = r.data!.stats.nodes.find((n) => n.kind === 'PERSON');
    expect(person?.count).toBeGreaterThanOrEqual(13);
    expect(person?.name).toBe('person'); // the deprecated field keeps its old value
    expect(r.data!.stats.relationships.find((c) => c.type === 'HOLDS')?.count).toBeGreaterThan(0);
    expect(r.data!.stats.relationshipTotal).toBeGreaterThan(50);
  });
});
