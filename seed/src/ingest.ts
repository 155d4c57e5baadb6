import type { Extraction } from '@guanxi/schema';
import type { Driver } from 'neo4j-driver';
import { extractArticle } from './extract/index';
import { normalizeArticle, type ArticleInput, type NormalizedArticle } from './normalize/index';
import { writeExtraction, type IngestResult, type WriteOptions } from './store/write';

/** Article → graph: normalize → extract → write, the write in one transaction. */
export type Extractor = (article: NormalizedArticle) => Extraction;

export interface IngestOptions extends WriteOptions {
  /** Replaces the rule-based extractor (tests, alternative extractors). */
  extract?: Extractor;
  /** The date of every article ingested (`--published-at`), over the one found in the text. */
  publishedAt?: string | null;
}

/** The pure stages (normalize → extract); throws ArticleError for input that is not an article. */
export function prepareArticle(
  input: ArticleInput,
  options: IngestOptions = {},
): { article: NormalizedArticle; extraction: Extraction } {
  const article = normalizeArticle(
    options.publishedAt ? { ...input, publishedAt: input.publishedAt ?? options.publishedAt } : input,
  );
  return { article, extraction: (options.extract ?? extractArticle)(article) };
}

export async function ingestArticle(
  driver: Driver,
  database: string,
  input: ArticleInput,
  options: IngestOptions = {},
): Promise<IngestResult & { extraction: Extraction }> {
  const { article, extraction } = prepareArticle(input, options);
  const result = await writeExtraction(driver, database, article, extraction, options);
  return { ...result, extraction };
}
