import { encodeEvidence } from '@guanxi/schema';
import neo4j, { type Node as Neo4jNode } from 'neo4j-driver';
import type { Context } from '../context';
import type { FieldNode, GraphQLResolveInfo } from '../graphql';
import type { Link } from '../neo4j/loaders';
import { MAX_LINKS, type LinkName } from '../neo4j/links';
import { labelOf, toRec } from '../neo4j/records';
import { foldCypher } from './cypher';
import { planNode, reachesOut, type NodePlan, type NodeType } from './plan';

/** What stands between the article id and the sentence in stored evidence (the schema's own encoding). */
const EVIDENCE_SEPARATOR = encodeEvidence({ articleId: '', sentence: '' });

interface Folded {
  n: Neo4jNode;
  org?: Folded | null;
  [link: string]: unknown;
}
interface FoldedLink {
  r: Record<string, unknown>;
  o: Folded;
  v: Neo4jNode | null;
  a: Neo4jNode[];
}

/** Answers the loaders would give, from one folded result: the resolvers then find them cached. */
function prime(ctx: Context, plan: NodePlan | null, f: Folded): void {
  const rec = toRec(f.n);
  if (!rec) return;
  ctx.loaders.node.prime(rec.id, rec);
  if (!plan) return;
  for (const [link, lp] of plan.links) {
    const links: Link[] = [];
    for (const item of f[link] as FoldedLink[]) {
      const other = toRec(item.o.n);
      if (!other) continue;
      prime(ctx, lp.other, item.o);
      const via = item.v ? toRec(item.v) : null;
      if (via) ctx.loaders.node.prime(via.id, via);
      for (const a of item.a) {
        const art = toRec(a);
        if (art) ctx.loaders.node.prime(art.id, art);
      }
      links.push({ rel: item.r, other, via });
    }
    ctx.loaders[link as LinkName].prime(rec.id, links);
  }
  if (plan.organization && rec.__typename === 'Position' && rec.organizationId) {
    if (f.org) prime(ctx, plan.organization, f.org);
    else ctx.loaders.node.prime(rec.organizationId, null);
  }
}

/**
 * Loads the nodes `ids` and everything `fields` (the selections made on them) reach through links,
 * in one statement, priming the request's DataLoaders with it (see README.md). Ids of unknown types
 * are left to the node loader. Does nothing when the selections follow no link.
 */
export async function fold(
  ctx: Context,
  info: GraphQLResolveInfo,
  fields: readonly FieldNode[],
  ids: readonly string[],
): Promise<void> {
  if (!ctx.fold) return;
  const sel = { schema: info.schema, fragments: info.fragments };
  const byType = new Map<NodeType, string[]>();
  for (const id of ids) {
    const label = labelOf(id);
    if (label && label in PLANNABLE)
      byType.set(label as NodeType, [...(byType.get(label as NodeType) ?? []), id]);
  }
  const plans = new Map<NodeType, NodePlan>();
  for (const type of byType.keys()) {
    const plan = planNode(
      sel,
      type,
      fields.map((f) => f.selectionSet),
    );
    if (reachesOut(plan)) plans.set(type, plan);
  }
  const types = [...plans.keys()];
  if (types.length === 0) return;
  const rows = await ctx.db.read(
    foldCypher(types, plans),
    {
      ids: Object.fromEntries(types.map((t) => [t, byType.get(t)])),
      cap: neo4j.int(MAX_LINKS),
      sep: EVIDENCE_SEPARATOR,
    },
    (r) => r.get('f') as Folded,
  );
  for (const f of rows) {
    const rec = toRec(f.n);
    if (rec) prime(ctx, plans.get(rec.__typename) ?? null, f);
  }
}

const PLANNABLE: Record<NodeType, true> = {
  Person: true,
  Organization: true,
  Event: true,
  Place: true,
  Position: true,
  Article: true,
};
