/**
 * Provenance. Every fact relationship carries two parallel-free lists:
 *  - `articles`: ids of the articles that state it (for "what did this article add");
 *  - `evidence`: one encoded (article id, sentence) pair per statement.
 * Relationship properties can only hold lists of primitives, so a pair is encoded as one string.
 */
export interface Evidence {
  readonly articleId: string;
  readonly sentence: string;
}

const SEPARATOR = '\u241F'; // SYMBOL FOR UNIT SEPARATOR: never in article ids, stripped from sentences

export function encodeEvidence(e: Evidence): string {
  return `${e.articleId}${SEPARATOR}${e.sentence.replaceAll(SEPARATOR, ' ')}`;
}

export function decodeEvidence(encoded: string): Evidence {
  const at = encoded.indexOf(SEPARATOR);
  if (at < 0) return { articleId: '', sentence: encoded };
  return { articleId: encoded.slice(0, at), sentence: encoded.slice(at + 1) };
}
