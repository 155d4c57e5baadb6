import { describe, expect, it } from 'vitest';
import { LI, WU, seedSlice } from './fixtures';
import { emptyModel } from './model';
import { graphReducer } from './store';

describe('graphReducer', () => {
  it('merges and selects in one step, then clears', () => {
    const m = graphReducer(emptyModel, { type: 'merge', slice: seedSlice, select: LI });
    expect(m.selected).toBe(LI);
    expect(m.nodes.size).toBe(4);
    const cleared = graphReducer(m, { type: 'clear' });
    expect(cleared.nodes.size).toBe(0);
    expect(cleared.revision).toBeGreaterThan(m.revision);
  });

  it('routes every action to its model function', () => {
    let m = graphReducer(emptyModel, { type: 'merge', slice: seedSlice });
    m = graphReducer(m, { type: 'pin', ids: [LI], pinned: true });
    expect(m.nodes.get(LI)?.pinned).toBe(true);
    m = graphReducer(m, { type: 'hide', ids: [WU] });
    expect(m.nodes.get(WU)?.hidden).toBe(true);
    m = graphReducer(m, { type: 'showAll' });
    expect(m.nodes.get(WU)?.hidden).toBe(false);
    m = graphReducer(m, { type: 'kindHidden', kind: 'event', hidden: true });
    expect(m.hiddenKinds.has('event')).toBe(true);
    m = graphReducer(m, { type: 'relationHidden', relation: 'HOLDS', hidden: true });
    expect(m.hiddenRelations.has('HOLDS')).toBe(true);
    m = graphReducer(m, { type: 'path', slice: { nodes: [seedSlice.nodes[0]!], edges: [] } });
    expect(m.highlighted.has(LI)).toBe(true);
    m = graphReducer(m, { type: 'clearPath' });
    expect(m.highlighted.size).toBe(0);
    m = graphReducer(m, { type: 'remove', ids: [LI] });
    expect(m.nodes.has(LI)).toBe(false);
  });
});
