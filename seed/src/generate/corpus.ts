import { normalizeArticle, type NormalizedArticle } from '../normalize/index';
import type { Extraction } from '@guanxi/schema';
import { createRng } from './rng';
import { createWorld, scenario } from './scenario';

export interface CorpusOptions {
  seed: number;
  articles: number;
  /** People in the pool; fewer than articles × ~10 mentions makes people recur across articles. */
  persons?: number;
  organizations?: number;
}

export interface CorpusArticle {
  source: string;
  /** UTF-8 text, title on the first line: what a file in seed/articles holds. */
  content: string;
  /** What a perfect extractor finds in it. */
  expected: Extraction;
}

function world(o: CorpusOptions): ReturnType<typeof createWorld> {
  const rng = createRng(o.seed ^ 0x9e3779b9);
  return createWorld(
    rng,
    o.persons ?? Math.max(50, o.articles * 3),
    o.organizations ?? Math.max(30, o.articles),
  );
}

/** A seeded synthetic corpus of conference reports (the same seed gives the same corpus). */
export function generateCorpus(o: CorpusOptions): CorpusArticle[] {
  return [...corpusArticles(o)];
}

/** The same corpus, lazily: a 100,000-article load need not hold every article at once. */
export function* corpusArticles(o: CorpusOptions): Generator<CorpusArticle> {
  const w = world(o);
  const rng = createRng(o.seed);
  for (let i = 0; i < o.articles; i++) {
    const s = scenario(rng, w, i);
    yield { source: s.source, content: s.text, expected: s.extraction };
  }
}

export interface GeneratedPair {
  article: NormalizedArticle;
  extraction: Extraction;
}

/**
 * Graph-scale fast path: Extraction + NormalizedArticle pairs without running the extractor, for
 * bulk loading (the API benchmark builds a graph of 100,000+ entities with it). Lazy, so a large
 * count does not hold every article in memory. ~14 entities and ~60 relationships per article;
 * the default pools give roughly count × 6 people and count × 2 organizations over the run.
 */
export function* generateExtractions(o: {
  seed: number;
  count: number;
  persons?: number;
  organizations?: number;
}): Generator<GeneratedPair> {
  const w = world({
    seed: o.seed,
    articles: o.count,
    persons: o.persons ?? o.count * 8,
    organizations: o.organizations ?? o.count * 2,
  });
  const rng = createRng(o.seed);
  for (let i = 0; i < o.count; i++) {
    const s = scenario(rng, w, i);
    yield { article: normalizeArticle({ content: s.text, source: s.source }), extraction: s.extraction };
  }
}
