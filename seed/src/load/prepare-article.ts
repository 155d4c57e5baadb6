import { readFile, stat } from 'node:fs/promises';
import type { Extraction } from '@guanxi/schema';
import { prepareArticle, type Extractor } from '../ingest';
import { ArticleError, MAX_ARTICLE_BYTES, type NormalizedArticle } from '../normalize/index';

/**
 * The CPU stage of ingest (read → normalize → extract) for one article, run in the extraction pool's
 * worker threads or in process. Everything crossing a thread boundary here is plain data.
 */
export type ArticleSource = ({ file: string } | { content: string | Uint8Array; source: string }) & {
  /** The article's date when the caller knows it (`--published-at`), over the one found in the text. */
  publishedAt?: string | null;
};

export type Prepared =
  | { ok: true; source: string; article: NormalizedArticle; extraction: Extraction }
  /** The input is not an article (empty, binary, not UTF-8, too large, unreadable): the file's fault. */
  | { ok: false; source: string; error: string };

export function sourceName(s: ArticleSource): string {
  return 'file' in s ? s.file : s.source;
}

async function contentOf(s: ArticleSource): Promise<{ content: string | Uint8Array; source: string }> {
  if (!('file' in s)) return { content: s.content, source: s.source };
  // Checked before reading: a stray multi-gigabyte file must not be loaded into memory.
  const { size } = await stat(s.file);
  if (size > MAX_ARTICLE_BYTES) throw new ArticleError(`larger than ${MAX_ARTICLE_BYTES} bytes`, 'TOO_LARGE');
  return { content: new Uint8Array(await readFile(s.file)), source: s.file };
}

/** Extractor failures are bugs, not the file's fault: they reject, and the run stops. */
export async function prepareArticleSource(s: ArticleSource, extract?: Extractor): Promise<Prepared> {
  const source = sourceName(s);
  try {
    const options = { ...(extract ? { extract } : {}), publishedAt: s.publishedAt ?? null };
    return { ok: true, source, ...prepareArticle(await contentOf(s), options) };
  } catch (e) {
    if (e instanceof ArticleError) return { ok: false, source, error: e.message };
    const err = e as NodeJS.ErrnoException;
    if (typeof err.syscall === 'string')
      return { ok: false, source, error: `cannot read (${err.code ?? err.message})` };
    throw e;
  }
}
