import type { Driver } from 'neo4j-driver';
import type { EntityCounts } from '../store/rows';
import { writeArticles, type ArticlesWriteResult } from '../store/write-articles';
import type { WriteOptions } from '../store/write';
import type { Preparer } from './extraction-pool';
import type { ArticleSource, Prepared } from './prepare-article';

/**
 * Ingest at the speed of the database: articles are prepared (read, normalized, extracted) by a
 * `Preparer` — the worker pool — a window ahead of the writer, and written `batchSize` at a time
 * (`writeArticles`: one transaction per batch, article by article if the batch fails). While batch
 * N is written, the pool extracts N+1 and N+2; the window bounds memory whatever the number of
 * sources, which are pulled lazily.
 */
export interface PipelineOptions extends WriteOptions {
  /** Articles per transaction (default 100: write throughput still grew from 50 to 100, README.md). */
  batchSize?: number;
  /** Batches written at once (default 1: overlapping batches mostly wait on each other's locks). */
  writers?: number;
  /** Articles prepared ahead of the writer (default: two batches, plus one per thread). */
  window?: number;
  onFile?: (o: FileOutcome) => void;
  /** After each transaction's batch (benchmarks, progress of large loads). */
  onWritten?: (r: ArticlesWriteResult) => void;
}

export interface FileOutcome {
  file: string;
  ok: boolean;
  /** Why the file was refused (empty, binary, not UTF-8, too large, unreadable) or its write failed. */
  error?: string;
  alreadyPresent?: boolean;
  /** The distinct entities the article names. */
  entities?: EntityCounts;
}

export interface SeedSummary {
  files: number;
  articlesNew: number;
  articlesUnchanged: number;
  failed: number;
  nodesCreated: number;
  relationshipsCreated: number;
  /** Write transactions (a batch that had to be split counts each retry). */
  transactions: number;
}

export function emptySummary(): SeedSummary {
  return {
    files: 0,
    articlesNew: 0,
    articlesUnchanged: 0,
    failed: 0,
    nodesCreated: 0,
    relationshipsCreated: 0,
    transactions: 0,
  };
}

/**
 * Results in source order with at most `window` preparations in flight: the next source is only
 * pulled when the oldest result is taken, which is the back-pressure on the pool.
 */
async function* preparedInOrder(
  sources: AsyncIterable<ArticleSource> | Iterable<ArticleSource>,
  preparer: Preparer,
  window: number,
): AsyncGenerator<Prepared> {
  const pending: Promise<Prepared>[] = [];
  try {
    for await (const s of sources) {
      const p = preparer.prepare(s);
      // Observed here so a failure behind the one being awaited is not an unhandled rejection.
      p.catch(() => {});
      pending.push(p);
      if (pending.length >= window) yield await pending.shift()!;
    }
    while (pending.length > 0) yield await pending.shift()!;
  } finally {
    // On an early stop, let what is in flight settle before the caller closes the pool.
    await Promise.allSettled(pending);
  }
}

export async function runPipeline(
  driver: Driver,
  database: string,
  sources: AsyncIterable<ArticleSource> | Iterable<ArticleSource>,
  preparer: Preparer,
  options: PipelineOptions = {},
): Promise<SeedSummary> {
  const { batchSize = 100, writers = 1, window, onFile, onWritten, ...writeOptions } = options;
  const summary = emptySummary();
  const report = (o: FileOutcome): void => {
    summary.files += 1;
    if (!o.ok) summary.failed += 1;
    else if (o.alreadyPresent) summary.articlesUnchanged += 1;
    else summary.articlesNew += 1;
    onFile?.(o);
  };

  const write = async (batch: Extract<Prepared, { ok: true }>[]): Promise<void> => {
    const r = await writeArticles(driver, database, batch, writeOptions);
    summary.nodesCreated += r.nodesCreated;
    summary.relationshipsCreated += r.relationshipsCreated;
    summary.transactions += r.transactions;
    r.outcomes.forEach((o, i) => {
      const file = batch[i]!.source;
      report(
        o.ok
          ? { file, ok: true, alreadyPresent: o.alreadyPresent, entities: o.entities }
          : { file, ok: false, error: o.error },
      );
    });
    onWritten?.(r);
  };

  const inFlight = new Set<Promise<void>>();
  let failure: unknown = null;
  const launch = async (batch: Extract<Prepared, { ok: true }>[]): Promise<void> => {
    while (inFlight.size >= Math.max(1, writers)) await Promise.race(inFlight);
    if (failure) return;
    const w = write(batch).then(
      () => void inFlight.delete(w),
      (e: unknown) => {
        inFlight.delete(w);
        failure ??= e;
      },
    );
    inFlight.add(w);
  };

  let batch: Extract<Prepared, { ok: true }>[] = [];
  const ahead = window ?? 2 * batchSize + preparer.threads;
  try {
    for await (const p of preparedInOrder(sources, preparer, Math.max(1, ahead))) {
      if (failure) break;
      if (!p.ok) {
        report({ file: p.source, ok: false, error: p.error });
        continue;
      }
      batch.push(p);
      if (batch.length >= batchSize) {
        await launch(batch);
        batch = [];
      }
    }
    if (!failure && batch.length > 0) await launch(batch);
  } finally {
    await Promise.allSettled(inFlight);
  }
  if (failure) throw failure;
  return summary;
}
