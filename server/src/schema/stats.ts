import {
  NODE_KINDS,
  ORGANIZATION_KIND_LABEL,
  RELATION_TYPES,
  isOrganizationKind,
  primaryLabel,
  type NodeKind,
  type RelationType,
} from '@guanxi/schema';
import { builder } from '../builder';
import { toNumber } from '../neo4j/db';
import { RelationTypeEnum } from './graph';
import { NodeKindEnum } from './node';

interface NodeCount {
  kind: NodeKind;
  count: number;
}
interface RelationshipCount {
  type: RelationType;
  count: number;
}
interface Stats {
  nodes: NodeCount[];
  relationships: RelationshipCount[];
  relationshipTotal: number;
}

const labelOfKind = (k: NodeKind): string =>
  isOrganizationKind(k) ? ORGANIZATION_KIND_LABEL[k] : primaryLabel(k);

/**
 * Every count is a label or type count, which Neo4j answers from its count store without
 * touching nodes, so this stays instant on a large graph. One statement.
 */
export const STATS_CYPHER = [
  ...NODE_KINDS.map((k, i) => `CALL () { MATCH (n:${labelOfKind(k)}) RETURN count(n) AS n${i} }`),
  ...RELATION_TYPES.map((t, i) => `CALL () { MATCH ()-[r:${t}]->() RETURN count(r) AS r${i} }`),
  `RETURN [${NODE_KINDS.map((_, i) => `n${i}`).join(', ')}] AS nodes, [${RELATION_TYPES.map((_, i) => `r${i}`).join(', ')}] AS rels`,
].join('\n');

const NodeCountRef = builder.objectRef<NodeCount>('NodeCount').implement({
  fields: (t) => ({
    kind: t.expose('kind', { type: NodeKindEnum }),
    count: t.exposeInt('count'),
    // Kept for clients of the former `Count { name count }`.
    name: t.string({ deprecationReason: 'Use `kind`.', resolve: (c) => c.kind }),
  }),
});

const RelationshipCountRef = builder.objectRef<RelationshipCount>('RelationshipCount').implement({
  fields: (t) => ({
    type: t.expose('type', { type: RelationTypeEnum }),
    count: t.exposeInt('count'),
    name: t.string({ deprecationReason: 'Use `type`.', resolve: (c) => c.type }),
  }),
});

const StatsRef = builder.objectRef<Stats>('Stats').implement({
  description: 'Size of the graph.',
  fields: (t) => ({
    nodes: t.field({ type: [NodeCountRef], description: 'Nodes by kind.', resolve: (s) => s.nodes }),
    relationships: t.field({
      type: [RelationshipCountRef],
      description: 'Relationships by type.',
      resolve: (s) => s.relationships,
    }),
    relationshipTotal: t.exposeInt('relationshipTotal'),
  }),
});

builder.queryField('stats', (t) =>
  t.field({
    type: StatsRef,
    resolve: async (_root, _args, ctx) => {
      const [row] = await ctx.db.read(STATS_CYPHER, {}, (r) => ({
        nodes: (r.get('nodes') as unknown[]).map(toNumber),
        rels: (r.get('rels') as unknown[]).map(toNumber),
      }));
      const nodes = NODE_KINDS.map((kind, i) => ({ kind, count: row?.nodes[i] ?? 0 }));
      const relationships = RELATION_TYPES.map((type, i) => ({ type, count: row?.rels[i] ?? 0 }));
      return { nodes, relationships, relationshipTotal: relationships.reduce((s, c) => s + c.count, 0) };
    },
  }),
);
