import type { Driver } from 'neo4j-driver';
import { extractArticle } from '../src/extract/index';
import { runPipeline, type Preparer } from '../src/load/index';
import { normalizeArticle, type ArticleInput } from '../src/normalize/index';
import { writeExtraction } from '../src/store/write';
import { writeNaive } from './naive-writer';

/**
 * The three ways the benchmark ingests one corpus end to end (normalize → extract → write): the
 * naive writer (one MERGE per round trip) and the per-article writer, each with extraction in this
 * thread and `concurrency` articles in flight as `npm run seed` did before the pipeline, and the
 * pipeline (worker pool, batches).
 */
export type WriterName = 'pipeline' | 'per-article' | 'naive';

export interface WriterSetup {
  driver: Driver;
  database: string;
  concurrency: number;
  preparer: Preparer;
  batchSize: number;
  writers: number;
}

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

export async function ingestWith(
  name: WriterName,
  setup: WriterSetup,
  inputs: readonly { content: string; source: string }[],
  idPrefix: string,
  concurrency = setup.concurrency,
): Promise<void> {
  const { driver, database } = setup;
  const prepare = (i: ArticleInput) => {
    const article = normalizeArticle(i);
    return { article, extraction: extractArticle(article) };
  };
  switch (name) {
    case 'pipeline': {
      const s = await runPipeline(driver, database, inputs, setup.preparer, {
        idPrefix,
        batchSize: setup.batchSize,
        writers: setup.writers,
      });
      if (s.failed > 0) throw new Error(`pipeline: ${s.failed} articles failed`);
      return;
    }
    case 'per-article':
      return pool(inputs, concurrency, async (i) => {
        const { article, extraction } = prepare(i);
        await writeExtraction(driver, database, article, extraction, { idPrefix });
      });
    case 'naive':
      return pool(inputs, concurrency, (i) => writeNaive(driver, database, prepare(i), { idPrefix }));
  }
}
