/**
 * The pure parts of drawing a large graph's node layer in slices over several frames
 * (`cy-progressive-draw.ts`): when a redraw is worth slicing, and how much of it one frame draws.
 */

/**
 * A full draw that took longer than this is sliced from then on; a shorter freeze is drawn whole, as
 * before, because slicing has costs of its own (CPU-backed textures copied to the layer): with the
 * threshold at 50 ms, 2k-node pans measured 11 fps sliced against 19 whole (median of 3 runs, same
 * run). At 10k a full draw took 0.7–1.4 s of script and seconds of rasterising. Small graphs never
 * come near it.
 */
export const SLICE_FROM_MS = 250;
/** Drawing time per frame while slicing: half a 60 Hz frame, so input and compositing keep up. */
export const SLICE_BUDGET_MS = 8;
/** …at most, when frames come slower than 60 Hz (a busy machine). */
export const SLICE_MAX_MS = 40;

/**
 * The drawing time of the next slice, from the time between the last two frames: half of it, so the
 * draw keeps a fixed share of the main thread — about 8 ms at 60 Hz, on a machine busy enough to show 7
 * frames a second 40 ms, not 8 (which would stretch a 1 s draw over 18 s).
 */
export function sliceBudget(frameIntervalMs: number): number {
  return Math.min(SLICE_MAX_MS, Math.max(SLICE_BUDGET_MS, frameIntervalMs / 2));
}

/** Whether the next redraw is sliced, given what the last full one cost (unknown before the first). */
export function drawsInSlices(lastFullDrawMs: number | null): boolean {
  return lastFullDrawMs !== null && lastFullDrawMs > SLICE_FROM_MS;
}

/**
 * Draws items `from`, `from + 1`, … until `budgetMs` has passed on `now()` (at least one item, so a
 * slow item cannot stall the draw) or all `count` are drawn; returns the index to resume from.
 */
export function drawSlice(
  count: number,
  from: number,
  draw: (i: number) => void,
  now: () => number,
  budgetMs: number = SLICE_BUDGET_MS,
): number {
  const start = now();
  let i = from;
  while (i < count) {
    draw(i++);
    if (now() - start >= budgetMs) break;
  }
  return i;
}
