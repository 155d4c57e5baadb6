/**
 * How the canvas draws a graph of a given size: a pure decision, so the thresholds are tested without
 * a browser. WebGL only pays with a GPU: measured by `npm run bench:web` on a machine without one
 * (WebGL on SwiftShader, software), a WebGL frame of 2,000 nodes took over a second while the canvas
 * renderer, which pans and zooms a cached bitmap, kept up — so on software WebGL large graphs stay on
 * the canvas renderer and get the rest (layout worker, level of detail). Small graphs stay on the
 * canvas renderer everywhere (crisper text, no texture atlases to build).
 */
import { isLargeGraph } from './elements';

/**
 * `auto`: WebGL, the layout worker and level of detail past `LARGE_GRAPH`. The others are the bench's
 * baselines and comparisons (`?perf=` in the URL): `canvas` is the canvas renderer with its large-graph
 * options and the layout on the main thread (the explorer before WebGL), `webgl` forces WebGL at every
 * size, `off` draws large graphs like small ones, `texture` is `auto` with Cytoscape's own viewport
 * texture for pan and zoom (the explorer before `cssViewport`), `unsliced` is `auto` with the node layer
 * redrawn in one go after a pan or zoom (the explorer before `slicedRedraw`).
 */
export const PERF_MODES = ['auto', 'canvas', 'webgl', 'off', 'texture', 'unsliced'] as const;
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
  /**
   * Canvas renderer: pan and zoom move the last frame with a CSS transform and draw once at the end
   * (components/cy-css-viewport.ts), instead of Cytoscape's viewport texture.
   */
  readonly cssViewport: boolean;
  /**
   * With `cssViewport`: once a full draw of the node layer has cost more than a few frames, later
   * ones are drawn in slices over several frames while the last picture stays (components/cy-sliced-draw.ts).
   */
  readonly slicedRedraw: boolean;
}

export const SMALL_PLAN: RenderPlan = {
  large: false,
  webgl: false,
  worker: false,
  lod: false,
  cssViewport: false,
  slicedRedraw: false,
};
const LARGE_PLAN: RenderPlan = {
  large: true,
  webgl: true,
  worker: true,
  lod: true,
  cssViewport: false,
  slicedRedraw: false,
};
/**
 * No GPU (software or no WebGL): the canvas renderer, without the level-of-detail restyle (it hides small labels
 * itself with `min-zoomed-font-size`; swapping the stylesheet at the threshold restyles every element,
 * which measured 0.6 zoom fps on 2k nodes against 16 without it), pan and zoom by the compositor.
 */
const LARGE_CANVAS_PLAN: RenderPlan = {
  ...LARGE_PLAN,
  webgl: false,
  lod: false,
  cssViewport: true,
  slicedRedraw: true,
};

/** What draws WebGL here: a GPU, software (SwiftShader, llvmpipe) or nothing. */
export type GlKind = 'hardware' | 'software' | 'none';

export function glKind(rendererName: string | null): GlKind {
  if (rendererName === null) return 'none';
  return /swiftshader|llvmpipe|softpipe|software|microsoft basic render/i.test(rendererName)
    ? 'software'
    : 'hardware';
}

export function renderPlan(
  mode: PerfMode,
  nodes: number,
  edges: number,
  gl: GlKind = 'hardware',
): RenderPlan {
  const large = isLargeGraph(nodes, edges);
  switch (mode) {
    case 'off':
      return SMALL_PLAN;
    case 'canvas':
      return large ? { ...SMALL_PLAN, large: true } : SMALL_PLAN;
    case 'webgl':
      return large ? LARGE_PLAN : { ...SMALL_PLAN, webgl: true };
    case 'auto':
      if (!large) return SMALL_PLAN;
      return gl === 'hardware' ? LARGE_PLAN : LARGE_CANVAS_PLAN;
    case 'texture':
      if (!large) return SMALL_PLAN;
      return gl === 'hardware'
        ? LARGE_PLAN
        : { ...LARGE_CANVAS_PLAN, cssViewport: false, slicedRedraw: false };
    case 'unsliced':
      if (!large) return SMALL_PLAN;
      return gl === 'hardware' ? LARGE_PLAN : { ...LARGE_CANVAS_PLAN, slicedRedraw: false };
  }
}

export function perfModeFrom(search: string): PerfMode {
  const asked = new URLSearchParams(search).get('perf');
  return PERF_MODES.find((m) => m === asked) ?? 'auto';
}
