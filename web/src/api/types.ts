/** Hand-written result types of the operations in ./operations.ts (checked against the SDL by tests). */

export type EntityKindEnum =
  'PERSON' | 'AGENCY' | 'ASSOCIATION' | 'GOVERNMENT' | 'PARTY' | 'ENTERPRISE' | 'OTHER' | 'EVENT' | 'PLACE';

export interface EntityRef {
  id: string;
  name: string;
  kind: EntityKindEnum;
}

export interface GraphNodeDto {
  id: string;
  label: string;
  kind: string;
}

export interface GraphEdgeDto {
  id: string;
  source: string;
  target: string;
  type: string;
  /** The server always labels edges; null is accepted for synthetic slices. */
  label: string | null;
}

export interface GraphSliceDto {
  nodes: GraphNodeDto[];
  edges: GraphEdgeDto[];
  truncated: boolean;
}

export interface EvidenceDto {
  sentence: string;
  article: { id: string; title: string };
}

export interface SearchResult {
  search: { edges: { node: EntityRef & { aliases: string[] } }[] };
}

export interface NeighborhoodResult {
  neighborhood: GraphSliceDto;
}

export interface ShortestPathResult {
  shortestPath: GraphSliceDto | null;
}

export interface PersonDetails extends EntityRef {
  __typename: 'Person';
  aliases: string[];
  positions: {
    title: string;
    /** The post as read, 原部长 for a former post. */
    caption: string;
    current: boolean;
    organization: EntityRef | null;
    evidence: EvidenceDto[];
  }[];
  participations: {
    role: string;
    topic: string | null;
    event: { id: string; name: string; kind: EntityKindEnum; date: string | null };
    evidence: EvidenceDto[];
  }[];
}

export interface OrganizationDetails extends EntityRef {
  __typename: 'Organization';
  aliases: string[];
  parent: EntityRef | null;
  units: EntityRef[];
  people: { title: string; caption: string; current: boolean; person: EntityRef; evidence: EvidenceDto[] }[];
  organizing: { role: string; event: EntityRef; evidence: EvidenceDto[] }[];
}

export interface EventDetails extends EntityRef {
  __typename: 'Event';
  aliases: string[];
  date: string | null;
  place: EntityRef | null;
  participants: { role: string; topic: string | null; person: EntityRef; evidence: EvidenceDto[] }[];
  organizers: { role: string; organization: EntityRef; evidence: EvidenceDto[] }[];
}

export interface PlaceDetails extends EntityRef {
  __typename: 'Place';
  aliases: string[];
}

export interface ArticleRef {
  __typename: 'Article';
  id: string;
  title: string;
}

export type NodeDetails = PersonDetails | OrganizationDetails | EventDetails | PlaceDetails | ArticleRef;

export interface NodeDetailsResult {
  node: NodeDetails | { __typename: string; id: string } | null;
}

export interface ArticleDto {
  id: string;
  title: string;
  url: string | null;
  publishedAt: string | null;
  text: string;
  mentions: (EntityRef & { aliases: string[] })[];
}

export interface ArticleResult {
  node: (ArticleDto & { __typename: 'Article' }) | { __typename: string; id: string } | null;
}
