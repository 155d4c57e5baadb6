import type { Label } from './labels';

/**
 * Relationship types, as data: source and target labels, the properties they carry and how an
 * analyst reads them. Every fact relationship also carries provenance (see ./evidence.ts).
 */
export interface RelationSpec {
  readonly source: Label;
  readonly target: Label;
  readonly properties: readonly string[];
  readonly caption: { readonly zh: string; readonly en: string };
}

export const RELATIONS = {
  HOLDS: {
    source: 'Person',
    target: 'Position',
    properties: ['current'],
    caption: { zh: '任职', en: 'holds' },
  },
  AT: { source: 'Position', target: 'Organization', properties: [], caption: { zh: '属于', en: 'at' } },
  PART_OF: {
    source: 'Organization',
    target: 'Organization',
    properties: [],
    caption: { zh: '隶属', en: 'part of' },
  },
  PARTICIPATED: {
    source: 'Person',
    target: 'Event',
    properties: ['role', 'topic'],
    caption: { zh: '参与', en: 'participated' },
  },
  ORGANIZED: {
    source: 'Organization',
    target: 'Event',
    properties: ['role'],
    caption: { zh: '组织', en: 'organized' },
  },
  HELD_IN: { source: 'Event', target: 'Place', properties: [], caption: { zh: '举办地', en: 'held in' } },
  IN: { source: 'Place', target: 'Place', properties: [], caption: { zh: '位于', en: 'in' } },
  MENTIONS: {
    source: 'Article',
    target: 'Entity',
    properties: [],
    caption: { zh: '提及', en: 'mentions' },
  },
} as const satisfies Record<string, RelationSpec>;

export type RelationType = keyof typeof RELATIONS;
export const RELATION_TYPES = Object.keys(RELATIONS) as RelationType[];

export function isRelationType(type: string): type is RelationType {
  return Object.prototype.hasOwnProperty.call(RELATIONS, type);
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
