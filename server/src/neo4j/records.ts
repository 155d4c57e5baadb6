import type { Node as Neo4jNode } from 'neo4j-driver';
import {
  ID_PREFIX,
  LABELS,
  labelOfId,
  isOrganizationKind,
  type EntityKind,
  type NodeKind,
  type OrganizationKind,
} from '@guanxi/schema';

/**
 * Plain objects the resolvers work with. `__typename` names the GraphQL type, which is how the
 * Node and Entity interfaces resolve (the relay plugin reads `__typename` too).
 */
interface Named {
  id: string;
  name: string;
  aliases: string[];
}
export interface PersonRec extends Named {
  __typename: 'Person';
}
export interface OrganizationRec extends Named {
  __typename: 'Organization';
  kind: OrganizationKind;
}
export interface EventRec extends Named {
  __typename: 'Event';
  date: string | null;
}
export interface PlaceRec extends Named {
  __typename: 'Place';
}
export interface PositionRec {
  __typename: 'Position';
  id: string;
  title: string;
  organizationId: string | null;
  name: string;
}
export interface ArticleRec {
  __typename: 'Article';
  id: string;
  title: string;
  url: string | null;
  publishedAt: string | null;
  text: string;
}
export type EntityRec = PersonRec | OrganizationRec | EventRec | PlaceRec;
export type NodeRec = EntityRec | PositionRec | ArticleRec;

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const strOrNull = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const strList = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x) => typeof x === 'string') : []);

/** The properties toRec reads: what a statement returns instead of a whole node (pinyin keys stay). */
const REC_PROPERTIES = [
  'id',
  'name',
  'aliases',
  'kind',
  'date',
  'title',
  'organizationId',
  'url',
  'publishedAt',
  'text',
];

/** Cypher for node variable `n` as the part of it toRec reads, decoded by toRec like a node. */
export const recProjection = (n: string): string =>
  `{labels: labels(${n}), properties: ${n} {${REC_PROPERTIES.map((k) => `.${k}`).join(', ')}}}`;

/** A Neo4j node (or a recProjection of one) as a record, by its labels; null for nodes outside the model. */
export function toRec(node: Pick<Neo4jNode, 'labels' | 'properties'>): NodeRec | null {
  const p = node.properties as Record<string, unknown>;
  const named = { id: str(p.id), name: str(p.name), aliases: strList(p.aliases) };
  const has = (l: string): boolean => node.labels.includes(l);
  if (has(LABELS.Person)) return { __typename: 'Person', ...named };
  if (has(LABELS.Organization)) {
    const kind = str(p.kind);
    return { __typename: 'Organization', ...named, kind: isOrganizationKind(kind) ? kind : 'other' };
  }
  if (has(LABELS.Event)) return { __typename: 'Event', ...named, date: strOrNull(p.date) };
  if (has(LABELS.Place)) return { __typename: 'Place', ...named };
  if (has(LABELS.Position)) {
    return {
      __typename: 'Position',
      id: named.id,
      title: str(p.title),
      organizationId: strOrNull(p.organizationId),
      name: str(p.name) || str(p.title),
    };
  }
  if (has(LABELS.Article)) {
    return {
      __typename: 'Article',
      id: named.id,
      title: str(p.title),
      url: strOrNull(p.url),
      publishedAt: strOrNull(p.publishedAt),
      text: str(p.text),
    };
  }
  return null;
}

export function isEntity(r: NodeRec): r is EntityRec {
  return r.__typename !== 'Position' && r.__typename !== 'Article';
}

export function entityKind(r: EntityRec): EntityKind {
  switch (r.__typename) {
    case 'Person':
      return 'person';
    case 'Organization':
      return r.kind;
    case 'Event':
      return 'event';
    case 'Place':
      return 'place';
  }
}

export function nodeKind(r: NodeRec): NodeKind {
  if (r.__typename === 'Position') return 'position';
  if (r.__typename === 'Article') return 'article';
  return entityKind(r);
}

/** What a node is called on the canvas. */
export function caption(r: NodeRec): string {
  if (r.__typename === 'Position') return r.name;
  if (r.__typename === 'Article') return r.title || r.id;
  return r.name;
}

const TYPE_PREFIX = new RegExp(`(?:^|_)(${Object.values(ID_PREFIX).join('|')})_[0-9a-f]+$`);

/**
 * The label an id names: its type prefix (`per_…`), also after a namespace prefix such as the
 * `t3f9a1c_` that test files and imports put in front (`t3f9a1c_per_…`).
 */
export function labelOf(id: string): ReturnType<typeof labelOfId> {
  const direct = labelOfId(id);
  if (direct) return direct;
  const m = TYPE_PREFIX.exec(id);
  return m?.[1] ? labelOfId(`${m[1]}_`) : null;
}
