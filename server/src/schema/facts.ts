import {
  FACT_STATUSES,
  FACT_TYPES,
  ORGANIZATION_EVENT_ROLES,
  PERSON_EVENT_ROLES,
  ROLE_CAPTION,
  type FactStatus,
  type FactType,
  type OrganizationEventRole,
  type PartialDate,
  type PersonEventRole,
  storedPartialDate,
} from '@guanxi/schema';
import { factId } from '@guanxi/seed';
import { builder } from '../builder';
import { whenLoaded, type Link, type RawFact } from '../neo4j/loaders';
import type { NodeRec } from '../neo4j/records';
import { PartialDateRef } from './dates';
import { decodeAll, EvidenceRef, strings } from './evidence';
import {
  EventRef,
  FactRef,
  OrganizationRef,
  OrganizingRef,
  ParticipationRef,
  PersonRef,
  PositionRef,
  SubunitLinkRef,
  TenureRef,
  type FactBase,
  type FactRec,
  type OrganizingRec,
  type ParticipationRec,
  type SubunitLinkRec,
  type TenureRec,
} from './refs';

/** Narrows a record to one GraphQL type (links are typed by their Cypher pattern, this checks). */
export function as<K extends NodeRec['__typename']>(
  rec: NodeRec | null | undefined,
  typename: K,
): Extract<NodeRec, { __typename: K }> | null {
  return rec?.__typename === typename ? (rec as Extract<NodeRec, { __typename: K }>) : null;
}

const roleEnum = <R extends string>(name: string, roles: readonly R[]) =>
  builder.enumType(name, {
    values: Object.fromEntries(
      roles.map((r) => [r.toUpperCase(), { value: r, description: ROLE_CAPTION[r as PersonEventRole].en }]),
    ) as Record<Uppercase<R>, { value: R; description: string }>,
  });
export const PersonEventRoleEnum = roleEnum<PersonEventRole>('PersonEventRole', PERSON_EVENT_ROLES);
export const OrganizationEventRoleEnum = roleEnum<OrganizationEventRole>(
  'OrganizationEventRole',
  ORGANIZATION_EVENT_ROLES,
);

export const FactStatusEnum = builder.enumType('FactStatus', {
  description:
    'EXTRACTED when written from an article; VERIFIED, ASSERTED (stated by hand) or CORRECTED by a curator.',
  values: FACT_STATUSES,
});

export const FactTypeEnum = builder.enumType('FactType', {
  description: 'HOLDS (a post), PARTICIPATED (a role at an event), ORGANIZED, PART_OF (a sub-unit).',
  values: FACT_TYPES,
});

const isStatus = (v: unknown): v is FactStatus => (FACT_STATUSES as readonly unknown[]).includes(v);

/** Parsed dates by bound and stored value, at most DATES_KEPT (then started afresh). */
const dates = new Map<string, PartialDate | null>();
const DATES_KEPT = 10_000;

/**
 * A stored date and bound as a PartialDate, parsed once per distinct value: a profile's hundreds of
 * facts carry a few dates each, mostly the same ones. The PartialDate is frozen, since it is shared.
 */
function storedDate(value: unknown, bound: unknown): PartialDate | null {
  if (typeof value !== 'string') return null;
  const key = `${typeof bound === 'string' ? bound : ''}|${value}`;
  let date = dates.get(key);
  if (date === undefined) {
    if (dates.size >= DATES_KEPT) dates.clear();
    date = storedPartialDate(value, bound);
    dates.set(key, date && Object.freeze(date));
  }
  return date;
}

/**
 * A fact record's id: the stored one, else — a relationship written before facts had ids — the id
 * the writer would give it (derived from its ends), so the field is never empty. That one is a
 * hash, computed when first read (each record reads it through a getter): a profile lists hundreds
 * of facts and rarely asks their ids.
 */
function idOf(type: FactType, from: string, to: string, rel: Record<string, unknown>): () => string {
  let id = typeof rel.id === 'string' ? rel.id : undefined;
  const role = typeof rel.role === 'string' ? rel.role : null;
  return () => (id ??= factId(type, from, to, role));
}

/**
 * A fact record: its confidence, status, evidence and dates as stored, its id read lazily (idOf),
 * and the type's own fields.
 */
function factRecord<R extends FactBase>(
  type: FactType,
  from: string,
  to: string,
  link: Link,
  fields: Omit<R, keyof FactBase>,
): R {
  const { rel } = link;
  const id = idOf(type, from, to, rel);
  const base: FactBase = {
    get id() {
      return id();
    },
    confidence: typeof rel.confidence === 'number' ? rel.confidence : null,
    status: isStatus(rel.status) ? rel.status : 'EXTRACTED',
    evidence: strings(rel.evidence),
    retracted: rel.retracted === true,
    curatedBy: strings(rel.curatedBy),
    laterSupport: strings(rel.laterSupport),
    firstSeen: storedDate(rel.firstSeen, 'EXACT'),
    lastSeen: storedDate(rel.lastSeen, 'EXACT'),
  };
  // The base and the type's own fields together are R; TypeScript cannot see that through the Omit.
  return Object.assign(base, fields) as R;
}

/** A fact loaded by id (curation, review queue): its type says which record it becomes. */
export function toFact(raw: RawFact): FactRec | null {
  if (!raw.b) return null;
  const link: Link = { rel: raw.rel, other: raw.b, via: null };
  switch (raw.type) {
    case 'HOLDS':
      return toTenure(raw.a, raw.b, link)[0] ?? null;
    case 'PARTICIPATED':
      return toParticipation(raw.a, raw.b, link)[0] ?? null;
    case 'ORGANIZED':
      return toOrganizing(raw.a, raw.b, link)[0] ?? null;
    case 'PART_OF':
      return toSubunitLink(raw.a, raw.b, link)[0] ?? null;
  }
}

export function toTenure(person: NodeRec | null, position: NodeRec | null, link: Link): TenureRec[] {
  const per = as(person, 'Person');
  const pos = as(position, 'Position');
  if (!per || !pos) return [];
  return [
    factRecord<TenureRec>('HOLDS', per.id, pos.id, link, {
      __typename: 'Tenure',
      person: per,
      position: pos,
      current: link.rel.current !== false,
      since: storedDate(link.rel.since, link.rel.sinceBound),
      until: storedDate(link.rel.until, link.rel.untilBound),
      lastCurrent: storedDate(link.rel.lastCurrent, 'EXACT'),
    }),
  ];
}

export function toParticipation(
  person: NodeRec | null,
  event: NodeRec | null,
  link: Link,
): ParticipationRec[] {
  const per = as(person, 'Person');
  const evt = as(event, 'Event');
  const role = link.rel.role as PersonEventRole;
  if (!per || !evt || !PERSON_EVENT_ROLES.includes(role)) return [];
  const topic = typeof link.rel.topic === 'string' ? link.rel.topic : null;
  return [
    factRecord<ParticipationRec>('PARTICIPATED', per.id, evt.id, link, {
      __typename: 'Participation',
      person: per,
      event: evt,
      role,
      topic,
    }),
  ];
}

export function toOrganizing(org: NodeRec | null, event: NodeRec | null, link: Link): OrganizingRec[] {
  const o = as(org, 'Organization');
  const evt = as(event, 'Event');
  const role = link.rel.role as OrganizationEventRole;
  if (!o || !evt || !ORGANIZATION_EVENT_ROLES.includes(role)) return [];
  return [
    factRecord<OrganizingRec>('ORGANIZED', o.id, evt.id, link, {
      __typename: 'Organizing',
      organization: o,
      event: evt,
      role,
    }),
  ];
}

export function toSubunitLink(unit: NodeRec | null, parent: NodeRec | null, link: Link): SubunitLinkRec[] {
  const u = as(unit, 'Organization');
  const p = as(parent, 'Organization');
  if (!u || !p) return [];
  return [
    factRecord<SubunitLinkRec>('PART_OF', u.id, p.id, link, {
      __typename: 'SubunitLink',
      unit: u,
      parent: p,
    }),
  ];
}

FactRef.implement({
  description:
    'A claim an article makes (a post, a part in an event, a sub-unit): stable id, confidence, status, evidence.',
  resolveType: (f) => f.__typename,
  fields: (t) => ({
    id: t.exposeID('id', {
      description: 'fct_…: derived from the two ends and the role, stable across re-ingest.',
    }),
    confidence: t.exposeFloat('confidence', {
      nullable: true,
      description: 'Noisy-or over the articles that state it (each at its best statement); 1 for hand input.',
    }),
    status: t.field({ type: FactStatusEnum, resolve: (f) => f.status }),
    evidence: t.field({ type: [EvidenceRef], resolve: (f) => decodeAll(f.evidence) }),
    retracted: t.exposeBoolean('retracted', {
      description:
        'Retracted by a curator: hidden from profiles, neighbourhoods and paths (seen here by id).',
    }),
    curatedBy: t.exposeStringList('curatedBy', { description: 'Curators who changed this fact.' }),
    laterSupport: t.exposeIDList('laterSupport', {
      description: 'Articles that stated it after it was retracted: recorded for review, not re-added.',
    }),
    firstSeen: t.field({
      type: PartialDateRef,
      nullable: true,
      description: 'The earliest date of the articles that state it; null when none is dated.',
      resolve: (f) => f.firstSeen,
    }),
    lastSeen: t.field({
      type: PartialDateRef,
      nullable: true,
      description: 'The latest date of the articles that state it.',
      resolve: (f) => f.lastSeen,
    }),
  }),
});

TenureRef.implement({
  description: 'A person holding a post (HOLDS → Position → AT → Organization).',
  interfaces: [FactRef],
  isTypeOf: (v) => (v as { __typename?: string }).__typename === 'Tenure',
  fields: (t) => ({
    person: t.field({ type: PersonRef, resolve: (r) => r.person }),
    position: t.field({ type: PositionRef, resolve: (r) => r.position }),
    title: t.string({
      description: 'The post, without 原/前 (see `current`).',
      resolve: (r) => r.position.title,
    }),
    caption: t.string({
      description: 'The post as read: 原部长 for a former post.',
      resolve: (r) => (r.current ? r.position.title : `原${r.position.title}`),
    }),
    current: t.exposeBoolean('current'),
    since: t.field({
      type: PartialDateRef,
      nullable: true,
      description: 'When the post began, where an article says so (任命, 当选, 聘任 …); null when unknown.',
      resolve: (r) => r.since,
    }),
    until: t.field({
      type: PartialDateRef,
      nullable: true,
      description:
        'When it ended: EXACT from removal language (免去, 辞去, 卸任 …), NOT_AFTER an article calling it 原/前; null when unknown.',
      resolve: (r) => r.until,
    }),
    lastCurrent: t.field({
      type: PartialDateRef,
      nullable: true,
      description:
        'The latest article date calling the post current: with a NOT_AFTER until, the end lies between the two.',
      resolve: (r) => r.lastCurrent,
    }),
    organization: t.field({
      type: OrganizationRef,
      nullable: true,
      resolve: (r, _a, ctx) =>
        r.position.organizationId
          ? whenLoaded(ctx.loaders.node.now(r.position.organizationId), (o) => as(o, 'Organization'))
          : null,
    }),
  }),
});

ParticipationRef.implement({
  description: 'A person taking part in an event (PARTICIPATED).',
  interfaces: [FactRef],
  isTypeOf: (v) => (v as { __typename?: string }).__typename === 'Participation',
  fields: (t) => ({
    person: t.field({ type: PersonRef, resolve: (r) => r.person }),
    event: t.field({ type: EventRef, resolve: (r) => r.event }),
    role: t.field({ type: PersonEventRoleEnum, resolve: (r) => r.role }),
    roleCaption: t.string({
      description: 'The role in Chinese (主持, 发言, 出席).',
      resolve: (r) => ROLE_CAPTION[r.role].zh,
    }),
    topic: t.exposeString('topic', { nullable: true }),
  }),
});

OrganizingRef.implement({
  description: "An organization's part in an event (ORGANIZED).",
  interfaces: [FactRef],
  isTypeOf: (v) => (v as { __typename?: string }).__typename === 'Organizing',
  fields: (t) => ({
    organization: t.field({ type: OrganizationRef, resolve: (r) => r.organization }),
    event: t.field({ type: EventRef, resolve: (r) => r.event }),
    role: t.field({ type: OrganizationEventRoleEnum, resolve: (r) => r.role }),
    roleCaption: t.string({
      description: 'The role in Chinese (主办, 协办, 承办 …).',
      resolve: (r) => ROLE_CAPTION[r.role].zh,
    }),
  }),
});

SubunitLinkRef.implement({
  description: 'An organization that is part of another (PART_OF): a department of a ministry.',
  interfaces: [FactRef],
  isTypeOf: (v) => (v as { __typename?: string }).__typename === 'SubunitLink',
  fields: (t) => ({
    unit: t.field({ type: OrganizationRef, resolve: (r) => r.unit }),
    parent: t.field({ type: OrganizationRef, resolve: (r) => r.parent }),
  }),
});
