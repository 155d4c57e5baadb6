import { LABELS } from '@guanxi/schema';
import { LINKS, nodeCypher, relProjection } from '../neo4j/links';
import { recCypher } from '../neo4j/records';
import type { LinkPlan, NodePlan, NodeType } from './plan';
import { unaskedOn } from './unasked';

/**
 * A plan as one Cypher statement: each followed link is a COLLECT subquery nested in the map of the
 * node it starts from, with exactly the pattern, retraction filter, order and per-node cap of the
 * link's DataLoader (../neo4j/links.ts), so what it primes is what the loader would have answered.
 * Labels and types come from @guanxi/schema and LINKS; ids and the cap are parameters.
 *
 * Nodes come as the records the resolvers read (recCypher) and relationships as the values a Link
 * carries (relProjection): whole nodes would carry pinyin keys and relationships their article
 * lists, decoded for nothing. Everything is a list, not a map: the driver decodes every map key of
 * every row afresh, and the plan says what stands where.
 *
 * Result shape per node (a "node list"): `[record, <one list per link of plan.links, in order>,
 * <node list of a post's organization, when plan.organization>]`; each link's list holds items
 * `[rel values, node list of the other end, the post passed through, [articles]]`. Properties in
 * `skip` (unaskedProperties: no field of the operation reads them) are sent as null (`[]` for aliases).
 */
export function foldCypher(
  roots: readonly NodeType[],
  plans: ReadonlyMap<NodeType, NodePlan>,
  skip: ReadonlySet<string> = new Set(),
): string {
  let next = 0;
  const fresh = (): number => (next += 1);

  const nodeMap = (x: string, type: NodeType | null, plan: NodePlan | null): string => {
    const parts = [nodeCypher(type, x, skip)];
    for (const [link, lp] of plan?.links ?? []) parts.push(linkCollect(x, link, lp));
    if (plan?.organization) {
      const o = `org${fresh()}`;
      parts.push(
        `head(COLLECT { MATCH (${o}:${LABELS.Organization} {id: ${x}.organizationId}) RETURN ${nodeMap(o, 'Organization', plan.organization)} })`,
      );
    }
    return `[${parts.join(', ')}]`;
  };

  const linkCollect = (x: string, link: keyof typeof LINKS, lp: LinkPlan): string => {
    const i = fresh();
    const [r, o, v] = [`r${i}`, `o${i}`, `v${i}`];
    const names: Record<string, string> = { k: x, r, o, v };
    const spec = LINKS[link];
    const match = spec.match.replace(
      /([([])([krov])([:)\]])/g,
      (_m, a: string, n: string, b: string) => `${a}${names[n]}${b}`,
    );
    const hasVia = 'via' in spec && spec.via;
    const via = hasVia ? recCypher('Position', v) : 'null';
    const articles = lp.articles
      ? `COLLECT { UNWIND coalesce(${r}.evidence, []) AS e${i} MATCH (a${i}:${LABELS.Article} {id: split(e${i}, $sep)[0]}) WITH DISTINCT a${i} RETURN ${recCypher('Article', `a${i}`)} }`
      : '[]';
    return `COLLECT {
  MATCH ${match}
  WHERE ${r}.retracted IS NULL
  WITH ${r}, ${o}${hasVia ? `, ${v}` : ''}
  ORDER BY coalesce(${o}.name, ${o}.title, ${o}.id), ${o}.id
  LIMIT $cap
  RETURN [${relProjection(spec, r, unaskedOn(link, skip))}, ${nodeMap(o, spec.other, lp.other)}, ${via}, ${articles}]
}`;
  };

  const branches = roots.map(
    (type) =>
      `MATCH (k:${LABELS[type]}) WHERE k.id IN $ids.${type} RETURN '${type}' AS t, ${nodeMap('k', type, plans.get(type) ?? null)} AS f`,
  );
  return `CALL () {\n${branches.join('\nUNION ALL\n')}\n}\nRETURN t, f`;
}
