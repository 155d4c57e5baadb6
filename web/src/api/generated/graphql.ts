/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type CurationOperation =
  | 'ADD_ALIAS'
  | 'ASSERT_FACT'
  | 'CORRECT_FACT'
  | 'MERGE_ENTITIES'
  | 'REMOVE_ALIAS'
  | 'RENAME_ENTITY'
  | 'RETRACT_FACT'
  | 'SPLIT_ENTITY'
  | 'UNDO'
  | 'VERIFY_FACT';

export type EntityKind =
  /** Agency */
  | 'AGENCY'
  /** Association */
  | 'ASSOCIATION'
  /** Enterprise */
  | 'ENTERPRISE'
  /** Event */
  | 'EVENT'
  /** Government */
  | 'GOVERNMENT'
  /** Other org. */
  | 'OTHER'
  /** Party */
  | 'PARTY'
  /** Person */
  | 'PERSON'
  /** Place */
  | 'PLACE';

/** EXTRACTED when written from an article; VERIFIED, ASSERTED (stated by hand) or CORRECTED by a curator. */
export type FactStatus =
  | 'ASSERTED'
  | 'CORRECTED'
  | 'EXTRACTED'
  | 'VERIFIED';

/** HOLDS (a post), PARTICIPATED (a role at an event), ORGANIZED, PART_OF (a sub-unit). */
export type FactType =
  | 'HOLDS'
  | 'ORGANIZED'
  | 'PARTICIPATED'
  | 'PART_OF';

export type NodeKind =
  /** Agency */
  | 'AGENCY'
  /** Article */
  | 'ARTICLE'
  /** Association */
  | 'ASSOCIATION'
  /** Enterprise */
  | 'ENTERPRISE'
  /** Event */
  | 'EVENT'
  /** Government */
  | 'GOVERNMENT'
  /** Other org. */
  | 'OTHER'
  /** Party */
  | 'PARTY'
  /** Person */
  | 'PERSON'
  /** Place */
  | 'PLACE'
  /** Position */
  | 'POSITION';

export type OrganizationEventRole =
  /** co-organizer */
  | 'CO_ORGANIZER'
  /** guide */
  | 'GUIDE'
  /** organizer */
  | 'ORGANIZER'
  /** support */
  | 'SUPPORT'
  /** undertaker */
  | 'UNDERTAKER';

export type PersonEventRole =
  /** guest */
  | 'GUEST'
  /** host */
  | 'HOST'
  /** speaker */
  | 'SPEAKER';

export type RelationType =
  /** at */
  | 'AT'
  /** held in */
  | 'HELD_IN'
  /** holds */
  | 'HOLDS'
  /** in */
  | 'IN'
  /** mentions */
  | 'MENTIONS'
  /** organized */
  | 'ORGANIZED'
  /** participated */
  | 'PARTICIPATED'
  /** part of */
  | 'PART_OF';

type Ref_Event_Fragment = { id: string, name: string, kind: EntityKind };

type Ref_Organization_Fragment = { id: string, name: string, kind: EntityKind };

type Ref_Person_Fragment = { id: string, name: string, kind: EntityKind };

type Ref_Place_Fragment = { id: string, name: string, kind: EntityKind };

export type RefFragment =
  | Ref_Event_Fragment
  | Ref_Organization_Fragment
  | Ref_Person_Fragment
  | Ref_Place_Fragment
;

export type SliceFieldsFragment = { truncated: boolean, nodes: Array<{ id: string, label: string, kind: NodeKind }>, edges: Array<{ id: string, source: string, target: string, type: RelationType, label: string }> };

export type EvidenceFieldsFragment = { sentence: string, article: { id: string, title: string } };

type FactFields_Organizing_Fragment = { id: string, status: FactStatus, confidence: number | null, curatedBy: Array<string> };

type FactFields_Participation_Fragment = { id: string, status: FactStatus, confidence: number | null, curatedBy: Array<string> };

type FactFields_SubunitLink_Fragment = { id: string, status: FactStatus, confidence: number | null, curatedBy: Array<string> };

type FactFields_Tenure_Fragment = { id: string, status: FactStatus, confidence: number | null, curatedBy: Array<string> };

export type FactFieldsFragment =
  | FactFields_Organizing_Fragment
  | FactFields_Participation_Fragment
  | FactFields_SubunitLink_Fragment
  | FactFields_Tenure_Fragment
;

export type SearchQueryVariables = Exact<{
  query: string;
  first?: number | null | undefined;
}>;


export type SearchQuery = { search: { edges: Array<{ node:
        | { aliases: Array<string>, id: string, name: string, kind: EntityKind }
        | { aliases: Array<string>, id: string, name: string, kind: EntityKind }
        | { aliases: Array<string>, id: string, name: string, kind: EntityKind }
        | { aliases: Array<string>, id: string, name: string, kind: EntityKind }
       }> } };

export type NeighborhoodQueryVariables = Exact<{
  id: string;
  depth?: number | null | undefined;
  limit?: number | null | undefined;
}>;


export type NeighborhoodQuery = { neighborhood: { truncated: boolean, more: Array<{ node: string, relationType: RelationType | null, count: number, after: string }>, nodes: Array<{ id: string, label: string, kind: NodeKind }>, edges: Array<{ id: string, source: string, target: string, type: RelationType, label: string }> } };

export type NeighborsQueryVariables = Exact<{
  id: string;
  relationType?: RelationType | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type NeighborsQuery = { neighbors: { remaining: number, endCursor: string | null, nodes: Array<{ id: string, label: string, kind: NodeKind }>, edges: Array<{ id: string, source: string, target: string, type: RelationType, label: string }> } };

export type ShortestPathQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type ShortestPathQuery = { shortestPath: { truncated: boolean, nodes: Array<{ id: string, label: string, kind: NodeKind }>, edges: Array<{ id: string, source: string, target: string, type: RelationType, label: string }> } | null };

export type NodeDetailsQueryVariables = Exact<{
  id: string;
}>;


export type NodeDetailsQuery = { node:
    | { __typename: 'Article', title: string, id: string }
    | { __typename: 'Event', name: string, aliases: Array<string>, kind: EntityKind, date: string | null, id: string, history: Array<{ id: string, operation: CurationOperation, curator: string, at: string, reason: string | null, targets: Array<string>, undoes: string | null }>, place: { id: string, name: string, kind: EntityKind } | null, participants: Array<{ role: PersonEventRole, topic: string | null, id: string, status: FactStatus, confidence: number | null, curatedBy: Array<string>, person: { id: string, name: string, kind: EntityKind }, evidence: Array<{ sentence: string, article: { id: string, title: string } }> }>, organizers: Array<{ role: OrganizationEventRole, id: string, status: FactStatus, confidence: number | null, curatedBy: Array<string>, organization: { id: string, name: string, kind: EntityKind }, evidence: Array<{ sentence: string, article: { id: string, title: string } }> }> }
    | { __typename: 'Organization', name: string, aliases: Array<string>, kind: EntityKind, id: string, history: Array<{ id: string, operation: CurationOperation, curator: string, at: string, reason: string | null, targets: Array<string>, undoes: string | null }>, parent: { id: string, name: string, kind: EntityKind } | null, units: Array<{ id: string, name: string, kind: EntityKind }>, people: Array<{ title: string, caption: string, current: boolean, id: string, status: FactStatus, confidence: number | null, curatedBy: Array<string>, person: { id: string, name: string, kind: EntityKind }, evidence: Array<{ sentence: string, article: { id: string, title: string } }> }>, organizing: Array<{ role: OrganizationEventRole, id: string, status: FactStatus, confidence: number | null, curatedBy: Array<string>, event: { id: string, name: string, kind: EntityKind }, evidence: Array<{ sentence: string, article: { id: string, title: string } }> }> }
    | { __typename: 'Person', name: string, aliases: Array<string>, kind: EntityKind, id: string, history: Array<{ id: string, operation: CurationOperation, curator: string, at: string, reason: string | null, targets: Array<string>, undoes: string | null }>, positions: Array<{ title: string, caption: string, current: boolean, id: string, status: FactStatus, confidence: number | null, curatedBy: Array<string>, organization: { id: string, name: string, kind: EntityKind } | null, evidence: Array<{ sentence: string, article: { id: string, title: string } }> }>, participations: Array<{ role: PersonEventRole, topic: string | null, id: string, status: FactStatus, confidence: number | null, curatedBy: Array<string>, event: { date: string | null, id: string, name: string, kind: EntityKind }, evidence: Array<{ sentence: string, article: { id: string, title: string } }> }> }
    | { __typename: 'Place', name: string, aliases: Array<string>, kind: EntityKind, id: string, history: Array<{ id: string, operation: CurationOperation, curator: string, at: string, reason: string | null, targets: Array<string>, undoes: string | null }> }
    | { __typename: 'Position', id: string }
   | null };

export type ArticleQueryVariables = Exact<{
  id: string;
}>;


export type ArticleQuery = { node:
    | { __typename: 'Article', title: string, url: string | null, publishedAt: string | null, text: string, id: string, mentions: Array<
        | { aliases: Array<string>, id: string, name: string, kind: EntityKind }
        | { aliases: Array<string>, id: string, name: string, kind: EntityKind }
        | { aliases: Array<string>, id: string, name: string, kind: EntityKind }
        | { aliases: Array<string>, id: string, name: string, kind: EntityKind }
      > }
    | { __typename: 'Event', id: string }
    | { __typename: 'Organization', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'Place', id: string }
    | { __typename: 'Position', id: string }
   | null };

export type ExportFactsQueryVariables = Exact<{
  ids: Array<string> | string;
}>;


export type ExportFactsQuery = { nodes: Array<
    | { __typename: 'Article', title: string, id: string }
    | { __typename: 'Event', id: string, articles: Array<{ id: string }> }
    | { __typename: 'Organization', id: string, articles: Array<{ id: string }>, organizing: Array<{ role: OrganizationEventRole, event: { id: string }, evidence: Array<{ article: { id: string } }> }> }
    | { __typename: 'Person', id: string, articles: Array<{ id: string }>, positions: Array<{ caption: string, position: { id: string }, evidence: Array<{ article: { id: string } }> }>, participations: Array<{ role: PersonEventRole, event: { id: string }, evidence: Array<{ article: { id: string } }> }> }
    | { __typename: 'Place', id: string, articles: Array<{ id: string }> }
    | { __typename: 'Position', title: string, id: string, holders: Array<{ person: { id: string }, evidence: Array<{ article: { id: string } }> }> }
   | null> };

export type CurationFieldsFragment = { id: string, operation: CurationOperation, curator: string, at: string, reason: string | null, targets: Array<string>, undoes: string | null };

export type MergeEntitiesMutationVariables = Exact<{
  keep: string;
  drop: string;
  reason: string;
}>;


export type MergeEntitiesMutation = { mergeEntities: { id: string, operation: CurationOperation, curator: string, at: string, reason: string | null, targets: Array<string>, undoes: string | null } };

export type VerifyFactMutationVariables = Exact<{
  id: string;
}>;


export type VerifyFactMutation = { verifyFact: { id: string, operation: CurationOperation, curator: string, at: string, reason: string | null, targets: Array<string>, undoes: string | null } };

export type RetractFactMutationVariables = Exact<{
  id: string;
  reason: string;
}>;


export type RetractFactMutation = { retractFact: { id: string, operation: CurationOperation, curator: string, at: string, reason: string | null, targets: Array<string>, undoes: string | null } };

export type UndoCurationMutationVariables = Exact<{
  id: string;
}>;


export type UndoCurationMutation = { undoCuration: { id: string, operation: CurationOperation, curator: string, at: string, reason: string | null, targets: Array<string>, undoes: string | null } };

export type ReviewQueueQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  kinds?: Array<FactType> | FactType | null | undefined;
}>;


export type ReviewQueueQuery = { reviewQueue: { totalCount: number, edges: Array<{ node:
        | { __typename: 'Organizing', id: string, status: FactStatus, confidence: number | null, curatedBy: Array<string>, organizationRole: OrganizationEventRole, organization: { id: string, name: string, kind: EntityKind }, event: { id: string, name: string, kind: EntityKind }, evidence: Array<{ sentence: string, article: { id: string, title: string } }> }
        | { __typename: 'Participation', id: string, status: FactStatus, confidence: number | null, curatedBy: Array<string>, personRole: PersonEventRole, person: { id: string, name: string, kind: EntityKind }, event: { id: string, name: string, kind: EntityKind }, evidence: Array<{ sentence: string, article: { id: string, title: string } }> }
        | { __typename: 'SubunitLink', id: string, status: FactStatus, confidence: number | null, curatedBy: Array<string>, unit: { id: string, name: string, kind: EntityKind }, parent: { id: string, name: string, kind: EntityKind }, evidence: Array<{ sentence: string, article: { id: string, title: string } }> }
        | { __typename: 'Tenure', caption: string, id: string, status: FactStatus, confidence: number | null, curatedBy: Array<string>, person: { id: string, name: string, kind: EntityKind }, post: { id: string, name: string, kind: EntityKind } | null, evidence: Array<{ sentence: string, article: { id: string, title: string } }> }
       }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const RefFragmentDoc = new TypedDocumentString(`
    fragment Ref on Entity {
  id
  name
  kind
}
    `, {"fragmentName":"Ref"}) as unknown as TypedDocumentString<RefFragment, unknown>;
export const SliceFieldsFragmentDoc = new TypedDocumentString(`
    fragment SliceFields on GraphSlice {
  nodes {
    id
    label
    kind
  }
  edges {
    id
    source
    target
    type
    label
  }
  truncated
}
    `, {"fragmentName":"SliceFields"}) as unknown as TypedDocumentString<SliceFieldsFragment, unknown>;
export const EvidenceFieldsFragmentDoc = new TypedDocumentString(`
    fragment EvidenceFields on Evidence {
  sentence
  article {
    id
    title
  }
}
    `, {"fragmentName":"EvidenceFields"}) as unknown as TypedDocumentString<EvidenceFieldsFragment, unknown>;
export const FactFieldsFragmentDoc = new TypedDocumentString(`
    fragment FactFields on Fact {
  id
  status
  confidence
  curatedBy
}
    `, {"fragmentName":"FactFields"}) as unknown as TypedDocumentString<FactFieldsFragment, unknown>;
export const CurationFieldsFragmentDoc = new TypedDocumentString(`
    fragment CurationFields on Curation {
  id
  operation
  curator
  at
  reason
  targets
  undoes
}
    `, {"fragmentName":"CurationFields"}) as unknown as TypedDocumentString<CurationFieldsFragment, unknown>;
export const SearchDocument = new TypedDocumentString(`
    query Search($query: String!, $first: Int) {
  search(query: $query, first: $first) {
    edges {
      node {
        ...Ref
        aliases
      }
    }
  }
}
    fragment Ref on Entity {
  id
  name
  kind
}`) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const NeighborhoodDocument = new TypedDocumentString(`
    query Neighborhood($id: ID!, $depth: Int, $limit: Int) {
  neighborhood(id: $id, depth: $depth, limit: $limit) {
    ...SliceFields
    more {
      node
      relationType
      count
      after
    }
  }
}
    fragment SliceFields on GraphSlice {
  nodes {
    id
    label
    kind
  }
  edges {
    id
    source
    target
    type
    label
  }
  truncated
}`) as unknown as TypedDocumentString<NeighborhoodQuery, NeighborhoodQueryVariables>;
export const NeighborsDocument = new TypedDocumentString(`
    query Neighbors($id: ID!, $relationType: RelationType, $first: Int, $after: String) {
  neighbors(id: $id, relationType: $relationType, first: $first, after: $after) {
    nodes {
      id
      label
      kind
    }
    edges {
      id
      source
      target
      type
      label
    }
    remaining
    endCursor
  }
}
    `) as unknown as TypedDocumentString<NeighborsQuery, NeighborsQueryVariables>;
export const ShortestPathDocument = new TypedDocumentString(`
    query ShortestPath($from: ID!, $to: ID!) {
  shortestPath(from: $from, to: $to) {
    ...SliceFields
  }
}
    fragment SliceFields on GraphSlice {
  nodes {
    id
    label
    kind
  }
  edges {
    id
    source
    target
    type
    label
  }
  truncated
}`) as unknown as TypedDocumentString<ShortestPathQuery, ShortestPathQueryVariables>;
export const NodeDetailsDocument = new TypedDocumentString(`
    query NodeDetails($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Entity {
      name
      aliases
      kind
      history {
        ...CurationFields
      }
    }
    ... on Person {
      positions {
        ...FactFields
        title
        caption
        current
        organization {
          ...Ref
        }
        evidence {
          ...EvidenceFields
        }
      }
      participations: events {
        ...FactFields
        role
        topic
        event {
          ...Ref
          date
        }
        evidence {
          ...EvidenceFields
        }
      }
    }
    ... on Organization {
      parent {
        ...Ref
      }
      units {
        ...Ref
      }
      people {
        ...FactFields
        title
        caption
        current
        person {
          ...Ref
        }
        evidence {
          ...EvidenceFields
        }
      }
      organizing: events {
        ...FactFields
        role
        event {
          ...Ref
        }
        evidence {
          ...EvidenceFields
        }
      }
    }
    ... on Event {
      date
      place {
        ...Ref
      }
      participants {
        ...FactFields
        role
        topic
        person {
          ...Ref
        }
        evidence {
          ...EvidenceFields
        }
      }
      organizers {
        ...FactFields
        role
        organization {
          ...Ref
        }
        evidence {
          ...EvidenceFields
        }
      }
    }
    ... on Article {
      title
    }
  }
}
    fragment Ref on Entity {
  id
  name
  kind
}
fragment EvidenceFields on Evidence {
  sentence
  article {
    id
    title
  }
}
fragment FactFields on Fact {
  id
  status
  confidence
  curatedBy
}
fragment CurationFields on Curation {
  id
  operation
  curator
  at
  reason
  targets
  undoes
}`) as unknown as TypedDocumentString<NodeDetailsQuery, NodeDetailsQueryVariables>;
export const ArticleDocument = new TypedDocumentString(`
    query Article($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Article {
      title
      url
      publishedAt
      text
      mentions {
        ...Ref
        aliases
      }
    }
  }
}
    fragment Ref on Entity {
  id
  name
  kind
}`) as unknown as TypedDocumentString<ArticleQuery, ArticleQueryVariables>;
export const ExportFactsDocument = new TypedDocumentString(`
    query ExportFacts($ids: [ID!]!) {
  nodes(ids: $ids) {
    __typename
    id
    ... on Entity {
      articles {
        id
      }
    }
    ... on Person {
      positions {
        caption
        position {
          id
        }
        evidence {
          article {
            id
          }
        }
      }
      participations: events {
        role
        event {
          id
        }
        evidence {
          article {
            id
          }
        }
      }
    }
    ... on Organization {
      organizing: events {
        role
        event {
          id
        }
        evidence {
          article {
            id
          }
        }
      }
    }
    ... on Position {
      title
      holders {
        person {
          id
        }
        evidence {
          article {
            id
          }
        }
      }
    }
    ... on Article {
      title
    }
  }
}
    `) as unknown as TypedDocumentString<ExportFactsQuery, ExportFactsQueryVariables>;
export const MergeEntitiesDocument = new TypedDocumentString(`
    mutation MergeEntities($keep: ID!, $drop: ID!, $reason: String!) {
  mergeEntities(keep: $keep, drop: $drop, reason: $reason) {
    ...CurationFields
  }
}
    fragment CurationFields on Curation {
  id
  operation
  curator
  at
  reason
  targets
  undoes
}`) as unknown as TypedDocumentString<MergeEntitiesMutation, MergeEntitiesMutationVariables>;
export const VerifyFactDocument = new TypedDocumentString(`
    mutation VerifyFact($id: ID!) {
  verifyFact(id: $id) {
    ...CurationFields
  }
}
    fragment CurationFields on Curation {
  id
  operation
  curator
  at
  reason
  targets
  undoes
}`) as unknown as TypedDocumentString<VerifyFactMutation, VerifyFactMutationVariables>;
export const RetractFactDocument = new TypedDocumentString(`
    mutation RetractFact($id: ID!, $reason: String!) {
  retractFact(id: $id, reason: $reason) {
    ...CurationFields
  }
}
    fragment CurationFields on Curation {
  id
  operation
  curator
  at
  reason
  targets
  undoes
}`) as unknown as TypedDocumentString<RetractFactMutation, RetractFactMutationVariables>;
export const UndoCurationDocument = new TypedDocumentString(`
    mutation UndoCuration($id: ID!) {
  undoCuration(id: $id) {
    ...CurationFields
  }
}
    fragment CurationFields on Curation {
  id
  operation
  curator
  at
  reason
  targets
  undoes
}`) as unknown as TypedDocumentString<UndoCurationMutation, UndoCurationMutationVariables>;
export const ReviewQueueDocument = new TypedDocumentString(`
    query ReviewQueue($first: Int, $after: String, $kinds: [FactType!]) {
  reviewQueue(first: $first, after: $after, kinds: $kinds) {
    totalCount
    edges {
      node {
        __typename
        ...FactFields
        evidence {
          ...EvidenceFields
        }
        ... on Tenure {
          caption
          person {
            ...Ref
          }
          post: organization {
            ...Ref
          }
        }
        ... on Participation {
          personRole: role
          person {
            ...Ref
          }
          event {
            ...Ref
          }
        }
        ... on Organizing {
          organizationRole: role
          organization {
            ...Ref
          }
          event {
            ...Ref
          }
        }
        ... on SubunitLink {
          unit {
            ...Ref
          }
          parent {
            ...Ref
          }
        }
      }
    }
  }
}
    fragment Ref on Entity {
  id
  name
  kind
}
fragment EvidenceFields on Evidence {
  sentence
  article {
    id
    title
  }
}
fragment FactFields on Fact {
  id
  status
  confidence
  curatedBy
}`) as unknown as TypedDocumentString<ReviewQueueQuery, ReviewQueueQueryVariables>;