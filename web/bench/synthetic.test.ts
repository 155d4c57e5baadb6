import { describe, expect, it } from 'vitest';
import { syntheticSlice } from './synthetic';

describe('syntheticSlice', () => {
  it('has the asked size, unique ids and no dangling edges', () => {
    const s = syntheticSlice(2000, 5000);
    expect(s.nodes).toHaveLength(2000);
    expect(s.edges).toHaveLength(5000);
    const ids = new Set(s.nodes.map((n) => n.id));
    expect(ids.size).toBe(2000);
    expect(new Set(s.edges.map((e) => e.id)).size).toBe(5000);
    for (const e of s.edges) {
      expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
    }
  });

  it('is deterministic for a seed', () => {
    expect(syntheticSlice(50, 80, 7)).toEqual(syntheticSlice(50, 80, 7));
    expect(syntheticSlice(50, 80, 7)).not.toEqual(syntheticSlice(50, 80, 8));
  });
});
