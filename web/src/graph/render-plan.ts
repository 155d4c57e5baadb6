/**
 * How the canvas draws a graph of a given size: a pure decision, so the thresholds are tested without
 * a browser. Measured by `npm run bench:web` (web/bench/render.ts): on large graphs the WebGL renderer
 * pans and zooms several times faster than the canvas renderer; on small ones the canvas renderer is
 * as fast and draws crisper text, so it stays there.
 */
import { isLargeGraph } from './elements';

/**
 * `auto`: WebGL, the layout worker and level of detail past `LARGE_GRAPH`. The others are the bench's
 * baselines and comparisons (`?perf=` in the URL): `canvas` is the canvas renderer with its large-graph
 * options and the layout on the main thread (the explorer before WebGL), `webgl` forces WebGL at every
 * size, `off` draws large graphs like small ones.
 */
export const PERF_MODES = ['auto', 'canvas', 'webgl', 'off'] as const;
export type PerfMode = (typeof PERF_MODES)[number];

export interface RenderPlan {
  /** The large-graph stylesheet (haystack edges, no edge captions). */
  readonly large: boolean;
  /** Cytoscape's WebGL renderer (fixed when `cy` is created, so a change re-creates it). */
  readonly webgl: boolean;
  /** Layouts run in the layout worker, the canvas shows start positions meanwhile. */
  readonly worker: boolean;
  /** Labels only when zoomed in or near the selection (see style.ts `LOD_ZOOM`). */
  readonly lod: boolean;
}

export const SMALL_PLAN: RenderPlan = { large: false, webgl: false, worker: false, lod: false };
const LARGE_PLAN: RenderPlan = { large: true, webgl: true, worker: true, lod: true };

export function renderPlan(mode: PerfMode, nodes: number, edges: number): RenderPlan {
  const large = isLargeGraph(nodes, edges);
  switch (mode) {
    case 'off':
      return SMALL_PLAN;
    case 'canvas':
      return large ? { large: true, webgl: false, worker: false, lod: false } : SMALL_PLAN;
    case 'webgl':
      return large ? LARGE_PLAN : { ...SMALL_PLAN, webgl: true };
    case 'auto':
      return large ? LARGE_PLAN : SMALL_PLAN;
  }
}

export function perfModeFrom(search: string): PerfMode {
  const asked = new URLSearchParams(search).get('perf');
  return PERF_MODES.find((m) => m === asked) ?? 'auto';
}
