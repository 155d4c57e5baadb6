/**
 * Loading a graph without the API, shared by the render bench, the profiler and the large-graph e2e
 * test: open the explorer, hand it a slice through the test hook (`window.guanxi.loadSlice`) and wait
 * until the canvas has recorded its `guanxi:layout` measure.
 */
import type { Page } from 'playwright-core';
import type { GraphSlice } from '../src/graph/model';

export interface SliceLoaded {
  /** From handing the slice over until two frames after its elements were added. */
  firstRenderMs: number;
  /** The `guanxi:layout` measure: the worker's wall time (posting and applying included) or the main-thread run. */
  layoutMs: number;
  nodes: number;
  edges: number;
}

/** Opens the explorer at `url` and waits for its test handles (`window.guanxi`, `window.cy`). */
export async function openExplorer(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => window.guanxi !== undefined && window.cy !== undefined);
}

/**
 * First render: from handing the slice to the app until two frames after its elements were added
 * (the first paints, the second starts after it) — on the main-thread path the layout runs before
 * that paint, in the worker path it does not. Then waits for the layout and one more frame.
 */
export function loadSlice(page: Page, slice: GraphSlice): Promise<SliceLoaded> {
  return page.evaluate(async (slice) => {
    // No named local functions here: tsx (esbuild keepNames) would wrap them in a `__name` helper
    // that does not exist in the page.
    performance.clearMeasures();
    const t0 = performance.now();
    window.guanxi!.loadSlice(slice);
    while (performance.getEntriesByName('guanxi:elements').length === 0)
      await new Promise<void>((r) => requestAnimationFrame(() => r()));
    await new Promise<void>((r) => requestAnimationFrame(() => r()));
    await new Promise<void>((r) => requestAnimationFrame(() => r()));
    const firstRenderMs = performance.now() - t0;
    while (performance.getEntriesByName('guanxi:layout').length === 0)
      await new Promise<void>((r) => requestAnimationFrame(() => r()));
    await new Promise<void>((r) => requestAnimationFrame(() => r()));
    const cy = window.cy!;
    return {
      firstRenderMs,
      layoutMs: performance.getEntriesByName('guanxi:layout')[0]!.duration,
      nodes: cy.nodes().length,
      edges: cy.edges().length,
    };
  }, slice);
}
