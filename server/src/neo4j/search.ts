import neo4j from 'neo4j-driver';
import { ENTITY_SEARCH_INDEX, LABELS, type EntityKind } from '@guanxi/schema';
import type { Db } from './db';
import { toNumber } from './db';
import { luceneQuery } from './lucene';
import { anyRecCypher, anyRecOf, isEntity, type EntityRec } from './records';

/** Hits considered per query; `totalCount` is capped here (a ranked list past 10k is noise). */
export const MAX_HITS = 10_000;

const { Person, Event, Place } = LABELS;

/**
 * One statement: full-text hits, kind filter (its CASE only evaluated when kinds are given), ranking,
 * and the requested page with the total.
 * Ranking: an exact name, then an exact alias, first; then names that contain the query verbatim,
 * the more of the name the query covers the higher (工经联 → 中国工经联 before a long office name);
 * then Lucene's score.
 */
export const SEARCH_CYPHER = `CALL db.index.fulltext.queryNodes($index, $lucene, {limit: $max}) YIELD node, score
WHERE $kinds IS NULL
  OR CASE WHEN node:${Person} THEN 'person' WHEN node:${Event} THEN 'event' WHEN node:${Place} THEN 'place' ELSE node.kind END IN $kinds
WITH node, score, [s IN [node.name] + coalesce(node.aliases, []) WHERE s CONTAINS $exact | size(s)] AS lens
WITH node, score + CASE
  WHEN node.name = $exact THEN 1000.0
  WHEN $exact IN node.aliases THEN 500.0
  WHEN size(lens) > 0 THEN 5.0 * size($exact) / reduce(m = 1000000, l IN lens | CASE WHEN l < m THEN l ELSE m END)
  ELSE 0.0 END AS rank
ORDER BY rank DESC, node.id
WITH collect(node) AS hits
RETURN size(hits) AS total, [n IN hits[$skip..$end] | ${anyRecCypher('n')}] AS page`;

export interface SearchPage {
  total: number;
  hits: EntityRec[];
}

export function searchParams(
  query: string,
  kinds: readonly EntityKind[] | null,
  skip: number,
  first: number,
) {
  return {
    index: ENTITY_SEARCH_INDEX,
    lucene: luceneQuery(query),
    max: neo4j.int(MAX_HITS),
    kinds: kinds && kinds.length > 0 ? [...kinds] : null,
    exact: query.normalize('NFKC').trim(),
    skip: neo4j.int(skip),
    end: neo4j.int(skip + first),
  };
}

export async function searchEntities(
  db: Db,
  query: string,
  kinds: readonly EntityKind[] | null,
  skip: number,
  first: number,
): Promise<SearchPage> {
  const params = searchParams(query, kinds, skip, first);
  if (params.lucene === null) return { total: 0, hits: [] };
  const [row] = await db.read(SEARCH_CYPHER, params, (r) => ({
    total: toNumber(r.get('total')),
    page: (r.get('page') as unknown[]).map(anyRecOf),
  }));
  const hits = (row?.page ?? []).filter((x): x is EntityRec => x !== null && isEntity(x));
  return { total: row?.total ?? 0, hits };
}
