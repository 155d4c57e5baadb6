import { isRelationType, RELATION_TYPES, type RelationType } from '@guanxi/schema';
import { builder } from '../builder';
import { badInput, checkRange, notFound } from '../errors';
import {
  DEFAULT_TYPES,
  graphNode,
  neighborhood,
  type GraphEdgeOut,
  type GraphNodeOut,
  type Slice,
} from '../neo4j/graph';
import { shortestPath } from '../neo4j/path';
import { NodeRef } from './refs';

export const LIMITS = { depth: 3, limit: 1000, maxDepth: 8 } as const;

const GraphNodeRef = builder.objectRef<GraphNodeOut>('GraphNode').implement({
  description: 'A node ready for Cytoscape: `data: { id, label, kind }`.',
  fields: (t) => ({
    id: t.exposeID('id'),
    label: t.exposeString('label'),
    kind: t.exposeString('kind', {
      description: 'A NODE_KINDS value: person, agency, …, event, place, position, article.',
    }),
    entity: t.field({ type: NodeRef, nullable: true, resolve: (n) => n.rec }),
  }),
});

const GraphEdgeRef = builder.objectRef<GraphEdgeOut>('GraphEdge').implement({
  description: 'An edge ready for Cytoscape. HOLDS edges go person → organization, labelled with the post.',
  fields: (t) => ({
    id: t.exposeID('id'),
    source: t.exposeID('source'),
    target: t.exposeID('target'),
    type: t.exposeString('type', { description: 'A RELATION_TYPES value (AT is folded into HOLDS).' }),
    label: t.exposeString('label'),
    confidence: t.exposeFloat('confidence', {
      nullable: true,
      description:
        "The fact's confidence (HOLDS, PART_OF, PARTICIPATED, ORGANIZED); null for other relations.",
    }),
  }),
});

const GraphSliceRef = builder.objectRef<Slice>('GraphSlice').implement({
  fields: (t) => ({
    nodes: t.field({ type: [GraphNodeRef], resolve: (s) => s.nodes }),
    edges: t.field({ type: [GraphEdgeRef], resolve: (s) => s.edges }),
    truncated: t.exposeBoolean('truncated', { description: 'True when the limit cut the slice short.' }),
  }),
});

function relationTypes(input: readonly string[] | null | undefined): RelationType[] {
  if (!input) return DEFAULT_TYPES;
  const bad = input.filter((t) => !isRelationType(t));
  if (bad.length > 0) {
    throw badInput(
      `unknown relation type(s) ${bad
        .slice(0, 5)
        .map((b) => JSON.stringify(b.slice(0, 40)))
        .join(', ')}; expected some of ${RELATION_TYPES.join(', ')}`,
    );
  }
  return [...new Set(input as RelationType[])];
}

builder.queryFields((t) => ({
  neighborhood: t.field({
    type: GraphSliceRef,
    description: `Everything within \`depth\` hops of a node (positions folded into HOLDS edges). Articles only when relationTypes includes MENTIONS.`,
    args: {
      id: t.arg.id({ required: true }),
      depth: t.arg.int({ defaultValue: 1, required: false, description: `1–${LIMITS.depth}` }),
      limit: t.arg.int({ defaultValue: 200, required: false, description: `Nodes, 1–${LIMITS.limit}` }),
      relationTypes: t.arg.stringList({ required: false }),
    },
    resolve: async (_root, args, ctx) => {
      const depth = args.depth ?? 1;
      const limit = args.limit ?? 200;
      checkRange('depth', depth, 1, LIMITS.depth);
      checkRange('limit', limit, 1, LIMITS.limit);
      const types = relationTypes(args.relationTypes);
      const start = await ctx.loaders.node.load(String(args.id));
      if (!start) throw notFound(`no node with id ${JSON.stringify(String(args.id).slice(0, 80))}`);
      return neighborhood(ctx.db, start, depth, limit, types);
    },
  }),
  shortestPath: t.field({
    type: GraphSliceRef,
    nullable: true,
    description:
      'A shortest path between two entities through posts, organizations and events; null when none.',
    args: {
      from: t.arg.id({ required: true }),
      to: t.arg.id({ required: true }),
      maxDepth: t.arg.int({ defaultValue: 6, required: false, description: `1–${LIMITS.maxDepth}` }),
    },
    resolve: async (_root, args, ctx) => {
      const maxDepth = args.maxDepth ?? 6;
      checkRange('maxDepth', maxDepth, 1, LIMITS.maxDepth);
      const [from, to] = await ctx.loaders.node.loadMany([String(args.from), String(args.to)]);
      for (const [rec, id] of [
        [from, args.from],
        [to, args.to],
      ] as const) {
        if (!rec || rec instanceof Error)
          throw notFound(`no node with id ${JSON.stringify(String(id).slice(0, 80))}`);
      }
      if (from && !(from instanceof Error) && from.id === String(args.to)) {
        return { nodes: [graphNode(from)], edges: [], truncated: false };
      }
      return shortestPath(ctx.db, String(args.from), String(args.to), maxDepth);
    },
  }),
}));
