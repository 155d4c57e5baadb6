import type { NodeKind, OrganizationKind } from './kinds';

/**
 * Neo4j labels. Cypher cannot take labels as parameters, so every label that appears in a query
 * must come from this allow-list, never from user input.
 */
export const LABELS = {
  Person: 'Person',
  Organization: 'Organization',
  Position: 'Position',
  Event: 'Event',
  Place: 'Place',
  Article: 'Article',
  /** Every searchable, resolvable entity carries this label too: one full-text index covers all. */
  Entity: 'Entity',
  /** A named person allowed to change the graph by hand; holds only a hash of their token. */
  Curator: 'Curator',
  /** One change a curator made (append-only history): who, when, what, before/after, why. */
  Curation: 'Curation',
} as const;
export type Label = (typeof LABELS)[keyof typeof LABELS];

/** The second label of an organization, so `MATCH (e:Enterprise)` works as well as `{kind:'enterprise'}`. */
export const ORGANIZATION_KIND_LABEL: Readonly<Record<OrganizationKind, string>> = {
  agency: 'Agency',
  association: 'Association',
  government: 'Government',
  party: 'Party',
  enterprise: 'Enterprise',
  other: 'OtherOrganization',
};

/** The primary label of the node that holds a kind. */
export function primaryLabel(kind: NodeKind): Label {
  switch (kind) {
    case 'person':
      return LABELS.Person;
    case 'event':
      return LABELS.Event;
    case 'place':
      return LABELS.Place;
    case 'position':
      return LABELS.Position;
    case 'article':
      return LABELS.Article;
    default:
      return LABELS.Organization;
  }
}

/** All labels a node of this kind carries. */
export function labelsOf(kind: NodeKind): string[] {
  const primary = primaryLabel(kind);
  if (primary === LABELS.Organization) {
    return [LABELS.Entity, LABELS.Organization, ORGANIZATION_KIND_LABEL[kind as OrganizationKind]];
  }
  if (kind === 'position' || kind === 'article') return [primary];
  return [LABELS.Entity, primary];
}

/** Id prefixes make every id globally unique and tell its kind at a glance (`per_…`, `org_…`). */
export const ID_PREFIX = {
  Person: 'per',
  Organization: 'org',
  Position: 'pos',
  Event: 'evt',
  Place: 'plc',
  Article: 'art',
  Curator: 'cur',
  Curation: 'cun',
} as const satisfies Record<Exclude<Label, 'Entity'>, string>;

export function labelOfId(id: string): Exclude<Label, 'Entity'> | null {
  const prefix = id.split('_', 1)[0];
  for (const [label, p] of Object.entries(ID_PREFIX)) {
    if (p === prefix) return label as Exclude<Label, 'Entity'>;
  }
  return null;
}
