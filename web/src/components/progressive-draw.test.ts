import { describe, expect, it } from 'vitest';
import {
  SLICE_BUDGET_MS,
  SLICE_FROM_MS,
  SLICE_MAX_MS,
  drawSlice,
  drawsInSlices,
  sliceBudget,
} from './progressive-draw';

/** A clock that advances `step` ms each time it is read. */
function clock(step: number): () => number {
  let t = 0;
  return () => (t += step);
}

describe('drawSlice', () => {
  it('draws until the budget is spent and says where to resume', () => {
    const drawn: number[] = [];
    // Each read advances 1 ms: the start read, then one read per item.
    const next = drawSlice(100, 10, (i) => drawn.push(i), clock(1), 5);
    expect(drawn).toEqual([10, 11, 12, 13, 14]);
    expect(next).toBe(15);
  });

  it('stops at the end of the items', () => {
    const drawn: number[] = [];
    expect(drawSlice(3, 1, (i) => drawn.push(i), clock(0), SLICE_BUDGET_MS)).toBe(3);
    expect(drawn).toEqual([1, 2]);
  });

  it('draws at least one item even when one item costs more than the budget', () => {
    const drawn: number[] = [];
    expect(drawSlice(5, 0, (i) => drawn.push(i), clock(100), SLICE_BUDGET_MS)).toBe(1);
    expect(drawn).toEqual([0]);
  });

  it('draws nothing when nothing is left', () => {
    expect(drawSlice(4, 4, () => expect.unreachable(), clock(1))).toBe(4);
  });
});

describe('drawsInSlices', () => {
  it('slices only after a full draw took longer than a few frames', () => {
    expect(drawsInSlices(null)).toBe(false);
    expect(drawsInSlices(12)).toBe(false);
    expect(drawsInSlices(SLICE_FROM_MS)).toBe(false);
    expect(drawsInSlices(SLICE_FROM_MS + 1)).toBe(true);
    expect(drawsInSlices(900)).toBe(true);
  });
});

describe('sliceBudget', () => {
  it('takes half the frame interval, between the 60 Hz share and the cap', () => {
    expect(sliceBudget(16)).toBe(SLICE_BUDGET_MS);
    expect(sliceBudget(4)).toBe(SLICE_BUDGET_MS);
    expect(sliceBudget(50)).toBe(25);
    expect(sliceBudget(150)).toBe(SLICE_MAX_MS);
  });
});
