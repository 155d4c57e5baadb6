import { fileURLToPath } from 'node:url';
import { LABELS } from '@guanxi/schema';
import type { Driver } from 'neo4j-driver';
import { countArticleFiles, walkArticleFiles } from './article-files';
import { extractionPool, inProcessPreparer, type Preparer } from './extraction-pool';
import { runPipeline, type PipelineOptions, type SeedSummary } from './pipeline';
import type { Extractor } from '../ingest';
import type { ArticleSource } from './prepare-article';

/** Loading article files into the graph: the seed CLI and `npm start`'s first-run seeding. */
export const SEED_ARTICLES_DIR = fileURLToPath(new URL('../../articles/', import.meta.url));
/**
 * What a first `npm start` loads: the seed article and the real reports kept for the extraction tests
 * (ministries, provinces, associations, enterprises, expos …), so search, paths across articles and
 * multi-article profiles work on the first screen.
 */
export const DEMO_CORPUS_DIRS = [
  SEED_ARTICLES_DIR,
  fileURLToPath(new URL('../../test-articles/', import.meta.url)),
] as const;

export interface LoadOptions extends PipelineOptions {
  /** Replaces the rule-based extractor (tests); it then runs in this thread, not in the pool. */
  extract?: Extractor;
  /** Extraction worker threads (default: the machine's parallelism). */
  threads?: number;
  /** The date of every article loaded (`--published-at`), over the one found in the text. */
  publishedAt?: string | null;
}

export function preparerFor(options: Pick<LoadOptions, 'extract' | 'threads'>): Preparer {
  return options.extract ? inProcessPreparer(options.extract) : extractionPool(options.threads);
}

/** Ingests articles from any source through the pipeline, with a pool made for the run. */
export async function ingestSources(
  driver: Driver,
  database: string,
  sources: AsyncIterable<ArticleSource> | Iterable<ArticleSource>,
  options: LoadOptions = {},
): Promise<SeedSummary> {
  const { extract, threads, publishedAt, ...pipelineOptions } = options;
  const preparer = preparerFor({ extract, threads });
  try {
    const dated = publishedAt ? withDate(sources, publishedAt) : sources;
    return await runPipeline(driver, database, dated, preparer, pipelineOptions);
  } finally {
    await preparer.close();
  }
}

async function* withDate(
  sources: AsyncIterable<ArticleSource> | Iterable<ArticleSource>,
  publishedAt: string,
): AsyncGenerator<ArticleSource> {
  for await (const source of sources) yield { ...source, publishedAt: source.publishedAt ?? publishedAt };
}

async function* asSources(files: AsyncIterable<string> | Iterable<string>): AsyncGenerator<ArticleSource> {
  for await (const file of files) yield { file };
}

/** Ingests files (a list, or a lazy walk of directories). Bad files are reported and skipped. */
export function ingestFiles(
  driver: Driver,
  database: string,
  files: AsyncIterable<string> | Iterable<string>,
  options: LoadOptions = {},
): Promise<SeedSummary> {
  return ingestSources(driver, database, asSources(files), options);
}

/**
 * First run: loads the demo corpus when the graph has no article yet. Null when it had some.
 * `onStart`/`onFile` report progress; `dirs` and `idPrefix` exist for tests (only articles under the
 * prefix count).
 */
export async function seedIfEmpty(
  driver: Driver,
  database: string,
  options: LoadOptions & { dirs?: readonly string[]; onStart?: (files: number) => void } = {},
): Promise<SeedSummary | null> {
  const { dirs = DEMO_CORPUS_DIRS, onStart, ...loadOptions } = options;
  const session = driver.session({ database });
  let any: boolean;
  try {
    any = await session.executeRead(async (tx) => {
      const r = await tx.run(
        `MATCH (a:${LABELS.Article}) WHERE a.id STARTS WITH $prefix RETURN a.id AS id LIMIT 1`,
        { prefix: loadOptions.idPrefix ?? '' },
      );
      return r.records.length > 0;
    });
  } finally {
    await session.close();
  }
  if (any) return null;
  onStart?.(await countArticleFiles(dirs));
  return ingestFiles(driver, database, walkArticleFiles(dirs), loadOptions);
}
