/**
 * `npm run bench:web`: builds the explorer, serves it on 127.0.0.1, and in headless Chromium loads
 * synthetic graphs (2,000 nodes / 5,000 edges and 10,000 / 20,000) through the test hook
 * (`window.guanxi.loadSlice`, no API). For each: time to first render, layout time, and frames per
 * second during a continuous pan (mouse drag) and a continuous zoom (mouse wheel), counted with
 * `requestAnimationFrame`. Each graph is drawn by the explorer as shipped (WebGL, layout worker, level
 * of detail; WebGL only on a GPU), with WebGL forced (`?perf=webgl`), with the node layer redrawn in
 * one piece after a pan or zoom (`?perf=unsliced`, the explorer before the sliced redraw), with
 * Cytoscape's viewport texture (`?perf=texture`) and by the canvas renderer it had before
 * (`?perf=canvas`: canvas with its large-graph options, layout on the main thread) — the baseline, in
 * the same run. A 200-node graph on both renderers shows which is better for small graphs. The last
 * line is one JSON object of the figures (`first_render_ms_2k`, `fps_pan_10k`, `fps_zoom_10k` are the
 * explorer as shipped; `_webgl`, `_unsliced`, `_texture` and `_canvas` suffixes the others).
 */
import type { Browser } from 'playwright-core';
import type { GraphSlice } from '../src/graph/model';
import { buildWeb, launchBrowser, serveStatic } from '../e2e/browser';
import { glKind } from '../src/graph/render-plan';
import { BENCH_CHROMIUM_ARGS, gpuName } from './chromium';
import { panFps, zoomFps } from './gestures';
import { loadSlice, openExplorer, type SliceLoaded } from './load-slice';
import { syntheticSlice } from './synthetic';

interface Scenario {
  key: string;
  name: string;
  slice: GraphSlice;
  query: string;
}

interface Figures extends SliceLoaded {
  fpsPan: number;
  fpsZoom: number;
}

const RUNS = Number(process.env.BENCH_RUNS ?? 1);
/** Gesture length in frames: long enough to average out one slow frame. */
const FRAMES = Number(process.env.BENCH_FRAMES ?? 60);
/** Software WebGL draws a 10k frame in seconds: a gesture also ends after this long. */
const GESTURE_S = Number(process.env.BENCH_GESTURE_S ?? 10);
/** `BENCH_ONLY=2k,canvas_2k`: some scenarios only (while tuning; the JSON line then lacks the rest). */
const ONLY = process.env.BENCH_ONLY?.split(',');

async function measure(browser: Browser, url: string, s: Scenario): Promise<Figures> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  try {
    page.on('pageerror', (e) => console.error(`[${s.key}] page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') console.error(`[${s.key}] console: ${m.text()}`);
    });
    await openExplorer(page, `${url}/${s.query}`);
    const loaded = await loadSlice(page, s.slice);
    const fpsPan = await panFps(page, FRAMES, GESTURE_S);
    return { ...loaded, fpsPan, fpsZoom: await zoomFps(page, FRAMES, GESTURE_S) };
  } finally {
    await page.close();
  }
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

async function main(): Promise<void> {
  await buildWeb();
  const served = await serveStatic();
  const browser = await launchBrowser(BENCH_CHROMIUM_ARGS);
  const g2k = syntheticSlice(2000, 5000);
  const g10k = syntheticSlice(10_000, 20_000);
  const g200 = syntheticSlice(200, 500);
  const scenarios: Scenario[] = [];
  for (const [size, slice] of [
    ['2k', g2k],
    ['10k', g10k],
  ] as const) {
    const label = size === '2k' ? '2,000 n / 5,000 e' : '10,000 n / 20,000 e';
    scenarios.push(
      { key: size, name: `${label} — as shipped (auto)`, slice, query: '' },
      { key: `webgl_${size}`, name: `${label} — WebGL forced`, slice, query: '?perf=webgl' },
      {
        key: `unsliced_${size}`,
        name: `${label} — one-piece redraw (before)`,
        slice,
        query: '?perf=unsliced',
      },
      {
        key: `texture_${size}`,
        name: `${label} — viewport texture`,
        slice,
        query: '?perf=texture',
      },
      { key: `canvas_${size}`, name: `${label} — canvas before (baseline)`, slice, query: '?perf=canvas' },
    );
  }
  scenarios.push(
    { key: 'small', name: '200 n / 500 e — as shipped (canvas)', slice: g200, query: '' },
    { key: 'webgl_small', name: '200 n / 500 e — WebGL forced', slice: g200, query: '?perf=webgl' },
  );
  const results = new Map<string, Figures>();
  let gpu = '';
  let autoRenderer = '';
  try {
    gpu = await gpuName(browser);
    autoRenderer = glKind(gpu) === 'hardware' ? 'webgl' : 'canvas';
    for (const s of scenarios) {
      const runs: Figures[] = [];
      if (ONLY && !ONLY.includes(s.key)) continue;
      for (let i = 0; i < RUNS; i++) {
        runs.push(await measure(browser, served.url, s));
        console.error(`  ${s.name}: ${JSON.stringify(runs.at(-1))}`);
      }
      const pick = (k: keyof Figures) => median(runs.map((r) => r[k]));
      results.set(s.key, {
        firstRenderMs: pick('firstRenderMs'),
        layoutMs: pick('layoutMs'),
        fpsPan: pick('fpsPan'),
        fpsZoom: pick('fpsZoom'),
        nodes: runs[0]!.nodes,
        edges: runs[0]!.edges,
      });
    }
  } finally {
    await browser.close();
    await served.close();
  }
  console.log(`bench:web — headless Chromium, WebGL on ${gpu} (no GPU: software), median of ${RUNS} run(s)`);
  console.log(
    `large graphs as shipped draw with: ${autoRenderer} (WebGL only on a GPU, graph/render-plan.ts)`,
  );
  console.log(
    `gestures of ${FRAMES} frames or ${GESTURE_S} s, whichever ends first; flags: ${BENCH_CHROMIUM_ARGS.join(' ')}\n`,
  );
  const col = (s: string, w: number) => s.padStart(w);
  console.log(
    `${'scenario'.padEnd(44)} ${col('first render', 12)} ${col('layout', 9)} ${col('pan fps', 8)} ${col('zoom fps', 9)}`,
  );
  for (const s of scenarios) {
    const r = results.get(s.key);
    if (!r) continue;
    console.log(
      `${s.name.padEnd(44)} ${col(`${r.firstRenderMs.toFixed(0)} ms`, 12)} ${col(`${r.layoutMs.toFixed(0)} ms`, 9)} ${col(r.fpsPan.toFixed(1), 8)} ${col(r.fpsZoom.toFixed(1), 9)}`,
    );
  }
  const x = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
  console.log('');
  for (const size of ['2k', '10k']) {
    const base = results.get(`canvas_${size}`);
    for (const key of [size, `webgl_${size}`, `unsliced_${size}`, `texture_${size}`]) {
      const now = results.get(key);
      if (!now || !base) continue;
      console.log(
        `${key.padEnd(9)} ÷ canvas baseline: first render ${x(now.firstRenderMs, base.firstRenderMs)}, layout wait ${x(now.layoutMs, base.layoutMs)}, pan fps ${x(now.fpsPan, base.fpsPan)}, zoom fps ${x(now.fpsZoom, base.fpsZoom)}`,
      );
    }
  }
  for (const size of ['2k', '10k']) {
    const now = results.get(size);
    for (const [key, what] of [
      [`unsliced_${size}`, 'one-piece redraw (before)'],
      [`texture_${size}`, 'viewport texture'],
    ] as const) {
      const before = results.get(key);
      if (!now || !before) continue;
      console.log(
        `${size.padEnd(9)} ÷ ${what}: first render ${x(now.firstRenderMs, before.firstRenderMs)}, pan fps ${x(now.fpsPan, before.fpsPan)}, zoom fps ${x(now.fpsZoom, before.fpsZoom)}`,
      );
    }
  }
  const figures: Record<string, number | string> = { gpu, renderer_auto_large: autoRenderer };
  for (const [key, r] of results) {
    const [mode, size] = key.includes('_') ? key.split('_') : ['', key];
    const suffix = mode ? `${size}_${mode}` : key;
    figures[`first_render_ms_${suffix}`] = Math.round(r.firstRenderMs);
    figures[`layout_ms_${suffix}`] = Math.round(r.layoutMs);
    figures[`fps_pan_${suffix}`] = Number(r.fpsPan.toFixed(1));
    figures[`fps_zoom_${suffix}`] = Number(r.fpsZoom.toFixed(1));
  }
  console.log(JSON.stringify(figures));
}

await main();
