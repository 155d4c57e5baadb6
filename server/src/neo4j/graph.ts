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
 * One BFS level: every folded edge touching the frontier. Relationship types are interpolated only
 * from the validated allow-list (Cypher cannot take them as parameters); ids are parameters.
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
       RETURN n AS a, r, v, coalesce(o, v) AS b, 'HOLDS' AS type`,
      `UNWIND $ids AS id MATCH (n:${Organization} {id: id})<-[:AT]-(v:${Position})<-[r:HOLDS]-(p:${Person})
       WHERE r.retracted IS NULL${valid}
       RETURN p AS a, r, v, n AS b, 'HOLDS' AS type`,
      `UNWIND $ids AS id MATCH (n:${Position} {id: id})<-[r:HOLDS]-(p:${Person}) WHERE r.retracted IS NULL${valid}
       RETURN p AS a, r, n AS v, n AS b, 'HOLDS' AS type`,
    );
  }
  if (plain.length > 0) {
    const alt = plain.join('|');
    parts.push(
      `UNWIND $ids AS id MATCH (n:${Entity} {id: id})-[r:${alt}]-(m) WHERE r.retracted IS NULL${valid}
       RETURN startNode(r) AS a, r, null AS v, endNode(r) AS b, type(r) AS type`,
    );
    if (plain.includes('MENTIONS')) {
      parts.push(
        `UNWIND $ids AS id MATCH (n:${Article} {id: id})-[r:MENTIONS]->(m)
         RETURN n AS a, r, null AS v, m AS b, 'MENTIONS' AS type`,
      );
    }
  }
  return `CALL () {\n${parts.join('\nUNION ALL\n')}\n}
RETURN a, b, v, type, r.role AS role, r.current AS current, r.confidence AS confidence, r.status AS status
LIMIT $rows`;
}

interface Row {
  a: NodeRec | null;
  b: NodeRec | null;
  v: NodeRec | null;
  type: RelationType;
  role: unknown;
  current: unknown;
  confidence: unknown;
  status: unknown;
}

export async function expand(
  db: Db,
  ids: string[],
  types: readonly RelationType[],
  rows: number,
  window: DateWindow | null = null,
): Promise<Row[]> {
  const node = (x: unknown): NodeRec | null => (x ? toRec(x as Neo4jNode) : null);
  const params = { ids, rows: neo4j.int(rows), ...windowParams(window) };
  return db.read(expandCypher(types, window !== null), params, (r) => ({
    a: node(r.get('a')),
    b: node(r.get('b')),
    v: node(r.get('v')),
    type: r.get('type') as RelationType,
    role: r.get('role'),
    current: r.get('current'),
    confidence: r.get('confidence'),
    status: r.get('status'),
  }));
}

/**
 * Breadth-first, one statement per level. Stops adding nodes at `limit` (truncated = true); an edge
 * is kept only when both its ends are in the slice. Edges between nodes first reached at the last
 * level are not looked for (that would be one more level). With a window, only facts valid or seen
 * in it are walked (time-window.ts).
 */
export async function neighborhood(
  db: Db,
  start: NodeRec,
  depth: number,
  limit: number,
  types: readonly RelationType[],
  window: DateWindow | null = null,
): Promise<Slice> {
  const nodes = new Map<string, GraphNodeOut>([[start.id, graphNode(start)]]);
  const edges = new Map<string, GraphEdgeOut>();
  let truncated = false;
  let frontier = [start.id];
  const rowCap = Math.min(20_000, limit * 10);
  for (let level = 0; level < depth && frontier.length > 0; level++) {
    const rows = await expand(db, frontier, types, rowCap, window);
    if (rows.length >= rowCap) truncated = true;
    const next: string[] = [];
    for (const row of rows) {
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
    frontier = next;
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()], truncated };
}
