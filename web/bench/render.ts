/**
 * `npm run bench:web`: builds the explorer, serves it on 127.0.0.1, and in headless Chromium loads a
 * synthetic 2,000-node / 5,000-edge graph through the test hook (`window.guanxi.loadSlice`, no API).
 * Prints time to first render, element and layout time and a wheel-zoom frame, beside two baselines measured in the
 * same run: the same graph with the large-graph options off (`?perf=off`), and a 200-node graph.
 */
import type { Browser, Page } from 'playwright-core';
import type { GraphSlice } from '../src/graph/model';
import { buildWeb, launchBrowser, serveStatic } from '../e2e/browser';
import { syntheticSlice } from './synthetic';

interface Scenario {
  name: string;
  slice: GraphSlice;
  query: string;
  /** The options-off baseline takes minutes per run in software rendering: once is enough. */
  runs?: number;
}

interface Figures {
  firstRenderMs: number;
  layoutMs: number;
  /** Diff + `cy.add` inside `cy.batch()`. */
  elementsMs: number;
  zoomFrameMs: number;
  nodes: number;
  edges: number;
}

const RUNS = Number(process.env.BENCH_RUNS ?? 3);

async function measure(browser: Browser, url: string, s: Scenario): Promise<Figures> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  try {
    await page.goto(`${url}/${s.query}`);
    await page.waitForFunction(() => window.guanxi !== undefined && window.cy !== undefined);
    const figures: Omit<Figures, 'zoomFrameMs'> = await page.evaluate(async (slice) => {
      const cy = window.cy!;
      // No named local functions here: tsx (esbuild keepNames) would wrap them in a `__name` helper
      // that does not exist in the page.
      performance.clearMeasures();
      const t0 = performance.now();
      window.guanxi!.loadSlice(slice);
      // The canvas records `guanxi:layout` (see CytoscapeCanvas) once the layout has run.
      while (performance.getEntriesByName('guanxi:layout').length === 0) {
        await new Promise<void>((r) => requestAnimationFrame(() => r()));
      }
      // Two frames after the layout: the first paints, the second starts after it.
      await new Promise<void>((r) => requestAnimationFrame(() => r()));
      await new Promise<void>((r) => requestAnimationFrame(() => r()));
      const firstRenderMs = performance.now() - t0;
      return {
        firstRenderMs,
        layoutMs: performance.getEntriesByName('guanxi:layout')[0]!.duration,
        elementsMs: performance.getEntriesByName('guanxi:elements')[0]?.duration ?? NaN,
        nodes: cy.nodes().length,
        edges: cy.edges().length,
      };
    }, s.slice);
    return { ...figures, zoomFrameMs: await wheelFrameMs(page) };
  } finally {
    await page.close();
  }
}

/**
 * Zooming as an analyst does, with the mouse wheel: that is when Cytoscape's viewport options
 * (texture while zooming, edges hidden) apply. One wheel event per animation frame on the canvas,
 * for 40 frames (a continuous gesture); the figure is the mean frame time.
 */
async function wheelFrameMs(page: Page, frames = 40): Promise<number> {
  return page.evaluate(async (n) => {
    const target = document.querySelector('[data-testid="canvas"] canvas:last-of-type') ?? document.body;
    const box = target.getBoundingClientRect();
    const at = { clientX: box.left + box.width / 2, clientY: box.top + box.height / 2 };
    const start = performance.now();
    for (let i = 0; i < n; i++) {
      const deltaY = i < n / 2 ? -40 : 40;
      target.dispatchEvent(new WheelEvent('wheel', { ...at, deltaY, bubbles: true, cancelable: true }));
      await new Promise<void>((r) => requestAnimationFrame(() => r()));
    }
    return (performance.now() - start) / n;
  }, frames);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

async function main(): Promise<void> {
  await buildWeb();
  const served = await serveStatic();
  const browser = await launchBrowser();
  const big = syntheticSlice(2000, 5000);
  const scenarios: Scenario[] = [
    { name: '2,000 n / 5,000 e, large-graph options on', slice: big, query: '' },
    { name: '2,000 n / 5,000 e, options off (baseline)', slice: big, query: '?perf=off', runs: 1 },
    { name: '200 n / 500 e (baseline)', slice: syntheticSlice(200, 500), query: '' },
  ];
  const results: Figures[] = [];
  try {
    for (const s of scenarios) {
      const runs: Figures[] = [];
      for (let i = 0; i < (s.runs ?? RUNS); i++) runs.push(await measure(browser, served.url, s));
      const pickMedian = (k: keyof Figures) => median(runs.map((r) => r[k]));
      results.push({
        firstRenderMs: pickMedian('firstRenderMs'),
        layoutMs: pickMedian('layoutMs'),
        elementsMs: pickMedian('elementsMs'),
        zoomFrameMs: pickMedian('zoomFrameMs'),
        nodes: runs[0]!.nodes,
        edges: runs[0]!.edges,
      });
    }
  } finally {
    await browser.close();
    await served.close();
  }
  const fmt = (ms: number) => `${ms.toFixed(0).padStart(7)} ms`;
  console.log(`bench:web — headless Chromium, median of ${RUNS} runs (options-off baseline: 1 run)\n`);
  console.log(
    `${'scenario'.padEnd(46)} ${'first render'.padStart(12)} ${'elements'.padStart(10)} ${'layout'.padStart(10)} ${'zoom frame'.padStart(10)}`,
  );
  scenarios.forEach((s, i) => {
    const r = results[i]!;
    console.log(
      `${s.name.padEnd(46)} ${fmt(r.firstRenderMs).padStart(12)} ${fmt(r.elementsMs).padStart(10)} ${fmt(r.layoutMs).padStart(10)} ${fmt(r.zoomFrameMs).padStart(10)}`,
    );
  });
  const [on, off, small] = results as [Figures, Figures, Figures];
  const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
  console.log(
    `\nlarge options on vs off (same graph): first render ${ratio(on.firstRenderMs, off.firstRenderMs)}, layout ${ratio(on.layoutMs, off.layoutMs)}, zoom frame ${ratio(on.zoomFrameMs, off.zoomFrameMs)}`,
  );
  console.log(
    `2,000 nodes (options on) vs 200 nodes: first render ${ratio(on.firstRenderMs, small.firstRenderMs)}, layout ${ratio(on.layoutMs, small.layoutMs)}, zoom frame ${ratio(on.zoomFrameMs, small.zoomFrameMs)}`,
  );
}

await main();
