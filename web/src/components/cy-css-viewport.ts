/**
 * Pan and zoom of a large graph on the canvas renderer, moved by the compositor: while the view is
 * being dragged or wheeled, Cytoscape draws nothing and the last frame it drew is carried to the new
 * viewport with a CSS transform; when the gesture ends it draws once, at the new viewport — in slices
 * over several frames once a full draw has proved slow (`cy-sliced-draw.ts`: 10,000 nodes took ~1 s
 * of script and seconds of rasterising without a GPU, and froze the page after every gesture), the
 * moved picture staying until the new one is complete. A gesture started meanwhile drops the slices.
 *
 * Why: Cytoscape's own `textureOnViewport` first renders the whole graph into a texture twice the
 * size of the view (seconds at 10k nodes without a GPU), then draws that texture into the canvas on
 * every frame. Profiled in `npm run bench:web`'s Chromium (web/README.md, "Large graphs"), the main
 * thread was idle ~70% of a pan: the frames waited for the GPU process to raster and composite those
 * draws. A transform costs no drawing at all. Input stays Cytoscape's (hit tests, taps, selection,
 * node drags are untouched); only what is drawn during a viewport gesture changes. It is what the
 * viewport texture shows (the view as it was, moved; blank beyond its edges), edges included.
 *
 * This wraps the renderer's `render` and reads its gesture flags (`hoverData.dragging`, `pinching`,
 * `swipePanning`) — internals of Cytoscape's canvas renderer (3.35), like `cy-tuning.ts`'s fields. If
 * they are missing (another renderer or version), nothing is installed and Cytoscape draws as before.
 */
import type { Core } from 'cytoscape';
import {
  type SliceDrawInternals,
  drawOffscreenOnCpu,
  hasSliceDrawInternals,
  slicedDraw,
} from './cy-sliced-draw';
import { drawsInSlices } from './progressive-draw';
import { type Viewport, cssTransform, frameTransform, wheelGestureOver } from './viewport-gesture';

interface RenderOptions {
  forcedContext?: unknown;
}

interface BeforeRender {
  fn(willDraw: boolean, frameStart: number): void;
  priority: number;
}

interface CanvasRendererInternals extends SliceDrawInternals {
  render(options?: RenderOptions): void;
  beforeRenderCallbacks?: BeforeRender[];
  beforeRenderPriorities?: { eleCalcs?: number };
  redraw(): void;
  redrawHint(group: 'eles' | 'drag' | 'select', on: boolean): void;
  hoverData?: { dragging?: boolean; draggingEles?: boolean };
  pinching?: boolean;
  swipePanning?: boolean;
  textureOnViewport?: boolean;
  data: SliceDrawInternals['data'] & { canvasContainer?: HTMLElement; canvasNeedsRedraw?: boolean[] };
}

function viewportOf(cy: Core): Viewport {
  return { zoom: cy.zoom(), pan: { ...cy.pan() } };
}

const sameViewport = (a: Viewport, b: Viewport): boolean =>
  a.zoom === b.zoom && a.pan.x === b.pan.x && a.pan.y === b.pan.y;

/**
 * Installs the behaviour on `cy`'s canvas renderer (`sliced`: slow redraws of the node layer in slices,
 * `cy-sliced-draw.ts`); returns what takes it off again.
 */
export function installCssViewport(cy: Core, sliced = true): () => void {
  const r = (cy as unknown as { renderer(): Partial<CanvasRendererInternals> | undefined }).renderer();
  const box = r?.data?.canvasContainer;
  const canvases = r?.data?.canvases;
  const needsRedraw = r?.data?.canvasNeedsRedraw;
  const calcs = r?.beforeRenderPriorities?.eleCalcs;
  const hover = r?.hoverData;
  const callbacks = r?.beforeRenderCallbacks;
  if (
    !r ||
    !box ||
    !canvases ||
    !needsRedraw ||
    !hover ||
    !callbacks ||
    calcs === undefined ||
    !hasSliceDrawInternals(r)
  )
    return () => undefined;
  const renderer = r as CanvasRendererInternals;
  const NODE = renderer.NODE;
  // Cytoscape's layers are [select box, drag, nodes]. While the node layer shows a picture drawn at
  // another viewport, the upper two hold nothing that should move with it; hidden, the compositor
  // has one layer to move, not three.
  const upper = canvases.slice(0, 2);
  const ownRender = Object.prototype.hasOwnProperty.call(r, 'render');
  const original = renderer.render;
  const textureOnViewport = renderer.textureOnViewport;
  // The fallback for when this does not install; installed, it would draw its texture instead.
  renderer.textureOnViewport = false;
  const slices = slicedDraw(cy, renderer);
  // Set up with the first sliced draw: until then Cytoscape's offscreen canvases stay as they are.
  let restoreOffscreen: (() => void) | null = null;
  /** The viewport of the picture on the node layer. */
  let drawn = viewportOf(cy);
  /** What the last full draw of the node layer cost (script time); unknown before the first. */
  let lastDrawMs: number | null = null;
  let moved = false;
  let wheel: { at: number; frames: number } | null = null;
  let tick = 0;

  const inGesture = (): boolean =>
    wheel !== null || !!hover.dragging || !!renderer.pinching || !!renderer.swipePanning;

  // Between frames Cytoscape fills its texture caches (element and layer textures for the current
  // zoom level): drawing that during a gesture or a sliced draw competes with them for nothing — the
  // levels a zoom passes through are never drawn, and a sliced draw should end soon. Style and bounds
  // updates (priority ≥ eleCalcs) go on.
  const paused = callbacks
    .filter((cb) => cb.priority < calcs)
    .map((cb) => {
      const fn = cb.fn;
      cb.fn = (willDraw, frameStart) => {
        if (!inGesture() && !slices.active) fn(willDraw, frameStart);
      };
      return { cb, fn };
    });

  box.style.transformOrigin = '0 0';
  box.style.willChange = 'transform';

  /** Carries the picture on the node layer to the current viewport (or takes the transform off). */
  const place = (): void => {
    const now = viewportOf(cy);
    const away = !sameViewport(drawn, now);
    box.style.transform = away ? cssTransform(frameTransform(drawn, now)) : '';
    if (away === moved) return;
    moved = away;
    for (const c of upper) c.style.visibility = away ? 'hidden' : '';
    // The upper layers were not drawn while hidden: draw them at the viewport they now show.
    if (!away) {
      renderer.redrawHint('drag', true);
      renderer.redrawHint('select', true);
      renderer.redraw();
    }
  };

  const countFrame = (): void => {
    if (!wheel) return;
    wheel.frames++;
    if (!wheelGestureOver(performance.now() - wheel.at, wheel.frames)) {
      tick = requestAnimationFrame(countFrame);
      return;
    }
    wheel = null;
    renderer.redrawHint('eles', true);
    renderer.redraw();
  };
  const onWheelZoom = (): void => {
    if (!wheel) tick = requestAnimationFrame(countFrame);
    wheel = { at: performance.now(), frames: 0 };
  };
  cy.on('scrollzoom', onWheelZoom);

  const slicedDone = (at: Viewport, ms: number): void => {
    drawn = at;
    lastDrawMs = ms;
    place();
  };

  renderer.render = (options?: RenderOptions): void => {
    // Images (PNG export) and Cytoscape's own buffers draw for real.
    if (options?.forcedContext) return original.call(renderer, options);
    if (inGesture()) {
      // The picture on the layer is still the one drawn at `drawn`: move it.
      slices.cancel();
      place();
      return;
    }
    const nodeLayer = !!needsRedraw[NODE] || !sameViewport(drawn, viewportOf(cy));
    // A node drag is drawn by Cytoscape frame by frame (the node moves on the drag layer).
    if (nodeLayer && sliced && !hover.draggingEles && drawsInSlices(lastDrawMs)) {
      restoreOffscreen ??= drawOffscreenOnCpu(renderer);
      // Restarted when asked again meanwhile: something on the layer changed since it began.
      slices.start(slicedDone);
      needsRedraw[NODE] = false;
      place();
      if (!moved) original.call(renderer, options);
      return;
    }
    slices.cancel();
    if (nodeLayer) needsRedraw[NODE] = true;
    const began = performance.now();
    original.call(renderer, options);
    if (!nodeLayer) return;
    lastDrawMs = performance.now() - began;
    drawn = viewportOf(cy);
    place();
  };

  return () => {
    cy.off('scrollzoom', onWheelZoom);
    cancelAnimationFrame(tick);
    slices.cancel();
    restoreOffscreen?.();
    for (const { cb, fn } of paused) cb.fn = fn;
    if (ownRender) renderer.render = original;
    else delete (renderer as Partial<CanvasRendererInternals>).render;
    renderer.textureOnViewport = textureOnViewport;
    box.style.transform = '';
    box.style.transformOrigin = '';
    box.style.willChange = '';
    for (const c of upper) c.style.visibility = '';
    renderer.redrawHint('eles', true);
    renderer.redraw();
  };
}
