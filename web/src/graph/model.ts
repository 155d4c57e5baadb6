/**
 * The explorer's graph state as a pure, immutable value. Every change is a function from model to
 * model; the canvas only renders `toElements(model)`. See ./README.md.
 */
import type { Tie } from './ties';
import type { TimeFilter } from './time-filter';
import type { FactStatus, NodeKind, RelationType } from '@guanxi/schema';

/** What the API's neighbourhood and path queries return, in @guanxi/schema's vocabulary. */
export interface SliceNode {
  readonly id: string;
  readonly label: string;
  readonly kind: NodeKind;
}
export interface SliceEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly type: RelationType;
  /** The server always labels edges; null is accepted for synthetic slices. */
  readonly label: string | null;
  /** A fact's curation status (VERIFIED, ASSERTED, CORRECTED draw differently); absent for other relations. */
  readonly status?: FactStatus | null;
}
/** Neighbours of a super-node the API left out of a slice (`GraphSlice.more`), to page in later. */
export interface SliceMore {
  readonly node: string;
  readonly relationType: RelationType | null;
  readonly count: number;
  /** The API's cursor for the next page. */
  readonly after: string;
}

export interface GraphSlice {
  readonly nodes: SliceNode[];
  readonly edges: SliceEdge[];
  readonly truncated: boolean;
  readonly more?: readonly SliceMore[];
}

/** A "+N more" on the canvas: drawn as a node attached to its super-node. */
export interface MoreEntry extends SliceMore {
  /** Its canvas id (`moreId`). */
  readonly id: string;
}

/** The id of a super-node's "+N more" for one relation type; never an API id (they have no `~`). */
export function moreId(node: string, relationType: RelationType | null): string {
  return `more~${node}~${relationType ?? 'ALL'}`;
}

export interface GNode {
  readonly id: string;
  readonly label: string;
  readonly kind: NodeKind;
  readonly pinned: boolean;
  readonly hidden: boolean;
}

export interface GEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  /** Relationship type (`HOLDS`, `PARTICIPATED`, …). */
  readonly type: RelationType;
  /** Title of a post, role at an event; null when the type says it all. */
  readonly label: string | null;
  readonly status: FactStatus | null;
}

/** Node positions on the canvas, by id. */
export type Positions = Readonly<Record<string, { readonly x: number; readonly y: number }>>;

export interface GraphModel {
  readonly nodes: ReadonlyMap<string, GNode>;
  readonly edges: ReadonlyMap<string, GEdge>;
  readonly selected: string | null;
  /** Nodes and edges of the current path, drawn highlighted. */
  readonly highlighted: ReadonlySet<string>;
  readonly hiddenKinds: ReadonlySet<NodeKind>;
  readonly hiddenRelations: ReadonlySet<RelationType>;
  /** What the last merge added and around which node: the canvas lays out only these. */
  readonly lastAdded: readonly string[];
  readonly anchor: string | null;
  /** Bumped on every merge, so the canvas knows a layout is due even if nothing new arrived. */
  readonly revision: number;
  readonly truncated: boolean;
  /** Co-appearance and interlock edges (./ties.ts), drawn weighted beside the stored edges. */
  readonly ties: ReadonlyMap<string, Tie>;
  /** The time slider: stored edges outside its window fade. */
  readonly timeFilter: TimeFilter | null;
  /**
   * Where undo/redo puts nodes back. The canvas applies a new object once (compared by identity);
   * every other change carries the same object along.
   */
  readonly placements: Positions | null;
  /** "+N more" per super-node and relation type, by `moreId`. */
  readonly more: ReadonlyMap<string, MoreEntry>;
}

export const emptyModel: GraphModel = {
  nodes: new Map(),
  edges: new Map(),
  selected: null,
  highlighted: new Set(),
  hiddenKinds: new Set(),
  hiddenRelations: new Set(),
  lastAdded: [],
  anchor: null,
  revision: 0,
  truncated: false,
  ties: new Map(),
  timeFilter: null,
  placements: null,
  more: new Map(),
};

export type SliceInput = Pick<GraphSlice, 'nodes' | 'edges'> & {
  truncated?: boolean;
  more?: readonly SliceMore[];
};

/**
 * Adds a slice. Known nodes keep their pin; hidden ones that arrive again are shown (the analyst asked
 * for them). Edges whose endpoints are missing are dropped rather than left dangling.
 */
export function mergeSlice(model: GraphModel, slice: SliceInput, anchor: string | null = null): GraphModel {
  const nodes = new Map(model.nodes);
  const added: string[] = [];
  for (const n of slice.nodes) {
    const old = nodes.get(n.id);
    if (!old) added.push(n.id);
    nodes.set(n.id, { id: n.id, label: n.label, kind: n.kind, pinned: old?.pinned ?? false, hidden: false });
  }
  const edges = new Map(model.edges);
  for (const e of slice.edges) {
    if (!nodes.has(e.source) || !nodes.has(e.target)) continue;
    edges.set(e.id, toEdge(e));
  }
  let more = model.more;
  if (slice.more && slice.more.length > 0) {
    const next = new Map(more);
    for (const m of slice.more) {
      if (!nodes.has(m.node) || m.count <= 0) continue;
      const id = moreId(m.node, m.relationType);
      next.set(id, { ...m, id });
    }
    more = next;
  }
  return {
    ...model,
    nodes,
    edges,
    more,
    lastAdded: added,
    anchor,
    revision: model.revision + 1,
    truncated: slice.truncated ?? false,
  };
}

function toEdge(e: SliceEdge): GEdge {
  const { id, source, target, type } = e;
  return { id, source, target, type, label: e.label ?? null, status: e.status ?? null };
}

/**
 * After a curation: the edges touching `ids` become exactly those of the fresh `slice` (a retracted
 * fact's edge leaves, a corrected one arrives, a verified one changes its style). Nodes stay as they are;
 * edges to nodes not on the canvas are dropped. A truncated slice may lack edges that still exist,
 * so then nothing is removed. No layout is due, so `lastAdded` is empty.
 */
export function refreshEdges(model: GraphModel, ids: readonly string[], slice: SliceInput): GraphModel {
  const touched = new Set(ids.filter((id) => model.nodes.has(id)));
  if (touched.size === 0) return model;
  const keep = (e: GEdge) => slice.truncated === true || (!touched.has(e.source) && !touched.has(e.target));
  const edges = new Map([...model.edges].filter(([, e]) => keep(e)));
  for (const e of slice.edges) {
    if (!model.nodes.has(e.source) || !model.nodes.has(e.target)) continue;
    if (!touched.has(e.source) && !touched.has(e.target)) continue;
    edges.set(e.id, toEdge(e));
  }
  const highlighted = new Set([...model.highlighted].filter((id) => model.nodes.has(id) || edges.has(id)));
  return { ...model, edges, highlighted, lastAdded: [] };
}

/** Removes nodes and every edge touching them. */
export function removeNodes(model: GraphModel, ids: readonly string[]): GraphModel {
  const gone = new Set(ids);
  const nodes = new Map([...model.nodes].filter(([id]) => !gone.has(id)));
  const edges = new Map([...model.edges].filter(([, e]) => !gone.has(e.source) && !gone.has(e.target)));
  const highlighted = new Set([...model.highlighted].filter((id) => nodes.has(id) || edges.has(id)));
  const ties = new Map([...model.ties].filter(([, t]) => !gone.has(t.source) && !gone.has(t.target)));
  const more = new Map([...model.more].filter(([, m]) => !gone.has(m.node)));
  return {
    ...model,
    nodes,
    edges,
    ties,
    highlighted,
    more,
    selected: model.selected && gone.has(model.selected) ? null : model.selected,
    lastAdded: [],
  };
}

function updateNodes(model: GraphModel, ids: readonly string[], change: (n: GNode) => GNode): GraphModel {
  const nodes = new Map(model.nodes);
  for (const id of ids) {
    const n = nodes.get(id);
    if (n) nodes.set(id, change(n));
  }
  return { ...model, nodes, lastAdded: [] };
}

export function hideNodes(model: GraphModel, ids: readonly string[]): GraphModel {
  const next = updateNodes(model, ids, (n) => ({ ...n, hidden: true }));
  return next.selected && ids.includes(next.selected) ? { ...next, selected: null } : next;
}

export function showAll(model: GraphModel): GraphModel {
  return updateNodes(model, [...model.nodes.keys()], (n) => (n.hidden ? { ...n, hidden: false } : n));
}

export function setPinned(model: GraphModel, ids: readonly string[], pinned: boolean): GraphModel {
  return updateNodes(model, ids, (n) => ({ ...n, pinned }));
}

export function select(model: GraphModel, id: string | null): GraphModel {
  if (id !== null && !model.nodes.has(id)) return model;
  return model.selected === id ? model : { ...model, selected: id, lastAdded: [] };
}

function toggle<T>(set: ReadonlySet<T>, key: T, on: boolean): ReadonlySet<T> {
  const next = new Set(set);
  if (on) next.add(key);
  else next.delete(key);
  return next;
}

export function setKindHidden(model: GraphModel, kind: NodeKind, hidden: boolean): GraphModel {
  return { ...model, hiddenKinds: toggle(model.hiddenKinds, kind, hidden), lastAdded: [] };
}

export function setRelationHidden(model: GraphModel, type: RelationType, hidden: boolean): GraphModel {
  return { ...model, hiddenRelations: toggle(model.hiddenRelations, type, hidden), lastAdded: [] };
}

/**
 * A page of a super-node's left-out neighbours arrived: merge it around the super-node and count
 * down its "+N more" (gone once none remain).
 */
export function pageMore(
  model: GraphModel,
  id: string,
  page: SliceInput,
  remaining: number,
  after: string | null,
): GraphModel {
  const entry = model.more.get(id);
  if (!entry) return model;
  const merged = mergeSlice(model, { nodes: page.nodes, edges: page.edges }, entry.node);
  const more = new Map(merged.more);
  if (remaining > 0 && after !== null) more.set(id, { ...entry, count: remaining, after });
  else more.delete(id);
  return { ...merged, more };
}

/** Merges a path and highlights exactly its nodes and edges. */
export function showPath(model: GraphModel, slice: SliceInput): GraphModel {
  const merged = mergeSlice(model, slice, slice.nodes[0]?.id ?? null);
  const highlighted = new Set([...slice.nodes.map((n) => n.id), ...slice.edges.map((e) => e.id)]);
  return { ...merged, highlighted };
}

export function clearPath(model: GraphModel): GraphModel {
  return { ...model, highlighted: new Set(), lastAdded: [] };
}

/** A node is on screen when neither it nor its kind is hidden. */
export function isNodeVisible(model: GraphModel, n: GNode): boolean {
  return !n.hidden && !model.hiddenKinds.has(n.kind);
}

export function visibleNodes(model: GraphModel): GNode[] {
  return [...model.nodes.values()].filter((n) => isNodeVisible(model, n));
}

export function visibleEdges(model: GraphModel): GEdge[] {
  const shown = new Set(visibleNodes(model).map((n) => n.id));
  return [...model.edges.values()].filter(
    (e) => shown.has(e.source) && shown.has(e.target) && !model.hiddenRelations.has(e.type),
  );
}

export function hiddenCount(model: GraphModel): number {
  let count = 0;
  for (const n of model.nodes.values()) if (n.hidden) count++;
  return count;
}

/** Kinds and relation types present in the model, for the filter panel. */
export function presentKinds(model: GraphModel): NodeKind[] {
  return [...new Set([...model.nodes.values()].map((n) => n.kind))].sort();
}
export function presentRelations(model: GraphModel): RelationType[] {
  return [...new Set([...model.edges.values()].map((e) => e.type))].sort();
}

/**
 * Adds the people or organizations a tie query found and the ties to them, laid out around `anchor`.
 * A tie found again (from the other end, or after a new article) replaces the old one.
 */
export function addTies(
  model: GraphModel,
  nodes: readonly SliceNode[],
  ties: readonly Tie[],
  anchor: string | null,
): GraphModel {
  const merged = mergeSlice(model, { nodes: [...nodes], edges: [] }, anchor);
  const next = new Map(merged.ties);
  for (const t of ties) if (merged.nodes.has(t.source) && merged.nodes.has(t.target)) next.set(t.id, t);
  return { ...merged, ties: next };
}

/** Ties between two visible nodes. */
export function visibleTies(model: GraphModel): Tie[] {
  const shown = new Set(visibleNodes(model).map((n) => n.id));
  return [...model.ties.values()].filter((t) => shown.has(t.source) && shown.has(t.target));
}

/** The ties touching a node, heaviest first (the details panel lists them with their evidence). */
export function tiesOf(model: GraphModel, id: string): Tie[] {
  return [...model.ties.values()]
    .filter((t) => t.source === id || t.target === id)
    .sort((a, b) => b.weight - a.weight || a.id.localeCompare(b.id));
}

export function setTimeFilter(model: GraphModel, filter: TimeFilter | null): GraphModel {
  // Turning off what is off changes nothing: no new model, no render.
  if (filter === null && model.timeFilter === null) return model;
  return { ...model, timeFilter: filter, lastAdded: [] };
}
