/**
 * `npm run bench:ingest`: one run prints
 *  - extraction alone: in this thread, the worker pool with 1 thread and with all threads;
 *  - end to end (normalize → extract → write) on one synthetic corpus with the naive writer (one
 *    MERGE per round trip, the baseline), the per-article writer (one transaction per article) and
 *    the pipeline (worker pool, several articles per transaction), each cold (query plans not yet
 *    compiled, first run after the bench Neo4j restarts) and warm, with its ratio to naive;
 *  - a large synthetic load through the pipeline from a directory of files: articles/s, peak RSS, and
 *    its graph checked against a per-article load.
 *  - the steady state: a larger corpus (BENCH_STEADY, 2,000) written warm by the pipeline and the naive
 *    writer — 200 articles are only two batches, mostly warm-up — whose ratio is the headline;
 * The last line is a JSON object of the headline figures. Everything written is deleted at the end.
 *
 * Cold runs restart the bench Neo4j before each writer (JVM, page cache and query plans all cold).
 * Options (env): BENCH_ARTICLES (200), BENCH_STEADY (2000), BENCH_LARGE (10000; 100000 is the full load, about 20 min
 * here), BENCH_CHECK (1000), BENCH_THREADS (CPU count), BENCH_BATCH (100), BENCH_WRITERS (1), BENCH_CONCURRENCY (4,
 * articles in flight for the two older writers), BENCH_SEED (42), BENCH_RESTART (1; 0 keeps the
 * running bench Neo4j and only clears its query caches before each cold run).
 */
import { randomBytes } from 'node:crypto';
import { availableParallelism, loadavg } from 'node:os';
import neo4j, { type Driver } from 'neo4j-driver';
import { ensureNeo4j, PROFILES, settingsFromEnv, stop } from '@guanxi/db';
import { extractArticle } from '../src/extract/index';
import { generateCorpus } from '../src/generate/index';
import { extractionPool, type Preparer } from '../src/load/index';
import { normalizeArticle } from '../src/normalize/index';
import { applySchema } from '../src/store/schema';
import { cleanup, clearQueryCaches, countOf } from './bench-graph';
import { largeLoad } from './large-load';
import { ingestWith, type WriterName } from './writers';

const env = (name: string, fallback: number): number => Number(process.env[name] ?? fallback);
const ARTICLES = env('BENCH_ARTICLES', 200);
const STEADY = env('BENCH_STEADY', 2000);
const LARGE = env('BENCH_LARGE', 10_000);
const CHECK = Math.min(env('BENCH_CHECK', 1000), LARGE);
const THREADS = env('BENCH_THREADS', availableParallelism());
const BATCH = env('BENCH_BATCH', 100);
const WRITERS = env('BENCH_WRITERS', 1);
const CONCURRENCY = env('BENCH_CONCURRENCY', 4);
const SEED = env('BENCH_SEED', 42);
const RESTART = env('BENCH_RESTART', 1) === 1;

const log = (line: string): void => void process.stdout.write(`${line}\n`);
const load = (): string => loadavg()[0]!.toFixed(1);
const perS = (n: number, s: number): number => n / s;
const fmt = (x: number): string => x.toFixed(1).padStart(7);

async function timed(fn: () => Promise<unknown> | unknown): Promise<number> {
  const t = performance.now();
  await fn();
  return (performance.now() - t) / 1000;
}

async function prepareAll(
  p: Preparer,
  inputs: readonly { content: string; source: string }[],
): Promise<void> {
  await Promise.all(inputs.map((i) => p.prepare(i)));
}

/** A pool with its threads started, then warmed (JIT) on a few articles each, as this thread is. */
async function startedPool(
  threads: number,
  warmUp: readonly { content: string; source: string }[],
): Promise<{ pool: Preparer; startS: number }> {
  const pool = extractionPool(threads);
  const startS = await timed(() =>
    Promise.all(
      Array.from({ length: threads }, () => pool.prepare({ content: '启动\n正文', source: 'warm-up' })),
    ),
  );
  await prepareAll(pool, Array.from({ length: threads }, () => warmUp).flat());
  return { pool, startS };
}

async function main(): Promise<void> {
  const corpus = generateCorpus({ seed: SEED, articles: ARTICLES });
  const inputs = corpus.map((a) => ({ content: a.content, source: a.source }));
  log(
    `bench:ingest — ${ARTICLES} synthetic reports (seed ${SEED}); ${availableParallelism()} CPUs; load average ${load()}`,
  );

  // 1. Extraction alone.
  for (const i of inputs.slice(0, 30)) extractArticle(normalizeArticle(i));
  const tInline = await timed(() => inputs.forEach((i) => extractArticle(normalizeArticle(i))));
  const one = await startedPool(1, inputs.slice(0, 30));
  const tOne = await timed(() => prepareAll(one.pool, inputs));
  await one.pool.close();
  const all = await startedPool(THREADS, inputs.slice(0, 30));
  const tAll = await timed(() => prepareAll(all.pool, inputs));
  const extraction = {
    inline: perS(ARTICLES, tInline),
    one: perS(ARTICLES, tOne),
    all: perS(ARTICLES, tAll),
  };
  log(
    `extraction alone: this thread ${fmt(extraction.inline)}/s, pool ×1 ${fmt(extraction.one)}/s, pool ×${THREADS} ${fmt(extraction.all)}/s (pool start ${all.startS.toFixed(1)} s)`,
  );

  // 2. Writers, cold then warm. Cold: each writer's first run after the bench Neo4j (re)starts.
  const restart = RESTART && !settingsFromEnv();
  const t0 = performance.now();
  const settings = await ensureNeo4j('bench');
  const tStart = (performance.now() - t0) / 1000;
  const connect = (): Driver =>
    neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password));
  const db = settings.database;
  const setup = {
    driver: connect(),
    database: db,
    concurrency: CONCURRENCY,
    preparer: all.pool,
    batchSize: BATCH,
    writers: WRITERS,
  };
  const makeCold = async (): Promise<void> => {
    if (!restart) return clearQueryCaches(setup.driver, db);
    await setup.driver.close();
    await stop(PROFILES.bench());
    const t = await timed(() => ensureNeo4j('bench'));
    setup.driver = connect();
    await setup.driver.verifyConnectivity({ database: db });
    log(`  (bench Neo4j restarted in ${t.toFixed(1)} s)`);
  };
  const run = randomBytes(3).toString('hex');
  const prefixes: string[] = [];
  const prefix = (tag: string): string => {
    const p = `bench${run}${tag}_`;
    prefixes.push(p);
    return p;
  };
  try {
    log(`bench Neo4j ready in ${tStart.toFixed(1)} s (${settings.uri})`);
    await applySchema(setup.driver, db);
    const order: WriterName[] = ['pipeline', 'per-article', 'naive'];
    const rates: Record<'cold' | 'warm', Record<WriterName, number>> = {
      cold: {} as never,
      warm: {} as never,
    };
    const graphs: Record<string, { nodes: number; rels: number }> = {};
    for (const phase of ['cold', 'warm'] as const) {
      for (const w of order) {
        if (phase === 'cold') await makeCold();
        const p = prefix(`${phase[0]}${w[0]}`);
        const before = load();
        const s = await timed(() => ingestWith(w, setup, inputs, p));
        rates[phase][w] = perS(ARTICLES, s);
        graphs[`${phase} ${w}`] = await countOf(setup.driver, db, p);
        log(
          `  ${phase} ${w.padEnd(11)} ${fmt(rates[phase][w])} articles/s  (${s.toFixed(1)} s, load average ${before} → ${load()})`,
        );
      }
    }
    log('');
    log(`end to end, ${ARTICLES} articles           cold articles/s  ×naive   warm articles/s  ×naive`);
    for (const w of order) {
      const line = (['cold', 'warm'] as const)
        .map((ph) => `${fmt(rates[ph][w])}       ${(rates[ph][w] / rates[ph].naive).toFixed(1).padStart(5)}×`)
        .join('      ');
      const what = {
        pipeline: `pipeline (pool ×${THREADS}, ≤${BATCH}/tx, ${WRITERS}w)`,
        'per-article': `per-article writer (×${CONCURRENCY})`,
        naive: `naive writer (×${CONCURRENCY}) baseline`,
      }[w];
      log(`${what.padEnd(34)} ${line}`);
    }

    // 3. Steady state: a corpus of many batches, so the pipeline's figure is not its warm-up's.
    const steadyInputs = generateCorpus({ seed: SEED + 2, articles: STEADY }).map((a) => ({
      content: a.content,
      source: a.source,
    }));
    const steady = {} as Record<'pipeline' | 'naive', number>;
    const steadyGraphs: Record<string, string> = {};
    log('');
    for (const w of ['pipeline', 'naive'] as const) {
      const p = prefix(`s${w[0]}`);
      const before = load();
      const s = await timed(() => ingestWith(w, setup, steadyInputs, p));
      steady[w] = perS(STEADY, s);
      const g = await countOf(setup.driver, db, p);
      steadyGraphs[w] = `${g.nodes}/${g.rels}`;
      log(
        `  steady ${w.padEnd(11)} ${fmt(steady[w])} articles/s  (${STEADY} articles, ${s.toFixed(1)} s, load average ${before} → ${load()})`,
      );
    }
    const steadyRatio = steady.pipeline / steady.naive;
    log(
      `steady state, ${STEADY} articles, warm: pipeline ${steady.pipeline.toFixed(1)}/s, naive ${steady.naive.toFixed(1)}/s — ${steadyRatio.toFixed(1)}× naive; graphs ${steadyGraphs.pipeline} and ${steadyGraphs.naive} (nodes/relationships)`,
    );

    const distinct = new Set(Object.values(graphs).map((g) => `${g.nodes}/${g.rels}`));
    // The two older writers run `CONCURRENCY` articles at once, so an article may not see a node another
    // one is still writing; the large load's check below compares with one transaction per article in order.
    log(
      `graphs written (nodes/relationships): ${[...distinct].join(', ')}${
        distinct.size === 1
          ? ' — identical for all writers and runs'
          : ` — DIFFER (${Object.entries(graphs)
              .map(([k, g]) => `${k} ${g.nodes}/${g.rels}`)
              .join(', ')})`
      }`,
    );

    // 4. The large load.
    log('');
    const large = await largeLoad(
      setup,
      {
        seed: SEED + 1,
        articles: LARGE,
        check: CHECK,
        prefixes: { large: prefix('L'), check: prefix('C'), checkRef: prefix('R') },
      },
      log,
    );
    const largeRate = perS(large.articles, large.seconds);
    const same =
      large.check.pipeline.nodes === large.check.perArticle.nodes &&
      large.check.pipeline.rels === large.check.perArticle.rels;
    log(
      `large load: ${large.articles} files through the pipeline: ${largeRate.toFixed(1)} articles/s (${large.seconds.toFixed(0)} s), peak RSS ${large.peakRssMb} MB (${large.rssBeforeMb} MB before), ${large.nodes} nodes, ${large.rels} relationships; load average ${load()}`,
    );
    log(
      `check on the first ${large.check.articles} articles of that corpus (a per-article load of all ${large.articles} is too slow): pipeline ${large.check.pipeline.nodes}/${large.check.pipeline.rels}, ` +
        `per-article ${large.check.perArticle.nodes}/${large.check.perArticle.rels} nodes/relationships — ${same ? 'equal' : 'DIFFER'}`,
    );
    log(
      `headline: pipeline_vs_naive and pipeline_articles_per_s below are the steady-state run's (${STEADY} articles, warm)`,
    );
    log(
      JSON.stringify({
        // The headline is the steady state; the 200-article figures follow under their own keys.
        pipeline_vs_naive: +steadyRatio.toFixed(2),
        pipeline_articles_per_s: +steady.pipeline.toFixed(1),
        naive_articles_per_s: +steady.naive.toFixed(1),
        steady_articles: STEADY,
        steady_graphs_equal: steadyGraphs.pipeline === steadyGraphs.naive,
        pipeline_vs_naive_warm_short: +(rates.warm.pipeline / rates.warm.naive).toFixed(2),
        pipeline_articles_per_s_warm_short: +rates.warm.pipeline.toFixed(1),
        pipeline_vs_naive_cold: +(rates.cold.pipeline / rates.cold.naive).toFixed(2),
        pipeline_vs_per_article: +(rates.warm.pipeline / rates.warm['per-article']).toFixed(2),
        extraction_articles_per_s_1: +extraction.one.toFixed(1),
        extraction_articles_per_s_all: +extraction.all.toFixed(1),
        large_articles: large.articles,
        large_articles_per_s: +largeRate.toFixed(1),
        large_peak_rss_mb: large.peakRssMb,
        large_nodes: large.nodes,
        large_relationships: large.rels,
        large_check_equal: same,
        writers_graphs_equal: distinct.size === 1,
        threads: THREADS,
        load_average: +loadavg()[0]!.toFixed(1),
      }),
    );
  } finally {
    await all.pool.close();
    for (const p of prefixes) await cleanup(setup.driver, db, p);
    await setup.driver.close();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`bench:ingest failed: ${(e as Error).stack ?? String(e)}\n`);
  process.exit(1);
});
