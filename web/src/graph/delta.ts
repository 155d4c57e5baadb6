/**
 * What a canvas action changed, as data: nodes and edges that came and went, nodes hidden or shown.
 * Undo applies it backwards, redo forwards — to the model as it is then, so changes made in between
 * (a curation redrawing edges, a filter, the selection) are kept rather than overwritten by a snapshot.
 */
import type { GEdge, GNode, GraphModel } from './model';

export interface GraphDelta {
  readonly addedNodes: readonly GNode[];
  readonly removedNodes: readonly GNode[];
  readonly addedEdges: readonly GEdge[];
  readonly removedEdges: readonly GEdge[];
  readonly hidden: readonly string[];
  readonly shown: readonly string[];
}

export const noDelta: GraphDelta = {
  addedNodes: [],
  removedNodes: [],
  addedEdges: [],
  removedEdges: [],
  hidden: [],
  shown: [],
};

export function graphDelta(before: GraphModel, after: GraphModel): GraphDelta {
  const gone = <T>(a: ReadonlyMap<string, T>, b: ReadonlyMap<string, T>) =>
    [...a].filter(([id]) => !b.has(id)).map(([, v]) => v);
  const flipped = (hidden: boolean) =>
    [...after.nodes.values()]
      .filter((n) => n.hidden === hidden && before.nodes.get(n.id)?.hidden === !hidden)
      .map((n) => n.id);
  return {
    addedNodes: gone(after.nodes, before.nodes),
    removedNodes: gone(before.nodes, after.nodes),
    addedEdges: gone(after.edges, before.edges),
    removedEdges: gone(before.edges, after.edges),
    hidden: flipped(true),
    shown: flipped(false),
  };
}

export function isEmptyDelta(d: GraphDelta): boolean {
  return Object.values(d).every((list: readonly unknown[]) => list.length === 0);
}

/** Two deltas one after the other, as one (an add whose edges arrive a moment later). */
export function combineDeltas(first: GraphDelta, then: GraphDelta): GraphDelta {
  const removedLater = new Set([...then.removedNodes, ...then.removedEdges].map((x) => x.id));
  const addedFirst = new Set([...first.addedNodes, ...first.addedEdges].map((x) => x.id));
  return {
    addedNodes: [...first.addedNodes.filter((n) => !removedLater.has(n.id)), ...then.addedNodes],
    addedEdges: [...first.addedEdges.filter((e) => !removedLater.has(e.id)), ...then.addedEdges],
    removedNodes: [...first.removedNodes, ...then.removedNodes.filter((n) => !addedFirst.has(n.id))],
    removedEdges: [...first.removedEdges, ...then.removedEdges.filter((e) => !addedFirst.has(e.id))],
    hidden: [...new Set([...first.hidden, ...then.hidden])],
    shown: [...new Set([...first.shown, ...then.shown])],
  };
}

/** The delta the other way round. */
export function invertDelta(d: GraphDelta): GraphDelta {
  return {
    addedNodes: d.removedNodes,
    removedNodes: d.addedNodes,
    addedEdges: d.removedEdges,
    removedEdges: d.addedEdges,
    hidden: d.shown,
    shown: d.hidden,
  };
}

/**
 * Applies a delta. Nodes come back as they were (pin included); an edge comes back only when both
 * its ends are there. No layout is due (`lastAdded` empty): positions are restored separately.
 */
export function applyDelta(model: GraphModel, d: GraphDelta): GraphModel {
  const nodes = new Map(model.nodes);
  const edges = new Map(model.edges);
  for (const n of d.removedNodes) nodes.delete(n.id);
  for (const n of d.addedNodes) nodes.set(n.id, n);
  for (const id of d.hidden) {
    const n = nodes.get(id);
    if (n) nodes.set(id, { ...n, hidden: true });
  }
  for (const id of d.shown) {
    const n = nodes.get(id);
    if (n) nodes.set(id, { ...n, hidden: false });
  }
  for (const e of d.removedEdges) edges.delete(e.id);
  for (const [id, e] of edges) if (!nodes.has(e.source) || !nodes.has(e.target)) edges.delete(id);
  for (const e of d.addedEdges) if (nodes.has(e.source) && nodes.has(e.target)) edges.set(e.id, e);
  const selected = model.selected && nodes.get(model.selected)?.hidden === false ? model.selected : null;
  const highlighted = new Set([...model.highlighted].filter((id) => nodes.has(id) || edges.has(id)));
  return { ...model, nodes, edges, selected, highlighted, lastAdded: [] };
}
