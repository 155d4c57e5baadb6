import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LABELS } from '@guanxi/schema';
import type { Driver } from 'neo4j-driver';
import { ingestArticle, type IngestOptions } from '../ingest';
import { ArticleError, MAX_ARTICLE_BYTES } from '../normalize/index';

/** Loading article files into the graph: the seed CLI and `npm start`'s first-run seeding. */
export const ARTICLE_EXTENSIONS = ['.txt', '.html', '.htm'] as const;
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

export interface FileOutcome {
  file: string;
  ok: boolean;
  /** Why the file was refused (empty, binary, not UTF-8, too large, unreadable). */
  error?: string;
  alreadyPresent?: boolean;
  nodesCreated?: number;
  relationshipsCreated?: number;
}

export interface SeedSummary {
  files: number;
  articlesNew: number;
  articlesUnchanged: number;
  failed: number;
  nodesCreated: number;
  relationshipsCreated: number;
}

/** Article files under the given paths: files as given, directories recursively, sorted. */
export async function collectArticleFiles(
  paths: readonly string[],
): Promise<{ files: string[]; missing: string[] }> {
  const files: string[] = [];
  const missing: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if ((ARTICLE_EXTENSIONS as readonly string[]).includes(extname(entry.name).toLowerCase()))
        files.push(path);
    }
  };
  for (const p of paths) {
    try {
      const s = await stat(p);
      if (s.isDirectory()) await walk(p);
      else files.push(p);
    } catch {
      missing.push(p);
    }
  }
  return { files: [...new Set(files)].sort(), missing };
}

export async function ingestFile(
  driver: Driver,
  database: string,
  file: string,
  options: IngestOptions = {},
): Promise<FileOutcome> {
  try {
    // Checked before reading: a stray multi-gigabyte file must not be loaded into memory.
    const s = await stat(file);
    if (s.size > MAX_ARTICLE_BYTES)
      return { file, ok: false, error: `larger than ${MAX_ARTICLE_BYTES} bytes` };
    const content = new Uint8Array(await readFile(file));
    const r = await ingestArticle(driver, database, { content, source: file }, options);
    return {
      file,
      ok: true,
      alreadyPresent: r.alreadyPresent,
      nodesCreated: r.nodesCreated,
      relationshipsCreated: r.relationshipsCreated,
    };
  } catch (e) {
    if (e instanceof ArticleError) return { file, ok: false, error: e.message };
    const err = e as NodeJS.ErrnoException;
    if (typeof err.syscall === 'string')
      return { file, ok: false, error: `cannot read (${err.code ?? err.message})` };
    // Database and extractor failures are not the file's fault: they stop the run.
    throw e;
  }
}

export function summarize(outcomes: readonly FileOutcome[]): SeedSummary {
  const ok = outcomes.filter((o) => o.ok);
  return {
    files: outcomes.length,
    articlesNew: ok.filter((o) => !o.alreadyPresent).length,
    articlesUnchanged: ok.filter((o) => o.alreadyPresent).length,
    failed: outcomes.length - ok.length,
    nodesCreated: ok.reduce((s, o) => s + (o.nodesCreated ?? 0), 0),
    relationshipsCreated: ok.reduce((s, o) => s + (o.relationshipsCreated ?? 0), 0),
  };
}

/** Ingests files a few at a time (extraction is CPU, the write waits on the database). */
export async function ingestFiles(
  driver: Driver,
  database: string,
  files: readonly string[],
  options: IngestOptions & { onFile?: (o: FileOutcome) => void; concurrency?: number } = {},
): Promise<FileOutcome[]> {
  const { onFile, concurrency = 4, ...ingestOptions } = options;
  const outcomes: FileOutcome[] = new Array<FileOutcome>(files.length);
  let next = 0;
  let stop = false;
  const worker = async (): Promise<void> => {
    try {
      while (!stop && next < files.length) {
        const i = next++;
        const o = await ingestFile(driver, database, files[i]!, ingestOptions);
        outcomes[i] = o;
        onFile?.(o);
      }
    } catch (e) {
      // A database failure stops every worker, and the run reports it once they have settled.
      stop = true;
      throw e;
    }
  };
  const results = await Promise.allSettled(
    Array.from({ length: Math.min(concurrency, files.length) }, worker),
  );
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
  return outcomes;
}

/**
 * First run: loads the demo corpus when the graph has no article yet. Null when it had some.
 * `onStart`/`onFile` report progress; `dirs` and `idPrefix` exist for tests (only articles under the
 * prefix count).
 */
export async function seedIfEmpty(
  driver: Driver,
  database: string,
  options: IngestOptions & {
    dirs?: readonly string[];
    onStart?: (files: number) => void;
    onFile?: (o: FileOutcome) => void;
  } = {},
): Promise<SeedSummary | null> {
  const { dirs = DEMO_CORPUS_DIRS, onStart, ...ingestOptions } = options;
  const session = driver.session({ database });
  let any: boolean;
  try {
    any = await session.executeRead(async (tx) => {
      const r = await tx.run(
        `MATCH (a:${LABELS.Article}) WHERE a.id STARTS WITH $prefix RETURN a.id AS id LIMIT 1`,
        { prefix: ingestOptions.idPrefix ?? '' },
      );
      return r.records.length > 0;
    });
  } finally {
    await session.close();
  }
  if (any) return null;
  const { files } = await collectArticleFiles(dirs);
  onStart?.(files.length);
  return summarize(await ingestFiles(driver, database, files, ingestOptions));
}
