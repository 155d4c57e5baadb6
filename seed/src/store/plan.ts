import { earlierDate, type Extraction } from '@guanxi/schema';
import type { NormalizedArticle } from '../normalize/index';
import { articleNames, pinyinKeys, resolveBatch, type KnownNode, type KnownNodes } from '../resolve/index';
import {
  articleScope,
  planEvents,
  planMentions,
  planOrganizers,
  planPlaces,
  planPosts,
  planRoles,
  planSubunits,
} from './article-plan';
import { PlanBuilder } from './plan-builder';
import type { EntityRow, WritePlan } from './rows';

export type { KnownNodes } from '../resolve/index';
export * from './rows';

/**
 * Extractions → rows for the batched MERGE queries: resolve the batch's names, then each article's
 * facts step by step. Pure, so the whole mapping is unit-testable without Neo4j.
 */
export interface PlanInput {
  article: NormalizedArticle;
  extraction: Extraction;
}

/** A person or organization is first seen on the earliest date of the articles naming it (NEW_PERSON …). */
function firstSeen(
  rows: ReadonlyMap<string, EntityRow>,
  named: ReadonlySet<string>,
  date: string | null,
): void {
  if (!date) return;
  for (const id of named) {
    const row = rows.get(id);
    if (row) row.firstSeen = earlierDate(row.firstSeen, date);
  }
}

export function buildPlan(
  inputs: readonly PlanInput[],
  known: KnownNodes,
  idPrefix = '',
  now = new Date(),
): WritePlan {
  const batch = resolveBatch(
    inputs.map((i) => i.extraction),
    known,
    idPrefix,
  );
  // Only nodes a mention touched are written; known nodes nobody named stay as they are.
  const touchedP = new Set(batch.persons.idOf.values());
  const touchedO = new Set(batch.organizations.idOf.values());
  const persons = [...batch.persons.nodes.values()]
    .filter((n) => touchedP.has(n.id))
    .map((n) => ({ ...n, pinyin: pinyinKeys([n.name, ...n.aliases]) }));
  const organizations = [...batch.organizations.nodes.values()]
    .filter((n) => touchedO.has(n.id))
    .map((n) => ({
      ...n,
      kind: batch.kindOf.get(n.id) ?? 'other',
      pinyin: pinyinKeys([n.name, ...n.aliases]),
    }));
  const orgName = new Map(organizations.map((o) => [o.id, o.name]));
  const personRows = new Map<string, EntityRow>(persons.map((p) => [p.id, p]));
  const organizationRows = new Map<string, EntityRow>(organizations.map((o) => [o.id, o]));

  const b = new PlanBuilder(idPrefix);
  const plan: WritePlan = {
    articles: [],
    persons,
    organizations,
    events: [],
    places: [],
    positions: [],
    relations: b.relations,
    entities: new Map(),
  };
  inputs.forEach(({ article, extraction: x }, i) => {
    const names = articleNames(batch, i, idPrefix);
    const scope = articleScope(b, article, x, names, batch.mentions[i]!, orgName);
    plan.articles.push({
      id: scope.articleId,
      source: article.source,
      title: article.title,
      url: article.url,
      publishedAt: article.publishedAt ?? x.publishedAt ?? null,
      text: article.text,
      credits: JSON.stringify(
        (x.credits ?? []).map(({ name, title, organization }) => ({ name, title, organization })),
      ),
      ingestedAt: now.toISOString(),
    });
    planSubunits(b, scope, x);
    planPlaces(b, scope, x);
    planEvents(b, scope, x);
    planPosts(b, scope, x);
    planRoles(b, scope, x);
    planOrganizers(b, scope, x);
    plan.entities.set(scope.articleId, planMentions(b, scope));
    firstSeen(personRows, scope.mentioned.persons, scope.date);
    firstSeen(organizationRows, scope.mentioned.organizations, scope.date);
  });
  plan.events = [...b.events.values()];
  plan.places = [...b.places.values()];
  plan.positions = [...b.positions.values()];
  return plan;
}

/**
 * The known nodes of batch N+1 planned while batch N is written (plan-ahead.ts): `known` are its
 * lookups, which read the graph as N-1 left it, and `written` is N's plan. Exact, because all that
 * N changes about persons and organizations (the only nodes resolution reads) is in its plan: the
 * nodes it writes, with their names and aliases as they will be stored (aliases only grow; a name
 * is set on creation). N's nodes replace or join what the lookups found, which gives what lookups
 * after N's commit would find, plus nodes matching none of N+1's names, which resolution never
 * picks. This holds when N commits exactly its plan in one transaction and nobody else writes
 * meanwhile; otherwise the caller plans in the transaction (concurrent writers keep the caveat of
 * README.md, Concurrency).
 */
export function withWritten(known: KnownNodes, written: WritePlan): KnownNodes {
  const merge = (found: readonly KnownNode[], rows: readonly EntityRow[]): KnownNode[] => {
    const byId = new Map(found.map((n) => [n.id, n]));
    for (const r of rows) byId.set(r.id, { id: r.id, name: r.name, aliases: r.aliases });
    return [...byId.values()];
  };
  return {
    persons: merge(known.persons, written.persons),
    organizations: merge(known.organizations, written.organizations),
  };
}
