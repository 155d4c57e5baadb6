/**
 * Drawing the node layer of a large graph in slices, one per frame, into a buffer the size of the
 * layer; when every element is in it, the buffer replaces the layer in one copy. Meanwhile the layer
 * keeps the last complete picture (moved into place by `cy-css-viewport.ts`), and input is handled
 * between slices: a full draw of 10,000 nodes on the canvas renderer without a GPU is ~1 s of script
 * and seconds of rasterising, which in one piece froze the page right after every pan and zoom.
 *
 * Uses the canvas renderer's own per-element drawing (`drawCachedElement`, with its texture caches and
 * view culling), z-order (`getCachedZSortedEles`) and layer canvases — internals of Cytoscape 3.35,
 * like `cy-tuning.ts`'s fields; `cy-css-viewport.ts` checks they exist before installing.
 */
import type { Core } from 'cytoscape';
import { drawSlice, sliceBudget } from './progressive-draw';
import type { Viewport } from './viewport-gesture';

type Canvas2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;
type Extent = ReturnType<Core['extent']>;

export interface SliceDrawInternals {
  NODE: number;
  getCachedZSortedEles(): { nondrag: unknown[] };
  drawCachedElement(
    context: Canvas2D,
    ele: unknown,
    pxRatio: number,
    extent: Extent,
    level?: number,
    highQuality?: boolean,
  ): void;
  getPixelRatio(): number;
  makeOffscreenCanvas(width: number, height: number): HTMLCanvasElement | OffscreenCanvas;
  data: { canvases: HTMLCanvasElement[]; contexts: CanvasRenderingContext2D[] };
}

export function hasSliceDrawInternals(r: Partial<SliceDrawInternals>): r is SliceDrawInternals {
  return (
    typeof r.NODE === 'number' &&
    typeof r.getCachedZSortedEles === 'function' &&
    typeof r.drawCachedElement === 'function' &&
    typeof r.getPixelRatio === 'function' &&
    typeof r.makeOffscreenCanvas === 'function' &&
    !!r.data?.contexts?.[r.NODE]
  );
}

export interface SlicedDraw {
  /** A draw is under way (started and neither finished nor cancelled). */
  readonly active: boolean;
  /**
   * (Re)starts drawing every node-layer element at `cy`'s current viewport; `done` gets that
   * viewport and the script time the draw took, once its picture is on the layer.
   */
  start(done: (drawn: Viewport, drawMs: number) => void): void;
  cancel(): void;
}

/**
 * Offscreen canvases drawn by the CPU, as they are made. A GPU canvas only records the draws and
 * rasterises them when its picture is first used — for a sliced draw, all of it at once in the copy
 * to the layer (1.7 s at 10k nodes without a GPU): slicing the script would not slice the drawing.
 * The element textures the slices draw from are made the same way, or each use would read one back
 * from the GPU. Returns what puts Cytoscape's own maker back.
 */
export function drawOffscreenOnCpu(r: SliceDrawInternals): () => void {
  const own = Object.prototype.hasOwnProperty.call(r, 'makeOffscreenCanvas');
  const make = r.makeOffscreenCanvas;
  r.makeOffscreenCanvas = (width, height) => {
    const canvas = make.call(r, width, height);
    // The first `getContext` fixes the backing; Cytoscape's later calls get this context back.
    canvas.getContext('2d', { willReadFrequently: true });
    return canvas;
  };
  return () => {
    if (own) r.makeOffscreenCanvas = make;
    else delete (r as Partial<SliceDrawInternals>).makeOffscreenCanvas;
  };
}

export function slicedDraw(cy: Core, r: SliceDrawInternals): SlicedDraw {
  let buffer: HTMLCanvasElement | OffscreenCanvas | null = null;
  let frame = 0;
  let active = false;
  // Said on the layers' box while a draw is under way, for tests and the bench to wait for a view at rest.
  const flag = (on: boolean): void => {
    active = on;
    const box = r.data.canvases[r.NODE]?.parentElement;
    if (on) box?.setAttribute('data-redrawing', 'sliced');
    else box?.removeAttribute('data-redrawing');
  };

  const cancel = (): void => {
    cancelAnimationFrame(frame);
    flag(false);
  };

  const start = (done: (drawn: Viewport, drawMs: number) => void): void => {
    cancel();
    const layer = r.data.canvases[r.NODE]!;
    const { width, height } = layer;
    if (!buffer || buffer.width !== width || buffer.height !== height)
      buffer = r.makeOffscreenCanvas(width, height);
    const ctx = buffer.getContext('2d', { willReadFrequently: true }) as Canvas2D;
    const viewport: Viewport = { zoom: cy.zoom(), pan: { ...cy.pan() } };
    const pxRatio = r.getPixelRatio();
    const extent = cy.extent();
    const eles = r.getCachedZSortedEles().nondrag;
    // The transform Cytoscape's own render sets on a layer before drawing it.
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, width, height);
    ctx.translate(viewport.pan.x * pxRatio, viewport.pan.y * pxRatio);
    ctx.scale(viewport.zoom * pxRatio, viewport.zoom * pxRatio);
    let next = 0;
    let drawMs = 0;
    let lastFrame: number | null = null;
    flag(true);
    const step = (frameAt: number): void => {
      const began = performance.now();
      const budget = sliceBudget(lastFrame === null ? 0 : frameAt - lastFrame);
      lastFrame = frameAt;
      next = drawSlice(
        eles.length,
        next,
        // High quality: each element's texture for this zoom is made now, in its slice. Otherwise a
        // scaled one is drawn and the exact one queued, and each batch the queue fills asks for the
        // whole layer again — a cycle of sliced draws that took tens of seconds to settle on 2k nodes.
        (i) => r.drawCachedElement(ctx, eles[i], pxRatio, extent, undefined, true),
        () => performance.now(),
        budget,
      );
      drawMs += performance.now() - began;
      if (next < eles.length) {
        frame = requestAnimationFrame(step);
        return;
      }
      flag(false);
      // The layer was resized meanwhile: the buffer no longer fits it.
      if (layer.width !== width || layer.height !== height) return start(done);
      const target = r.data.contexts[r.NODE]!;
      target.setTransform(1, 0, 0, 1, 0, 0);
      target.clearRect(0, 0, width, height);
      target.drawImage(buffer!, 0, 0);
      done(viewport, drawMs);
    };
    frame = requestAnimationFrame(step);
  };

  return {
    get active() {
      return active;
    },
    start,
    cancel,
  };
}
