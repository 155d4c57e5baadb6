/**
 * `npm run bench:api`: GraphQL against the best single Cypher statement per operation (./best-cypher.ts), on a synthetic graph of ≥100k entities
 * and ≥500k relationships in the bench database (built once, ~2–3 min; later runs reuse it).
 * For search, neighborhood (depth 2, limit 500), shortestPath and a nested person profile: p50/p99
 * and throughput at concurrency 1 and 16, GraphQL beside the hand-written statement, and their ratio.
 * The last line is one JSON object: `c1_max_ratio`, `c16_max_ratio` and each ratio.
 *
 * Env: BENCH_N1 (requests at concurrency 1, default 200), BENCH_N16 (default 800), BENCH_ONLY
 * (comma-separated words: only the operations whose name contains one, e.g. `interlocks,co`).
 */
import { createDriver, ensureNeo4j } from '@guanxi/db';
import { createApp } from '../src/yoga';
import { ensureBenchGraph, graphSize } from './graph';
import { compare, measure } from './measure';
import { operations, sampleInputs } from './operations';

const N1 = Number(process.env.BENCH_N1 ?? 200);
const N16 = Number(process.env.BENCH_N16 ?? 800);
const ONLY = (process.env.BENCH_ONLY ?? '').split(',').filter(Boolean);
/** `person profile (nested)` → `person_profile_nested`, for the JSON keys. */
const key = (name: string): string => name.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '');
const round = (x: number): number => Math.round(x * 100) / 100;

const log = (s: string): void => void process.stderr.write(`[bench] ${s}\n`);

const settings = await ensureNeo4j('bench');
const driver = createDriver(settings);
const started = performance.now();
try {
  const rows = await ensureBenchGraph(driver, settings.database, log);
  const size = await graphSize(driver, settings.database);
  log(`graph: ${size.entities} entities, ${size.relationships} relationships`);

  const input = sampleInputs(rows);

  // The cache off: every request does its work (the cached figure is printed apart below).
  const app = createApp({ driver, database: settings.database, graphiql: false, responseCache: false });
  const ops = operations(app, driver, settings.database, input).filter(
    (op) => ONLY.length === 0 || ONLY.some((w) => op.name.includes(w)),
  );
  const table: string[][] = [];
  const ratios: Record<string, number> = {};
  const own: Record<string, number> = {};
  /** Node CPU per request that GraphQL costs beyond the driver alone (ms). */
  const cpu: Record<string, number> = {};
  for (const op of ops) {
    // Warm both paths (JIT, query plans, page cache) before measuring.
    await measure(20, 4, op.cypher);
    await measure(20, 4, op.graphql);
    for (const [c, n] of [
      [1, N1],
      [16, N16],
    ] as const) {
      const [cy, gq] = await compare(n, c, op.cypher, op.graphql);
      const ratio = gq.p50 / cy.p50;
      // Operations measured against our own statements (not a hand-written floor) stay out of the max.
      (op.ownBaseline ? own : ratios)[`c${c}_${key(op.name)}`] = round(ratio);
      const tput = cy.perSecond / gq.perSecond;
      table.push([
        op.name,
        String(c),
        f(gq.p50),
        f(gq.p99),
        f(gq.perSecond, 0),
        f(cy.p50),
        f(cy.p99),
        f(cy.perSecond, 0),
        `${ratio.toFixed(2)}×`,
        `${tput.toFixed(2)}×`,
        f(gq.cpuMs, 2),
        f(cy.cpuMs, 2),
      ]);
      cpu[`c${c}_${key(op.name)}`] = round(gq.cpuMs - cy.cpuMs);
      log(`${op.name} c=${c}: GraphQL p50 ${f(gq.p50)} ms, Cypher p50 ${f(cy.p50)} ms`);
    }
  }
  const head = [
    'operation',
    'conc',
    'GQL p50 ms',
    'GQL p99 ms',
    'GQL req/s',
    'Cypher p50 ms',
    'Cypher p99 ms',
    'Cypher req/s',
    'p50 ratio',
    'req/s ratio',
    'GQL cpu ms/req',
    'Cypher cpu ms/req',
  ];
  const widths = head.map((h, i) => Math.max(h.length, ...table.map((r) => r[i]!.length)));
  const line = (r: string[]): string =>
    `| ${r.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  console.log(
    `\nGraphQL vs the best single Cypher statement, ${size.entities} entities / ${size.relationships} relationships, ${N1} requests at c=1 and ${N16} at c=16`,
  );
  console.log(line(head));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of table) console.log(line(r));
  console.log(
    `ratio = GraphQL / Cypher (p50 latency; Cypher req/s over GraphQL req/s). Goal ≤ 1.3× at c=16. Total ${((performance.now() - started) / 1000).toFixed(0)} s.`,
  );
  const max = (c: number): number =>
    Math.max(...Object.entries(ratios).flatMap(([k, v]) => (k.startsWith(`c${c}_`) ? [v] : [])));
  // The same profiles with the response cache on, warmed: a hit costs one version read.
  const cachedApp = createApp({ driver, database: settings.database, graphiql: false });
  const cachedOps = operations(cachedApp, driver, settings.database, input);
  const profile = cachedOps.find((o) => o.name.startsWith('person profile'));
  const cached = profile ? await measureCached(profile.graphql) : null;
  const extraCpu = Object.values(cpu);
  console.log(
    JSON.stringify({
      c1_max_ratio: max(1),
      c16_max_ratio: max(16),
      ...ratios,
      ...own,
      graphql_extra_cpu_ms_mean: round(extraCpu.reduce((a, b) => a + b, 0) / extraCpu.length),
      ...(cached ? { c16_profile_cached_p50_ms: round(cached.p50) } : {}),
    }),
  );
} finally {
  await driver.close();
}

async function measureCached(run: (i: number) => Promise<unknown>) {
  await measure(20, 4, run);
  const cached = await measure(N16, 16, run);
  console.log(
    `person profile, response cache on (hits), c=16: p50 ${f(cached.p50)} ms, ${f(cached.perSecond, 0)} req/s`,
  );
  return cached;
}

function f(x: number, digits = 1): string {
  return x.toFixed(digits);
}
