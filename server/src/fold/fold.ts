import { encodeEvidence } from '@guanxi/schema';
import neo4j from 'neo4j-driver';
import type { Context } from '../context';
import type { FieldNode, GraphQLResolveInfo } from '../graphql';
import type { Link } from '../neo4j/loaders';
import { LINKS, MAX_LINKS, relOf, type LinkName } from '../neo4j/links';
import { isRecordType, labelOf, type NodeRec } from '../neo4j/records';
import { foldCypher } from './cypher';
import { planNode, reachesOut, type NodePlan, type NodeType } from './plan';

/** What stands between the article id and the sentence in stored evidence (the schema's own encoding). */
const EVIDENCE_SEPARATOR = encodeEvidence({ articleId: '', sentence: '' });

interface Folded {
  /** Null for a node outside the model (articleMentions reaches any node). */
  n: NodeRec | null;
  org?: Folded | null;
  [link: string]: unknown;
}
interface FoldedLink {
  r: unknown[];
  o: Folded;
  v: NodeRec | null;
  a: NodeRec[];
}

/** Answers the loaders would give, from one folded result: the resolvers then find them cached. */
function prime(ctx: Context, plan: NodePlan | null, f: Folded): void {
  const rec = f.n;
  if (!rec) return;
  ctx.loaders.node.prime(rec.id, rec);
  if (!plan) return;
  for (const [link, lp] of plan.links) {
    const links: Link[] = [];
    for (const item of f[link] as FoldedLink[]) {
      const other = item.o.n;
      if (!other) continue;
      prime(ctx, lp.other, item.o);
      if (item.v) ctx.loaders.node.prime(item.v.id, item.v);
      for (const art of item.a) ctx.loaders.node.prime(art.id, art);
      links.push({ rel: relOf(LINKS[link as LinkName], item.r), other, via: item.v });
    }
    ctx.loaders[link as LinkName].prime(rec.id, links);
  }
  if (plan.organization && rec.__typename === 'Position' && rec.organizationId) {
    if (f.org) prime(ctx, plan.organization, f.org);
    else ctx.loaders.node.prime(rec.organizationId, null);
  }
}

interface Planned {
  plans: Map<NodeType, NodePlan>;
  /** Null when the selections follow no link (a plain node lookup does). */
  cypher: string | null;
}

/**
 * Plans and statements by selection: yoga caches parsed documents, so a query sent again brings the
 * same FieldNode objects, and planning it (walking the selection, building the Cypher) is done once
 * per document and set of root types instead of once per request.
 */
const planned = new WeakMap<FieldNode, Map<string, Planned>>();

function plannedFor(info: GraphQLResolveInfo, fields: readonly FieldNode[], types: NodeType[]): Planned {
  const first = fields[0];
  const key = types.join();
  const cached = first && planned.get(first)?.get(key);
  if (cached) return cached;
  const sel = { schema: info.schema, fragments: info.fragments };
  const plans = new Map<NodeType, NodePlan>();
  for (const type of types) {
    const plan = planNode(
      sel,
      type,
      fields.map((f) => f.selectionSet),
    );
    if (reachesOut(plan)) plans.set(type, plan);
  }
  const made = { plans, cypher: plans.size > 0 ? foldCypher([...plans.keys()], plans) : null };
  if (first) planned.set(first, (planned.get(first) ?? new Map<string, Planned>()).set(key, made));
  return made;
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
  const byType = new Map<NodeType, string[]>();
  for (const id of ids) {
    const label = labelOf(id);
    if (label && isRecordType(label)) byType.set(label, [...(byType.get(label) ?? []), id]);
  }
  const { plans, cypher } = plannedFor(info, fields, [...byType.keys()].sort());
  const types = [...plans.keys()];
  if (!cypher) return;
  const rows = await ctx.db.read(
    cypher,
    {
      ids: Object.fromEntries(types.map((t) => [t, byType.get(t)])),
      cap: neo4j.int(MAX_LINKS),
      sep: EVIDENCE_SEPARATOR,
    },
    (r) => r.get('f') as Folded,
  );
  for (const f of rows) {
    const rec = f.n;
    if (rec) prime(ctx, plans.get(rec.__typename) ?? null, f);
  }
}
