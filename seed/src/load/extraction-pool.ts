import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { Extractor } from '../ingest';
import { prepareArticleSource, type ArticleSource, type Prepared } from './prepare-article';

/**
 * Where articles are prepared: a piscina pool of worker threads running the rule-based extractor,
 * or this thread when a custom extractor (a function, which cannot cross into a worker) is given.
 */
export interface Preparer {
  prepare(source: ArticleSource): Promise<Prepared>;
  readonly threads: number;
  close(): Promise<void>;
}

const WORKER = new URL('./extract-worker.mjs', import.meta.url);

export function extractionPool(threads = availableParallelism()): Preparer {
  const n = Math.max(1, threads);
  const pool = new Piscina<ArticleSource, Prepared>({
    filename: WORKER.href,
    minThreads: n,
    maxThreads: n,
    // No queue limit: the pipeline's window is the back-pressure (piscina's 'auto' is threads²).
  });
  return {
    threads: n,
    prepare: (source) => pool.run(source),
    close: () => pool.destroy(),
  };
}

export function inProcessPreparer(extract?: Extractor): Preparer {
  return {
    threads: 1,
    prepare: (source) => prepareArticleSource(source, extract),
    close: async () => {},
  };
}
