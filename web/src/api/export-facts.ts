/**
 * Looks up what the interoperable exports attach to the canvas: titles, and the articles behind each
 * node (articles that mention it) and each edge (the evidence of the fact it draws). The canvas edge
 * ids are the server's: `person>position` for a folded post, `a-TYPE:role-b` otherwise.
 */
import type { GEdge } from '../graph/model';
import type { ExportFacts } from '../export/table';
import type { RequestOptions } from './client';
import type { FromApi } from './from-api';
import type { ExportFactsQuery } from './generated/graphql';
import { query } from './graph-api';
import { EXPORT_FACTS } from './operations';

type FactNode = NonNullable<FromApi<ExportFactsQuery>['nodes'][number]>;
type Cited = { evidence: { article: { id: string } }[] };

/** Ids per request: keeps each answer small and within the server's cost limit. */
const CHUNK = 100;

const cited = (facts: readonly Cited[]): string[] => [
  ...new Set(facts.flatMap((f) => f.evidence.map((e) => e.article.id))),
];

/** The fact an edge draws, as `TYPE|source|target|role-or-position`. */
function edgeKey(edge: GEdge): string | null {
  if (edge.type === 'HOLDS') {
    const [person, position] = edge.id.split('>');
    return person === edge.source && position ? `HOLDS|${edge.source}|${position}` : null;
  }
  const role = new RegExp(`-${edge.type}(?::([a-z_]+))?-`).exec(edge.id)?.[1] ?? '';
  return `${edge.type}|${edge.source}|${edge.target}|${role}`;
}

export function collectFacts(nodes: readonly (FactNode | null)[], edges: readonly GEdge[]): ExportFacts {
  const titles = new Map<string, string[]>();
  const nodeArticles = new Map<string, string[]>();
  const byFact = new Map<string, string[]>();
  const addFact = (key: string, facts: readonly Cited[]) =>
    byFact.set(key, [...new Set([...(byFact.get(key) ?? []), ...cited(facts)])]);
  for (const n of nodes) {
    if (!n) continue;
    switch (n.__typename) {
      case 'Person':
        titles.set(
          n.id,
          n.positions.map((p) => p.caption),
        );
        for (const p of n.positions) addFact(`HOLDS|${n.id}|${p.position.id}`, [p]);
        for (const p of n.participations) addFact(`PARTICIPATED|${n.id}|${p.event.id}|${p.role}`, [p]);
        break;
      case 'Organization':
        for (const o of n.organizing) addFact(`ORGANIZED|${n.id}|${o.event.id}|${o.role}`, [o]);
        break;
      case 'Position':
        titles.set(n.id, [n.title]);
        nodeArticles.set(n.id, cited(n.holders));
        break;
      case 'Article':
        titles.set(n.id, [n.title]);
        nodeArticles.set(n.id, [n.id]);
        break;
    }
    if ('articles' in n)
      nodeArticles.set(
        n.id,
        n.articles.map((a) => a.id),
      );
  }
  const edgeArticles = new Map<string, string[]>();
  for (const e of edges) {
    const found = e.type === 'MENTIONS' ? [e.source] : byFact.get(edgeKey(e) ?? '');
    if (found) edgeArticles.set(e.id, found);
  }
  return { titles, nodeArticles, edgeArticles };
}

export async function fetchExportFacts(
  ids: readonly string[],
  edges: readonly GEdge[],
  opts?: RequestOptions,
): Promise<ExportFacts> {
  const chunks = Array.from({ length: Math.ceil(ids.length / CHUNK) }, (_, i) =>
    ids.slice(i * CHUNK, (i + 1) * CHUNK),
  );
  const answers = await Promise.all(chunks.map((c) => query(EXPORT_FACTS, { ids: [...c] }, opts)));
  return collectFacts(
    answers.flatMap((a) => a.nodes),
    edges,
  );
}
