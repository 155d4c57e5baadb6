/**
 * A large graph (2,000 nodes, drawn as without a GPU: canvas renderer, pan and zoom moved by the
 * compositor — components/cy-css-viewport.ts) behaves like a small one under the mouse: a background
 * drag pans and is drawn at the new viewport when released, the wheel zooms, a click selects the node
 * under the pointer after the view moved, a node drag moves the node and not the view. No API: the
 * slice goes in through `window.guanxi.loadSlice`, as in `npm run bench:web`.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSlice, openExplorer } from '../bench/load-slice';
import { syntheticSlice } from '../bench/synthetic';
import { buildWeb, launchBrowser, serveStatic, type Served } from './browser';

const SLOW = 240_000;

let served: Served;
let browser: Browser;
let page: Page;

/** The CSS transform on Cytoscape's layer box (empty when the canvas shows its own drawing). */
const layerTransform = () =>
  page.evaluate(
    () =>
      (document.querySelector('[data-testid="canvas"] > div') as HTMLElement | null)?.style.transform ?? null,
  );
/** Until the node layer shows a picture drawn at the current viewport (a large one is drawn in slices). */
const settled = () =>
  page.waitForFunction(
    () =>
      (document.querySelector('[data-testid="canvas"] > div') as HTMLElement | null)?.style.transform === '',
  );
const viewport = () => page.evaluate(() => ({ zoom: window.cy!.zoom(), pan: { ...window.cy!.pan() } }));
const frames = (n: number) =>
  page.evaluate(async (n) => {
    for (let i = 0; i < n; i++) await new Promise<void>((r) => requestAnimationFrame(() => r()));
  }, n);

/** Page coordinates of a node, where Cytoscape draws it now. */
async function nodeAt(id: string): Promise<{ x: number; y: number }> {
  const box = (await page.getByTestId('canvas').boundingBox())!;
  const p = await page.evaluate((i) => window.cy!.getElementById(i).renderedPosition(), id);
  return { x: box.x + p.x, y: box.y + p.y };
}

/**
 * A node inside the visible canvas, away from its edges and the panels over it, that no other node
 * overlaps (the pointer then means this node and no other).
 */
function visibleNode(): Promise<string> {
  return page.evaluate(() => {
    const cy = window.cy!;
    const host = document.querySelector('[data-testid="canvas"]')!;
    const box = host.getBoundingClientRect();
    const alone = () => {
      const boxes = cy
        .nodes()
        .map((n) => ({ id: n.id(), bb: n.renderedBoundingBox({ includeLabels: false }) }));
      return cy
        .nodes()
        .toArray()
        .find((n) => {
          const p = n.renderedPosition();
          if (p.x < 80 || p.y < 80 || p.x > box.width - 80 || p.y > box.height - 80) return false;
          if (!host.contains(document.elementFromPoint(box.left + p.x, box.top + p.y))) return false;
          const near = (b: { x1: number; x2: number; y1: number; y2: number }) =>
            p.x > b.x1 - 10 && p.x < b.x2 + 10 && p.y > b.y1 - 10 && p.y < b.y2 + 10;
          return boxes.every((o) => o.id === n.id() || !near(o.bb));
        });
    };
    // Close enough that nodes stand apart (the graph is fitted at a zoom where they crowd; how much they crowd
    // depends on how far the layout got, which a loaded machine shortens): closer until one does.
    for (const level of [1.5, 3, 6]) {
      if (cy.zoom() < level) cy.zoom({ level, renderedPosition: { x: box.width / 2, y: box.height / 2 } });
      const node = alone();
      if (node) return node.id();
    }
    throw new Error('no node in view that stands alone');
  });
}

beforeAll(async () => {
  await buildWeb();
  served = await serveStatic();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await openExplorer(page, served.url);
  await loadSlice(page, syntheticSlice(2000, 5000));
  await settled();
}, SLOW);

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

describe('a large graph under the mouse', () => {
  it('pans with a background drag: the last frame moves while dragging, one redraw when released', async () => {
    const box = (await page.getByTestId('canvas').boundingBox())!;
    const start = { x: box.x + box.width - 20, y: box.y + box.height - 20 };
    const before = await viewport();
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) {
      await page.mouse.move(start.x - 12 * i, start.y - 6 * i);
      await frames(1);
    }
    const during = await viewport();
    expect(during.pan.x - before.pan.x).toBeCloseTo(-120, 0);
    expect(during.pan.y - before.pan.y).toBeCloseTo(-60, 0);
    expect(await layerTransform()).toBe('translate(-120px, -60px) scale(1)');
    await page.mouse.up();
    await settled();
    expect(await layerTransform()).toBe('');
    expect(await viewport()).toEqual(during);
  });

  it('selects the node under the pointer after the view moved', async () => {
    const id = await visibleNode();
    await frames(2);
    const at = await nodeAt(id);
    await page.mouse.click(at.x, at.y);
    await frames(1);
    expect(await page.evaluate(() => window.cy!.$('node:selected').map((n) => n.id()))).toEqual([id]);
  });

  it('drags a node without moving the view', async () => {
    const id = await visibleNode();
    await frames(2);
    const at = await nodeAt(id);
    const before = await viewport();
    const position = await page.evaluate((i) => ({ ...window.cy!.getElementById(i).position() }), id);
    await page.mouse.move(at.x, at.y);
    await page.mouse.down();
    for (let i = 1; i <= 5; i++) {
      await page.mouse.move(at.x + 8 * i, at.y + 4 * i);
      await frames(1);
    }
    await page.mouse.up();
    await frames(2);
    const after = await page.evaluate((i) => ({ ...window.cy!.getElementById(i).position() }), id);
    expect(await viewport()).toEqual(before);
    expect((after.x - position.x) * before.zoom).toBeCloseTo(40, 0);
    expect((after.y - position.y) * before.zoom).toBeCloseTo(20, 0);
    expect(await layerTransform()).toBe('');
  });

  it('zooms with the wheel: scaled while the wheel turns, drawn at the new zoom once it rests', async () => {
    const box = (await page.getByTestId('canvas').boundingBox())!;
    const before = await viewport();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (let i = 0; i < 5; i++) {
      await page.mouse.wheel(0, -40);
      await frames(1);
    }
    const during = await viewport();
    expect(during.zoom).toBeGreaterThan(before.zoom);
    expect(await layerTransform()).toMatch(/scale\((?!1\))/);
    // The wheel has rested (150 ms and two frames): redrawn at the new zoom, no transform left.
    await settled();
    expect(await layerTransform()).toBe('');
    expect(await viewport()).toEqual(during);
  });

  it('after a wheel zoom, draws each node where it now is and a click there selects it', async () => {
    await page.evaluate(() => {
      window.cy!.$(':selected').unselect();
    });
    const box = (await page.getByTestId('canvas').boundingBox())!;
    const id = await visibleNode();
    await settled();
    const before = await nodeAt(id);
    // Zoom in about a point beside the node, so the node moves on the screen.
    await page.mouse.move(before.x + 60, before.y + 40);
    for (let i = 0; i < 4; i++) {
      await page.mouse.wheel(0, -40);
      await frames(1);
    }
    await settled();
    const at = await nodeAt(id);
    expect(Math.hypot(at.x - before.x, at.y - before.y)).toBeGreaterThan(5);
    // The node layer has drawn the node where it now is.
    const alpha = (p: { x: number; y: number }) =>
      page.evaluate(
        ({ x, y }) => {
          const nodeLayer = document.querySelector<HTMLCanvasElement>('canvas[data-id="layer2-node"]')!;
          return nodeLayer.getContext('2d')!.getImageData(Math.round(x), Math.round(y), 1, 1).data[3];
        },
        { x: p.x - box.x, y: p.y - box.y },
      );
    expect(await alpha(at)).toBeGreaterThan(0);
    await page.mouse.click(at.x, at.y);
    await frames(1);
    expect(await page.evaluate(() => window.cy!.$('node:selected').map((n) => n.id()))).toEqual([id]);
  });
});
