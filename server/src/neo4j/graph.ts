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
import neo4j from 'neo4j-driver';
import type { Db } from './db';
import { anyRecCypher, anyRecOf, caption, labelOf, nodeKind, type NodeRec } from './records';
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
 * One BFS level: every folded edge touching the frontier (the id list `ids`, a parameter or a
 * variable of the enclosing statement), ranked per frontier node (and per type when `byType`) — most
 * recent evidence first (the fact's `lastSeen`, the latest date among the articles stating it, kept
 * by the writer; facts without articles last), then the most connected neighbour (its degree), then
 * id — and cut to `rows[skip .. skip + take]`, with the group's total. So a super-node (an
 * organization with 5,000 holders) costs `take` rows, not 5,000. Returns one row even for an empty
 * frontier: `groups`, whose rows name their ends by id, and `nodes`, each node of the pages once (a
 * hub's node would otherwise be sent once per row). A page row is a list (type, role, current,
 * confidence, status, a, b, v), not a map: the driver decodes a map's keys afresh on every row;
 * those properties are read only for the rows a page keeps (a cut super-node's others cost no reads).
 * Relationship types are interpolated only from the validated allow-list (Cypher cannot take them
 * as parameters); ids are parameters.
 */
function levelCypher(types: readonly RelationType[], windowed: boolean, ids: string): string {
  const valid = windowed ? ` AND ${inWindowCypher('r')}` : '';
  const holds = types.includes('HOLDS') || types.includes('AT');
  const plain = types.filter((t) => t !== 'HOLDS' && t !== 'AT');
  const parts: string[] = [];
  if (holds) {
    parts.push(
      `UNWIND ${ids} AS id MATCH (n:${Person} {id: id})-[r:HOLDS]->(v:${Position}) WHERE r.retracted IS NULL${valid}
       OPTIONAL MATCH (v)-[:AT]->(o:${Organization})
       RETURN id AS center, n AS a, r, v, coalesce(o, v) AS b, 'HOLDS' AS type`,
      `UNWIND ${ids} AS id MATCH (n:${Organization} {id: id})<-[:AT]-(v:${Position})<-[r:HOLDS]-(p:${Person})
       WHERE r.retracted IS NULL${valid}
       RETURN id AS center, p AS a, r, v, n AS b, 'HOLDS' AS type`,
      `UNWIND ${ids} AS id MATCH (n:${Position} {id: id})<-[r:HOLDS]-(p:${Person}) WHERE r.retracted IS NULL${valid}
       RETURN id AS center, p AS a, r, n AS v, n AS b, 'HOLDS' AS type`,
    );
  }
  if (plain.length > 0) {
    const alt = plain.join('|');
    parts.push(
      `UNWIND ${ids} AS id MATCH (n:${Entity} {id: id})-[r:${alt}]-(m) WHERE r.retracted IS NULL${valid}
       RETURN id AS center, startNode(r) AS a, r, null AS v, endNode(r) AS b, type(r) AS type`,
    );
    if (plain.includes('MENTIONS')) {
      parts.push(
        `UNWIND ${ids} AS id MATCH (n:${Article} {id: id})-[r:MENTIONS]->(m)
         RETURN id AS center, n AS a, r, null AS v, m AS b, 'MENTIONS' AS type`,
      );
    }
  }
  const scope = ids.startsWith('$') ? '()' : `(${ids})`;
  return `CALL ${scope} {
  CALL ${scope} {
${parts.join('\nUNION ALL\n')}
  }
  WITH center, CASE WHEN $byType THEN type END AS grp, a, r, v, b, type,
       CASE WHEN a.id = center THEN b ELSE a END AS other
  ORDER BY coalesce(r.lastSeen, '') DESC, other.id, a.id, b.id
  WITH center, grp, collect({a: a, b: b, v: v, type: type, r: r, other: other,
                             seen: coalesce(r.lastSeen, '')}) AS rows
  // The degree tie-break decides only which rows a cut keeps: counted only for groups that are cut.
  CALL (rows) {
    WITH rows WHERE size(rows) <= $take AND $skip = 0
    RETURN rows AS ranked
    UNION ALL
    WITH rows WHERE size(rows) > $take OR $skip > 0
    UNWIND rows AS x
    WITH x, x.other AS other
    WITH x, other, COUNT { (other)--() } AS degree
    ORDER BY x.seen DESC, degree DESC, other.id, x.a.id, x.b.id
    RETURN collect(x) AS ranked
  }
  WITH center, grp, ranked[$skip..$skip + $take] AS page, size(ranked) AS total
  WITH collect({center: center, grp: grp, total: total,
                page: [x IN page | [x.type, x.r.role, x.r.current, x.r.confidence, x.r.status, x.a.id, x.b.id, x.v.id]]}) AS groups,
          collect(page) AS pages
  CALL (pages) {
    UNWIND pages AS page UNWIND page AS x UNWIND [x.a, x.b, x.v] AS n
    WITH DISTINCT n WHERE n IS NOT NULL
    RETURN collect(${anyRecCypher('n')}) AS nodes
  }
  RETURN groups, nodes
}`;
}

/** One level for the id list parameter `$ids` (`neighbors`, and a neighbourhood's rare extra level). */
export function expandCypher(types: readonly RelationType[], windowed = false): string {
  return `${levelCypher(types, windowed, '$ids')}\nRETURN groups, nodes`;
}

/**
 * `depth` levels in one statement: the start node, then per level the ranked groups of every node
 * first reached on the level before (`frontiers[k]`, the ids level k expanded). The caller admits
 * nodes up to its limit in order, so its frontier is a subset of these, except in a truncated slice
 * (neighborhood() expands what is missing then).
 */
export function neighborhoodCypher(
  label: string,
  depth: number,
  types: readonly RelationType[],
  windowed: boolean,
): string {
  const lines = [`MATCH (s:${label} {id: $id})`, `WITH s, [s.id] AS f0, [s.id] AS seen0`];
  const carried = ['s'];
  for (let k = 0; k < depth; k++) {
    lines.push(levelCypher(types, windowed, `f${k}`));
    lines.push(`WITH ${[...carried, `f${k}`, `seen${k}`].join(', ')}, groups AS g${k}, nodes AS n${k}`);
    carried.push(`f${k}`, `g${k}`, `n${k}`);
    if (k + 1 < depth) {
      lines.push(`CALL (g${k}, seen${k}) {
  UNWIND g${k} AS g UNWIND g.page AS row UNWIND [row[5], row[6]] AS x
  WITH DISTINCT x WHERE NOT x IN seen${k}
  RETURN collect(x) AS f${k + 1}
}`);
      lines.push(`WITH ${carried.join(', ')}, f${k + 1}, seen${k} + f${k + 1} AS seen${k + 1}`);
    }
  }
  const list = (v: string): string => `[${Array.from({ length: depth }, (_, k) => `${v}${k}`).join(', ')}]`;
  return `${lines.join('\n')}\nRETURN ${anyRecCypher('s')} AS s, ${list('g')} AS levels, ${list('n')} AS nodes, ${list('f')} AS frontiers`;
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

/** A level's `groups` and `nodes` as returned by levelCypher, the rows' ends resolved. */
function toGroups(groups: unknown, nodes: unknown): RankedGroup[] {
  const byId = new Map<string, NodeRec>();
  for (const v of nodes as unknown[]) {
    const rec = anyRecOf(v);
    if (rec) byId.set(rec.id, rec);
  }
  const end = (id: unknown): NodeRec | null => (typeof id === 'string' ? (byId.get(id) ?? null) : null);
  return (groups as Record<string, unknown>[]).map((g) => ({
    center: g.center as string,
    type: g.grp as RelationType | null,
    total: (g.total as { toNumber(): number }).toNumber(),
    rows: (g.page as unknown[][]).map(([type, role, current, confidence, status, a, b, v]) => ({
      a: end(a),
      b: end(b),
      v: end(v),
      type: type as RelationType,
      role,
      current,
      confidence,
      status,
    })),
  }));
}

const rankParams = ({ skip, take, byType }: RankOptions, window: DateWindow | null) => ({
  skip: neo4j.int(skip),
  take: neo4j.int(take),
  byType,
  ...windowParams(window),
});

export async function expand(
  db: Db,
  ids: string[],
  types: readonly RelationType[],
  rank: RankOptions,
  window: DateWindow | null = null,
): Promise<RankedGroup[]> {
  const params = { ids, ...rankParams(rank, window) };
  const [level] = await db.read(expandCypher(types, window !== null), params, (r) =>
    toGroups(r.get('groups'), r.get('nodes')),
  );
  return level ?? [];
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
 * Breadth-first, all levels in one statement (neighborhoodCypher). Each frontier node contributes at
 * most `perNode` edges of each type, the best by levelCypher's order; the rest are counted in `more`.
 * Stops adding nodes at `limit` (truncated = true); an edge is kept only when both its ends are in
 * the slice. Edges between nodes first reached at the last level are not looked for (that would be
 * one more level). With a window, only facts valid or seen in it are walked and counted
 * (time-window.ts). Null when no node has this id.
 */
export async function neighborhood(
  db: Db,
  id: string,
  depth: number,
  limit: number,
  types: readonly RelationType[],
  perNode: number = PER_NODE,
  window: DateWindow | null = null,
): Promise<Slice | null> {
  const label = labelOf(id);
  if (!label || !(label in LABELS)) return null;
  const rank: RankOptions = { skip: 0, take: perNode, byType: true };
  const cypher = neighborhoodCypher(LABELS[label as keyof typeof LABELS], depth, types, window !== null);
  const [found] = await db.read(cypher, { id, ...rankParams(rank, window) }, (r) => ({
    start: anyRecOf(r.get('s')),
    levels: (r.get('levels') as unknown[]).map((g, k) => toGroups(g, (r.get('nodes') as unknown[])[k])),
    frontiers: r.get('frontiers') as string[][],
  }));
  if (!found?.start) return null;
  const { start, levels, frontiers } = found;
  const nodes = new Map<string, GraphNodeOut>([[start.id, graphNode(start)]]);
  const edges = new Map<string, GraphEdgeOut>();
  const more: MoreOut[] = [];
  let truncated = false;
  let frontier = [start.id];
  for (let level = 0; level < depth && frontier.length > 0; level++) {
    // Groups in frontier order, so the slice does not depend on the order the database grouped in.
    const order = new Map(frontier.map((f, i) => [f, i]));
    const expanded = new Set(frontiers[level]);
    const missing = frontier.filter((f) => !expanded.has(f));
    const groups = [
      ...levels[level]!.filter((g) => order.has(g.center)),
      ...(missing.length > 0 ? await expand(db, missing, types, rank, window) : []),
    ].sort(
      (x, y) => order.get(x.center)! - order.get(y.center)! || (x.type ?? '').localeCompare(y.type ?? ''),
    );
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
        const missingEnds = [row.a, row.b].filter(
          (end, i, all) => !nodes.has(end.id) && all.indexOf(end) === i,
        );
        if (nodes.size + missingEnds.length > limit) {
          truncated = true;
          continue;
        }
        for (const end of missingEnds) {
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
