import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CIFU,
  EVENT,
  gql,
  LI,
  MIIT,
  personId,
  placeId,
  positionId,
  startHarness,
  type Harness,
} from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

interface Slice {
  nodes: { id: string; label: string; kind: string; entity: { __typename: string } | null }[];
  edges: { id: string; source: string; target: string; type: string; label: string }[];
  truncated: boolean;
}
const HOOD = `query($id: ID!, $depth: Int, $limit: Int, $types: [RelationType!]) {
  neighborhood(id: $id, depth: $depth, limit: $limit, relationTypes: $types) {
    nodes { id label kind entity { __typename } } edges { id source target type label } truncated
  }
}`;
const hood = (id: string, v: Record<string, unknown> = {}) =>
  gql<{ neighborhood: Slice }>(h.app, HOOD, { id, ...v });

describe('neighborhood', () => {
  it('folds posts into labelled person → organization edges', async () => {
    const r = await hood(LI);
    expect(r.errors).toBeUndefined();
    const s = r.data!.neighborhood;
    expect(s.nodes.map((n) => n.kind)).not.toContain('POSITION');
    const holds = s.edges.filter((e) => e.type === 'HOLDS');
    expect(holds.map((e) => [e.source, e.target, e.label]).sort()).toEqual(
      [
        [LI, CIFU, '会长'],
        [LI, MIIT, '原部长'],
      ].sort(),
    );
    expect(holds.find((e) => e.target === CIFU)?.id).toBe(`${LI}>${positionId(CIFU, '会长')}`);
    const spoke = s.edges.find((e) => e.type === 'PARTICIPATED');
    expect(spoke).toMatchObject({ source: LI, target: EVENT, label: '发言' });
    expect(s.nodes.find((n) => n.id === CIFU)).toMatchObject({
      kind: 'ASSOCIATION',
      label: '中国工业经济联合会',
      entity: { __typename: 'Organization' },
    });
    // every edge end is in the slice (Cytoscape refuses dangling edges)
    const ids = new Set(s.nodes.map((n) => n.id));
    for (const e of s.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
  });

  it('leaves articles out unless MENTIONS is asked for', async () => {
    const plain = await hood(LI, { depth: 2 });
    expect(plain.data!.neighborhood.nodes.map((n) => n.kind)).not.toContain('ARTICLE');
    const withArticles = await hood(LI, { types: ['MENTIONS'] });
    const kinds = withArticles.data!.neighborhood.nodes.map((n) => n.kind);
    expect(kinds).toContain('ARTICLE');
    expect(withArticles.data!.neighborhood.edges.every((e) => e.type === 'MENTIONS')).toBe(true);
  });

  it('keeps an organization-less post as a node', async () => {
    const r = await hood(personId('习近平'));
    const s = r.data!.neighborhood;
    expect(s.nodes.map((n) => n.kind)).toContain('POSITION');
    expect(s.edges[0]).toMatchObject({ type: 'HOLDS', label: '总书记' });
  });

  it('reaches further with depth, and stops at the limit', async () => {
    const one = await hood(LI, { depth: 1 });
    const two = await hood(LI, { depth: 2 });
    expect(two.data!.neighborhood.nodes.length).toBeGreaterThan(one.data!.neighborhood.nodes.length);
    const cut = await hood(LI, { depth: 2, limit: 5 });
    expect(cut.data!.neighborhood.nodes.length).toBeLessThanOrEqual(5);
    expect(cut.data!.neighborhood.truncated).toBe(true);
    expect(two.data!.neighborhood.truncated).toBe(false);
  });

  it('refuses out-of-range arguments with BAD_USER_INPUT, unknown ids with NOT_FOUND', async () => {
    for (const v of [{ depth: 4 }, { depth: 0 }, { limit: 1001 }, { limit: 0 }]) {
      const r = await hood(LI, v);
      expect(r.errors?.[0]?.extensions?.code, JSON.stringify(v)).toBe('BAD_USER_INPUT');
    }
    const missing = await hood('per_0000000000000000');
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses relation types outside the RelationType enum before any Cypher runs', async () => {
    for (const types of [['KNOWS'], ['HOLDS', 'x]-() DETACH DELETE n //'], ['holds']]) {
      const r = await hood(LI, { types });
      expect(r.status, JSON.stringify(types)).toBe(400);
      expect(r.data ?? null).toBeNull();
      expect(r.errors?.[0]?.message).toContain('"RelationType" enum');
    }
  });
});

const PATH = `query($from: ID!, $to: ID!, $max: Int) { shortestPath(from: $from, to: $to, maxDepth: $max) { nodes { id kind } edges { source target type label } } }`;
const path = (from: string, to: string, max?: number) =>
  gql<{ shortestPath: Slice | null }>(h.app, PATH, { from, to, max });

describe('shortestPath', () => {
  it('walks from person to person through a shared organization, posts folded', async () => {
    const r = await path(LI, personId('荣剑英'));
    expect(r.errors).toBeUndefined();
    const s = r.data!.shortestPath!;
    expect(s.nodes.map((n) => n.id)).toEqual([LI, expect.any(String), personId('荣剑英')]);
    expect(s.nodes.map((n) => n.kind)).not.toContain('POSITION');
    expect(s.edges).toHaveLength(2);
  });

  it('goes through events and places', async () => {
    const r = await path(personId('梁建阁'), placeId('泰安'));
    const s = r.data!.shortestPath!;
    expect(s.edges.map((e) => e.type)).toEqual(['PARTICIPATED', 'HELD_IN']);
    expect(s.edges[0]).toMatchObject({ source: personId('梁建阁'), target: EVENT, label: '发言' });
  });

  it('is null when nothing connects them, or when the path is longer than maxDepth', async () => {
    expect((await path(LI, personId('习近平'))).data!.shortestPath).toBeNull();
    expect((await path(personId('梁建阁'), placeId('泰安'), 1)).data!.shortestPath).toBeNull();
  });

  it('validates maxDepth and ids', async () => {
    expect((await path(LI, CIFU, 9)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await path(LI, 'org_nope')).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
