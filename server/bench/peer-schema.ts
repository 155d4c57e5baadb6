/**
 * Our labels as @neo4j/graphql type definitions, for bench:peer. The nested profile is the library's
 * own generated Cypher; search, neighbourhood and path have no equivalent there (ranked full-text
 * over all entity labels, a folded breadth-first walk, shortestPath), so they are `@cypher` fields
 * running the hand-written statements of ./best-cypher.ts, and labelled as such in the output.
 */
import { LABELS } from '@guanxi/schema';
import { NEIGHBORHOOD_NODES, PATH_NODES, SEARCH } from './best-cypher';

const { Person, Organization, Event, Place, Position } = LABELS;

/** A statement for a `@cypher` field: GraphQL string syntax, its result column named `n`. */
const cypher = (statement: string): string =>
  `@cypher(statement: ${JSON.stringify(statement)}, columnName: "n")`;

export const PEER_TYPE_DEFS = /* GraphQL */ `
  interface GraphNode { id: ID! }
  type Person implements GraphNode @node(labels: ["${Person}"]) {
    id: ID!
    name: String!
    positions: [Position!]! @relationship(type: "HOLDS", direction: OUT, properties: "Holds")
    events: [Event!]! @relationship(type: "PARTICIPATED", direction: OUT, properties: "Participated")
  }
  type Holds @relationshipProperties { current: Boolean evidence: [String!] }
  type Participated @relationshipProperties { role: String! }
  type Position implements GraphNode @node(labels: ["${Position}"]) {
    id: ID!
    title: String!
    holders: [Person!]! @relationship(type: "HOLDS", direction: IN, properties: "Holds")
    organization: [Organization!]! @relationship(type: "AT", direction: OUT)
  }
  type Organization implements GraphNode @node(labels: ["${Organization}"]) {
    id: ID!
    name: String!
    positions: [Position!]! @relationship(type: "AT", direction: IN)
  }
  type Event implements GraphNode @node(labels: ["${Event}"]) { id: ID! name: String! date: String }
  type Place implements GraphNode @node(labels: ["${Place}"]) { id: ID! name: String! }
  type Query {
    search(lucene: String!, exact: String!): [GraphNode!]!
      ${cypher(`${SEARCH.replace(/RETURN size\(hits\)[\s\S]*$/, 'UNWIND hits[0..20] AS n RETURN n')}`)}
    neighbourhood(id: ID!, rows: Int!, limit: Int!): [GraphNode!]! ${cypher(NEIGHBORHOOD_NODES)}
    path(from: ID!, to: ID!): [GraphNode!]! ${cypher(PATH_NODES)}
  }
`;

export const PEER_PROFILE = `query($id: ID!) { people(where: { id: { eq: $id } }) { name
  positionsConnection { edges { properties { current evidence } node { title organization { name
    positions { title holdersConnection { edges { properties { current evidence } node { name } } } } } } } }
  eventsConnection { edges { properties { role } node { name date } } } } }`;
export const PEER_SEARCH = `query($lucene: String!, $exact: String!) { search(lucene: $lucene, exact: $exact) { id ... on Person { name } ... on Organization { name } ... on Event { name } ... on Place { name } } }`;
export const PEER_NEIGHBOURHOOD = `query($id: ID!) { neighbourhood(id: $id, rows: 5000, limit: 500) { id } }`;
export const PEER_PATH = `query($from: ID!, $to: ID!) { path(from: $from, to: $to) { id } }`;
