import { describe, expect, it } from 'vitest';
import { viewToJson } from './json';
import { LI, seedSlice } from '../graph/fixtures';
import { emptyModel, hideNodes, mergeSlice, select } from '../graph/model';

describe('viewToJson', () => {
  it('exports what is shown, with positions', () => {
    const m = select(hideNodes(mergeSlice(emptyModel, seedSlice), ['per_wu']), LI);
    const json = viewToJson(m, new Map([[LI, { x: 1, y: 2 }]]));
    expect(json.format).toBe('guanxi-view/1');
    expect(json.selected).toBe(LI);
    expect(json.nodes.map((n) => n.id)).toEqual([LI, 'org_cfie', 'evt_meeting']);
    expect(json.nodes[0]?.position).toEqual({ x: 1, y: 2 });
    expect(json.nodes[1]?.position).toBeNull();
    expect(json.edges.map((e) => e.id)).toEqual(['e1', 'e4']);
  });
});
