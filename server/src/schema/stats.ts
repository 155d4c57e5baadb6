import {
  ENTITY_KINDS,
  LABELS,
  ORGANIZATION_KIND_LABEL,
  RELATION_TYPES,
  isOrganizationKind,
  type NodeKind,
} from '@guanxi/schema';
import { builder } from '../builder';
import { toNumber } from '../neo4j/db';

interface Count {
  name: string;
  count: number;
}
interface Stats {
  nodes: Count[];
  relationships: Count[];
  relationshipTotal: number;
}

const labelOfKind = (k: NodeKind): string =>
  isOrganizationKind(k) ? ORGANIZATION_KIND_LABEL[k] : LABELS[(k[0]!.toUpperCase() + k.slice(1)) as 'Person'];

const KINDS: NodeKind[] = [...ENTITY_KINDS, 'position', 'article'];

/**
 * Every count is a label or type count, which Neo4j answers from its count store without
 * touching nodes, so this stays instant on a large graph. One statement.
 */
export const STATS_CYPHER = [
  ...KINDS.map((k, i) => `CALL () { MATCH (n:${labelOfKind(k)}) RETURN count(n) AS n${i} }`),
  ...RELATION_TYPES.map((t, i) => `CALL () { MATCH ()-[r:${t}]->() RETURN count(r) AS r${i} }`),
  `RETURN [${KINDS.map((_, i) => `n${i}`).join(', ')}] AS nodes, [${RELATION_TYPES.map((_, i) => `r${i}`).join(', ')}] AS rels`,
].join('\n');

const CountRef = builder.objectRef<Count>('Count').implement({
  fields: (t) => ({ name: t.exposeString('name'), count: t.exposeInt('count') }),
});

const StatsRef = builder.objectRef<Stats>('Stats').implement({
  description: 'Size of the graph.',
  fields: (t) => ({
    nodes: t.field({ type: [CountRef], description: 'Nodes by NODE_KINDS value.', resolve: (s) => s.nodes }),
    relationships: t.field({
      type: [CountRef],
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
      const nodes = KINDS.map((name, i) => ({ name, count: row?.nodes[i] ?? 0 }));
      const relationships = RELATION_TYPES.map((name, i) => ({ name, count: row?.rels[i] ?? 0 }));
      return { nodes, relationships, relationshipTotal: relationships.reduce((s, c) => s + c.count, 0) };
    },
  }),
);
