import { LABELS } from '@guanxi/schema';
import neo4j, { type Node as Neo4jNode } from 'neo4j-driver';
import { toNumber, type Db } from './db';
import type { Link } from './loaders';
import { toRec, type PersonRec } from './records';

export interface InterlockRow {
  person: PersonRec;
  /** Posts at organization a, as links person → position (what toTenure takes). */
  postsA: Link[];
  /** Posts at b, or at every other organization when no b is given. */
  postsB: Link[];
  /** Organizations other than a the person links a to. */
  organizations: number;
}

const { Person, Organization, Position } = LABELS;

/**
 * People holding a post at a and one at b (or at any organization but a), as LittleSis shows board
 * interlocks: the more organizations a person ties a to, the earlier. Retracted posts do not count.
 */
export const interlocksCypher = `MATCH (a:${Organization} {id: $a})<-[:AT]-(va:${Position})<-[ra:HOLDS]-(p:${Person})
WHERE ra.retracted IS NULL
WITH a, p, collect({rel: properties(ra), pos: va}) AS postsA
CALL (a, p) {
  MATCH (p)-[rb:HOLDS]->(vb:${Position})-[:AT]->(b:${Organization})
  WHERE rb.retracted IS NULL AND b <> a AND ($b IS NULL OR b.id = $b)
  WITH rb, vb, b ORDER BY b.name, vb.title
  RETURN collect({rel: properties(rb), pos: vb}) AS postsB, count(DISTINCT b) AS organizations
}
WITH p, postsA, postsB, organizations WHERE organizations > 0
ORDER BY organizations DESC, p.name, p.id
LIMIT $first
RETURN p, postsA, postsB, organizations`;

interface RawPost {
  rel: Record<string, unknown>;
  pos: Neo4jNode;
}

const links = (raw: unknown): Link[] =>
  (raw as RawPost[]).flatMap(({ rel, pos }) => {
    const other = toRec(pos);
    return other ? [{ rel, other, via: null }] : [];
  });

export async function interlocks(
  db: Db,
  a: string,
  b: string | null,
  first: number,
): Promise<InterlockRow[]> {
  const rows = await db.read(interlocksCypher, { a, b, first: neo4j.int(first) }, (r) => {
    const person = toRec(r.get('p') as Neo4jNode);
    if (person?.__typename !== 'Person') return null;
    return {
      person,
      postsA: links(r.get('postsA')),
      postsB: links(r.get('postsB')),
      organizations: toNumber(r.get('organizations')),
    };
  });
  return rows.filter((r): r is InterlockRow => r !== null);
}
