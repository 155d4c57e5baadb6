import { LABELS, type DateWindow, type RelationType } from '@guanxi/schema';
import type { Db } from './db';
import {
  DEFAULT_TYPES,
  graphNode,
  makeEdge,
  type GraphEdgeOut,
  type GraphNodeOut,
  type Slice,
} from './graph';
import { anyRecCypher, anyRecOf, type NodeRec } from './records';
import { inWindowCypher, windowParams } from './time-window';

const { Entity, Organization, Position } = LABELS;

/**
 * Shortest path in the stored graph (MENTIONS excluded: two people in one article are not related
 * by that), with both ends looked up in the same statement (one round trip). A post counts two
 * stored hops (HOLDS + AT), so the search allows 2 × maxDepth stored hops; the folded path is
 * returned only when it has at most maxDepth edges. `maxHops` is a validated integer: Cypher cannot
 * take a path length as a parameter. With a window, every fact on the path must be valid or seen in
 * it (time-window.ts). Nodes come as records (anyRecCypher) and each hop as the list `[type, whether
 * it points from node i to node i+1, role, current, confidence, status]`: what the edges are made
 * of, without whole nodes and relationships for the driver to decode.
 */
export function pathCypher(maxHops: number, windowed = false): string {
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > 32) throw new RangeError('maxHops');
  const valid = windowed ? ` AND ${inWindowCypher('r')}` : '';
  return `OPTIONAL MATCH (a:${Entity} {id: $from})
OPTIONAL MATCH (b:${Entity} {id: $to})
OPTIONAL CALL (a, b) {
  WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b
  MATCH p = shortestPath((a)-[:${DEFAULT_TYPES.join('|')}*..${maxHops}]-(b))
  WHERE all(r IN relationships(p) WHERE r.retracted IS NULL${valid})
  WITH nodes(p) AS ns, relationships(p) AS rs
  LIMIT 1
  RETURN [n IN ns | ${anyRecCypher('n')}] AS ns,
    [i IN range(0, size(rs) - 1) | [type(rs[i]), startNode(rs[i]) = ns[i], rs[i].role, rs[i].current, rs[i].confidence, rs[i].status]] AS rs,
    [n IN ns | CASE WHEN n:${Position} THEN head([(n)-[:AT]->(o:${Organization}) | ${anyRecCypher('o')}]) ELSE null END] AS orgs
}
RETURN ${anyRecCypher('a')} AS a, ${anyRecCypher('b')} AS b, ns, rs, orgs`;
}

/** One stored hop of a path: its type, properties and whether it points from node i to node i+1. */
export interface Step {
  type: RelationType;
  props: Record<string, unknown>;
  forward: boolean;
}

/** Folds positions out of a stored path: person–post–person becomes person→org←person. */
export function foldPath(
  ns: readonly NodeRec[],
  steps: readonly Step[],
  orgs: readonly (NodeRec | null)[],
): Slice {
  // What stands in for each path node on the canvas: a post becomes its organization.
  const shown = ns.map((n, i) => (n.__typename === 'Position' ? (orgs[i] ?? n) : n));
  const nodes = new Map<string, GraphNodeOut>(shown.map((n) => [n.id, graphNode(n)]));
  const edges = new Map<string, GraphEdgeOut>();
  steps.forEach((s, i) => {
    const x = ns[i]!;
    const y = ns[i + 1]!;
    if (s.type === 'AT') return; // folded into the HOLDS edge of the same post
    if (s.type === 'HOLDS') {
      const [person, post, at] = x.__typename === 'Position' ? [y, x, i] : [x, y, i + 1];
      const edge = makeEdge('HOLDS', person, shown[at]!, s.props, post);
      edges.set(edge.id, edge);
      return;
    }
    const [a, b] = s.forward ? [x, y] : [y, x];
    const edge = makeEdge(s.type, a, b, s.props, null);
    edges.set(edge.id, edge);
  });
  return { nodes: [...nodes.values()], edges: [...edges.values()], truncated: false };
}

/** The ends as found (null: not an entity with that id) and the folded path between them. */
export interface PathResult {
  from: NodeRec | null;
  to: NodeRec | null;
  /** Null when there is none within maxDepth folded edges (or the ends are one node, or missing). */
  slice: Slice | null;
}

export async function shortestPath(
  db: Db,
  from: string,
  to: string,
  maxDepth: number,
  window: DateWindow | null = null,
): Promise<PathResult> {
  const params = { from, to, ...windowParams(window) };
  const rows = await db.read(pathCypher(maxDepth * 2, window !== null), params, (r) => ({
    from: anyRecOf(r.get('a')),
    to: anyRecOf(r.get('b')),
    ns: ((r.get('ns') as unknown[] | null) ?? []).map(anyRecOf),
    steps: ((r.get('rs') as unknown[][] | null) ?? []).map(
      ([type, forward, role, current, confidence, status]): Step => ({
        type: type as RelationType,
        props: { role, current, confidence, status },
        forward: forward === true,
      }),
    ),
    orgs: ((r.get('orgs') as unknown[] | null) ?? []).map(anyRecOf),
  }));
  const row = rows[0];
  if (!row) return { from: null, to: null, slice: null };
  if (row.ns.length === 0 || row.ns.some((n) => n === null))
    return { from: row.from, to: row.to, slice: null };
  const slice = foldPath(row.ns as NodeRec[], row.steps, row.orgs);
  return { from: row.from, to: row.to, slice: slice.edges.length <= maxDepth ? slice : null };
}
