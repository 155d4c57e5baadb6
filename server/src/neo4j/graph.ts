import {
  FACT_STATUSES,
  LABELS,
  RELATIONS,
  RELATION_TYPES,
  ROLE_CAPTION,
  type DateWindow,
  isFactType,
  type FactStatus,
  type NodeKind,
  type RelationType,
} from '@guanxi/schema';
import neo4j, { type Node as Neo4jNode } from 'neo4j-driver';
import type { Db } from './db';
import { caption, nodeKind, toRec, type NodeRec } from './records';
import { inWindowCypher, windowParams } from './time-window';

/**
 * The graph as the canvas draws it. Positions are folded: (Person)-[:HOLDS]->(Position)-[:AT]->(Org)
 * becomes one edge Person → Organization of type HOLDS labelled with the title (原部长 for a former
 * post), id `${personId}>${positionId}`. A position without an organization stays a node.
 */
export interface GraphNodeOut {
  id: string;
  label: string;
  kind: NodeKind;
  rec: NodeRec;
}
export interface GraphEdgeOut {
  id: string;
  source: string;
  target: string;
  type: RelationType;
  label: string;
  /** The fact's confidence; null for relations that are not facts (HELD_IN, IN, MENTIONS). */
  confidence: number | null;
  /** The fact's curation status (EXTRACTED when none is stored); null for relations that are not facts. */
  status: FactStatus | null;
}
export interface Slice {
  nodes: GraphNodeOut[];
  edges: GraphEdgeOut[];
  truncated: boolean;
  /** Super-nodes: what `perNode` left out (neighborhood only; paths leave nothing out). */
  more?: MoreOut[];
}

export const graphNode = (rec: NodeRec): GraphNodeOut => ({
  id: rec.id,
  label: caption(rec),
  kind: nodeKind(rec),
  rec,
});

/** Types walked when the caller names none: everything but MENTIONS (articles would swamp the view). */
export const DEFAULT_TYPES: RelationType[] = RELATION_TYPES.filter((t) => t !== 'MENTIONS');

/** Edge between a and b (in stored direction) for a raw relationship, or a folded HOLDS. */
export function makeEdge(
  type: RelationType,
  a: NodeRec,
  b: NodeRec,
  props: { role?: unknown; current?: unknown; confidence?: unknown; status?: unknown },
  via: NodeRec | null,
): GraphEdgeOut {
  const confidence = typeof props.confidence === 'number' ? props.confidence : null;
  const status = factStatusOf(type, props.status);
  if (type === 'HOLDS' && via?.__typename === 'Position') {
    const label = props.current === false ? `原${via.title}` : via.title;
    return { id: `${a.id}>${via.id}`, source: a.id, target: b.id, type, label, confidence, status };
  }
  const role = typeof props.role === 'string' && props.role in ROLE_CAPTION ? props.role : null;
  const label = role ? ROLE_CAPTION[role as keyof typeof ROLE_CAPTION].zh : RELATIONS[type].caption.zh;
  return {
    id: `${a.id}-${type}${role ? `:${role}` : ''}-${b.id}`,
    source: a.id,
    target: b.id,
    type,
    label,
    confidence,
    status,
  };
}

/** Facts carry a status (EXTRACTED unless a curator changed it); HELD_IN, IN and MENTIONS do not. */
function factStatusOf(type: RelationType, stored: unknown): FactStatus | null {
  if (!isFactType(type)) return null;
  return (FACT_STATUSES as readonly unknown[]).includes(stored) ? (stored as FactStatus) : 'EXTRACTED';
}

const { Person, Organization, Position, Entity, Article } = LABELS;

/**
 * One BFS level: every folded edge touching the frontier, ranked per frontier node (and per type when
 * `byType`) — most recent evidence first (the latest `publishedAt` among the fact's articles; facts
 * without articles last), then the most connected neighbour (its degree), then id — and cut to
 * `rows[skip .. skip + take]`, with the group's total. So a super-node (an organization with 5,000
 * holders) costs `take` rows, not 5,000. Relationship types are interpolated only from the validated
 * allow-list (Cypher cannot take them as parameters); ids are parameters.
 */
export function expandCypher(types: readonly RelationType[], windowed = false): string {
  const valid = windowed ? ` AND ${inWindowCypher('r')}` : '';
  const holds = types.includes('HOLDS') || types.includes('AT');
  const plain = types.filter((t) => t !== 'HOLDS' && t !== 'AT');
  const parts: string[] = [];
  if (holds) {
    parts.push(
      `UNWIND $ids AS id MATCH (n:${Person} {id: id})-[r:HOLDS]->(v:${Position}) WHERE r.retracted IS NULL${valid}
       OPTIONAL MATCH (v)-[:AT]->(o:${Organization})
       RETURN id AS center, n AS a, r, v, coalesce(o, v) AS b, 'HOLDS' AS type`,
      `UNWIND $ids AS id MATCH (n:${Organization} {id: id})<-[:AT]-(v:${Position})<-[r:HOLDS]-(p:${Person})
       WHERE r.retracted IS NULL${valid}
       RETURN id AS center, p AS a, r, v, n AS b, 'HOLDS' AS type`,
      `UNWIND $ids AS id MATCH (n:${Position} {id: id})<-[r:HOLDS]-(p:${Person}) WHERE r.retracted IS NULL${valid}
       RETURN id AS center, p AS a, r, n AS v, n AS b, 'HOLDS' AS type`,
    );
  }
  if (plain.length > 0) {
    const alt = plain.join('|');
    parts.push(
      `UNWIND $ids AS id MATCH (n:${Entity} {id: id})-[r:${alt}]-(m) WHERE r.retracted IS NULL${valid}
       RETURN id AS center, startNode(r) AS a, r, null AS v, endNode(r) AS b, type(r) AS type`,
    );
    if (plain.includes('MENTIONS')) {
      parts.push(
        `UNWIND $ids AS id MATCH (n:${Article} {id: id})-[r:MENTIONS]->(m)
         RETURN id AS center, n AS a, r, null AS v, m AS b, 'MENTIONS' AS type`,
      );
    }
  }
  return `CALL () {\n${parts.join('\nUNION ALL\n')}\n}
WITH center, a, r, v, b, type, CASE WHEN a.id = center THEN b ELSE a END AS other
CALL (r) {
  UNWIND coalesce(r.articles, []) AS articleId
  OPTIONAL MATCH (art:${Article} {id: articleId})
  RETURN max(art.publishedAt) AS recent
}
WITH center, CASE WHEN $byType THEN type END AS grp, a, r, v, b, type, other, recent,
     COUNT { (other)--() } AS degree
ORDER BY coalesce(recent, '') DESC, degree DESC, other.id, a.id, b.id
WITH center, grp, collect({a: a, b: b, v: v, type: type, role: r.role, current: r.current,
                           confidence: r.confidence, status: r.status}) AS ranked
RETURN center, grp, ranked[$skip..$skip + $take] AS page, size(ranked) AS total`;
}

export interface Row {
  a: NodeRec | null;
  b: NodeRec | null;
  v: NodeRec | null;
  type: RelationType;
  role: unknown;
  current: unknown;
  confidence: unknown;
  status: unknown;
}

/** One frontier node's (and type's, when grouped by type) page of ranked rows. */
export interface RankedGroup {
  center: string;
  /** Null when the rows of every type were ranked together. */
  type: RelationType | null;
  rows: Row[];
  total: number;
}

export interface RankOptions {
  skip: number;
  take: number;
  byType: boolean;
}

export async function expand(
  db: Db,
  ids: string[],
  types: readonly RelationType[],
  { skip, take, byType }: RankOptions,
  window: DateWindow | null = null,
): Promise<RankedGroup[]> {
  const node = (x: unknown): NodeRec | null => (x ? toRec(x as Neo4jNode) : null);
  const params = { ids, skip: neo4j.int(skip), take: neo4j.int(take), byType, ...windowParams(window) };
  return db.read(expandCypher(types, window !== null), params, (r) => ({
    center: r.get('center') as string,
    type: r.get('grp') as RelationType | null,
    total: (r.get('total') as { toNumber(): number }).toNumber(),
    rows: (r.get('page') as Record<string, unknown>[]).map((x) => ({
      a: node(x.a),
      b: node(x.b),
      v: node(x.v),
      type: x.type as RelationType,
      role: x.role,
      current: x.current,
      confidence: x.confidence,
      status: x.status,
    })),
  }));
}

/** Neighbours per node and type a neighbourhood shows before "+N more"; also `neighbors`' page. */
export const PER_NODE = 50;

/** Neighbours of `node` through `relationType` left out of a slice by `perNode`, to page in later. */
export interface MoreOut {
  node: string;
  relationType: RelationType | null;
  count: number;
  /** How many were shown: the next page starts there. */
  shown: number;
}

/**
 * Breadth-first, one statement per level. Each frontier node contributes at most `perNode` edges of
 * each type, the best by `expandCypher`'s order; the rest are counted in `more`. Stops adding nodes at
 * `limit` (truncated = true); an edge is kept only when both its ends are in the slice. Edges between
 * nodes first reached at the last level are not looked for (that would be one more level). With a
 * window, only facts valid or seen in it are walked and counted (time-window.ts).
 */
export async function neighborhood(
  db: Db,
  start: NodeRec,
  depth: number,
  limit: number,
  types: readonly RelationType[],
  perNode: number = PER_NODE,
  window: DateWindow | null = null,
): Promise<Slice> {
  const nodes = new Map<string, GraphNodeOut>([[start.id, graphNode(start)]]);
  const edges = new Map<string, GraphEdgeOut>();
  const more: MoreOut[] = [];
  let truncated = false;
  let frontier = [start.id];
  for (let level = 0; level < depth && frontier.length > 0; level++) {
    const groups = await expand(db, frontier, types, { skip: 0, take: perNode, byType: true }, window);
    const next: string[] = [];
    for (const group of groups) {
      if (group.total > group.rows.length)
        more.push({
          node: group.center,
          relationType: group.type,
          count: group.total - group.rows.length,
          shown: group.rows.length,
        });
      for (const row of group.rows) {
        if (!row.a || !row.b) continue;
        const missing = [row.a, row.b].filter((end, i, all) => !nodes.has(end.id) && all.indexOf(end) === i);
        if (nodes.size + missing.length > limit) {
          truncated = true;
          continue;
        }
        for (const end of missing) {
          nodes.set(end.id, graphNode(end));
          next.push(end.id);
        }
        const edge = makeEdge(row.type, row.a, row.b, row, row.v);
        edges.set(edge.id, edge);
      }
    }
    frontier = next;
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()], truncated, more };
}

/** One page of a node's ranked neighbours (the "+N more" of a slice), with the edges to them. */
export interface NeighborPageOut {
  nodes: GraphNodeOut[];
  edges: GraphEdgeOut[];
  total: number;
  skip: number;
}

export async function neighbors(
  db: Db,
  id: string,
  types: readonly RelationType[],
  byType: boolean,
  skip: number,
  take: number,
): Promise<NeighborPageOut> {
  const [group] = await expand(db, [id], types, { skip, take, byType });
  const nodes = new Map<string, GraphNodeOut>();
  const edges: GraphEdgeOut[] = [];
  for (const row of group?.rows ?? []) {
    if (!row.a || !row.b) continue;
    for (const end of [row.a, row.b]) if (!nodes.has(end.id)) nodes.set(end.id, graphNode(end));
    edges.push(makeEdge(row.type, row.a, row.b, row, row.v));
  }
  return { nodes: [...nodes.values()], edges, total: group?.total ?? 0, skip };
}
