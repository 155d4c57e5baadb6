/**
 * The four measured operations, each twice: through GraphQL (yoga.fetch in process: parse,
 * validate, armor, execute, DataLoaders, serialize) and as the same Cypher through the driver
 * (our data-layer functions over a bare session, no GraphQL).
 */
import type { Driver } from 'neo4j-driver';
import { createDb, type Db } from '../src/neo4j/db';
import { coAppearances } from '../src/neo4j/co-appearances';
import { DEFAULT_TYPES, neighborhood } from '../src/neo4j/graph';
import { interlocks } from '../src/neo4j/interlocks';
import { createLoaders, loadNodes } from '../src/neo4j/loaders';
import { shortestPath } from '../src/neo4j/path';
import type { NodeRec } from '../src/neo4j/records';
import { searchEntities } from '../src/neo4j/search';
import type { App } from '../src/yoga';

export interface Inputs {
  queries: string[];
  persons: string[];
  pairs: [string, string][];
  /** Organization pairs: interlocks of the first, alone and with the second. */
  organizations: [string, string][];
}

export interface Operation {
  name: string;
  graphql: (i: number) => Promise<unknown>;
  cypher: (i: number) => Promise<unknown>;
}

const at = <T>(xs: readonly T[], i: number): T => xs[i % xs.length]!;

async function post(app: App, query: string, variables: Record<string, unknown>): Promise<unknown> {
  const res = await app.fetch('http://yoga/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: unknown; errors?: { message: string }[] };
  if (body.errors) throw new Error(`GraphQL error: ${body.errors.map((e) => e.message).join('; ')}`);
  return body.data;
}

const PROFILE = `query($id: ID!) { node(id: $id) { ... on Person { name positions { caption current organization { name
  positions { title holders { current person { name } } } } } events { role event { name date } } } } }`;

const CO = `query($id: ID!) { coAppearances(id: $id, first: 20) { person { id name } weight
  events { id name date } articles { id title } } }`;
const LOCKS = `query($a: ID!, $b: ID) { interlocks(a: $a, b: $b) { person { id name }
  postsA { caption organization { id name } } postsB { caption organization { id name } } } }`;

export function operations(app: App, driver: Driver, database: string, input: Inputs): Operation[] {
  const db = () => createDb(driver, database);
  return [
    {
      name: 'search',
      graphql: (i) =>
        post(
          app,
          `query($q: String!) { search(query: $q, first: 20) { totalCount edges { node { id name kind } } } }`,
          {
            q: at(input.queries, i),
          },
        ),
      cypher: (i) => searchEntities(db(), at(input.queries, i), null, 0, 20),
    },
    {
      name: 'neighborhood d2 l500',
      graphql: (i) =>
        post(
          app,
          `query($id: ID!) { neighborhood(id: $id, depth: 2, limit: 500) { nodes { id label kind } edges { id source target type label } truncated } }`,
          {
            id: at(input.persons, i),
          },
        ),
      cypher: async (i) => {
        const d = db();
        const [start] = await loadNodes(d, [at(input.persons, i)]);
        return neighborhood(d, start as NodeRec, 2, 500, DEFAULT_TYPES);
      },
    },
    {
      name: 'shortestPath',
      graphql: (i) =>
        post(
          app,
          `query($a: ID!, $b: ID!) { shortestPath(from: $a, to: $b) { nodes { id label kind } edges { id source target type label } } }`,
          {
            a: at(input.pairs, i)[0],
            b: at(input.pairs, i)[1],
          },
        ),
      cypher: async (i) => {
        const d = db();
        const [a, b] = at(input.pairs, i);
        await loadNodes(d, [a, b]);
        return shortestPath(d, a, b, 6);
      },
    },
    {
      name: 'person profile (nested)',
      graphql: (i) => post(app, PROFILE, { id: at(input.persons, i) }),
      // The same statements the resolvers batch, level by level.
      cypher: async (i) => {
        const l = createLoaders(db());
        const id = at(input.persons, i);
        await l.node.load(id);
        const [posts] = await Promise.all([l.personPositions.load(id), l.personEvents.load(id)]);
        const orgIds = [
          ...new Set(
            posts.flatMap((p) =>
              p.other.__typename === 'Position' && p.other.organizationId ? [p.other.organizationId] : [],
            ),
          ),
        ];
        await l.node.loadMany(orgIds);
        const positions = (await l.organizationPositions.loadMany(orgIds)).flatMap((x) =>
          x instanceof Error ? [] : x,
        );
        return l.positionHolders.loadMany(positions.map((p) => p.other.id));
      },
    },
    {
      name: 'coAppearances',
      graphql: (i) => post(app, CO, { id: at(input.persons, i) }),
      cypher: async (i) => {
        const d = db();
        const id = at(input.persons, i);
        await loadNodes(d, [id]);
        const rows = await coAppearances(d, id, 20);
        return loadNodes(
          d,
          rows.flatMap((r) => [...r.eventIds, ...r.articleIds]),
        );
      },
    },
    {
      name: 'interlocks (a → any)',
      graphql: (i) => post(app, LOCKS, { a: at(input.organizations, i)[0] }),
      cypher: (i) => interlocksThenOrganizations(db(), at(input.organizations, i)[0], null),
    },
    {
      name: 'interlocks (a, b)',
      graphql: (i) =>
        post(app, LOCKS, { a: at(input.organizations, i)[0], b: at(input.organizations, i)[1] }),
      cypher: (i) => interlocksThenOrganizations(db(), ...at(input.organizations, i)),
    },
  ];
}

/** What the interlocks resolvers read: the two ends, the people and their posts, then the posts' organizations. */
async function interlocksThenOrganizations(d: Db, a: string, b: string | null): Promise<unknown> {
  await loadNodes(d, b ? [a, b] : [a]);
  const rows = await interlocks(d, a, b, 50);
  const orgs = rows.flatMap((r) =>
    [...r.postsA, ...r.postsB].flatMap((l) =>
      l.other.__typename === 'Position' && l.other.organizationId ? [l.other.organizationId] : [],
    ),
  );
  return loadNodes(d, [...new Set(orgs)]);
}
