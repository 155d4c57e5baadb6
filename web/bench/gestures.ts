/**
 * Continuous gestures as an analyst makes them, one input event per animation frame, timed with
 * `requestAnimationFrame`: frames per second is frames ÷ elapsed seconds. Cytoscape draws in its
 * own animation frame, so a slow draw delays the next frame and shows here.
 */
import type { Page } from 'playwright-core';

/** A mouse drag across the canvas background (Cytoscape listens for the moves on `window`). */
export function panFps(page: Page, frames: number, maxSeconds: number): Promise<number> {
  return page.evaluate(
    async ([n, maxS]) => {
      const target = document.querySelector('[data-testid="canvas"] canvas:last-of-type') ?? document.body;
      const box = target.getBoundingClientRect();
      // A corner, where the fitted graph leaves background to grab.
      const x0 = box.left + 12;
      const y0 = box.top + 12;
      // Inline options, no local helper: tsx (esbuild keepNames) would wrap it in a `__name` call that
      // does not exist in the page.
      const drag = { button: 0, buttons: 1, bubbles: true, cancelable: true };
      target.dispatchEvent(new MouseEvent('mousedown', { ...drag, clientX: x0, clientY: y0 }));
      const start = performance.now();
      let i = 0;
      while (i < n && performance.now() - start < maxS * 1000) {
        i++;
        // Out and back, so the graph stays in view.
        const dx = 6 * (i <= n / 2 ? i : n - i);
        window.dispatchEvent(
          new MouseEvent('mousemove', { ...drag, clientX: x0 + dx, clientY: y0 + dx / 2 }),
        );
        await new Promise<void>((r) => requestAnimationFrame(() => r()));
      }
      const seconds = (performance.now() - start) / 1000;
      window.dispatchEvent(new MouseEvent('mouseup', { ...drag, buttons: 0, clientX: x0, clientY: y0 }));
      return i / seconds;
    },
    [frames, maxSeconds] as const,
  );
}

/** Mouse-wheel zoom about the middle: in for half the frames, back out for the rest. */
export function zoomFps(page: Page, frames: number, maxSeconds: number): Promise<number> {
  return page.evaluate(
    async ([n, maxS]) => {
      const target = document.querySelector('[data-testid="canvas"] canvas:last-of-type') ?? document.body;
      const box = target.getBoundingClientRect();
      const at = { clientX: box.left + box.width / 2, clientY: box.top + box.height / 2 };
      const start = performance.now();
      let i = 0;
      while (i < n && performance.now() - start < maxS * 1000) {
        const deltaY = i < n / 2 ? -40 : 40;
        target.dispatchEvent(new WheelEvent('wheel', { ...at, deltaY, bubbles: true, cancelable: true }));
        await new Promise<void>((r) => requestAnimationFrame(() => r()));
        i++;
      }
      return i / ((performance.now() - start) / 1000);
    },
    [frames, maxSeconds] as const,
  );
}
