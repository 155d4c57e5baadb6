import { encodeEvidence, type ExtractedPosition, type Extraction } from '@guanxi/schema';
import type { NormalizedArticle } from '../normalize/index';
import { positionId, splitFormerTitle, type ArticleNames, type Mention } from '../resolve/index';
import type { PlanBuilder } from './plan-builder';
import type { EntityCounts, Statement } from './rows';

/**
 * One article's rows, step by step: sub-units, places, events, posts, event roles, organizers, and
 * the MENTIONS of everything it names. Each step reads one list of the extraction.
 */
export interface ArticleScope {
  articleId: string;
  /** The article's date (a PartialDate value), when known: when its facts were seen. */
  date: string | null;
  names: ArticleNames;
  /** Organization id → name, for a post's display name. */
  orgName: ReadonlyMap<string, string>;
  /** The encoded evidence for a sentence (the article title when the fact has none). */
  evidence: (sentence: string | undefined) => string;
  /** Entity id → the sentence that names it, for its MENTIONS. */
  evidenceOf: Map<string, string | undefined>;
  mentioned: { persons: Set<string>; organizations: Set<string>; places: Set<string>; events: Set<string> };
  positions: Set<string>;
}

export function articleScope(
  b: PlanBuilder,
  article: NormalizedArticle,
  x: Extraction,
  names: ArticleNames,
  mentions: { persons: readonly Mention[]; organizations: readonly Mention[] },
  orgName: ReadonlyMap<string, string>,
): ArticleScope {
  const articleId = b.idPrefix + article.id;
  const scope: ArticleScope = {
    articleId,
    date: article.publishedAt ?? x.publishedAt ?? null,
    names,
    orgName,
    evidence: (sentence) => encodeEvidence({ articleId, sentence: sentence?.trim() || article.title }),
    evidenceOf: new Map(),
    mentioned: { persons: new Set(), organizations: new Set(), places: new Set(), events: new Set() },
    positions: new Set(),
  };
  for (const p of x.persons) scope.evidenceOf.set(names.person(p.name), p.evidence);
  for (const o of x.organizations) scope.evidenceOf.set(names.organization(o.name), o.evidence);
  for (const m of mentions.persons) scope.mentioned.persons.add(names.person(m.name));
  for (const m of mentions.organizations) scope.mentioned.organizations.add(names.organization(m.name));
  return scope;
}

export function planSubunits(b: PlanBuilder, s: ArticleScope, x: Extraction): void {
  for (const o of x.organizations) {
    if (!o.parent) continue;
    const row = {
      from: s.names.organization(o.name),
      to: s.names.organization(o.parent),
      articleId: s.articleId,
      evidence: s.evidence(o.evidence),
      seen: s.date,
    };
    b.relation('PART_OF', row, o.confidence);
  }
}

export function planPlaces(b: PlanBuilder, s: ArticleScope, x: Extraction): void {
  for (const name of x.places) s.mentioned.places.add(b.place(name));
  for (const p of x.placeDetails ?? []) {
    const id = b.place(p.name);
    s.mentioned.places.add(id);
    if (!p.parent) continue;
    const parent = b.place(p.parent);
    s.mentioned.places.add(parent);
    b.relation('IN', { from: id, to: parent, articleId: s.articleId, evidence: s.evidence(undefined) });
  }
}

export function planEvents(b: PlanBuilder, s: ArticleScope, x: Extraction): void {
  for (const e of x.events) {
    const id = b.event(e.name, e.date);
    s.mentioned.events.add(id);
    s.evidenceOf.set(id, e.evidence);
    if (!e.place) continue;
    const place = b.place(e.place);
    s.mentioned.places.add(place);
    b.relation('HELD_IN', { from: id, to: place, articleId: s.articleId, evidence: s.evidence(e.evidence) });
  }
}

export function planPosts(b: PlanBuilder, s: ArticleScope, x: Extraction): void {
  for (const p of x.positions) {
    const { title, current } = splitFormerTitle(p.title);
    const orgId = p.organization ? s.names.organization(p.organization) : null;
    const id = b.idPrefix + positionId(orgId, title);
    s.positions.add(id);
    const name = orgId ? `${title} @ ${s.orgName.get(orgId) ?? p.organization}` : title;
    b.position({ id, title, organizationId: orgId, name });
    const evidence = s.evidence(p.evidence);
    const holds = { from: s.names.person(p.person), to: id, articleId: s.articleId, evidence, seen: s.date };
    const isCurrent = current && p.current !== false;
    b.relation('HOLDS', { ...holds, current: isCurrent, ...interval(p, isCurrent, s.date) }, p.confidence);
    if (orgId) b.relation('AT', { from: id, to: orgId, articleId: s.articleId, evidence });
  }
}

/**
 * The post's interval as the extraction read it (since/until with their bounds). A former post (原/前)
 * with no dated end ended before the article: NOT_AFTER its date, whichever extractor wrote it.
 */
function interval(
  p: ExtractedPosition,
  current: boolean,
  date: string | null,
): Pick<Statement, 'since' | 'sinceBound' | 'until' | 'untilBound'> {
  const until = p.until ?? (!current && date ? { value: date, bound: 'NOT_AFTER' as const } : null);
  return {
    ...(p.since ? { since: p.since.value, sinceBound: p.since.bound } : {}),
    ...(until ? { until: until.value, untilBound: until.bound } : {}),
  };
}

export function planRoles(b: PlanBuilder, s: ArticleScope, x: Extraction): void {
  for (const r of x.roles) {
    const event = b.event(r.event);
    s.mentioned.events.add(event);
    const row = {
      from: s.names.person(r.person),
      to: event,
      articleId: s.articleId,
      evidence: s.evidence(r.evidence),
      role: r.role,
      topic: r.topic,
      seen: s.date,
    };
    b.relation('PARTICIPATED', row, r.confidence);
  }
}

export function planOrganizers(b: PlanBuilder, s: ArticleScope, x: Extraction): void {
  for (const e of x.event_orgs) {
    const event = b.event(e.event);
    s.mentioned.events.add(event);
    const row = {
      from: s.names.organization(e.organization),
      to: event,
      articleId: s.articleId,
      evidence: s.evidence(e.evidence),
      role: e.role,
      seen: s.date,
    };
    b.relation('ORGANIZED', row, e.confidence);
  }
}

/** MENTIONS of every entity the article names; returns the counts the ingest result reports. */
export function planMentions(b: PlanBuilder, s: ArticleScope): EntityCounts {
  const { persons, organizations, events, places } = s.mentioned;
  for (const to of [...persons, ...organizations, ...events, ...places]) {
    const row = { from: s.articleId, to, articleId: s.articleId, evidence: s.evidence(s.evidenceOf.get(to)) };
    b.relation('MENTIONS', row);
  }
  return {
    persons: persons.size,
    organizations: organizations.size,
    positions: s.positions.size,
    events: events.size,
    places: places.size,
  };
}
