import { describe, expect, it } from 'vitest';
import { seedSlice } from '../graph/fixtures';
import { connectNodes, entityToNode, restrictSlice } from './graph-api';

describe('graph api helpers', () => {
  it('maps an entity to a node of the lower-case kind', () => {
    expect(entityToNode({ id: 'org_1', name: '中国工经联', kind: 'ASSOCIATION' })).toEqual({
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

  it('connects new nodes to what is on the canvas', async () => {
    const fetchImpl: typeof fetch = async (_url, init) => {
      const { variables } = JSON.parse(String(init?.body)) as { variables: { id: string } };
      expect(variables.id).toBe('per_wu');
      return new Response(JSON.stringify({ data: { neighborhood: seedSlice } }));
    };
    const slice = await connectNodes(['per_wu'], new Set(['org_cfie']), { fetchImpl });
    expect(slice.nodes.map((n) => n.id).sort()).toEqual(['org_cfie', 'per_wu']);
    expect(slice.edges.map((e) => e.id)).toEqual(['e2']);
  });
});
