/**
 * The explorer's API calls, in the model's terms: slices of graph, entity details, articles.
 */
import type { GraphNodeDto, GraphSliceDto, EntityRef, ArticleDto, NodeDetails } from './types';
import { request, type RequestOptions } from './client';
import { ARTICLE, NEIGHBORHOOD, NODE_DETAILS, SEARCH, SHORTEST_PATH } from './operations';

/** `ASSOCIATION` (API enum) → `association` (node kind, as in GraphNode and @guanxi/schema). */
export function entityToNode(ref: EntityRef): GraphNodeDto {
  return { id: ref.id, label: ref.name, kind: ref.kind.toLowerCase() };
}

/** The part of a slice among the given nodes: used to connect a newcomer to what is on the canvas. */
export function restrictSlice(slice: GraphSliceDto, keep: ReadonlySet<string>): GraphSliceDto {
  return {
    nodes: slice.nodes.filter((n) => keep.has(n.id)),
    edges: slice.edges.filter((e) => keep.has(e.source) && keep.has(e.target)),
    truncated: slice.truncated,
  };
}

export async function searchEntities(query: string, opts?: RequestOptions) {
  const data = await request(SEARCH, { query, first: 10 }, opts);
  return data.search.edges.map((e) => e.node);
}

export async function fetchNeighborhood(id: string, opts?: RequestOptions): Promise<GraphSliceDto> {
  return (await request(NEIGHBORHOOD, { id, depth: 1, limit: 200 }, opts)).neighborhood;
}

export async function fetchPath(
  from: string,
  to: string,
  opts?: RequestOptions,
): Promise<GraphSliceDto | null> {
  return (await request(SHORTEST_PATH, { from, to }, opts)).shortestPath;
}

export async function fetchDetails(id: string, opts?: RequestOptions): Promise<NodeDetails | null> {
  const node = (await request(NODE_DETAILS, { id }, opts)).node;
  return node ? (node as NodeDetails) : null;
}

export async function fetchArticle(id: string, opts?: RequestOptions): Promise<ArticleDto | null> {
  const node = (await request(ARTICLE, { id }, opts)).node;
  return node && node.__typename === 'Article' ? (node as ArticleDto) : null;
}

/**
 * Brings nodes onto the canvas with their edges to each other: the neighbourhood of each (a few at a
 * time), restricted to the wanted set. Used to restore a shared view and to add a related entity.
 */
export async function connectNodes(
  ids: readonly string[],
  onCanvas: ReadonlySet<string>,
  opts?: RequestOptions,
): Promise<GraphSliceDto> {
  const keep = new Set([...onCanvas, ...ids]);
  const nodes = new Map<string, GraphNodeDto>();
  const edges = new Map<string, GraphSliceDto['edges'][number]>();
  const queue = [...ids];
  const worker = async () => {
    for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
      const slice = restrictSlice(await fetchNeighborhood(id, opts), keep);
      for (const n of slice.nodes) if (ids.includes(n.id) || onCanvas.has(n.id)) nodes.set(n.id, n);
      for (const e of slice.edges) edges.set(e.id, e);
    }
  };
  await Promise.all(Array.from({ length: Math.min(4, ids.length) }, worker));
  return { nodes: [...nodes.values()], edges: [...edges.values()], truncated: false };
}
