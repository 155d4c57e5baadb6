import type { Label } from './labels';

/**
 * Relationship types, as data: source and target labels, the properties they carry (and how the
 * writer treats each one when another article states the relationship again), whether they are
 * facts (id, confidence, status, curation) and how an analyst reads them. Every relationship also
 * carries provenance (see ./evidence.ts).
 *
 * Property rules:
 *  - `key`: tells two relationships of a type apart (one PARTICIPATED per person, event and role);
 *  - `all`: a boolean that stays true only while every statement says so (a post any article
 *    calls former, 原部长, stays former);
 *  - `first`: the first known value is kept, a missing one is filled in later (a talk's topic);
 *  - `earliest` / `latest`: a date (./partial-date.ts) kept at its earliest / latest (`firstSeen`, the
 *    earliest article date of the evidence; `lastSeen`; `lastCurrent`, the latest article calling a post current);
 *  - `start` / `end`: an interval's date with its bound in `<name>Bound` (rule `bound`, which moves with
 *    it): the earliest start, and the surest then tightest end (`combineStart` / `combineEnd`).
 * Every rule is order-free and idempotent, so re-ingest and merges give the same graph in any order.
 */
export type PropertyRule = 'key' | 'all' | 'first' | 'earliest' | 'latest' | 'start' | 'end' | 'bound';

/** When a fact was seen: the article dates of its evidence. */
const SEEN = { firstSeen: 'earliest', lastSeen: 'latest' } as const;

export interface RelationSpec {
  readonly source: Label;
  readonly target: Label;
  readonly properties: Readonly<Record<string, PropertyRule>>;
  /** A fact: a claim an article makes that an analyst can verify, retract or correct. */
  readonly fact: boolean;
  readonly caption: { readonly zh: string; readonly en: string };
}

export const RELATIONS = {
  HOLDS: {
    source: 'Person',
    target: 'Position',
    properties: {
      current: 'all',
      since: 'start',
      sinceBound: 'bound',
      until: 'end',
      untilBound: 'bound',
      ...SEEN,
      lastCurrent: 'latest',
    },
    fact: true,
    caption: { zh: '任职', en: 'holds' },
  },
  AT: {
    source: 'Position',
    target: 'Organization',
    properties: {},
    fact: false,
    caption: { zh: '属于', en: 'at' },
  },
  PART_OF: {
    source: 'Organization',
    target: 'Organization',
    properties: { ...SEEN },
    fact: true,
    caption: { zh: '隶属', en: 'part of' },
  },
  PARTICIPATED: {
    source: 'Person',
    target: 'Event',
    properties: { role: 'key', topic: 'first', ...SEEN },
    fact: true,
    caption: { zh: '参与', en: 'participated' },
  },
  ORGANIZED: {
    source: 'Organization',
    target: 'Event',
    properties: { role: 'key', ...SEEN },
    fact: true,
    caption: { zh: '组织', en: 'organized' },
  },
  HELD_IN: {
    source: 'Event',
    target: 'Place',
    properties: {},
    fact: false,
    caption: { zh: '举办地', en: 'held in' },
  },
  IN: { source: 'Place', target: 'Place', properties: {}, fact: false, caption: { zh: '位于', en: 'in' } },
  MENTIONS: {
    source: 'Article',
    target: 'Entity',
    properties: {},
    fact: false,
    caption: { zh: '提及', en: 'mentions' },
  },
} as const satisfies Record<string, RelationSpec>;

export type RelationType = keyof typeof RELATIONS;
export const RELATION_TYPES = Object.keys(RELATIONS) as RelationType[];

export function isRelationType(type: string): type is RelationType {
  return Object.prototype.hasOwnProperty.call(RELATIONS, type);
}

/** The relationship types that are facts. */
export type FactType = {
  [T in RelationType]: (typeof RELATIONS)[T]['fact'] extends true ? T : never;
}[RelationType];
export const FACT_TYPES = RELATION_TYPES.filter((t): t is FactType => RELATIONS[t].fact);

export function isFactType(type: string): type is FactType {
  return (FACT_TYPES as readonly string[]).includes(type);
}

/**
 * Facts that hold until an end is known — a post still called current, a sub-unit — as opposed to
 * points in time (an event attended or organized): what a time window (partial-date.ts) reads.
 */
export function factOpenEnded(type: FactType, current: unknown): boolean {
  return type === 'PART_OF' || (type === 'HOLDS' && current !== false);
}

/** Properties of a relationship type that follow a rule (`key`: the MERGE pattern's properties). */
export function propertiesWith(type: RelationType, rule: PropertyRule): string[] {
  const props: Readonly<Record<string, PropertyRule>> = RELATIONS[type].properties;
  return Object.keys(props).filter((p) => props[p] === rule);
}

/**
 * Where a fact stands. Written `EXTRACTED`; a curator makes it `VERIFIED`, `ASSERTED` (stated by
 * hand) or `CORRECTED`. A retracted fact keeps its status and gains `retracted: true`, so an undo
 * brings it back as it was.
 */
export const FACT_STATUSES = ['EXTRACTED', 'VERIFIED', 'ASSERTED', 'CORRECTED'] as const;
export type FactStatus = (typeof FACT_STATUSES)[number];

/** Fact ids (relationship `id` property): `fct_` + 16 hex of sha1(type | from | to | key values). */
export const FACT_ID_PREFIX = 'fct';

/**
 * How the supports of a fact combine into its confidence. Each article is one independent source
 * (its confidence is the best of its own statements); sources combine noisy-or, 1 − ∏(1 − cᵢ).
 * A statement without a confidence (hand input, gold extractions) counts as 1.
 */
export function combineConfidence(perSource: readonly number[]): number {
  return 1 - perSource.reduce((p, c) => p * (1 - Math.min(1, Math.max(0, c))), 1);
}

export const PERSON_EVENT_ROLES = ['host', 'speaker', 'guest'] as const;
export type PersonEventRole = (typeof PERSON_EVENT_ROLES)[number];

export const ORGANIZATION_EVENT_ROLES = [
  'organizer',
  'co_organizer',
  'undertaker',
  'guide',
  'support',
] as const;
export type OrganizationEventRole = (typeof ORGANIZATION_EVENT_ROLES)[number];

export const ROLE_CAPTION: Readonly<
  Record<PersonEventRole | OrganizationEventRole, { readonly zh: string; readonly en: string }>
> = {
  host: { zh: '主持', en: 'host' },
  speaker: { zh: '发言', en: 'speaker' },
  guest: { zh: '出席', en: 'guest' },
  organizer: { zh: '主办', en: 'organizer' },
  co_organizer: { zh: '协办', en: 'co-organizer' },
  undertaker: { zh: '承办', en: 'undertaker' },
  guide: { zh: '指导', en: 'guide' },
  support: { zh: '支持', en: 'support' },
};
