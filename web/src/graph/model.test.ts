import { describe, expect, it } from 'vitest';
import { CFIE, EVT, LI, WU, seedSlice } from './fixtures';
import {
  clearPath,
  emptyModel,
  hiddenCount,
  hideNodes,
  mergeSlice,
  presentKinds,
  presentRelations,
  refreshEdges,
  removeNodes,
  select,
  setKindHidden,
  setPinned,
  setRelationHidden,
  showAll,
  showPath,
  visibleEdges,
  visibleNodes,
} from './model';

const base = mergeSlice(emptyModel, seedSlice);

describe('graph model', () => {
  it('merges a slice and records what was new', () => {
    expect(base.nodes.size).toBe(4);
    expect(base.edges.size).toBe(4);
    expect(base.lastAdded).toEqual([LI, WU, CFIE, EVT]);
    const again = mergeSlice(
      base,
      { nodes: [seedSlice.nodes[0]!, { id: 'plc_ta', label: '泰安', kind: 'place' }], edges: [] },
      LI,
    );
    expect(again.nodes.size).toBe(5);
    expect(again.lastAdded).toEqual(['plc_ta']);
    expect(again.anchor).toBe(LI);
    expect(again.revision).toBe(base.revision + 1);
  });

  it('does not mutate the previous model', () => {
    const before = base.nodes.size;
    mergeSlice(base, { nodes: [{ id: 'x', label: 'x', kind: 'person' }], edges: [] });
    removeNodes(base, [LI]);
    expect(base.nodes.size).toBe(before);
  });

  it('drops edges whose endpoints are unknown', () => {
    const m = mergeSlice(emptyModel, { nodes: [seedSlice.nodes[0]!], edges: seedSlice.edges });
    expect(m.edges.size).toBe(0);
  });

  it('keeps pins across merges', () => {
    const pinned = setPinned(base, [LI], true);
    expect(mergeSlice(pinned, seedSlice).nodes.get(LI)?.pinned).toBe(true);
    expect(setPinned(pinned, [LI], false).nodes.get(LI)?.pinned).toBe(false);
  });

  it('removes nodes with their edges, selection and highlight', () => {
    const m = removeNodes(select(showPath(base, seedSlice), CFIE), [CFIE]);
    expect(m.nodes.has(CFIE)).toBe(false);
    expect([...m.edges.keys()]).toEqual(['e3']);
    expect(m.selected).toBeNull();
    expect(m.highlighted.has('e1')).toBe(false);
    expect(m.highlighted.has(LI)).toBe(true);
  });

  it('hides and shows nodes; hidden nodes take their edges off screen', () => {
    const m = hideNodes(select(base, WU), [WU]);
    expect(m.selected).toBeNull();
    expect(hiddenCount(m)).toBe(1);
    expect(visibleNodes(m).map((n) => n.id)).not.toContain(WU);
    expect(visibleEdges(m).map((e) => e.id)).toEqual(['e1', 'e4']);
    expect(visibleNodes(showAll(m))).toHaveLength(4);
    // A hidden node that is fetched again is shown again.
    expect(mergeSlice(m, seedSlice).nodes.get(WU)?.hidden).toBe(false);
  });

  it('filters by kind and relation type', () => {
    const noPeople = setKindHidden(base, 'person', true);
    expect(visibleNodes(noPeople).map((n) => n.kind)).toEqual(['association', 'event']);
    expect(visibleEdges(noPeople).map((e) => e.id)).toEqual(['e4']);
    expect(visibleNodes(setKindHidden(noPeople, 'person', false))).toHaveLength(4);
    const noHolds = setRelationHidden(base, 'HOLDS', true);
    expect(visibleEdges(noHolds).map((e) => e.type)).toEqual(['PARTICIPATED', 'ORGANIZED']);
    expect(visibleNodes(noHolds)).toHaveLength(4);
  });

  it('selects only known nodes', () => {
    expect(select(base, LI).selected).toBe(LI);
    expect(select(base, 'per_nobody').selected).toBeNull();
    expect(select(select(base, LI), null).selected).toBeNull();
  });

  it('highlights a path and clears it', () => {
    const path = {
      nodes: [seedSlice.nodes[0]!, seedSlice.nodes[2]!, seedSlice.nodes[1]!],
      edges: [seedSlice.edges[0]!, seedSlice.edges[1]!],
    };
    const m = showPath(emptyModel, path);
    expect([...m.highlighted].sort()).toEqual([CFIE, LI, WU, 'e1', 'e2'].sort());
    expect(clearPath(m).highlighted.size).toBe(0);
  });

  it('lists the kinds and relations present', () => {
    expect(presentKinds(base)).toEqual(['association', 'event', 'person']);
    expect(presentRelations(base)).toEqual(['HOLDS', 'ORGANIZED', 'PARTICIPATED']);
  });

  it('refreshes the edges of curated nodes: a retracted one leaves, a corrected one arrives', () => {
    const fresh = {
      nodes: [],
      edges: [
        // e1 retracted (absent), e2 now verified, a corrected post to a node not on the canvas is dropped.
        {
          id: 'e2',
          source: WU,
          target: CFIE,
          type: 'HOLDS' as const,
          label: '党委委员',
          status: 'VERIFIED' as const,
        },
        { id: 'e5', source: WU, target: 'org_elsewhere', type: 'HOLDS' as const, label: '理事' },
        { id: 'e3', source: WU, target: EVT, type: 'PARTICIPATED' as const, label: null },
      ],
    };
    const m = refreshEdges(base, [WU, CFIE], fresh);
    expect([...m.edges.keys()].sort()).toEqual(['e2', 'e3']);
    expect(m.edges.get('e2')?.status).toBe('VERIFIED');
    expect(m.nodes).toBe(base.nodes);
    expect(m.lastAdded).toEqual([]);
    // Only edges touching the refreshed nodes change.
    expect([...refreshEdges(base, [LI], { nodes: [], edges: [] }).edges.keys()]).toEqual(['e2', 'e3', 'e4']);
    expect(refreshEdges(base, ['per_gone'], fresh)).toBe(base);
    expect(refreshEdges(base, [WU, CFIE], { ...fresh, truncated: true }).edges.size).toBe(4);
  });
});
