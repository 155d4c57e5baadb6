/**
 * A frame-by-frame log of a gesture, for `profile.ts` (`FRAMES=1`): for every animation frame of the
 * page, when it came, how many wheel events and viewport changes the page handled since the frame
 * before, how long the renderer's `render` took in it and whether it drew the graph (a real draw
 * leaves no CSS transform on the layer box) or only moved the last frame, and Cytoscape's own wheel
 * flag (`data.wheelZooming`, cleared by its 150 ms timeout), and the time spent drawing elements
 * outside `render` (the slices of a sliced redraw, `cy-sliced-draw.ts`). Frames in which nothing
 * happened are folded into one line.
 */
import type { Page } from 'playwright-core';

export interface FrameRow {
  /** ms since the log started. */
  t: number;
  /** ms since the frame before. */
  dt: number;
  wheels: number;
  viewports: number;
  /** Time spent in `render` since the frame before, and whether a call drew for real. */
  renderMs: number;
  drew: boolean;
  /** Time spent drawing elements outside `render` since the frame before (sliced redraws). */
  sliceMs: number;
  /** Cytoscape's wheel flag when the frame began. */
  cyWheel: boolean;
}

/*
 * Page side as strings: functions written here would be wrapped by tsx (esbuild keepNames) in a
 * `__name` helper that does not exist in the page.
 */
const START = `(() => {
  const cy = window.cy;
  const r = cy.renderer();
  const box = r.data.canvasContainer;
  const log = { rows: [], on: true, t0: performance.now(), wheels: 0, viewports: 0, renderMs: 0, drew: false,
    sliceMs: 0, inRender: false };
  const inner = r.render;
  r.render = function (options) {
    const s = performance.now();
    log.inRender = true;
    inner.call(r, options);
    log.inRender = false;
    log.renderMs += performance.now() - s;
    if (box.style.transform === '') log.drew = true;
  };
  const ownDraw = Object.prototype.hasOwnProperty.call(r, 'drawCachedElement');
  const innerDraw = r.drawCachedElement;
  r.drawCachedElement = function (...args) {
    if (log.inRender) return innerDraw.apply(r, args);
    const s = performance.now();
    innerDraw.apply(r, args);
    log.sliceMs += performance.now() - s;
  };
  log.wheel = () => { log.wheels++; };
  log.viewport = () => { log.viewports++; };
  window.addEventListener('wheel', log.wheel, { capture: true, passive: true });
  cy.on('viewport', log.viewport);
  let last = performance.now();
  const tick = (now) => {
    if (!log.on) return;
    log.rows.push({ t: now - log.t0, dt: now - last, wheels: log.wheels, viewports: log.viewports,
      renderMs: log.renderMs, drew: log.drew, sliceMs: log.sliceMs, cyWheel: !!r.data.wheelZooming });
    last = now;
    log.wheels = 0; log.viewports = 0; log.renderMs = 0; log.drew = false; log.sliceMs = 0;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  log.stop = () => {
    log.on = false;
    window.removeEventListener('wheel', log.wheel, { capture: true });
    cy.off('viewport', log.viewport);
    r.render = inner;
    if (ownDraw) r.drawCachedElement = innerDraw;
    else delete r.drawCachedElement;
    return log.rows;
  };
  window.benchFrameLog = log;
})()`;
const STOP = `window.benchFrameLog.stop()`;

/** Logs every frame while `gesture` runs (and `tailMs` after, to see the redraw at its end). */
export async function logFrames<T>(
  page: Page,
  gesture: () => Promise<T>,
  tailMs = 3000,
): Promise<{ result: T; rows: FrameRow[] }> {
  await page.evaluate(START);
  const result = await gesture();
  await page.waitForTimeout(tailMs);
  return { result, rows: (await page.evaluate(STOP)) as FrameRow[] };
}

/** One line per eventful frame; quiet frames (nothing handled, nothing drawn) are counted together. */
export function formatFrames(rows: readonly FrameRow[]): string[] {
  const out: string[] = ['      t      dt  wheels  viewport  render ms  drew  slices ms  cy wheel flag'];
  let quiet = 0;
  for (const r of rows) {
    const eventful =
      r.wheels > 0 || r.viewports > 0 || r.renderMs > 1 || r.drew || r.sliceMs > 0 || r.dt > 100;
    if (!eventful) {
      quiet++;
      continue;
    }
    if (quiet > 0) out.push(`        (${quiet} quiet frame${quiet === 1 ? '' : 's'})`);
    quiet = 0;
    out.push(
      `${r.t.toFixed(0).padStart(7)} ${r.dt.toFixed(0).padStart(7)} ${String(r.wheels).padStart(7)} ${String(r.viewports).padStart(9)} ${r.renderMs.toFixed(1).padStart(10)}  ${(r.drew ? 'yes' : '').padEnd(4)}  ${(r.sliceMs > 0 ? r.sliceMs.toFixed(1) : '').padStart(9)}  ${r.cyWheel ? 'on' : ''}`,
    );
  }
  if (quiet > 0) out.push(`        (${quiet} quiet frame${quiet === 1 ? '' : 's'})`);
  return out;
}

/** The totals a README table needs: frames, full draws and slices and their cost, the longest frame. */
export function summarizeFrames(rows: readonly FrameRow[]): {
  frames: number;
  draws: number;
  drawMs: number;
  sliceFrames: number;
  sliceMs: number;
  longestFrameMs: number;
  wheels: number;
} {
  const draws = rows.filter((r) => r.drew);
  const slices = rows.filter((r) => r.sliceMs > 0);
  return {
    frames: rows.length,
    draws: draws.length,
    drawMs: Math.round(draws.reduce((s, r) => s + r.renderMs, 0)),
    sliceFrames: slices.length,
    sliceMs: Math.round(slices.reduce((s, r) => s + r.sliceMs, 0)),
    longestFrameMs: Math.round(Math.max(0, ...rows.map((r) => r.dt))),
    wheels: rows.reduce((s, r) => s + r.wheels, 0),
  };
}
