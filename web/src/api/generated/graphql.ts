/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** NEW_POST (a post begun, or first seen held), ENDED_POST (removed, resigned, or called 原/前), NEW_PERSON, NEW_ORGANIZATION (first named). */
export type ChangeKind =
  | 'ENDED_POST'
  | 'NEW_ORGANIZATION'
  | 'NEW_PERSON'
  | 'NEW_POST';

/** What to change; anything left out stays. organization/title move a post, current marks it former (false) or current, role/topic fix an event role, parent a sub-unit. */
export type CorrectFactInput = {
  current?: boolean | null | undefined;
  organization?: string | null | undefined;
  parent?: string | null | undefined;
  role?: string | null | undefined;
  title?: string | null | undefined;
  topic?: string | null | undefined;
};

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

/** EXACT: the date itself; NOT_BEFORE / NOT_AFTER: only a bound (原部长 in a 2024 article: ended NOT_AFTER 2024). */
export type DateBound =
  | 'EXACT'
  | 'NOT_AFTER'
  | 'NOT_BEFORE';

/** How much of the date the source gave: YEAR (2018), MONTH (2018-05) or DAY (2018-05-03). */
export type DatePrecision =
  | 'DAY'
  | 'MONTH'
  | 'YEAR';

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

/** Splits facts and articles that are about someone else off `id` into a new node of the same kind called `name`. */
export type SplitEntityInput = {
  /** Articles whose mention goes to the new node. */
  articles?: Array<string> | null | undefined;
  /** Fact ids (fct_…) that go to the new node. */
  facts?: Array<string> | null | undefined;
  id: string;
  name: string;
  reason: string;
};

/** POST: a post held over an interval; EVENT: an event attended (a point in time). */
export type TimelineKind =
  | 'EVENT'
  | 'POST';

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

export type SliceFieldsFragment = { truncated: boolean, nodes: Array<{ id: string, label: string, kind: NodeKind }>, edges: Array<{ id: string, source: string, target: string, type: RelationType, label: string, status: FactStatus | null }> };

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


export type NeighborhoodQuery = { neighborhood: { truncated: boolean, more: Array<{ node: string, relationType: RelationType | null, count: number, after: string }>, nodes: Array<{ id: string, label: string, kind: NodeKind }>, edges: Array<{ id: string, source: string, target: string, type: RelationType, label: string, status: FactStatus | null }> } };

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


export type ShortestPathQuery = { shortestPath: { truncated: boolean, nodes: Array<{ id: string, label: string, kind: NodeKind }>, edges: Array<{ id: string, source: string, target: string, type: RelationType, label: string, status: FactStatus | null }> } | null };

export type NodeDetailsQueryVariables = Exact<{
  id: string;
}>;


export type NodeDetailsQuery = { node:
    | { __typename: 'Article', title: string, id: string }
    | { __typename: 'Event', name: string, aliases: Array<string>, kind: EntityKind, date: string | null, id: string, history: Array<{ id: string, operation: CurationOperation, curator: string, at: string, reason: string | null, targets: Array<string>, undoes: string | null }>, place: { id: string, name: string, kind: EntityKind } | null, participants: Array<{ role: PersonEventRole, topic: string | null, id: string, status: FactStatus, confidence: number | null, curatedBy: Array<string>, person: { id: string, name: string, kind: EntityKind }, evidence: Array<{ sentence: string, article: { id: string, title: string } }> }>, organizers: Array<{ role: OrganizationEventRole, id: string, status: FactStatus, confidence: number | null, curatedBy: Array<string>, organization: { id: string, name: string, kind: EntityKind }, evidence: Array<{ sentence: string, article: { id: string, title: string } }> }> }
    | { __typename: 'Organization', name: string, aliases: Array<string>, kind: EntityKind, id: string, history: Array<{ id: string, operation: CurationOperation, curator: string, at: string, reason: string | null, targets: Array<string>, undoes: string | null }>, parent: { id: string, name: string, kind: EntityKind } | null, units: Array<{ id: string, name: string, kind: EntityKind }>, people: Array<{ title: string, caption: string, current: boolean, id: string, status: FactStatus, confidence: number | null, curatedBy: Array<string>, person: { id: string, name: string, kind: EntityKind }, evidence: Array<{ sentence: string, article: { id: string, title: string } }> }>, organizing: Array<{ role: OrganizationEventRole, id: string, status: FactStatus, confidence: number | null, curatedBy: Array<string>, event: { id: string, name: string, kind: EntityKind }, evidence: Array<{ sentence: string, article: { id: string, title: string } }> }> }
    | { __typename: 'Person', name: string, aliases: Array<string>, kind: EntityKind, id: string, history: Array<{ id: string, operation: CurationOperation, curator: string, at: string, reason: string | null, targets: Array<string>, undoes: string | null }>, articles: Array<{ id: string, title: string }>, positions: Array<{ title: string, caption: string, current: boolean, id: string, status: FactStatus, confidence: number | null, curatedBy: Array<string>, organization: { id: string, name: string, kind: EntityKind } | null, evidence: Array<{ sentence: string, article: { id: string, title: string } }> }>, participations: Array<{ role: PersonEventRole, topic: string | null, id: string, status: FactStatus, confidence: number | null, curatedBy: Array<string>, event: { date: string | null, id: string, name: string, kind: EntityKind }, evidence: Array<{ sentence: string, article: { id: string, title: string } }> }> }
    | { __typename: 'Place', name: string, aliases: Array<string>, kind: EntityKind, id: string, history: Array<{ id: string, operation: CurationOperation, curator: string, at: string, reason: string | null, targets: Array<string>, undoes: string | null }> }
    | { __typename: 'Position', id: string }
   | null };

export type ArticleQueryVariables = Exact<{
  id: string;
}>;


export type ArticleQuery = { node:
    | { __typename: 'Article', title: string, url: string | null, publishedAt: string | null, text: string, id: string, credits: Array<{ name: string, title: string, organization: string | null }>, mentions: Array<
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

export type CorrectFactMutationVariables = Exact<{
  id: string;
  input: CorrectFactInput;
  reason: string;
}>;


export type CorrectFactMutation = { correctFact: { id: string, operation: CurationOperation, curator: string, at: string, reason: string | null, targets: Array<string>, undoes: string | null } };

export type AddAliasMutationVariables = Exact<{
  id: string;
  alias: string;
  reason?: string | null | undefined;
}>;


export type AddAliasMutation = { addAlias: { id: string, operation: CurationOperation, curator: string, at: string, reason: string | null, targets: Array<string>, undoes: string | null } };

export type RemoveAliasMutationVariables = Exact<{
  id: string;
  alias: string;
  reason?: string | null | undefined;
}>;


export type RemoveAliasMutation = { removeAlias: { id: string, operation: CurationOperation, curator: string, at: string, reason: string | null, targets: Array<string>, undoes: string | null } };

export type SplitEntityMutationVariables = Exact<{
  input: SplitEntityInput;
}>;


export type SplitEntityMutation = { splitEntity: { id: string, operation: CurationOperation, curator: string, at: string, reason: string | null, targets: Array<string>, undoes: string | null, entities: Array<
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
    > } };

export type UndoCurationMutationVariables = Exact<{
  id: string;
}>;


export type UndoCurationMutation = { undoCuration: { id: string, operation: CurationOperation, curator: string, at: string, reason: string | null, targets: Array<string>, undoes: string | null } };

export type ReviewQueueQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  kinds?: Array<FactType> | FactType | null | undefined;
}>;


export type ReviewQueueQuery = { reviewQueue: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node:
        | { __typename: 'Organizing', id: string, status: FactStatus, confidence: number | null, curatedBy: Array<string>, organizationRole: OrganizationEventRole, organization: { id: string, name: string, kind: EntityKind }, event: { id: string, name: string, kind: EntityKind }, evidence: Array<{ sentence: string, article: { id: string, title: string } }> }
        | { __typename: 'Participation', id: string, status: FactStatus, confidence: number | null, curatedBy: Array<string>, personRole: PersonEventRole, person: { id: string, name: string, kind: EntityKind }, event: { id: string, name: string, kind: EntityKind }, evidence: Array<{ sentence: string, article: { id: string, title: string } }> }
        | { __typename: 'SubunitLink', id: string, status: FactStatus, confidence: number | null, curatedBy: Array<string>, unit: { id: string, name: string, kind: EntityKind }, parent: { id: string, name: string, kind: EntityKind }, evidence: Array<{ sentence: string, article: { id: string, title: string } }> }
        | { __typename: 'Tenure', caption: string, id: string, status: FactStatus, confidence: number | null, curatedBy: Array<string>, person: { id: string, name: string, kind: EntityKind }, post: { id: string, name: string, kind: EntityKind } | null, evidence: Array<{ sentence: string, article: { id: string, title: string } }> }
       }> } };

export type DateFieldsFragment = { value: string, precision: DatePrecision, bound: DateBound };

export type CoAppearancesQueryVariables = Exact<{
  id: string;
  first?: number | null | undefined;
}>;


export type CoAppearancesQuery = { coAppearances: Array<{ weight: number, person: { id: string, name: string, kind: EntityKind }, events: Array<{ id: string, name: string, date: string | null }>, articles: Array<{ id: string, title: string }> }> };

export type InterlocksQueryVariables = Exact<{
  a: string;
  b?: string | null | undefined;
}>;


export type InterlocksQuery = { interlocks: Array<{ person: { id: string, name: string, kind: EntityKind }, postsA: Array<{ caption: string, evidence: Array<{ sentence: string, article: { id: string, title: string } }> }>, postsB: Array<{ caption: string, organization: { id: string, name: string, kind: EntityKind } | null, evidence: Array<{ sentence: string, article: { id: string, title: string } }> }> }> };

export type PersonTimelineQueryVariables = Exact<{
  id: string;
}>;


export type PersonTimelineQuery = { node:
    | { __typename: 'Article' }
    | { __typename: 'Event' }
    | { __typename: 'Organization' }
    | { __typename: 'Person', timeline: Array<{ kind: TimelineKind, title: string, current: boolean, since: { value: string, precision: DatePrecision, bound: DateBound } | null, until: { value: string, precision: DatePrecision, bound: DateBound } | null, organization: { id: string, name: string, kind: EntityKind } | null, event: { id: string, name: string, kind: EntityKind } | null, fact:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string, position: { id: string } }
        , evidence: Array<{ sentence: string, article: { id: string, title: string } }> }> }
    | { __typename: 'Place' }
    | { __typename: 'Position' }
   | null };

export type PositionHoldersQueryVariables = Exact<{
  id: string;
}>;


export type PositionHoldersQuery = { node:
    | { __typename: 'Article' }
    | { __typename: 'Event' }
    | { __typename: 'Organization' }
    | { __typename: 'Person' }
    | { __typename: 'Place' }
    | { __typename: 'Position', name: string, holders: Array<{ id: string, caption: string, current: boolean, person: { id: string, name: string, kind: EntityKind }, since: { value: string, precision: DatePrecision, bound: DateBound } | null, until: { value: string, precision: DatePrecision, bound: DateBound } | null, firstSeen: { value: string, precision: DatePrecision, bound: DateBound } | null, lastSeen: { value: string, precision: DatePrecision, bound: DateBound } | null, evidence: Array<{ sentence: string, article: { id: string, title: string } }> }> }
   | null };

export type NeighborhoodInTimeQueryVariables = Exact<{
  id: string;
  at?: string | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type NeighborhoodInTimeQuery = { neighborhood: { edges: Array<{ id: string }> } };

export type ChangesQueryVariables = Exact<{
  since: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ChangesQuery = { changes: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { kind: ChangeKind, title: string | null, at: { value: string, precision: DatePrecision, bound: DateBound }, person: { id: string, name: string, kind: EntityKind } | null, organization: { id: string, name: string, kind: EntityKind } | null, evidence: Array<{ sentence: string, article: { id: string, title: string } }> } }> } };

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
    status
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
export const DateFieldsFragmentDoc = new TypedDocumentString(`
    fragment DateFields on PartialDate {
  value
  precision
  bound
}
    `, {"fragmentName":"DateFields"}) as unknown as TypedDocumentString<DateFieldsFragment, unknown>;
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
    status
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
    status
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
      articles {
        id
        title
      }
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
      credits {
        name
        title
        organization
      }
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
export const CorrectFactDocument = new TypedDocumentString(`
    mutation CorrectFact($id: ID!, $input: CorrectFactInput!, $reason: String!) {
  correctFact(id: $id, input: $input, reason: $reason) {
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
}`) as unknown as TypedDocumentString<CorrectFactMutation, CorrectFactMutationVariables>;
export const AddAliasDocument = new TypedDocumentString(`
    mutation AddAlias($id: ID!, $alias: String!, $reason: String) {
  addAlias(id: $id, alias: $alias, reason: $reason) {
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
}`) as unknown as TypedDocumentString<AddAliasMutation, AddAliasMutationVariables>;
export const RemoveAliasDocument = new TypedDocumentString(`
    mutation RemoveAlias($id: ID!, $alias: String!, $reason: String) {
  removeAlias(id: $id, alias: $alias, reason: $reason) {
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
}`) as unknown as TypedDocumentString<RemoveAliasMutation, RemoveAliasMutationVariables>;
export const SplitEntityDocument = new TypedDocumentString(`
    mutation SplitEntity($input: SplitEntityInput!) {
  splitEntity(input: $input) {
    ...CurationFields
    entities {
      ...Ref
    }
  }
}
    fragment Ref on Entity {
  id
  name
  kind
}
fragment CurationFields on Curation {
  id
  operation
  curator
  at
  reason
  targets
  undoes
}`) as unknown as TypedDocumentString<SplitEntityMutation, SplitEntityMutationVariables>;
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
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
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
export const CoAppearancesDocument = new TypedDocumentString(`
    query CoAppearances($id: ID!, $first: Int) {
  coAppearances(id: $id, first: $first) {
    person {
      ...Ref
    }
    weight
    events {
      id
      name
      date
    }
    articles {
      id
      title
    }
  }
}
    fragment Ref on Entity {
  id
  name
  kind
}`) as unknown as TypedDocumentString<CoAppearancesQuery, CoAppearancesQueryVariables>;
export const InterlocksDocument = new TypedDocumentString(`
    query Interlocks($a: ID!, $b: ID) {
  interlocks(a: $a, b: $b) {
    person {
      ...Ref
    }
    postsA {
      caption
      evidence {
        ...EvidenceFields
      }
    }
    postsB {
      caption
      organization {
        ...Ref
      }
      evidence {
        ...EvidenceFields
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
}`) as unknown as TypedDocumentString<InterlocksQuery, InterlocksQueryVariables>;
export const PersonTimelineDocument = new TypedDocumentString(`
    query PersonTimeline($id: ID!) {
  node(id: $id) {
    __typename
    ... on Person {
      timeline {
        kind
        title
        current
        since {
          ...DateFields
        }
        until {
          ...DateFields
        }
        organization {
          ...Ref
        }
        event {
          ...Ref
        }
        fact {
          id
          ... on Tenure {
            position {
              id
            }
          }
        }
        evidence {
          ...EvidenceFields
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
fragment DateFields on PartialDate {
  value
  precision
  bound
}`) as unknown as TypedDocumentString<PersonTimelineQuery, PersonTimelineQueryVariables>;
export const PositionHoldersDocument = new TypedDocumentString(`
    query PositionHolders($id: ID!) {
  node(id: $id) {
    __typename
    ... on Position {
      name
      holders {
        id
        caption
        current
        person {
          ...Ref
        }
        since {
          ...DateFields
        }
        until {
          ...DateFields
        }
        firstSeen {
          ...DateFields
        }
        lastSeen {
          ...DateFields
        }
        evidence {
          ...EvidenceFields
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
fragment DateFields on PartialDate {
  value
  precision
  bound
}`) as unknown as TypedDocumentString<PositionHoldersQuery, PositionHoldersQueryVariables>;
export const NeighborhoodInTimeDocument = new TypedDocumentString(`
    query NeighborhoodInTime($id: ID!, $at: String, $from: String, $to: String) {
  neighborhood(id: $id, depth: 1, limit: 1000, at: $at, from: $from, to: $to) {
    edges {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<NeighborhoodInTimeQuery, NeighborhoodInTimeQueryVariables>;
export const ChangesDocument = new TypedDocumentString(`
    query Changes($since: String!, $first: Int, $after: String) {
  changes(since: $since, first: $first, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        kind
        at {
          ...DateFields
        }
        title
        person {
          ...Ref
        }
        organization {
          ...Ref
        }
        evidence {
          ...EvidenceFields
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
fragment DateFields on PartialDate {
  value
  precision
  bound
}`) as unknown as TypedDocumentString<ChangesQuery, ChangesQueryVariables>;