import { describe, expect, it } from 'vitest';
import { seedSlice } from '../graph/fixtures';
import type { GraphSlice } from '../graph/model';
import { connectNodes, entityToNode, restrictSlice } from './graph-api';

/** The slice as the API sends it: UPPERCASE kinds. */
const toApi = (slice: GraphSlice) => ({
  ...slice,
  nodes: slice.nodes.map((n) => ({ ...n, kind: n.kind.toUpperCase() })),
});

describe('graph api helpers', () => {
  it('maps an entity to a node', () => {
    expect(entityToNode({ id: 'org_1', name: '中国工经联', kind: 'association' })).toEqual({
      id: 'org_1',
      label: '中国工经联',
      kind: 'association',
    });
  });

  it('restricts a slice to a node set', () => {
    const s = restrictSlice(seedSlice, new Set(['per_wu', 'evt_meeting']));
    expect(s.nodes.map((n) => n.id)).toEqual(['per_wu', 'evt_meeting']);
    expect(s.edges.map((e) => e.id)).toEqual(['e3']);
  });

  it('connects new nodes to what is on the canvas, in the schema kinds', async () => {
    const fetchImpl: typeof fetch = async (_url, init) => {
      const { variables } = JSON.parse(String(init?.body)) as { variables: { id: string } };
      expect(variables.id).toBe('per_wu');
      return new Response(JSON.stringify({ data: { neighborhood: toApi(seedSlice) } }));
    };
    const slice = await connectNodes(['per_wu'], new Set(['org_cfie']), { fetchImpl });
    expect(slice.nodes.map((n) => n.id).sort()).toEqual(['org_cfie', 'per_wu']);
    expect(slice.edges.map((e) => e.id)).toEqual(['e2']);
    expect(slice.nodes.map((n) => n.kind).sort()).toEqual(['association', 'person']);
  });
});
