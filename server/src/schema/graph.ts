import { RELATIONS, RELATION_TYPES, type RelationType } from '@guanxi/schema';
import { builder } from '../builder';
import { checkRange, notFound } from '../errors';
import {
  DEFAULT_TYPES,
  graphNode,
  neighborhood,
  neighbors,
  PER_NODE,
  type GraphEdgeOut,
  type GraphNodeOut,
  type MoreOut,
  type NeighborPageOut,
  type Slice,
} from '../neo4j/graph';
import { shortestPath } from '../neo4j/path';
import { windowArgs } from './dates';
import { FactStatusEnum } from './facts';
import { NodeKindEnum, schemaEnumValues } from './node';
import { NodeRef } from './refs';
import { decodeCursor, encodeCursor } from './search';

/** Relationship types from @guanxi/schema (already UPPERCASE: names and values are the same). */
export const RelationTypeEnum = builder.enumType('RelationType', {
  values: schemaEnumValues(RELATION_TYPES, (t) => RELATIONS[t].caption.en),
});

export const LIMITS = { depth: 3, limit: 1000, maxDepth: 8, perNode: 500, first: 500 } as const;

/** The ranking both `neighborhood(perNode:)` and `neighbors` use, stated once for the SDL. */
const ORDER =
  'most recent evidence first (the fact’s lastSeen: the latest date of the articles stating it; facts without articles last), then the most connected neighbour (degree), then id';

const GraphNodeRef = builder.objectRef<GraphNodeOut>('GraphNode').implement({
  description: 'A node ready for Cytoscape: `data: { id, label, kind }`.',
  fields: (t) => ({
    id: t.exposeID('id'),
    label: t.exposeString('label'),
    kind: t.expose('kind', { type: NodeKindEnum }),
    entity: t.field({ type: NodeRef, nullable: true, resolve: (n) => n.rec }),
  }),
});

const GraphEdgeRef = builder.objectRef<GraphEdgeOut>('GraphEdge').implement({
  description: 'An edge ready for Cytoscape. HOLDS edges go person → organization, labelled with the post.',
  fields: (t) => ({
    id: t.exposeID('id'),
    source: t.exposeID('source'),
    target: t.exposeID('target'),
    type: t.expose('type', { type: RelationTypeEnum, description: 'AT is folded into HOLDS.' }),
    label: t.exposeString('label'),
    confidence: t.exposeFloat('confidence', {
      nullable: true,
      description:
        "The fact's confidence (HOLDS, PART_OF, PARTICIPATED, ORGANIZED); null for other relations.",
    }),
    status: t.field({
      type: FactStatusEnum,
      nullable: true,
      description:
        'The fact’s curation status, so the canvas can mark curated facts; null for other relations.',
      resolve: (e) => e.status,
    }),
  }),
});

const MoreNeighborsRef = builder.objectRef<MoreOut>('MoreNeighbors').implement({
  description: `Neighbours of a super-node that \`perNode\` left out of a slice; page them in with \`neighbors(id: node, relationType, after)\`.`,
  fields: (t) => ({
    node: t.exposeID('node', { description: 'The node they are neighbours of (in the slice).' }),
    relationType: t.expose('relationType', {
      type: RelationTypeEnum,
      nullable: true,
      description: 'The type they are reached through (always set by neighborhood, which ranks per type).',
    }),
    count: t.exposeInt('count', { description: 'How many were left out (one per folded edge).' }),
    after: t.string({
      description: '`after` for `neighbors` to fetch the next of them.',
      resolve: (m) => encodeCursor(m.shown - 1),
    }),
  }),
});

const GraphSliceRef = builder.objectRef<Slice>('GraphSlice').implement({
  fields: (t) => ({
    nodes: t.field({ type: [GraphNodeRef], resolve: (s) => s.nodes }),
    edges: t.field({ type: [GraphEdgeRef], resolve: (s) => s.edges }),
    truncated: t.exposeBoolean('truncated', { description: 'True when the limit cut the slice short.' }),
    more: t.field({
      type: [MoreNeighborsRef],
      description: 'Per node and relation type, the neighbours `perNode` left out (empty for paths).',
      resolve: (s) => s.more ?? [],
    }),
  }),
});

const NeighborPageRef = builder.objectRef<NeighborPageOut>('NeighborPage').implement({
  description: `One page of a node's neighbours, ranked ${ORDER}.`,
  fields: (t) => ({
    nodes: t.field({
      type: [GraphNodeRef],
      description: 'The neighbours on this page, and the node itself.',
      resolve: (p) => p.nodes,
    }),
    edges: t.field({ type: [GraphEdgeRef], resolve: (p) => p.edges }),
    totalCount: t.int({ description: 'Neighbours in all (one per folded edge).', resolve: (p) => p.total }),
    remaining: t.int({
      description: 'Neighbours after this page.',
      resolve: (p) => Math.max(0, p.total - p.skip - p.edges.length),
    }),
    hasNextPage: t.boolean({ resolve: (p) => p.skip + p.edges.length < p.total }),
    endCursor: t.string({
      nullable: true,
      description: '`after` for the next page; null on an empty page.',
      resolve: (p) => (p.edges.length > 0 ? encodeCursor(p.skip + p.edges.length - 1) : null),
    }),
  }),
});

// The enum has already refused anything outside RELATION_TYPES, which is what makes interpolating
// the types into Cypher safe.
const relationTypes = (input: readonly RelationType[] | null | undefined): RelationType[] =>
  input ? [...new Set(input)] : DEFAULT_TYPES;

/** NOT_FOUND for an id argument that names no stored node (the id shown cut to 80 characters). */
function noNode(id: string | number): never {
  throw notFound(`no node with id ${JSON.stringify(String(id).slice(0, 80))}`);
}

builder.queryFields((t) => ({
  neighborhood: t.field({
    type: GraphSliceRef,
    description: `Everything within \`depth\` hops of a node (positions folded into HOLDS edges). Articles only when relationTypes includes MENTIONS. Each node brings at most \`perNode\` neighbours per relation type, ranked ${ORDER}; the rest are counted in \`more\`. With \`at\` or \`from\`/\`to\`, only facts valid or seen then (server/README.md, "Time").`,
    args: {
      id: t.arg.id({ required: true }),
      depth: t.arg.int({ defaultValue: 1, required: false, description: `1–${LIMITS.depth}` }),
      limit: t.arg.int({ defaultValue: 200, required: false, description: `Nodes, 1–${LIMITS.limit}` }),
      relationTypes: t.arg({ type: [RelationTypeEnum], required: false }),
      at: t.arg.string({
        required: false,
        description: 'Only facts valid or seen at this date (YYYY, YYYY-MM, YYYY-MM-DD).',
      }),
      from: t.arg.string({ required: false, description: 'Only facts valid or seen from this date on.' }),
      to: t.arg.string({
        required: false,
        description: 'Only facts valid or seen up to this date (its whole period).',
      }),
      perNode: t.arg.int({
        defaultValue: PER_NODE,
        required: false,
        description: `Neighbours per node and relation type, 1–${LIMITS.perNode}`,
      }),
    },
    resolve: async (_root, args, ctx) => {
      const window = windowArgs(args);
      const depth = args.depth ?? 1;
      const limit = args.limit ?? 200;
      const perNode = args.perNode ?? PER_NODE;
      checkRange('depth', depth, 1, LIMITS.depth);
      checkRange('limit', limit, 1, LIMITS.limit);
      checkRange('perNode', perNode, 1, LIMITS.perNode);
      const types = relationTypes(args.relationTypes);
      const slice = await neighborhood(ctx.db, String(args.id), depth, limit, types, perNode, window);
      return slice ?? noNode(args.id);
    },
  }),
  neighbors: t.field({
    type: NeighborPageRef,
    description: `A node's neighbours a page at a time, ranked ${ORDER} — how the "+N more" of a super-node is paged in. With \`relationType\`, only that type (the ranking \`neighborhood\` uses per type); without, every type but MENTIONS, ranked together.`,
    args: {
      id: t.arg.id({ required: true }),
      relationType: t.arg({ type: RelationTypeEnum, required: false }),
      first: t.arg.int({ defaultValue: PER_NODE, required: false, description: `1–${LIMITS.first}` }),
      after: t.arg.string({
        required: false,
        description: 'A cursor from `MoreNeighbors.after` or `endCursor`.',
      }),
    },
    resolve: async (_root, args, ctx) => {
      const first = args.first ?? PER_NODE;
      checkRange('first', first, 1, LIMITS.first);
      const skip = args.after ? decodeCursor(args.after) + 1 : 0;
      const start = (await ctx.loaders.node.load(String(args.id))) ?? noNode(args.id);
      const type = args.relationType ?? null;
      return neighbors(ctx.db, start.id, type ? [type] : DEFAULT_TYPES, type !== null, skip, first);
    },
  }),
  shortestPath: t.field({
    type: GraphSliceRef,
    nullable: true,
    description:
      'A shortest path between two entities through posts, organizations and events; null when none. With `at` or `fromDate`/`toDate`, only through facts valid or seen then.',
    args: {
      from: t.arg.id({ required: true }),
      to: t.arg.id({ required: true }),
      maxDepth: t.arg.int({ defaultValue: 6, required: false, description: `1–${LIMITS.maxDepth}` }),
      at: t.arg.string({
        required: false,
        description: 'Only facts valid or seen at this date (YYYY, YYYY-MM, YYYY-MM-DD).',
      }),
      fromDate: t.arg.string({
        required: false,
        description: 'Only facts valid or seen from this date on (`from` is the start node).',
      }),
      toDate: t.arg.string({ required: false, description: 'Only facts valid or seen up to this date.' }),
    },
    resolve: async (_root, args, ctx) => {
      const window = windowArgs({ at: args.at, from: args.fromDate, to: args.toDate });
      const maxDepth = args.maxDepth ?? 6;
      checkRange('maxDepth', maxDepth, 1, LIMITS.maxDepth);
      const found = await shortestPath(ctx.db, String(args.from), String(args.to), maxDepth, window);
      // An end that is no entity may still be a node (a post, an article): only the loader can tell
      // NOT_FOUND from "no path"; this costs a round trip on that path only. load, not loadMany: a
      // failed batch (the database is down) must fail, not read as "no node".
      const [from, to] = await Promise.all([
        found.from ?? ctx.loaders.node.load(String(args.from)),
        found.to ?? ctx.loaders.node.load(String(args.to)),
      ]);
      if (!from) noNode(args.from);
      if (!to) noNode(args.to);
      if (from.id === to.id) return { nodes: [graphNode(from)], edges: [], truncated: false };
      return found.slice;
    },
  }),
}));
