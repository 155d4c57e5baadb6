/**
 * The explorer's API calls, in the model's terms: slices of graph, entity details, articles. Results
 * pass `fromApi` here and nowhere else, so the rest of the app speaks @guanxi/schema's vocabulary.
 */
import type { GraphSlice, MoreEntry, SliceEdge, SliceNode } from '../graph/model';
import { request, type RequestOptions } from './client';
import { fromApi, type FromApi } from './from-api';
import type {
  ArticleQuery,
  EvidenceFieldsFragment,
  NodeDetailsQuery,
  RefFragment,
  SearchQuery,
  TypedDocumentString,
} from './generated/graphql';
import { ARTICLE, NEIGHBORHOOD, NEIGHBORS, NODE_DETAILS, SEARCH, SHORTEST_PATH } from './operations';

export type EntityRef = FromApi<RefFragment>;
export type Evidence = FromApi<EvidenceFieldsFragment>;
export type Suggestion = FromApi<SearchQuery>['search']['edges'][number]['node'];
export type NodeDetails = NonNullable<FromApi<NodeDetailsQuery>['node']>;
export type ArticleDetails = Extract<NonNullable<FromApi<ArticleQuery>['node']>, { __typename: 'Article' }>;

/** Sends an operation and hands back its result in the schema's vocabulary. */
export async function query<TResult, TVariables>(
  operation: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  opts?: RequestOptions,
): Promise<FromApi<TResult>> {
  return fromApi(await request(operation, variables, opts));
}

export function entityToNode(ref: EntityRef): SliceNode {
  return { id: ref.id, label: ref.name, kind: ref.kind };
}

/** The part of a slice among the given nodes: used to connect a newcomer to what is on the canvas. */
export function restrictSlice(slice: GraphSlice, keep: ReadonlySet<string>): GraphSlice {
  return {
    nodes: slice.nodes.filter((n) => keep.has(n.id)),
    edges: slice.edges.filter((e) => keep.has(e.source) && keep.has(e.target)),
    truncated: slice.truncated,
  };
}

export async function searchEntities(text: string, opts?: RequestOptions): Promise<Suggestion[]> {
  const data = await query(SEARCH, { query: text, first: 10 }, opts);
  return data.search.edges.map((e) => e.node);
}

export async function fetchNeighborhood(id: string, opts?: RequestOptions): Promise<GraphSlice> {
  return (await query(NEIGHBORHOOD, { id, depth: 1, limit: 200 }, opts)).neighborhood;
}

/** The next page of a super-node's "+N more", and how many remain after it. */
export interface MorePage {
  nodes: SliceNode[];
  edges: SliceEdge[];
  remaining: number;
  after: string | null;
}

export async function fetchMore(more: MoreEntry, opts?: RequestOptions): Promise<MorePage> {
  const vars = { id: more.node, relationType: more.relationType, after: more.after };
  const page = (await query(NEIGHBORS, vars, opts)).neighbors;
  return { nodes: page.nodes, edges: page.edges, remaining: page.remaining, after: page.endCursor };
}

export async function fetchPath(from: string, to: string, opts?: RequestOptions): Promise<GraphSlice | null> {
  return (await query(SHORTEST_PATH, { from, to }, opts)).shortestPath;
}

export async function fetchDetails(id: string, opts?: RequestOptions): Promise<NodeDetails | null> {
  return (await query(NODE_DETAILS, { id }, opts)).node;
}

export async function fetchArticle(id: string, opts?: RequestOptions): Promise<ArticleDetails | null> {
  const node = (await query(ARTICLE, { id }, opts)).node;
  return node?.__typename === 'Article' ? node : null;
}

/**
 * Brings nodes onto the canvas with their edges to each other: the neighbourhood of each (a few at a
 * time), restricted to the wanted set. Used to restore a shared view and to add a related entity.
 */
export async function connectNodes(
  ids: readonly string[],
  onCanvas: ReadonlySet<string>,
  opts?: RequestOptions,
): Promise<GraphSlice> {
  const keep = new Set([...onCanvas, ...ids]);
  const nodes = new Map<string, SliceNode>();
  const edges = new Map<string, SliceEdge>();
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
