/**
 * Every GraphQL operation the explorer sends. `npm run codegen -w web` types them from
 * server/schema.graphql into ./generated (checked by codegen.test.ts).
 */
import { graphql } from './generated';

graphql(`
  fragment Ref on Entity {
    id
    name
    kind
  }
`);

graphql(`
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
`);

graphql(`
  fragment EvidenceFields on Evidence {
    sentence
    article {
      id
      title
    }
  }
`);

graphql(`
  fragment FactFields on Fact {
    id
    status
    confidence
    curatedBy
  }
`);

export const SEARCH = graphql(`
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
`);

export const NEIGHBORHOOD = graphql(`
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
`);

export const NEIGHBORS = graphql(`
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
`);

export const SHORTEST_PATH = graphql(`
  query ShortestPath($from: ID!, $to: ID!) {
    shortestPath(from: $from, to: $to) {
      ...SliceFields
    }
  }
`);

// Person.events and Organization.events differ in their `role` enum, so each is aliased: GraphQL
// forbids one response field with two types.
export const NODE_DETAILS = graphql(`
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
`);

export const ARTICLE = graphql(`
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
`);

// What the GraphML/GEXF/CSV exports add to the canvas: titles and the articles behind each node
// and each fact (edge). Roles and ids let an edge be matched to the fact it folds.
export const EXPORT_FACTS = graphql(`
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
`);

graphql(`
  fragment CurationFields on Curation {
    id
    operation
    curator
    at
    reason
    targets
    undoes
  }
`);

export const MERGE_ENTITIES = graphql(`
  mutation MergeEntities($keep: ID!, $drop: ID!, $reason: String!) {
    mergeEntities(keep: $keep, drop: $drop, reason: $reason) {
      ...CurationFields
    }
  }
`);

export const VERIFY_FACT = graphql(`
  mutation VerifyFact($id: ID!) {
    verifyFact(id: $id) {
      ...CurationFields
    }
  }
`);

export const RETRACT_FACT = graphql(`
  mutation RetractFact($id: ID!, $reason: String!) {
    retractFact(id: $id, reason: $reason) {
      ...CurationFields
    }
  }
`);

export const CORRECT_FACT = graphql(`
  mutation CorrectFact($id: ID!, $input: CorrectFactInput!, $reason: String!) {
    correctFact(id: $id, input: $input, reason: $reason) {
      ...CurationFields
    }
  }
`);

export const ADD_ALIAS = graphql(`
  mutation AddAlias($id: ID!, $alias: String!, $reason: String) {
    addAlias(id: $id, alias: $alias, reason: $reason) {
      ...CurationFields
    }
  }
`);

export const REMOVE_ALIAS = graphql(`
  mutation RemoveAlias($id: ID!, $alias: String!, $reason: String) {
    removeAlias(id: $id, alias: $alias, reason: $reason) {
      ...CurationFields
    }
  }
`);

// The new node comes back as the record's second entity, so the canvas can show it at once.
export const SPLIT_ENTITY = graphql(`
  mutation SplitEntity($input: SplitEntityInput!) {
    splitEntity(input: $input) {
      ...CurationFields
      entities {
        ...Ref
      }
    }
  }
`);

export const UNDO_CURATION = graphql(`
  mutation UndoCuration($id: ID!) {
    undoCuration(id: $id) {
      ...CurationFields
    }
  }
`);

// A review item names both ends of the fact so its evidence sentence can be highlighted. Fields that
// differ in type between fact types (role's enum, organization's nullability) are aliased apart.
export const REVIEW_QUEUE = graphql(`
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
`);

graphql(`
  fragment DateFields on PartialDate {
    value
    precision
    bound
  }
`);

export const CO_APPEARANCES = graphql(`
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
`);

export const INTERLOCKS = graphql(`
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
`);

export const PERSON_TIMELINE = graphql(`
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
`);

export const POSITION_HOLDERS = graphql(`
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
`);

export const NEIGHBORHOOD_IN_TIME = graphql(`
  query NeighborhoodInTime($id: ID!, $at: String, $from: String, $to: String) {
    neighborhood(id: $id, depth: 1, limit: 1000, at: $at, from: $from, to: $to) {
      edges {
        id
      }
    }
  }
`);

export const CHANGES = graphql(`
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
`);
