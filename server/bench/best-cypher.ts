/**
 * The floor for bench:api: per operation, one hand-written statement that returns what the GraphQL
 * query asks for (projected, no whole nodes where a field will do), sent with `executeQuery`. Not
 * the API's own statements: those are what is measured against this.
 */
import { ENTITY_SEARCH_INDEX, LABELS } from '@guanxi/schema';
import neo4j, { type Driver, type Record as Neo4jRecord } from 'neo4j-driver';
import { luceneQuery } from '../src/neo4j/lucene';

const { Person, Organization, Position, Event, Place, Entity } = LABELS;
const CAP = 500;

/** Ranked full-text search, the page projected to the fields the query reads. */
export const SEARCH = `CALL db.index.fulltext.queryNodes('${ENTITY_SEARCH_INDEX}', $lucene, {limit: 10000}) YIELD node, score
WITH node, score, [s IN [node.name] + coalesce(node.aliases, []) WHERE s CONTAINS $exact | size(s)] AS lens
WITH node, score + CASE
  WHEN node.name = $exact THEN 1000.0
  WHEN $exact IN node.aliases THEN 500.0
  WHEN size(lens) > 0 THEN 5.0 * size($exact) / reduce(m = 1000000, l IN lens | CASE WHEN l < m THEN l ELSE m END)
  ELSE 0.0 END AS rank
ORDER BY rank DESC, node.id
WITH collect(node) AS hits
RETURN size(hits) AS total, [n IN hits[0..20] | n {.id, .name,
  kind: CASE WHEN n:${Person} THEN 'person' WHEN n:${Event} THEN 'event' WHEN n:${Place} THEN 'place' ELSE n.kind END}] AS page`;

/** Every folded edge at one node `x` (a post and its organization are one HOLDS edge). */
const expandAt = (x: string): string => `CALL (${x}) {
    MATCH (${x}:${Person})-[r:HOLDS]->(v:${Position}) WHERE r.retracted IS NULL
    OPTIONAL MATCH (v)-[:AT]->(o:${Organization})
    RETURN ${x} AS a, r, v, coalesce(o, v) AS b
    UNION ALL
    MATCH (${x}:${Organization})<-[:AT]-(v:${Position})<-[r:HOLDS]-(p:${Person}) WHERE r.retracted IS NULL
    RETURN p AS a, r, v, ${x} AS b
    UNION ALL
    MATCH (${x}:${Entity})-[r:PART_OF|PARTICIPATED|ORGANIZED|HELD_IN|IN]-() WHERE r.retracted IS NULL
    RETURN startNode(r) AS a, r, null AS v, endNode(r) AS b
  }`;

/** Two breadth-first levels in one statement; the client keeps the first `limit` nodes. */
const LEVELS = `MATCH (s:${Entity} {id: $id})
${expandAt('s')}
WITH s, collect({a: a, b: b, v: v, type: type(r), role: r.role, current: r.current, confidence: r.confidence})[..$rows] AS first
CALL (s, first) {
  UNWIND first AS row
  UNWIND [row.a, row.b] AS n
  WITH DISTINCT n WHERE n <> s
  ${expandAt('n')}
  RETURN collect({a: a, b: b, v: v, type: type(r), role: r.role, current: r.current, confidence: r.confidence})[..$rows] AS second
}`;
export const NEIGHBORHOOD = `${LEVELS}\nRETURN s, first, second`;
/** The same walk's nodes only (bench:peer's @cypher field: the library has no folded edges). */
export const NEIGHBORHOOD_NODES = `${LEVELS}
UNWIND [s] + [x IN first + second | x.a] + [x IN first + second | x.b] AS n
WITH DISTINCT n LIMIT $limit
RETURN n`;

/** The shortest path, posts resolved to their organizations in the same statement. */
const PATH_MATCH = `MATCH (a:${Entity} {id: $from}), (b:${Entity} {id: $to})
MATCH p = shortestPath((a)-[:HOLDS|AT|PART_OF|PARTICIPATED|ORGANIZED|HELD_IN|IN*..12]-(b))
WHERE all(r IN relationships(p) WHERE r.retracted IS NULL)`;
const PATH_ORGS = `[n IN nodes(p) | CASE WHEN n:${Position} THEN head([(n)-[:AT]->(o:${Organization}) | o]) ELSE null END]`;
export const PATH = `${PATH_MATCH}
RETURN nodes(p) AS ns, relationships(p) AS rs, ${PATH_ORGS} AS orgs
LIMIT 1`;
/** The folded path's nodes only (bench:peer's @cypher field). */
export const PATH_NODES = `${PATH_MATCH}
WITH nodes(p) AS ns, ${PATH_ORGS} AS orgs LIMIT 1
UNWIND range(0, size(ns) - 1) AS i
RETURN DISTINCT coalesce(orgs[i], ns[i]) AS n`;

const ordered = (x: string): string =>
  `ORDER BY coalesce(${x}.name, ${x}.title, ${x}.id), ${x}.id LIMIT ${CAP}`;

/** person → posts → organization → its posts → their holders (with evidence), and events: one statement. */
export const PROFILE = `MATCH (p:${Person} {id: $id})
RETURN p {
  .name,
  positions: COLLECT {
    MATCH (p)-[h:HOLDS]->(pos:${Position}) WHERE h.retracted IS NULL
    WITH h, pos ${ordered('pos')}
    RETURN {
      caption: CASE WHEN h.current = false THEN '原' + pos.title ELSE pos.title END,
      current: coalesce(h.current, true),
      organization: head(COLLECT {
        MATCH (o:${Organization} {id: pos.organizationId})
        RETURN o {
          .name,
          positions: COLLECT {
            MATCH (o)<-[at:AT]-(q:${Position}) WHERE at.retracted IS NULL
            WITH q ${ordered('q')}
            RETURN q {
              .title,
              holders: COLLECT {
                MATCH (q)<-[h2:HOLDS]-(x:${Person}) WHERE h2.retracted IS NULL
                WITH h2, x ${ordered('x')}
                RETURN {current: coalesce(h2.current, true), person: x {.name}, evidence: h2.evidence}
              }
            }
          }
        }
      })
    }
  },
  events: COLLECT {
    MATCH (p)-[e:PARTICIPATED]->(ev:${Event}) WHERE e.retracted IS NULL
    WITH e, ev ${ordered('ev')}
    RETURN {role: e.role, event: ev {.name, .date}}
  }
} AS profile`;

export interface BestCypher {
  search: (query: string) => Promise<Neo4jRecord[]>;
  neighborhood: (id: string, rows: number) => Promise<Neo4jRecord[]>;
  path: (from: string, to: string) => Promise<Neo4jRecord[]>;
  profile: (id: string) => Promise<Neo4jRecord[]>;
}

export function bestCypher(driver: Driver, database: string): BestCypher {
  const read = async (cypher: string, params: Record<string, unknown>) =>
    (await driver.executeQuery(cypher, params, { database, routing: neo4j.routing.READ })).records;
  return {
    search: (query) =>
      read(SEARCH, {
        lucene: luceneQuery(query),
        exact: query.normalize('NFKC').trim(),
      }),
    neighborhood: (id, rows) => read(NEIGHBORHOOD, { id, rows: neo4j.int(rows) }),
    path: (from, to) => read(PATH, { from, to }),
    profile: (id) => read(PROFILE, { id }),
  };
}
