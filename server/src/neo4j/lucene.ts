/**
 * Builds the Lucene query for the `entity_search` index from user text. Input never reaches the
 * Lucene parser as syntax: it is cut into tokens of letters and digits, and each token is emitted
 * as a quoted phrase or a prefix term, escaped. So `*`, `~`, `AND OR`, quotes and backslashes are
 * just characters that are dropped, and a query can never be a parse error.
 *
 * The index uses the `cjk` analyzer: Chinese is indexed as overlapping bigrams (李毅中 → 李毅, 毅中),
 * latin text as lower-cased words. Hence:
 *  - a Chinese run of two or more characters is a phrase (毅中, 工经联 match inside longer names);
 *  - a single Chinese character is a prefix over bigrams (李 → 李毅*);
 *  - latin tokens are pinyin: the writer stores joined (liyizhong), spaced (li yi zhong) and
 *    initials (lyz), so we try the tokens joined (li yizhong → liyizhong), each token, and prefixes
 *    of both (liyi → liyizhong), boosting the longer, more specific forms.
 */
export const MAX_QUERY_CHARS = 200;

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export function escapeLucene(term: string): string {
  return term.replace(LUCENE_SPECIAL, (c) => `\\${c}`);
}

/** Letters and digits only, NFKC (full-width → half-width, like the analyzer), lower case. */
export function tokenize(input: string): { han: string[]; latin: string[] } {
  const text = input.normalize('NFKC').toLowerCase();
  const han: string[] = [];
  const latin: string[] = [];
  for (const m of text.matchAll(/(\p{Script=Han}+)|([\p{L}\p{N}]+)/gu)) {
    if (m[1]) han.push(m[1]);
    else if (m[2]) latin.push(m[2]);
  }
  return { han, latin };
}

/** The Lucene query, or null when the input has nothing to search for (only punctuation). */
export function luceneQuery(input: string): string | null {
  const { han, latin } = tokenize(input);
  const clauses: string[] = [];
  for (const run of han) {
    clauses.push(run.length === 1 ? `${escapeLucene(run)}*` : `"${escapeLucene(run)}"^2`);
  }
  if (latin.length > 0) {
    const joined = escapeLucene(latin.join(''));
    clauses.push(`${joined}^3`, `${joined}*^2`);
    if (latin.length > 1) clauses.push(`"${latin.map(escapeLucene).join(' ')}"^2`);
    for (const t of latin.length > 1 ? latin : []) {
      clauses.push(escapeLucene(t), `${escapeLucene(t)}*`);
    }
  }
  return clauses.length > 0 ? [...new Set(clauses)].join(' OR ') : null;
}
