/**
 * Every GraphQL operation the explorer sends, as a typed document: the text plus phantom result and
 * variable types. No codegen; operations.test.ts validates each text against the server's SDL.
 */
import type {
  ArticleResult,
  NeighborhoodResult,
  NodeDetailsResult,
  SearchResult,
  ShortestPathResult,
} from './types';

export interface Operation<TResult, TVariables> {
  readonly name: string;
  readonly text: string;
  /** Never set; carries the types. */
  readonly __types?: { result: TResult; variables: TVariables };
}

function op<TResult, TVariables>(name: string, text: string): Operation<TResult, TVariables> {
  return { name, text };
}

const SLICE = `nodes { id label kind } edges { id source target type label } truncated`;
const REF = `id name kind`;
const EVIDENCE = `evidence { sentence article { id title } }`;
// Person.events and Organization.events differ in their `role` enum, so each is aliased: GraphQL
// forbids one response field with two types.

export const SEARCH = op<SearchResult, { query: string; first?: number }>(
  'Search',
  `query Search($query: String!, $first: Int) {
  search(query: $query, first: $first) { edges { node { ${REF} aliases } } }
}`,
);

export const NEIGHBORHOOD = op<NeighborhoodResult, { id: string; depth?: number; limit?: number }>(
  'Neighborhood',
  `query Neighborhood($id: ID!, $depth: Int, $limit: Int) {
  neighborhood(id: $id, depth: $depth, limit: $limit) { ${SLICE} }
}`,
);

export const SHORTEST_PATH = op<ShortestPathResult, { from: string; to: string }>(
  'ShortestPath',
  `query ShortestPath($from: ID!, $to: ID!) {
  shortestPath(from: $from, to: $to) { ${SLICE} }
}`,
);

export const NODE_DETAILS = op<NodeDetailsResult, { id: string }>(
  'NodeDetails',
  `query NodeDetails($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Entity { name aliases kind }
    ... on Person {
      positions { title caption current organization { ${REF} } ${EVIDENCE} }
      participations: events { role topic event { ${REF} date } ${EVIDENCE} }
    }
    ... on Organization {
      parent { ${REF} }
      units { ${REF} }
      people { title caption current person { ${REF} } ${EVIDENCE} }
      organizing: events { role event { ${REF} } ${EVIDENCE} }
    }
    ... on Event {
      date
      place { ${REF} }
      participants { role topic person { ${REF} } ${EVIDENCE} }
      organizers { role organization { ${REF} } ${EVIDENCE} }
    }
    ... on Article { title }
  }
}`,
);

export const ARTICLE = op<ArticleResult, { id: string }>(
  'Article',
  `query Article($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Article { title url publishedAt text mentions { ${REF} aliases } }
  }
}`,
);

export const OPERATIONS = [SEARCH, NEIGHBORHOOD, SHORTEST_PATH, NODE_DETAILS, ARTICLE] as const;
