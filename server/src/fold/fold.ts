import { encodeEvidence } from '@guanxi/schema';
import neo4j from 'neo4j-driver';
import type { Context } from '../context';
import type { FieldNode, GraphQLResolveInfo } from '../graphql';
import type { Link } from '../neo4j/loaders';
import { LINKS, MAX_LINKS, relOf } from '../neo4j/links';
import { isRecordType, labelOf, nodeRecOf, recOf, type NodeRec } from '../neo4j/records';
import { foldCypher } from './cypher';
import { planNode, reachesOut, type NodePlan, type NodeType } from './plan';
import { unaskedProperties } from './unasked';

/** What stands between the article id and the sentence in stored evidence (the schema's own encoding). */
const EVIDENCE_SEPARATOR = encodeEvidence({ articleId: '', sentence: '' });

/** A node list of foldCypher: `[record values, ...one list of FoldedLink per planned link, organization?]`. */
type Folded = unknown[];
/** `[rel values, node list of the other end, post values or null, [article values]]`. */
type FoldedLink = [unknown[], Folded, unknown[] | null, unknown[][]];

/**
 * Answers the loaders would give, from the folded node list `f` of record `rec`, read in the order
 * foldCypher wrote it: the resolvers then find them cached.
 */
function prime(ctx: Context, rec: NodeRec, plan: NodePlan | null, f: Folded): void {
  ctx.loaders.node.prime(rec.id, rec);
  if (!plan) return;
  let at = 1;
  for (const [link, lp] of plan.links) {
    const spec = LINKS[link];
    const links: Link[] = [];
    for (const [r, o, v, a] of f[at++] as FoldedLink[]) {
      const other = nodeRecOf(spec.other, o[0]);
      if (!other) continue;
      prime(ctx, other, lp.other, o);
      const via = v && recOf('Position', v);
      if (via) ctx.loaders.node.prime(via.id, via);
      for (const art of a) {
        const article = recOf('Article', art);
        ctx.loaders.node.prime(article.id, article);
      }
      links.push({ rel: relOf(spec, r), other, via });
    }
    ctx.loaders[link].prime(rec.id, links);
  }
  if (plan.organization && rec.__typename === 'Position' && rec.organizationId) {
    const org = f[at] as Folded | null;
    if (org) prime(ctx, recOf('Organization', org[0] as unknown[]), plan.organization, org);
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
  // A root field inside a fragment is shared by the document's operations, which may ask differently.
  const skip = unaskedProperties(info);
  const key = `${types.join()}|${[...skip].join()}`;
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
  const cypher = plans.size > 0 ? foldCypher([...plans.keys()], plans, skip) : null;
  const made = { plans, cypher };
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
    (r) => [r.get('t') as NodeType, r.get('f') as Folded] as const,
  );
  for (const [type, f] of rows) prime(ctx, recOf(type, f[0] as unknown[]), plans.get(type) ?? null, f);
}
