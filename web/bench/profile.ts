/**
 * `npx tsx web/bench/profile.ts`: where a 10k pan and zoom spend their time, in the bench's Chromium.
 * Loads the 10,000 / 20,000 synthetic graph like `npm run bench:web` (`PERF=texture` for the explorer
 * before the compositor pan/zoom, any `?perf=` mode), then for one pan and one zoom prints either the
 * renderer main thread's CPU profile (self time per function, `Profiler` domain) or, with `TRACE=1`,
 * the busiest trace events per process and thread (`Tracing`: the GPU process's raster and swaps), or,
 * with `FRAMES=1`, every animation frame: input handled, render time, full draws (`frame-log.ts`).
 * `GESTURES=zoom` profiles one of the two.
 * Raw files go to `PROFILE_DIR` (default /tmp/guanxi-profile) for DevTools.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { buildWeb, launchBrowser, serveStatic } from '../e2e/browser';
import { BENCH_CHROMIUM_ARGS } from './chromium';
import { formatFrames, logFrames, summarizeFrames } from './frame-log';
import { panFps, zoomFps } from './gestures';
import { loadSlice, openExplorer } from './load-slice';
import { syntheticSlice } from './synthetic';

const DIR = process.env.PROFILE_DIR ?? '/tmp/guanxi-profile';
const TOP = 25;

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

interface TraceEvent {
  ph: string;
  name: string;
  pid: number;
  tid: number;
  dur?: number;
  args?: { name?: string };
}

function rows(totals: Map<string, number>, all: number): string[] {
  return [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, TOP)
    .map(
      ([k, us]) =>
        `${(us / 1000).toFixed(1).padStart(9)} ms ${((100 * us) / all).toFixed(1).padStart(5)}%  ${k}`,
    );
}

function selfTime(p: CpuProfile): string[] {
  const frames = new Map(p.nodes.map((n) => [n.id, n.callFrame]));
  const totals = new Map<string, number>();
  let all = 0;
  p.samples.forEach((id, i) => {
    const f = frames.get(id)!;
    const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop() ?? ''}:${f.lineNumber}`;
    const us = p.timeDeltas[i] ?? 0;
    all += us;
    totals.set(key, (totals.get(key) ?? 0) + us);
  });
  return rows(totals, all);
}

function busiest(events: TraceEvent[]): string[] {
  const threads = new Map<string, string>();
  for (const e of events)
    if (e.ph === 'M' && (e.name === 'thread_name' || e.name === 'process_name'))
      threads.set(e.name === 'thread_name' ? `${e.pid}/${e.tid}` : `${e.pid}`, e.args?.name ?? '');
  const totals = new Map<string, number>();
  let all = 0;
  for (const e of events) {
    if (e.ph !== 'X' || !e.dur || /RunTask|ThreadController/.test(e.name)) continue;
    const key = `${threads.get(`${e.pid}`) ?? e.pid}/${threads.get(`${e.pid}/${e.tid}`) ?? e.tid} ${e.name}`;
    totals.set(key, (totals.get(key) ?? 0) + e.dur);
    all = Math.max(all, totals.get(key)!);
  }
  return rows(totals, all);
}

async function profile(browser: Browser, page: Page, name: string, gesture: () => Promise<number>) {
  if (process.env.FRAMES) {
    const { result: fps, rows } = await logFrames(page, gesture);
    writeFileSync(`${DIR}/${name}.frames.json`, JSON.stringify(rows));
    console.log(
      `\n== ${name}: ${fps.toFixed(1)} fps (frame by frame) ${JSON.stringify(summarizeFrames(rows))}`,
    );
    console.log(formatFrames(rows).join('\n'));
    return;
  }
  if (process.env.TRACE) {
    await browser.startTracing(page, {
      categories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'gpu',
        'cc',
        'viz',
        'toplevel',
      ],
    });
    const fps = await gesture();
    const trace = await browser.stopTracing();
    writeFileSync(`${DIR}/${name}.trace.json`, trace);
    const { traceEvents } = JSON.parse(trace.toString()) as { traceEvents: TraceEvent[] };
    console.log(`\n== ${name}: ${fps.toFixed(1)} fps (traced; % of the busiest event)`);
    console.log(busiest(traceEvents).join('\n'));
    return;
  }
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const fps = await gesture();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
  writeFileSync(`${DIR}/${name}.cpuprofile`, JSON.stringify(profile));
  console.log(`\n== ${name}: ${fps.toFixed(1)} fps (main thread self time)`);
  console.log(selfTime(profile).join('\n'));
}

mkdirSync(DIR, { recursive: true });
await buildWeb();
const served = await serveStatic();
const browser = await launchBrowser(BENCH_CHROMIUM_ARGS);
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await openExplorer(page, `${served.url}/${process.env.PERF ? `?perf=${process.env.PERF}` : ''}`);
  await loadSlice(page, syntheticSlice(10_000, 20_000));
  // Let the first full draw and its texture caches settle, so each gesture is measured on its own.
  await page.waitForTimeout(3000);
  const only = process.env.GESTURES?.split(',');
  if (!only || only.includes('pan')) {
    await profile(browser, page, 'pan', () => panFps(page, 60, 10));
    await page.waitForTimeout(3000);
  }
  if (!only || only.includes('zoom')) await profile(browser, page, 'zoom', () => zoomFps(page, 60, 10));
} finally {
  await browser.close();
  await served.close();
}
