/**
 * Pan and zoom of a large graph on the canvas renderer, moved by the compositor: while the view is
 * being dragged or wheeled, Cytoscape draws nothing and the last frame it drew is carried to the new
 * viewport with a CSS transform; when the gesture ends it draws once, at the new viewport.
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
import { type Viewport, cssTransform, frameTransform, wheelGestureOver } from './viewport-gesture';

interface RenderOptions {
  forcedContext?: unknown;
}

interface BeforeRender {
  fn(willDraw: boolean, frameStart: number): void;
  priority: number;
}

interface CanvasRendererInternals {
  render(options?: RenderOptions): void;
  beforeRenderCallbacks?: BeforeRender[];
  beforeRenderPriorities?: { eleCalcs?: number };
  redraw(): void;
  redrawHint(group: 'eles' | 'drag' | 'select', on: boolean): void;
  hoverData?: { dragging?: boolean };
  pinching?: boolean;
  swipePanning?: boolean;
  data?: { canvasContainer?: HTMLElement; canvases?: HTMLCanvasElement[] };
}

function viewportOf(cy: Core): Viewport {
  return { zoom: cy.zoom(), pan: { ...cy.pan() } };
}

/** Installs the behaviour on `cy`'s canvas renderer; returns what takes it off again. */
export function installCssViewport(cy: Core): () => void {
  const r = (cy as unknown as { renderer(): CanvasRendererInternals | undefined }).renderer();
  const box = r?.data?.canvasContainer;
  const canvases = r?.data?.canvases;
  const calcs = r?.beforeRenderPriorities?.eleCalcs;
  if (!r || !box || !canvases || !r.hoverData || !r.beforeRenderCallbacks || calcs === undefined)
    return () => undefined;
  const renderer = r;
  const hover = r.hoverData;
  // Cytoscape's layers are [select box, drag, nodes]. During a viewport gesture the upper two hold
  // nothing that should move with the picture; hidden, the compositor has one layer to move, not three.
  const upper = canvases.slice(0, 2);
  const ownRender = Object.prototype.hasOwnProperty.call(r, 'render');
  const original = r.render;
  let drawn = viewportOf(cy);
  let moving = false;
  let wheel: { at: number; frames: number } | null = null;
  let tick = 0;

  const inGesture = (): boolean =>
    wheel !== null || !!hover.dragging || !!renderer.pinching || !!renderer.swipePanning;

  // Between frames Cytoscape fills its texture caches (element and layer textures for the current
  // zoom level): drawing that, during a gesture, competes with the compositor for nothing — the
  // levels a zoom passes through are never drawn. Style and bounds updates (priority ≥ eleCalcs) go on.
  const paused = r.beforeRenderCallbacks
    .filter((cb) => cb.priority < calcs)
    .map((cb) => {
      const fn = cb.fn;
      cb.fn = (willDraw, frameStart) => {
        if (!inGesture()) fn(willDraw, frameStart);
      };
      return { cb, fn };
    });

  box.style.transformOrigin = '0 0';
  box.style.willChange = 'transform';

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

  renderer.render = (options?: RenderOptions): void => {
    // Images (PNG export) and Cytoscape's own buffers draw for real.
    if (options?.forcedContext) return original.call(renderer, options);
    if (inGesture()) {
      if (!moving) {
        moving = true;
        for (const c of upper) c.style.visibility = 'hidden';
      }
      box.style.transform = cssTransform(frameTransform(drawn, viewportOf(cy)));
      return;
    }
    if (moving) {
      moving = false;
      box.style.transform = '';
      for (const c of upper) c.style.visibility = '';
      // What was asked for during the gesture waited; draw every layer at the new viewport.
      renderer.redrawHint('eles', true);
      renderer.redrawHint('drag', true);
      renderer.redrawHint('select', true);
    }
    original.call(renderer, options);
    drawn = viewportOf(cy);
  };

  return () => {
    cy.off('scrollzoom', onWheelZoom);
    cancelAnimationFrame(tick);
    for (const { cb, fn } of paused) cb.fn = fn;
    if (ownRender) renderer.render = original;
    else delete (renderer as Partial<CanvasRendererInternals>).render;
    box.style.transform = '';
    box.style.transformOrigin = '';
    box.style.willChange = '';
    for (const c of upper) c.style.visibility = '';
    renderer.redrawHint('eles', true);
    renderer.redraw();
  };
}
