import type { Extraction } from '@guanxi/schema';
import type { Driver } from 'neo4j-driver';
import { normalizeArticle, type ArticleInput, type NormalizedArticle } from './normalize/index';
import { writeExtraction, type IngestResult, type WriteOptions } from './store/index';

/** Article → graph: normalize → extract → write, the write in one transaction. */
export type Extractor = (article: NormalizedArticle) => Extraction;

export interface IngestOptions extends WriteOptions {
  /** Replaces the rule-based extractor (tests, alternative extractors). */
  extract?: Extractor;
}

let defaultExtractor: Extractor | null = null;

/** The rule-based extractor in ./extract, loaded once. */
export async function loadExtractor(): Promise<Extractor> {
  if (!defaultExtractor) {
    // TEMPORARY: a computed specifier until seed/src/extract/index.ts lands, so typecheck passes.
    const specifier = './extract/index';
    const mod = (await import(specifier)) as { extractArticle: Extractor };
    defaultExtractor = mod.extractArticle;
  }
  return defaultExtractor;
}

export async function ingestArticle(
  driver: Driver,
  database: string,
  input: ArticleInput,
  options: IngestOptions = {},
): Promise<IngestResult & { extraction: Extraction }> {
  const article = normalizeArticle(input);
  const extract = options.extract ?? (await loadExtractor());
  const extraction = extract(article);
  const result = await writeExtraction(driver, database, article, extraction, options);
  return { ...result, extraction };
}
