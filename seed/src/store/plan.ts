import { encodeEvidence, type Extraction, type OrganizationKind, type RelationType } from '@guanxi/schema';
import type { NormalizedArticle } from '../normalize/index';
import { mentionsOf } from './mentions';
import {
  eventId,
  organizationId,
  personId,
  pinyinKeys,
  placeId,
  positionId,
  resolveMentions,
  splitFormerTitle,
  type KnownNode,
  type Mention,
} from '../resolve/index';

/**
 * Turns extractions into rows for the batched MERGE queries: resolves names to ids, unions aliases,
 * computes pinyin and encodes provenance. Pure, so the whole mapping is unit-testable without Neo4j.
 */
export interface ArticleRow {
  id: string;
  source: string;
  title: string;
  url: string | null;
  publishedAt: string | null;
  text: string;
  ingestedAt: string;
}
export interface EntityRow {
  id: string;
  name: string;
  aliases: string[];
  pinyin: string[];
}
export interface OrganizationRow extends EntityRow {
  kind: OrganizationKind;
}
export interface EventRow extends EntityRow {
  date: string | null;
}
export interface PositionRow {
  id: string;
  title: string;
  organizationId: string | null;
  name: string;
}
export interface RelationRow {
  from: string;
  to: string;
  articleId: string;
  evidence: string;
  role?: string;
  topic?: string | null;
  current?: boolean;
}
export interface EntityCounts {
  persons: number;
  organizations: number;
  positions: number;
  events: number;
  places: number;
}
export interface WritePlan {
  articles: ArticleRow[];
  persons: EntityRow[];
  organizations: OrganizationRow[];
  events: EventRow[];
  places: EntityRow[];
  positions: PositionRow[];
  relations: Record<RelationType, RelationRow[]>;
  /** Distinct entities each article names, by article id. */
  entities: Map<string, EntityCounts>;
}
export interface PlanInput {
  article: NormalizedArticle;
  extraction: Extraction;
}
export interface KnownNodes {
  persons: KnownNode[];
  organizations: KnownNode[];
}

export function emptyRelations(): Record<RelationType, RelationRow[]> {
  return {
    HOLDS: [],
    AT: [],
    PART_OF: [],
    PARTICIPATED: [],
    ORGANIZED: [],
    HELD_IN: [],
    IN: [],
    MENTIONS: [],
  };
}

export function buildPlan(
  inputs: readonly PlanInput[],
  known: KnownNodes,
  idPrefix = '',
  now = new Date(),
): WritePlan {
  const all = inputs.map((i) => mentionsOf(i.extraction));
  const per = resolveMentions(
    all.flatMap((m) => m.persons),
    known.persons,
    (n) => idPrefix + personId(n),
  );
  const org = resolveMentions(
    all.flatMap((m) => m.organizations),
    known.organizations,
    (n) => idPrefix + organizationId(n),
  );
  const kindOf = new Map<string, OrganizationKind>();
  for (const m of all.flatMap((a) => a.organizations)) {
    const id = org.idOf.get(m.name);
    if (id && (kindOf.get(id) ?? 'other') === 'other') kindOf.set(id, m.kind);
  }
  const plan: WritePlan = {
    articles: [],
    persons: [...per.nodes.values()].map((n) => ({ ...n, pinyin: pinyinKeys([n.name, ...n.aliases]) })),
    organizations: [...org.nodes.values()].map((n) => ({
      ...n,
      kind: kindOf.get(n.id) ?? 'other',
      pinyin: pinyinKeys([n.name, ...n.aliases]),
    })),
    events: [],
    places: [],
    positions: [],
    relations: emptyRelations(),
    entities: new Map(),
  };
  // Only nodes a mention touched are written; known nodes nobody named stay as they are.
  const touchedP = new Set(per.idOf.values());
  const touchedO = new Set(org.idOf.values());
  plan.persons = plan.persons.filter((n) => touchedP.has(n.id));
  plan.organizations = plan.organizations.filter((n) => touchedO.has(n.id));
  const orgName = new Map(plan.organizations.map((o) => [o.id, o.name]));
  const events = new Map<string, EventRow>();
  const places = new Map<string, EntityRow>();
  const positions = new Map<string, PositionRow>();
  const relKeys = new Set<string>();
  const rel = (type: RelationType, row: RelationRow): void => {
    const key = `${type}|${row.from}|${row.to}|${row.role ?? ''}|${row.evidence}`;
    if (relKeys.has(key)) return;
    relKeys.add(key);
    plan.relations[type].push(row);
  };

  inputs.forEach(({ article, extraction: x }, i) => {
    const articleId = idPrefix + article.id;
    plan.articles.push({
      id: articleId,
      source: article.source,
      title: article.title,
      url: article.url,
      publishedAt: article.publishedAt ?? x.publishedAt ?? null,
      text: article.text,
      ingestedAt: now.toISOString(),
    });
    const ev = (sentence: string | undefined): string =>
      encodeEvidence({ articleId, sentence: sentence?.trim() || article.title });
    // Names this article lists resolve through its own aliases first (李会长 here is 李毅中).
    const local = (list: Mention[], global: Map<string, string>): Map<string, string> => {
      const m = new Map<string, string>();
      for (const x2 of list) {
        const id = global.get(x2.name);
        if (!id) continue;
        for (const n of [x2.name, ...x2.aliases]) if (!m.has(n)) m.set(n, id);
      }
      return m;
    };
    const mentions = all[i]!;
    const pIds = local(mentions.persons, per.idOf);
    const oIds = local(mentions.organizations, org.idOf);
    const pid = (n: string): string => pIds.get(n) ?? per.idOf.get(n) ?? idPrefix + personId(n);
    const oid = (n: string): string => oIds.get(n) ?? org.idOf.get(n) ?? idPrefix + organizationId(n);
    const placeOf = (name: string): string => {
      const id = idPrefix + placeId(name);
      if (!places.has(id)) places.set(id, { id, name, aliases: [], pinyin: pinyinKeys([name]) });
      return id;
    };
    const mentioned = {
      persons: new Set<string>(),
      organizations: new Set<string>(),
      places: new Set<string>(),
    };
    const evidenceOf = new Map<string, string | undefined>();
    for (const p of x.persons) evidenceOf.set(pid(p.name), p.evidence);
    for (const o of x.organizations) evidenceOf.set(oid(o.name), o.evidence);
    for (const m of mentions.persons) mentioned.persons.add(pid(m.name));
    for (const m of mentions.organizations) mentioned.organizations.add(oid(m.name));

    for (const o of x.organizations) {
      if (o.parent)
        rel('PART_OF', { from: oid(o.name), to: oid(o.parent), articleId, evidence: ev(o.evidence) });
    }
    for (const name of x.places) mentioned.places.add(placeOf(name));
    for (const p of x.placeDetails ?? []) {
      mentioned.places.add(placeOf(p.name));
      if (p.parent) {
        mentioned.places.add(placeOf(p.parent));
        rel('IN', { from: placeOf(p.name), to: placeOf(p.parent), articleId, evidence: ev(undefined) });
      }
    }
    const eventIds = new Map<string, string>();
    for (const e of x.events) {
      const id = idPrefix + eventId(e.name);
      eventIds.set(e.name, id);
      const prev = events.get(id);
      events.set(id, {
        id,
        name: e.name,
        aliases: [],
        pinyin: pinyinKeys([e.name]),
        date: prev?.date ?? e.date,
      });
      evidenceOf.set(id, e.evidence);
      if (e.place) {
        const plc = placeOf(e.place);
        mentioned.places.add(plc);
        rel('HELD_IN', { from: id, to: plc, articleId, evidence: ev(e.evidence) });
      }
    }
    const evt = (name: string): string => {
      const id = eventIds.get(name) ?? idPrefix + eventId(name);
      if (!events.has(id)) events.set(id, { id, name, aliases: [], pinyin: pinyinKeys([name]), date: null });
      eventIds.set(name, id);
      return id;
    };
    const posIds = new Set<string>();
    for (const p of x.positions) {
      const { title, current } = splitFormerTitle(p.title);
      const orgId = p.organization ? oid(p.organization) : null;
      const id = positionId(orgId, title);
      const pos = idPrefix + id;
      posIds.add(pos);
      const display = orgId ? `${title} @ ${orgName.get(orgId) ?? p.organization}` : title;
      positions.set(pos, { id: pos, title, organizationId: orgId, name: display });
      const evidence = ev(p.evidence);
      rel('HOLDS', {
        from: pid(p.person),
        to: pos,
        articleId,
        evidence,
        current: current && p.current !== false,
      });
      if (orgId) rel('AT', { from: pos, to: orgId, articleId, evidence });
    }
    for (const r of x.roles) {
      rel('PARTICIPATED', {
        from: pid(r.person),
        to: evt(r.event),
        articleId,
        evidence: ev(r.evidence),
        role: r.role,
        topic: r.topic,
      });
    }
    for (const e of x.event_orgs) {
      rel('ORGANIZED', {
        from: oid(e.organization),
        to: evt(e.event),
        articleId,
        evidence: ev(e.evidence),
        role: e.role,
      });
    }
    const entityIds = [
      ...mentioned.persons,
      ...mentioned.organizations,
      ...new Set(eventIds.values()),
      ...mentioned.places,
    ];
    for (const to of entityIds)
      rel('MENTIONS', { from: articleId, to, articleId, evidence: ev(evidenceOf.get(to)) });
    plan.entities.set(articleId, {
      persons: mentioned.persons.size,
      organizations: mentioned.organizations.size,
      positions: posIds.size,
      events: new Set(eventIds.values()).size,
      places: mentioned.places.size,
    });
  });
  plan.events = [...events.values()];
  plan.places = [...places.values()];
  plan.positions = [...positions.values()];
  return plan;
}
