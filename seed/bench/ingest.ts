/**
 * `npm run bench:ingest`: article throughput of extraction alone, of end-to-end ingest with the
 * batched writer, and of the same pipeline with a naive one-MERGE-per-round-trip writer (the
 * baseline, same run, same data, its own id prefix). Plus bulk loading (many articles per
 * transaction). Everything it writes is deleted at the end.
 *
 * Options (env): BENCH_ARTICLES (default 1000), BENCH_CONCURRENCY (default 4), BENCH_SEED (42).
 */
import { randomBytes } from 'node:crypto';
import neo4j, { type Driver } from 'neo4j-driver';
import { ensureNeo4j } from '@guanxi/db';
import { extractArticle } from '../src/extract/index';
import { generateCorpus, type CorpusArticle } from '../src/generate/index';
import { normalizeArticle } from '../src/normalize/index';
import { applySchema } from '../src/store/schema';
import { writeBulk } from '../src/store/bulk';
import { writeExtraction } from '../src/store/write';
import { writeNaive } from './naive-writer';

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 1000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 4);
const SEED = Number(process.env.BENCH_SEED ?? 42);

async function pool<T>(items: readonly T[], n: number, fn: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  let stop = false;
  const worker = async (): Promise<void> => {
    try {
      while (!stop && next < items.length) await fn(items[next++]!);
    } catch (e) {
      stop = true;
      throw e;
    }
  };
  // allSettled: on a failure the other workers finish before the caller cleans up behind them.
  const results = await Promise.allSettled(Array.from({ length: Math.min(n, items.length) }, worker));
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
}

async function timed(fn: () => Promise<unknown> | unknown): Promise<number> {
  const t = performance.now();
  await fn();
  return (performance.now() - t) / 1000;
}

/** Deletes in slices so a large cleanup does not build one huge transaction. */
async function cleanup(driver: Driver, database: string, prefix: string): Promise<void> {
  const session = driver.session({ database });
  try {
    for (;;) {
      const deleted = await session.executeWrite(async (tx) => {
        const r = await tx.run(
          `MATCH (n) WHERE n.id STARTS WITH $prefix WITH n LIMIT $limit DETACH DELETE n RETURN count(*) AS c`,
          { prefix, limit: neo4j.int(5000) },
        );
        return Number(r.records[0]?.get('c') ?? 0);
      });
      if (deleted === 0) return;
    }
  } finally {
    await session.close();
  }
}

async function countOf(
  driver: Driver,
  database: string,
  prefix: string,
): Promise<{ nodes: number; rels: number }> {
  const session = driver.session({ database });
  try {
    return await session.executeRead(async (tx) => {
      const n = await tx.run('MATCH (n) WHERE n.id STARTS WITH $prefix RETURN count(n) AS c', { prefix });
      const r = await tx.run('MATCH (n)-[r]->() WHERE n.id STARTS WITH $prefix RETURN count(r) AS c', {
        prefix,
      });
      return { nodes: Number(n.records[0]!.get('c')), rels: Number(r.records[0]!.get('c')) };
    });
  } finally {
    await session.close();
  }
}

const rate = (n: number, s: number): string => `${(n / s).toFixed(1).padStart(8)} articles/s`;

async function main(): Promise<void> {
  const corpus: CorpusArticle[] = generateCorpus({ seed: SEED, articles: ARTICLES });
  const inputs = corpus.map((a) => ({ content: a.content, source: a.source }));
  process.stdout.write(`Synthetic corpus: ${corpus.length} conference reports (seed ${SEED}).\n`);

  // 1. Extraction alone (normalize + extract), in process.
  const tExtract = await timed(() => {
    for (const i of inputs) extractArticle(normalizeArticle(i));
  });

  const settings = await ensureNeo4j('bench');
  const driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password));
  const run = randomBytes(3).toString('hex');
  const prefixes = {
    warm: `bench${run}w_`,
    batched: `bench${run}b_`,
    naive: `bench${run}n_`,
    bulk: `bench${run}k_`,
  };
  const db = settings.database;
  try {
    await applySchema(driver, db);
    // Warm-up: query plans compiled and caches filled for both writers before anything is timed.
    for (const a of inputs.slice(0, 20)) {
      const art = normalizeArticle(a);
      await writeExtraction(driver, db, art, extractArticle(art), { idPrefix: prefixes.warm });
      await writeNaive(
        driver,
        db,
        { article: art, extraction: extractArticle(art) },
        { idPrefix: prefixes.warm },
      );
    }

    // 2. End to end (normalize → extract → write, one transaction per article), batched writer.
    const tBatched = await timed(() =>
      pool(inputs, CONCURRENCY, async (i) => {
        const art = normalizeArticle(i);
        await writeExtraction(driver, db, art, extractArticle(art), { idPrefix: prefixes.batched });
      }),
    );
    // 3. The same with the naive writer.
    const tNaive = await timed(() =>
      pool(inputs, CONCURRENCY, async (i) => {
        const art = normalizeArticle(i);
        await writeNaive(
          driver,
          db,
          { article: art, extraction: extractArticle(art) },
          { idPrefix: prefixes.naive },
        );
      }),
    );
    // 4. Bulk loading: extract everything, then many articles per transaction.
    const tBulk = await timed(async () => {
      const pairs = inputs.map((i) => {
        const article = normalizeArticle(i);
        return { article, extraction: extractArticle(article) };
      });
      await writeBulk(driver, db, pairs, { idPrefix: prefixes.bulk, articlesPerTransaction: 250 });
    });

    const [b, n, k] = await Promise.all([
      countOf(driver, db, prefixes.batched),
      countOf(driver, db, prefixes.naive),
      countOf(driver, db, prefixes.bulk),
    ]);
    const out = [
      '',
      `extraction only (normalize + extract)     ${rate(ARTICLES, tExtract)}  (${tExtract.toFixed(2)} s)`,
      `end to end, batched writer (×${CONCURRENCY})        ${rate(ARTICLES, tBatched)}  (${tBatched.toFixed(2)} s)`,
      `end to end, naive writer   (×${CONCURRENCY})        ${rate(ARTICLES, tNaive)}  (${tNaive.toFixed(2)} s)  baseline`,
      `bulk load, 250 articles per transaction  ${rate(ARTICLES, tBulk)}  (${tBulk.toFixed(2)} s)`,
      '',
      `batched / naive: ${(tNaive / tBatched).toFixed(1)}× faster; bulk / naive: ${(tNaive / tBulk).toFixed(1)}×`,
      `graph written: batched ${b.nodes} nodes / ${b.rels} rels, naive ${n.nodes} / ${n.rels}, bulk ${k.nodes} / ${k.rels}` +
        (b.nodes === n.nodes && b.rels === n.rels && b.nodes === k.nodes && b.rels === k.rels
          ? ' (identical)'
          : ' (DIFFER)'),
      `database: ${settings.uri}; ${CONCURRENCY} articles in flight`,
      '',
    ];
    process.stdout.write(out.join('\n'));
  } finally {
    for (const p of Object.values(prefixes)) await cleanup(driver, db, p);
    await driver.close();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`bench:ingest failed: ${(e as Error).stack ?? String(e)}\n`);
  process.exit(1);
});
