/**
 * The pure parts of moving the last frame during a pan or zoom (see `cy-css-viewport.ts`): the CSS
 * transform that carries a picture drawn at one viewport to another, and when a wheel zoom is over.
 */

export interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
}

/** `translate(x, y) scale(k)` about the top-left corner. */
export interface FrameTransform {
  x: number;
  y: number;
  k: number;
}

/**
 * A model point p is drawn at `p·z0 + pan0` and belongs at `p·z1 + pan1`, so the picture is scaled by
 * k = z1/z0 and moved by `pan1 − k·pan0`.
 */
export function frameTransform(drawn: Viewport, now: Viewport): FrameTransform {
  const k = now.zoom / drawn.zoom;
  return { x: now.pan.x - k * drawn.pan.x, y: now.pan.y - k * drawn.pan.y, k };
}

export function cssTransform(t: FrameTransform): string {
  return `translate(${t.x}px, ${t.y}px) scale(${t.k})`;
}

/** Cytoscape's own pause (its wheel handler's timeout): the wheel has stopped after this long. */
export const WHEEL_QUIET_MS = 150;
/** …and after this many frames were shown without a wheel step. */
export const WHEEL_QUIET_FRAMES = 2;

/**
 * A wheel zoom is over when the wheel has been quiet for `WHEEL_QUIET_MS` *and* `WHEEL_QUIET_FRAMES`
 * frames. Time alone (Cytoscape's rule) ends a gesture whenever one frame is slow: the full redraw
 * that follows is slower still, so the next step comes late again and every step becomes a redraw.
 */
export function wheelGestureOver(msSinceWheel: number, framesSinceWheel: number): boolean {
  return msSinceWheel >= WHEEL_QUIET_MS && framesSinceWheel >= WHEEL_QUIET_FRAMES;
}
