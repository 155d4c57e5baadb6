import { describe, expect, it } from 'vitest';
import { CFIE, EVT, LI, WU, seedSlice } from '../graph/fixtures';
import { emptyModel, mergeSlice } from '../graph/model';
import { mergeCandidates } from './merge';

const model = mergeSlice(emptyModel, {
  nodes: [
    ...seedSlice.nodes,
    { id: 'org_gov', label: '工业和信息化部', kind: 'government' },
    { id: 'pos_1', label: '会长', kind: 'position' },
  ],
  edges: [],
});

describe('mergeCandidates', () => {
  it('offers entities of the same sort, not the node itself', () => {
    expect(mergeCandidates(model, LI).map((n) => n.id)).toEqual([WU]);
    expect(mergeCandidates(model, EVT)).toEqual([]);
  });

  it('treats every organization kind as one sort', () => {
    expect(mergeCandidates(model, CFIE).map((n) => n.id)).toEqual(['org_gov']);
  });

  it('offers nothing for posts, articles or a node not on the canvas', () => {
    expect(mergeCandidates(model, 'pos_1')).toEqual([]);
    expect(mergeCandidates(model, 'per_gone')).toEqual([]);
  });
});
