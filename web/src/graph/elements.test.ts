import { describe, expect, it } from 'vitest';
import { diffElements } from './diff';
import { isLargeGraph, toElements } from './elements';
import { CFIE, EVT, LI, WU, seedSlice } from './fixtures';
import { emptyModel, hideNodes, mergeSlice, moreId, select, setPinned, showPath } from './model';

const base = mergeSlice(emptyModel, seedSlice);

describe('toElements', () => {
  it('maps nodes with kind classes and edges with captions', () => {
    const els = toElements(base, 'zh');
    const li = els.find((e) => e.data.id === LI);
    expect(li).toMatchObject({
      group: 'nodes',
      data: { label: '李毅中', kind: 'person' },
      classes: 'kind-person',
    });
    const holds = els.find((e) => e.data.id === 'e1');
    expect(holds).toMatchObject({ group: 'edges', data: { source: LI, target: CFIE, label: '会长' } });
    // No label from the API: the relation caption in the chosen language.
    expect(els.find((e) => e.data.id === 'e3')?.data.label).toBe('参与');
    expect(toElements(base, 'en').find((e) => e.data.id === 'e3')?.data.label).toBe('participated');
  });

  it('carries selection, pins and the path', () => {
    const m = showPath(setPinned(select(base, WU), [LI], true), { nodes: [seedSlice.nodes[0]!], edges: [] });
    const els = toElements(m);
    expect(els.find((e) => e.data.id === WU)?.selected).toBe(true);
    expect(els.find((e) => e.data.id === LI)).toMatchObject({
      locked: true,
      classes: 'kind-person pinned path',
    });
  });

  it('marks curated facts by status, extracted ones not at all', () => {
    const m = mergeSlice(base, {
      nodes: [],
      edges: [
        { id: 'e1', source: LI, target: CFIE, type: 'HOLDS', label: '会长', status: 'VERIFIED' },
        { id: 'e2', source: WU, target: CFIE, type: 'HOLDS', label: '党委委员', status: 'EXTRACTED' },
      ],
    });
    const els = toElements(m);
    expect(els.find((e) => e.data.id === 'e1')?.classes).toBe('rel-HOLDS status-VERIFIED');
    expect(els.find((e) => e.data.id === 'e2')?.classes).toBe('rel-HOLDS');
  });

  it('leaves hidden nodes and their edges out', () => {
    const els = toElements(hideNodes(base, [CFIE]));
    expect(els.map((e) => e.data.id)).toEqual([LI, WU, 'evt_meeting', 'e3']);
  });

  it('keeps markup in names as plain data', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const m = mergeSlice(emptyModel, { nodes: [{ id: 'per_x', label: evil, kind: 'person' }], edges: [] });
    expect(toElements(m)[0]?.data.label).toBe(evil);
  });

  it("marks the selected node's neighbours and edges as near (large graphs keep their labels)", () => {
    const els = toElements(select(base, WU));
    const near = els
      .filter((e) =>
        String(e.classes ?? '')
          .split(' ')
          .includes('near'),
      )
      .map((e) => e.data.id);
    expect(near.sort()).toEqual([CFIE, EVT, 'e2', 'e3'].sort());
  });

  it('draws a "+N more" node on a dashed link for each super-node and type', () => {
    const m = mergeSlice(base, {
      nodes: [],
      edges: [],
      more: [{ node: CFIE, relationType: 'HOLDS', count: 70, after: 'c' }],
    });
    const els = toElements(m, 'en');
    const id = moreId(CFIE, 'HOLDS');
    expect(els.find((e) => e.data.id === id)).toMatchObject({
      group: 'nodes',
      classes: 'more',
      data: { label: '+70 more holds', more: CFIE },
    });
    expect(els.find((e) => e.data.id === `${id}~link`)).toMatchObject({ data: { source: CFIE, target: id } });
    // Hidden with its super-node.
    expect(toElements(hideNodes(m, [CFIE])).some((e) => e.data.id === id)).toBe(false);
  });

  it('knows a large graph', () => {
    expect(isLargeGraph(200, 400)).toBe(false);
    expect(isLargeGraph(2000, 5000)).toBe(true);
    expect(isLargeGraph(100, 5000)).toBe(true);
  });
});

describe('diffElements', () => {
  it('adds, removes and updates only what changed', () => {
    const before = toElements(base);
    const after = toElements(select(hideNodes(base, [WU]), LI));
    const diff = diffElements(before, after);
    expect(diff.add).toEqual([]);
    expect(diff.remove.sort()).toEqual([WU, 'e2', 'e3'].sort());
    // The selection, and its neighbour and edge now drawn as near it.
    expect(diff.update.map((e) => e.data.id)).toEqual([LI, CFIE, 'e1']);
    expect(diffElements(after, after)).toEqual({ add: [], remove: [], update: [] });
    expect(diffElements([], after).add).toHaveLength(after.length);
  });
});
