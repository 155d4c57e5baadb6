/**
 * `npm run bench:cpu`: Node CPU per request of bench:api's operations at concurrency 16, GraphQL beside
 * the best single statement (./best-cypher.ts), without the latency tables — the figure that moves p50
 * when the app and Neo4j share two cores, and the least sensitive to other load. Run it under
 * `node --cpu-prof` (see README) to see where the GraphQL side's milliseconds go.
 *
 * Other work on the machine only adds to a run's CPU per request, so each side's figure is the
 * lowest of BENCH_REPEAT rounds (default 3) of alternating halves.
 *
 * Env: BENCH_N (requests per side, operation and round, default 400), BENCH_ONLY (as bench:api),
 * BENCH_PROFILE=DIR (a V8 CPU profile of each side's measured requests only — not the graph's
 * generation, warm-up or the other side — written as DIR/<operation>.<side>.cpuprofile).
 */
import { writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';
import { createDriver, ensureNeo4j } from '@guanxi/db';
import { createApp } from '../src/yoga';
import { ensureBenchGraph } from './graph';
import { compare, measure, type Figures } from './measure';
import { operations, sampleInputs } from './operations';

const N = Number(process.env.BENCH_N ?? 400);
const ONLY = (process.env.BENCH_ONLY ?? 'search,neighborhood,shortestPath,person').split(',').filter(Boolean);
const REPEAT = Number(process.env.BENCH_REPEAT ?? 3);
const PROFILE_DIR = process.env.BENCH_PROFILE;
const log = (s: string): void => void process.stderr.write(`[cpu] ${s}\n`);

const settings = await ensureNeo4j('bench');
const driver = createDriver(settings);
try {
  const input = sampleInputs(await ensureBenchGraph(driver, settings.database, log));
  const app = createApp({ driver, database: settings.database, graphiql: false, responseCache: false });
  const ops = operations(app, driver, settings.database, input).filter((op) =>
    ONLY.some((w) => op.name.includes(w)),
  );
  const out: Record<string, number> = {};
  for (const op of ops) {
    await measure(40, 4, op.cypher);
    await measure(40, 4, op.graphql);
    const name = op.name.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '');
    const [cy, gq] = PROFILE_DIR
      ? [await profiled(`${name}.cypher`, op.cypher), await profiled(`${name}.graphql`, op.graphql)]
      : await lowest(op.cypher, op.graphql);
    out[`${name}_graphql_cpu_ms`] = Math.round(gq.cpuMs * 100) / 100;
    out[`${name}_cypher_cpu_ms`] = Math.round(cy.cpuMs * 100) / 100;
    console.log(
      `${op.name.padEnd(24)} c=16 CPU ms/request: GraphQL ${gq.cpuMs.toFixed(2)}, Cypher ${cy.cpuMs.toFixed(2)}; p50 ${gq.p50.toFixed(1)} / ${cy.p50.toFixed(1)} ms (${(gq.p50 / cy.p50).toFixed(2)}×)`,
    );
  }
  console.log(JSON.stringify(out));
} finally {
  await driver.close();
}

/** Per side, the round with the least CPU per request. */
async function lowest(a: (i: number) => Promise<unknown>, b: (i: number) => Promise<unknown>) {
  let best: [Figures, Figures] | null = null;
  for (let r = 0; r < REPEAT; r++) {
    const [fa, fb] = await compare(N, 16, a, b);
    best = best
      ? [fa.cpuMs < best[0].cpuMs ? fa : best[0], fb.cpuMs < best[1].cpuMs ? fb : best[1]]
      : [fa, fb];
  }
  return best!;
}

/** One side's requests at c=16 under the V8 profiler (BENCH_PROFILE). */
async function profiled(file: string, run: (i: number) => Promise<unknown>) {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  const figures = await measure(N, 16, run);
  const { profile } = await session.post('Profiler.stop');
  await writeFile(join(PROFILE_DIR!, `${file}.cpuprofile`), JSON.stringify(profile));
  session.disconnect();
  return figures;
}
