/**
 * Entity kinds and their display hints. This file is the single source of truth for what kinds of
 * things live in the graph; the writer, the API and the web explorer all read it.
 */

export const ORGANIZATION_KINDS = [
  'agency',
  'association',
  'government',
  'party',
  'enterprise',
  'other',
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

/** What an analyst searches for and sees on the canvas. Organizations are split by their kind. */
export const ENTITY_KINDS = ['person', ...ORGANIZATION_KINDS, 'event', 'place'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** Every node the API can resolve by id: entities plus the two supporting node types. */
export const NODE_KINDS = [...ENTITY_KINDS, 'position', 'article'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export function isOrganizationKind(kind: string): kind is OrganizationKind {
  return (ORGANIZATION_KINDS as readonly string[]).includes(kind);
}
export function isEntityKind(kind: string): kind is EntityKind {
  return (ENTITY_KINDS as readonly string[]).includes(kind);
}
export function isNodeKind(kind: string): kind is NodeKind {
  return (NODE_KINDS as readonly string[]).includes(kind);
}

export type NodeShape =
  | 'ellipse'
  | 'round-rectangle'
  | 'rectangle'
  | 'diamond'
  | 'hexagon'
  | 'octagon'
  | 'triangle'
  | 'barrel'
  | 'tag'
  | 'round-tag';

export interface KindDisplay {
  readonly caption: { readonly zh: string; readonly en: string };
  readonly color: string;
  readonly shape: NodeShape;
}

/** Colours are from a colour-blind-safe palette (Okabe–Ito, extended); shapes differ too. */
export const KIND_DISPLAY: Readonly<Record<NodeKind, KindDisplay>> = {
  person: { caption: { zh: '人物', en: 'Person' }, color: '#0072B2', shape: 'ellipse' },
  agency: { caption: { zh: '机关', en: 'Agency' }, color: '#D55E00', shape: 'round-rectangle' },
  association: {
    caption: { zh: '协会', en: 'Association' },
    color: '#009E73',
    shape: 'round-rectangle',
  },
  government: { caption: { zh: '政府', en: 'Government' }, color: '#CC79A7', shape: 'octagon' },
  party: { caption: { zh: '党组织', en: 'Party' }, color: '#C0392B', shape: 'octagon' },
  enterprise: { caption: { zh: '企业', en: 'Enterprise' }, color: '#E69F00', shape: 'rectangle' },
  other: { caption: { zh: '其他机构', en: 'Other org.' }, color: '#7F7F7F', shape: 'round-rectangle' },
  event: { caption: { zh: '活动', en: 'Event' }, color: '#56B4E9', shape: 'diamond' },
  place: { caption: { zh: '地点', en: 'Place' }, color: '#8C6D31', shape: 'triangle' },
  position: { caption: { zh: '职务', en: 'Position' }, color: '#999999', shape: 'tag' },
  article: { caption: { zh: '文章', en: 'Article' }, color: '#444444', shape: 'barrel' },
};
