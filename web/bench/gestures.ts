/**
 * Continuous gestures as an analyst makes them: real input through the browser (CDP
 * `Input.dispatchMouseEvent`, hit-tested and delivered by Chromium like a mouse's), sent at a mouse's
 * pace — one event every 1/60 s, not waiting for the page, as a hand does not wait for the screen
 * (Chromium coalesces what arrives between two frames, as it does for a real mouse). The page counts the
 * animation frames in which the view moved: frames per second is those frames ÷ the time from the first
 * event to the last such frame. A slow draw or a slow composite delays the next frame and shows here;
 * the input side costs nothing per frame (waiting for a round trip per step capped a blank page at
 * 17 fps for the wheel, 28 for the mouse, on this machine). Each gesture fails the run if the view did
 * not move, so a press that landed on a node (a node drag) cannot pass for a pan.
 */
import type { Page } from 'playwright-core';

interface Point {
  x: number;
  y: number;
}

/** Input events per second: a mouse reports at 60–1000 Hz. */
const INPUT_HZ = 60;

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

/*
 * The page side is a string: functions written here would be wrapped by tsx (esbuild keepNames) in a
 * `__name` helper that does not exist in the page.
 */
const START_COUNTING = `(() => {
  const cy = window.cy;
  const key = () => cy.zoom() + ',' + cy.pan().x + ',' + cy.pan().y;
  const c = { start: performance.now(), last: key(), moved: 0, lastMovedAt: 0, events: 0, on: true };
  c.count = () => { c.events++; };
  cy.on('viewport', c.count);
  window.benchFrames = c;
  const tick = () => {
    if (!c.on) return;
    const k = key();
    if (k !== c.last) { c.moved++; c.lastMovedAt = performance.now(); c.last = k; }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})()`;
/**
 * Once the input is in: waits until no frame has moved the view for 300 ms (or `maxS`) — a slow
 * renderer shows the last steps late — then stops and reads the count.
 */
const STOP_COUNTING = (maxS: number) => `(async () => {
  const c = window.benchFrames;
  const inputEnd = performance.now();
  const until = inputEnd + ${maxS * 1000};
  while (performance.now() < until && performance.now() - Math.max(c.lastMovedAt, inputEnd) < 300)
    await new Promise((r) => setTimeout(r, 50));
  c.on = false;
  window.cy.off('viewport', c.count);
  return { moved: c.moved, ms: c.lastMovedAt - c.start, events: c.events };
})()`;
/**
 * Before a gesture, the view at rest: no redraw in slices under way (components/cy-sliced-draw.ts) and
 * frames coming less than 50 ms apart twice running (at most `maxS`), so a gesture is not timed
 * against the redraw that the layout or the last gesture left.
 */
const SETTLE = (maxS: number) => `(async () => {
  const until = performance.now() + ${maxS * 1000};
  const redrawing = () => document.querySelector('[data-testid="canvas"] [data-redrawing]') !== null;
  let last = performance.now();
  let quick = 0;
  while ((quick < 2 || redrawing()) && performance.now() < until) {
    await new Promise((r) => requestAnimationFrame(r));
    const now = performance.now();
    quick = now - last < 50 && !redrawing() ? quick + 1 : 0;
    last = now;
  }
})()`;

/** The fields of CDP's `Input.dispatchMouseEvent` these gestures use. */
interface MouseEvent {
  type: 'mousePressed' | 'mouseReleased' | 'mouseMoved' | 'mouseWheel';
  x: number;
  y: number;
  button?: 'left';
  buttons?: number;
  clickCount?: number;
  deltaX?: number;
  deltaY?: number;
}

/** Sends `events` at `INPUT_HZ` without waiting for the page; returns frames per second. */
async function gesture(page: Page, events: MouseEvent[], maxSeconds: number): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await page.evaluate(SETTLE(maxSeconds));
    await page.evaluate(START_COUNTING);
    const sent: Promise<unknown>[] = [];
    const t0 = performance.now();
    for (let i = 0; i < events.length; i++) {
      const due = t0 + (i * 1000) / INPUT_HZ;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      sent.push(cdp.send('Input.dispatchMouseEvent', events[i]!));
    }
    await Promise.all(sent);
    const counted = (await page.evaluate(STOP_COUNTING(maxSeconds))) as {
      moved: number;
      ms: number;
      events: number;
    };
    const { moved, ms } = counted;
    if (counted.events === 0)
      throw new Error('the gesture did not move the view (did the press land on a node?)');
    // The view moved, but no frame showed it until it was back where it started.
    return moved === 0 ? 0 : moved / (ms / 1000);
  } finally {
    await cdp.detach();
  }
}

/** A left-button drag from a background corner, `frames` moves out and back so the graph stays in view. */
export async function panFps(page: Page, frames: number, maxSeconds: number): Promise<number> {
  const at = await backgroundPoint(page);
  const dir = await page.evaluate((p) => {
    const box = document.querySelector('[data-testid="canvas"]')!.getBoundingClientRect();
    return { x: p.x > box.left + box.width / 2 ? -1 : 1, y: p.y > box.top + box.height / 2 ? -1 : 1 };
  }, at);
  await page.mouse.move(at.x, at.y);
  const button = { button: 'left', x: at.x, y: at.y, clickCount: 1 } as const;
  const moves: MouseEvent[] = Array.from({ length: frames }, (_, i) => {
    const d = 6 * (i + 1 <= frames / 2 ? i + 1 : frames - i - 1);
    return { type: 'mouseMoved', button: 'left', buttons: 1, x: at.x + dir.x * d, y: at.y + (dir.y * d) / 2 };
  });
  return gesture(
    page,
    [
      { type: 'mousePressed', buttons: 1, ...button },
      ...moves,
      { type: 'mouseReleased', buttons: 0, ...button },
    ],
    maxSeconds,
  );
}

/** Mouse-wheel zoom about the middle of the canvas: in for half the events, back out for the rest. */
export async function zoomFps(page: Page, frames: number, maxSeconds: number): Promise<number> {
  const at = await page.evaluate(() => {
    const box = document.querySelector('[data-testid="canvas"]')!.getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  });
  await page.mouse.move(at.x, at.y);
  const wheels: MouseEvent[] = Array.from({ length: frames }, (_, i) => ({
    type: 'mouseWheel',
    x: at.x,
    y: at.y,
    deltaX: 0,
    deltaY: i < frames / 2 ? -40 : 40,
  }));
  return gesture(page, wheels, maxSeconds);
}
