import type { Evidence } from '../api/graph-api';

/**
 * The evidence worth showing: duplicates dropped, and the writer's fallback (the article title, used
 * when the extractor had no sentence) only when nothing better cites that article.
 */
export function usefulEvidence(evidence: readonly Evidence[]): Evidence[] {
  const seen = new Set<string>();
  const unique = evidence.filter((e) => {
    const key = `${e.article.id}\u0000${e.sentence}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const hasSentence = new Set(unique.filter((e) => e.sentence !== e.article.title).map((e) => e.article.id));
  return unique.filter((e) => e.sentence !== e.article.title || !hasSentence.has(e.article.id));
}
