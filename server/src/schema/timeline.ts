import { compareOptionalDates, parsePartialDate, type PartialDate } from '@guanxi/schema';
import { builder } from '../builder';
import type { EventRec } from '../neo4j/records';
import { PartialDateRef } from './dates';
import { decodeAll, EvidenceRef } from './evidence';
import { as, toParticipation, toTenure } from './facts';
import {
  EventRef,
  FactRef,
  OrganizationRef,
  PersonRef,
  type FactRec,
  type ParticipationRec,
  type TenureRec,
} from './refs';

/**
 * A person's career and appearances in time: posts as intervals (since/until as stated, with the
 * evidence), events attended as points (the event's date, else NOT_AFTER the article reporting it).
 */
export const TIMELINE_KINDS = ['POST', 'EVENT'] as const;
type TimelineKind = (typeof TIMELINE_KINDS)[number];

export interface TimelineEntryRec {
  kind: TimelineKind;
  title: string;
  organizationId: string | null;
  event: EventRec | null;
  since: PartialDate | null;
  until: PartialDate | null;
  current: boolean;
  fact: FactRec;
}

/** Where a tenure starts for ordering: its stated start, else when it was first seen; unknown last. */
export const tenureStart = (t: TenureRec): string | null => t.since?.value ?? t.firstSeen?.value ?? null;
const tenureEnd = (t: TenureRec): string | null =>
  t.until?.value ?? (t.current ? null : (t.lastCurrent?.value ?? t.lastSeen?.value ?? null));

/**
 * Succession order of a post's holders: by start, then by end (a holder still in post last), then
 * by name so the order is stable.
 */
export function compareTenures(a: TenureRec, b: TenureRec): number {
  return (
    compareOptionalDates(tenureStart(a), tenureStart(b)) ||
    compareOptionalDates(tenureEnd(a), tenureEnd(b)) ||
    a.person.name.localeCompare(b.person.name)
  );
}

export function postEntry(t: TenureRec): TimelineEntryRec {
  return {
    kind: 'POST',
    title: t.position.title,
    organizationId: t.position.organizationId,
    event: null,
    since: t.since,
    until: t.until,
    current: t.current,
    fact: t,
  };
}

export function eventEntry(p: ParticipationRec): TimelineEntryRec {
  const day = p.event.date ? parsePartialDate(p.event.date) : null;
  const reported = p.firstSeen ? { ...p.firstSeen, bound: 'NOT_AFTER' as const } : null;
  return {
    kind: 'EVENT',
    title: p.event.name,
    organizationId: null,
    event: p.event,
    since: day ?? reported,
    until: null,
    current: false,
    fact: p,
  };
}

/** Ordered by start (unknown last), posts before events on the same date, then by title. */
export function orderTimeline(entries: TimelineEntryRec[]): TimelineEntryRec[] {
  const start = (e: TimelineEntryRec) => e.since?.value ?? e.fact.firstSeen?.value ?? null;
  return entries.sort(
    (a, b) =>
      compareOptionalDates(start(a), start(b)) ||
      TIMELINE_KINDS.indexOf(a.kind) - TIMELINE_KINDS.indexOf(b.kind) ||
      a.title.localeCompare(b.title),
  );
}

const TimelineKindEnum = builder.enumType('TimelineKind', {
  description: 'POST: a post held over an interval; EVENT: an event attended (a point in time).',
  values: TIMELINE_KINDS,
});

const TimelineEntryRef = builder.objectRef<TimelineEntryRec>('TimelineEntry').implement({
  description: 'One bar or dot of a timeline: a post held (an interval) or an event attended, with evidence.',
  fields: (t) => ({
    kind: t.field({ type: TimelineKindEnum, resolve: (e) => e.kind }),
    title: t.exposeString('title', { description: 'The post (without 原/前), or the event name.' }),
    organization: t.field({
      type: OrganizationRef,
      nullable: true,
      resolve: async (e, _a, ctx) =>
        e.organizationId ? as(await ctx.loaders.node.load(e.organizationId), 'Organization') : null,
    }),
    event: t.field({ type: EventRef, nullable: true, resolve: (e) => e.event }),
    since: t.field({
      type: PartialDateRef,
      nullable: true,
      description: "A post's stated start; an event's date (NOT_AFTER the report when the event has none).",
      resolve: (e) => e.since,
    }),
    until: t.field({
      type: PartialDateRef,
      nullable: true,
      description: "A post's end (EXACT when removed, NOT_AFTER when called 原/前); null for events.",
      resolve: (e) => e.until,
    }),
    current: t.exposeBoolean('current', { description: 'A post no article calls former; false for events.' }),
    evidence: t.field({ type: [EvidenceRef], resolve: (e) => decodeAll(e.fact.evidence) }),
    fact: t.field({
      type: FactRef,
      description: 'The Tenure or Participation behind the entry (id, firstSeen/lastSeen, curation).',
      resolve: (e) => e.fact,
    }),
  }),
});

builder.objectField(PersonRef, 'timeline', (t) =>
  t.field({
    type: [TimelineEntryRef],
    description:
      'Posts (intervals) and events attended (points), ordered by start; retracted facts are left out.',
    resolve: async (p, _a, ctx) => {
      const [posts, events] = await Promise.all([
        ctx.loaders.personPositions.load(p.id),
        ctx.loaders.personEvents.load(p.id),
      ]);
      return orderTimeline([
        ...posts.flatMap((l) => toTenure(p, l.other, l)).map(postEntry),
        ...events.flatMap((l) => toParticipation(p, l.other, l)).map(eventEntry),
      ]);
    },
  }),
);
