import { LABELS } from '@guanxi/schema';
import { LINKS } from '../neo4j/links';
import type { LinkPlan, NodePlan, NodeType } from './plan';

/**
 * A plan as one Cypher statement: each followed link is a COLLECT subquery nested in the map of the
 * node it starts from, with exactly the pattern, retraction filter, order and per-node cap of the
 * link's DataLoader (../neo4j/links.ts), so what it primes is what the loader would have answered.
 * Labels and types come from @guanxi/schema and LINKS; ids and the cap are parameters.
 *
 * Result shape per node: `{n: node, <linkName>: [{r: properties, o: <node map>, v: post, a: articles}],
 * org: <node map of a post's organization>}`.
 */
export function foldCypher(roots: readonly NodeType[], plans: ReadonlyMap<NodeType, NodePlan>): string {
  let next = 0;
  const fresh = (): number => (next += 1);

  const nodeMap = (x: string, plan: NodePlan | null): string => {
    const parts = [`n: ${x}`];
    for (const [link, lp] of plan?.links ?? []) parts.push(`${link}: ${linkCollect(x, link, lp)}`);
    if (plan?.organization) {
      const o = `org${fresh()}`;
      parts.push(
        `org: head(COLLECT { MATCH (${o}:${LABELS.Organization} {id: ${x}.organizationId}) RETURN ${nodeMap(o, plan.organization)} })`,
      );
    }
    return `{${parts.join(', ')}}`;
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
    const via = 'via' in spec && spec.via ? v : 'null';
    const articles = lp.articles
      ? `COLLECT { UNWIND coalesce(${r}.evidence, []) AS e${i} MATCH (a${i}:${LABELS.Article} {id: split(e${i}, $sep)[0]}) RETURN DISTINCT a${i} }`
      : '[]';
    return `COLLECT {
  MATCH ${match}
  WHERE ${r}.retracted IS NULL
  WITH ${r}, ${o}, ${via} AS ${v}
  ORDER BY coalesce(${o}.name, ${o}.title, ${o}.id), ${o}.id
  LIMIT $cap
  RETURN {r: properties(${r}), o: ${nodeMap(o, lp.other)}, v: ${v}, a: ${articles}}
}`;
  };

  const branches = roots.map(
    (type) =>
      `MATCH (k:${LABELS[type]}) WHERE k.id IN $ids.${type} RETURN ${nodeMap('k', plans.get(type) ?? null)} AS f`,
  );
  return `CALL () {\n${branches.join('\nUNION ALL\n')}\n}\nRETURN f`;
}
