import type { Driver } from 'neo4j-driver';
import type { EntityCounts } from '../store/rows';
import { writeArticles, type ArticlesWriteResult } from '../store/write-articles';
import type { WriteOptions } from '../store/write';
import { PlanningWriter } from '../store/planning-writer';
import type { Preparer } from './extraction-pool';
import type { ArticleSource, Prepared } from './prepare-article';

/**
 * Ingest at the speed of the database: articles are prepared (read, normalized, extracted) by a
 * `Preparer` — the worker pool — a window ahead of the writer, and written `batchSize` at a time
 * (`writeArticles`: one transaction per batch, article by article if the batch fails). While batch
 * N is written, the pool extracts N+1 and N+2 and the writer plans N+1; the window bounds memory
 * whatever the number of sources, which are pulled lazily.
 */
export interface PipelineOptions extends WriteOptions {
  /**
   * Most articles per transaction (default 100: write throughput still grew from 50 to 100,
   * ../store/README.md). An idle writer takes fewer rather than wait.
   */
  batchSize?: number;
  /**
   * Batches written at once. Default 1: batches commit in file order, so lists on relationships
   * (articles, evidence) come out as one article per transaction in that order would write them, and
   * resolution sees every earlier batch; each batch is planned during the previous one's write
   * (../store/planning-writer.ts). 2 overlap one batch's planning and database time with the other's,
   * at the price of commit order (README.md).
   */
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
 * Results in source order with at most `window` preparations in flight: the next source is pulled
 * only when the oldest result is taken, which is the back-pressure on the pool.
 */
class Lookahead {
  private readonly queue: { promise: Promise<Prepared>; settled: boolean }[] = [];
  private readonly sources: AsyncIterator<ArticleSource> | Iterator<ArticleSource>;
  private exhausted = false;

  constructor(
    sources: AsyncIterable<ArticleSource> | Iterable<ArticleSource>,
    private readonly preparer: Preparer,
    private readonly window: number,
  ) {
    this.sources =
      Symbol.asyncIterator in sources ? sources[Symbol.asyncIterator]() : sources[Symbol.iterator]();
  }

  private async fill(): Promise<void> {
    while (!this.exhausted && this.queue.length < this.window) {
      const n = await this.sources.next();
      if (n.done) {
        this.exhausted = true;
        return;
      }
      const entry = { promise: this.preparer.prepare(n.value), settled: false };
      // Also observes a rejection behind the one being awaited, so it is not reported as unhandled.
      entry.promise.then(
        () => (entry.settled = true),
        () => (entry.settled = true),
      );
      this.queue.push(entry);
    }
  }

  /** The next result in source order, null after the last. */
  async next(): Promise<Prepared | null> {
    await this.fill();
    const head = this.queue.shift();
    return head ? head.promise : null;
  }

  /** Whether taking the next result would wait for the pool. */
  async waiting(): Promise<boolean> {
    await this.fill();
    return this.queue.length > 0 && !this.queue[0]!.settled;
  }

  /** On an early stop: lets what is in flight settle before the caller closes the pool. */
  async drain(): Promise<void> {
    await Promise.allSettled(this.queue.map((e) => e.promise));
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

  // One writer plans each batch during the previous one's write (../store/planning-writer.ts), so it holds two
  // batches: one writing, one planning. Several writers plan in their own transactions.
  const planning = writers <= 1 ? new PlanningWriter(driver, database, writeOptions) : null;
  const depth = planning ? 2 : writers;
  const write = async (batch: Extract<Prepared, { ok: true }>[]): Promise<void> => {
    const r = planning
      ? await planning.write(batch)
      : await writeArticles(driver, database, batch, writeOptions);
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
    while (inFlight.size >= depth) await Promise.race(inFlight);
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
  const ahead = new Lookahead(sources, preparer, Math.max(1, window ?? 2 * batchSize + preparer.threads));
  try {
    for (;;) {
      if (failure) break;
      // An idle writer takes what is ready rather than wait for a full batch: batches grow while
      // the database is the bottleneck, and the first write does not wait for 100 extractions.
      if (batch.length > 0 && inFlight.size === 0 && (await ahead.waiting())) {
        await launch(batch);
        batch = [];
      }
      const p = await ahead.next();
      if (!p) break;
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
    await ahead.drain();
    await Promise.allSettled(inFlight);
  }
  if (failure) throw failure;
  return summary;
}
