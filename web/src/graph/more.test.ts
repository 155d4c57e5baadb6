import { describe, expect, it } from 'vitest';
import { CFIE, LI, seedSlice } from './fixtures';
import { canvasCommand } from './keyboard';
import { emptyModel, mergeSlice, moreId, pageMore, removeNodes, select } from './model';

const ID = moreId(CFIE, 'HOLDS');
const withMore = mergeSlice(emptyModel, {
  ...seedSlice,
  more: [{ node: CFIE, relationType: 'HOLDS', count: 3, after: 'c1' }],
});
const person = (i: number) => ({ id: `per_${i}`, label: `人${i}`, kind: 'person' as const });
const holds = (i: number) => ({
  id: `per_${i}>pos`,
  source: `per_${i}`,
  target: CFIE,
  type: 'HOLDS' as const,
  label: '理事',
});

describe('a super-node\'s "+N more"', () => {
  it('is kept per node and type from the slice', () => {
    expect([...withMore.more.values()]).toEqual([
      { id: ID, node: CFIE, relationType: 'HOLDS', count: 3, after: 'c1' },
    ]);
  });

  it('counts down as pages arrive around the super-node, and goes when none remain', () => {
    const once = pageMore(
      withMore,
      ID,
      { nodes: [person(1), person(2)], edges: [holds(1), holds(2)] },
      1,
      'c3',
    );
    expect(once.nodes.has('per_1') && once.edges.has('per_2>pos')).toBe(true);
    expect(once.anchor).toBe(CFIE);
    expect(once.more.get(ID)).toMatchObject({ count: 1, after: 'c3' });
    const done = pageMore(once, ID, { nodes: [person(3)], edges: [holds(3)] }, 0, 'c4');
    expect(done.nodes.has('per_3')).toBe(true);
    expect(done.more.size).toBe(0);
  });

  it('leaves with its super-node', () => {
    expect(removeNodes(withMore, [CFIE]).more.size).toBe(0);
  });

  it('is paged in from the keyboard with M on the super-node', () => {
    expect(canvasCommand(select(withMore, CFIE), 'm')).toEqual({ type: 'more', id: ID });
    expect(canvasCommand(select(withMore, LI), 'M')).toBeNull();
  });
});
