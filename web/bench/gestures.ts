/**
 * Continuous gestures as an analyst makes them: real input through the browser (CDP
 * `Input.dispatchMouseEvent`, Playwright's `page.mouse`), hit-tested and delivered by Chromium like a
 * user's, one input event per animation frame. Frames per second is steps ÷ elapsed seconds, a step
 * being one event and the frame after it: Cytoscape draws in its own animation frame, so a slow draw
 * (or a slow composite) delays the next step and shows here. Each gesture checks that it moved the
 * view, so a press that landed on a node (a node drag) cannot pass for a pan.
 */
import type { Page } from 'playwright-core';

interface Point {
  x: number;
  y: number;
}

/** The next animation frame of the page. */
function nextFrame(page: Page): Promise<void> {
  return page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => r())));
}

/**
 * A point of the canvas where a press grabs the background: inside the canvas, not under a panel
 * laid over it (the time slider), and on no node — a corner, where the fitted graph leaves room.
 */
async function backgroundPoint(page: Page): Promise<Point> {
  const found = await page.evaluate(() => {
    const host = document.querySelector('[data-testid="canvas"]')!;
    const box = host.getBoundingClientRect();
    const cy = window.cy!;
    const inset = 16;
    const corners = [
      { x: box.right - inset, y: box.bottom - inset },
      { x: box.left + inset, y: box.bottom - inset },
      { x: box.right - inset, y: box.top + inset },
      { x: box.left + inset, y: box.top + inset },
    ];
    return (
      corners.find((p) => {
        if (!host.contains(document.elementFromPoint(p.x, p.y))) return false;
        const pan = cy.pan();
        const zoom = cy.zoom();
        const m = { x: (p.x - box.left - pan.x) / zoom, y: (p.y - box.top - pan.y) / zoom };
        return cy.nodes().every((n) => {
          const bb = n.boundingBox();
          return m.x < bb.x1 || m.x > bb.x2 || m.y < bb.y1 || m.y > bb.y2;
        });
      }) ?? null
    );
  });
  if (!found) throw new Error('no background left at the corners of the canvas to drag');
  return found;
}

/**
 * Counts the view's `event` (pan, zoom) from now on; the returned call stops and reads the count.
 * The page code is a string: a listener written as a function here would be wrapped by tsx (esbuild
 * keepNames) in a `__name` helper that does not exist in the page.
 */
async function countViewEvents(page: Page, event: 'pan' | 'zoom'): Promise<() => Promise<number>> {
  await page.evaluate(
    `window.benchView = { count: 0, on: () => { window.benchView.count++; } };
     window.cy.on('${event}', window.benchView.on);`,
  );
  return () =>
    page.evaluate(
      `window.cy.off('${event}', window.benchView.on), window.benchView.count`,
    ) as Promise<number>;
}

async function timed(
  frames: number,
  maxSeconds: number,
  step: (i: number) => Promise<void>,
): Promise<number> {
  const start = performance.now();
  let i = 0;
  while (i < frames && performance.now() - start < maxSeconds * 1000) {
    await step(i);
    i++;
  }
  return i / ((performance.now() - start) / 1000);
}

/** A left-button drag from a background corner, out and back so the graph stays in view. */
export async function panFps(page: Page, frames: number, maxSeconds: number): Promise<number> {
  const at = await backgroundPoint(page);
  const dir = await page.evaluate(({ x, y }) => {
    const box = document.querySelector('[data-testid="canvas"]')!.getBoundingClientRect();
    return { x: x > box.left + box.width / 2 ? -1 : 1, y: y > box.top + box.height / 2 ? -1 : 1 };
  }, at);
  await page.mouse.move(at.x, at.y);
  const pans = await countViewEvents(page, 'pan');
  await page.mouse.down();
  const fps = await timed(frames, maxSeconds, async (i) => {
    const d = 6 * (i + 1 <= frames / 2 ? i + 1 : frames - i - 1);
    await page.mouse.move(at.x + dir.x * d, at.y + (dir.y * d) / 2);
    await nextFrame(page);
  });
  await page.mouse.up();
  if ((await pans()) === 0)
    throw new Error(`the drag from (${at.x}, ${at.y}) did not pan the view (did the press land on a node?)`);
  return fps;
}

/** Mouse-wheel zoom about the middle of the canvas: in for half the frames, back out for the rest. */
export async function zoomFps(page: Page, frames: number, maxSeconds: number): Promise<number> {
  const at = await page.evaluate(() => {
    const box = document.querySelector('[data-testid="canvas"]')!.getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  });
  await page.mouse.move(at.x, at.y);
  const zooms = await countViewEvents(page, 'zoom');
  const fps = await timed(frames, maxSeconds, async (i) => {
    await page.mouse.wheel(0, i < frames / 2 ? -40 : 40);
    await nextFrame(page);
  });
  if ((await zooms()) === 0) throw new Error('the wheel did not zoom the view');
  return fps;
}
