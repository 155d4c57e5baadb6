/**
 * The four measured operations, each twice: through GraphQL (yoga.fetch in process: parse,
 * validate, armor, execute, DataLoaders, serialize) and as one hand-written statement through the
 * driver (./best-cypher.ts, the floor), with the client-side work the answer needs (folding the
 * neighbourhood's rows into nodes and edges, decoding evidence).
 */
import { decodeEvidence } from '@guanxi/schema';
import type { Driver, Node as Neo4jNode } from 'neo4j-driver';
import { coAppearances } from '../src/neo4j/co-appearances';
import { createDb, type Db } from '../src/neo4j/db';
import { graphNode, makeEdge, type GraphEdgeOut, type GraphNodeOut } from '../src/neo4j/graph';
import { interlocks } from '../src/neo4j/interlocks';
import { loadNodes } from '../src/neo4j/loaders';
import { toRec, type NodeRec } from '../src/neo4j/records';
import type { App } from '../src/yoga';
import { bestCypher } from './best-cypher';
import type { Rows } from './synthetic';

export interface Inputs {
  queries: string[];
  persons: string[];
  pairs: [string, string][];
  /** Organization pairs: interlocks of the first, alone and with the second. */
  organizations: [string, string][];
}

export interface Operation {
  name: string;
  /** The Cypher side is our own data-layer statements, not a hand-written floor (kept out of c16_max_ratio). */
  ownBaseline?: true;
  graphql: (i: number) => Promise<unknown>;
  cypher: (i: number) => Promise<unknown>;
}

/** Deterministic samples: every 331st person; search by full name, given name and pinyin. */
export function sampleInputs(rows: Rows): Inputs {
  const people = rows.persons.filter((_, i) => i % 331 === 0);
  const persons = people.map((p) => p.id);
  const queries = people.flatMap((p, i) => [
    p.name,
    p.name.slice(1),
    p.pinyin[i % p.pinyin.length] ?? p.name,
  ]);
  const pairs = persons.map((id, i): [string, string] => [id, persons[(i * 7 + 3) % persons.length]!]);
  return { queries, persons, pairs, organizations: interlockedPairs(rows) };
}

export const at = <T>(xs: readonly T[], i: number): T => xs[i % xs.length]!;

/** Anything that answers GraphQL over fetch (our app, the peer's yoga in bench:peer). */
export interface Fetcher {
  fetch: (url: string, init: RequestInit) => Response | Promise<Response>;
}

export async function post(
  app: Fetcher,
  query: string,
  variables: Record<string, unknown>,
): Promise<unknown> {
  const request = JSON.stringify({ query, variables });
  // As an HTTP client sends it: with its length (without one, the body limit counts while streaming).
  const res = await app.fetch('http://yoga/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'content-length': String(Buffer.byteLength(request)),
      accept: 'application/graphql-response+json',
    },
    body: request,
  });
  const body = (await res.json()) as { data?: unknown; errors?: { message: string }[] };
  if (body.errors) throw new Error(`GraphQL error: ${body.errors.map((e) => e.message).join('; ')}`);
  return body.data;
}

/** The nested profile: person → posts → organization → its posts → their holders → evidence. */
export const PROFILE = `query($id: ID!) { node(id: $id) { ... on Person { name positions { caption current organization { name
  positions { title holders { current person { name } evidence { sentence } } } } } events { role event { name date } } } } }`;

export const SEARCH = `query($q: String!) { search(query: $q, first: 20) { totalCount edges { node { id name kind } } } }`;
export const NEIGHBORHOOD = `query($id: ID!) { neighborhood(id: $id, depth: 2, limit: 500) { nodes { id label kind } edges { id source target type label } truncated } }`;
export const PATH = `query($a: ID!, $b: ID!) { shortestPath(from: $a, to: $b) { nodes { id label kind } edges { id source target type label } } }`;

interface Row {
  a: Neo4jNode | null;
  b: Neo4jNode | null;
  v: Neo4jNode | null;
  type: GraphEdgeOut['type'];
  role: unknown;
  current: unknown;
  confidence: unknown;
}

/** The client's half of the one-statement neighbourhood: the first `limit` nodes and their edges. */
function assemble(start: NodeRec, levels: Row[][], limit: number) {
  const nodes = new Map<string, GraphNodeOut>([[start.id, graphNode(start)]]);
  const edges = new Map<string, GraphEdgeOut>();
  for (const rows of levels) {
    for (const row of rows) {
      const a = row.a && toRec(row.a);
      const b = row.b && toRec(row.b);
      if (!a || !b) continue;
      const missing = [a, b].filter((n, i, all) => !nodes.has(n.id) && all.indexOf(n) === i);
      if (nodes.size + missing.length > limit) continue;
      for (const n of missing) nodes.set(n.id, graphNode(n));
      const edge = makeEdge(row.type, a, b, row, row.v && toRec(row.v));
      edges.set(edge.id, edge);
    }
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

const CO = `query($id: ID!) { coAppearances(id: $id, first: 20) { person { id name } weight
  events { id name date } articles { id title } } }`;
const LOCKS = `query($a: ID!, $b: ID) { interlocks(a: $a, b: $b) { person { id name }
  postsA { caption organization { id name } } postsB { caption organization { id name } } } }`;

export function operations(app: App, driver: Driver, database: string, input: Inputs): Operation[] {
  const best = bestCypher(driver, database);
  const db = () => createDb(driver, database);
  return [
    {
      name: 'search',
      graphql: (i) => post(app, SEARCH, { q: at(input.queries, i) }),
      cypher: (i) => best.search(at(input.queries, i)),
    },
    {
      name: 'neighborhood d2 l500',
      graphql: (i) => post(app, NEIGHBORHOOD, { id: at(input.persons, i) }),
      cypher: async (i) => {
        const [rec] = await best.neighborhood(at(input.persons, i), 5000);
        if (!rec) return null;
        const start = toRec(rec.get('s') as Neo4jNode);
        return start && assemble(start, [rec.get('first') as Row[], rec.get('second') as Row[]], 500);
      },
    },
    {
      name: 'shortestPath',
      graphql: (i) => post(app, PATH, { a: at(input.pairs, i)[0], b: at(input.pairs, i)[1] }),
      cypher: (i) => best.path(...at(input.pairs, i)),
    },
    {
      name: 'person profile (nested)',
      graphql: (i) => post(app, PROFILE, { id: at(input.persons, i) }),
      cypher: async (i) => {
        const [rec] = await best.profile(at(input.persons, i));
        // Evidence is stored encoded; the client decodes it, as the resolver does.
        type Profile = {
          positions: { organization: { positions: { holders: { evidence: string[] }[] }[] } | null }[];
        };
        const profile = rec?.get('profile') as Profile | undefined;
        for (const pos of profile?.positions ?? [])
          for (const q of pos.organization?.positions ?? [])
            for (const h of q.holders) (h as { decoded?: unknown }).decoded = h.evidence.map(decodeEvidence);
        return profile;
      },
    },
    {
      name: 'coAppearances',
      ownBaseline: true,
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
      ownBaseline: true,
      graphql: (i) => post(app, LOCKS, { a: at(input.organizations, i)[0] }),
      cypher: (i) => interlocksThenOrganizations(db(), at(input.organizations, i)[0], null),
    },
    {
      name: 'interlocks (a, b)',
      ownBaseline: true,
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

/**
 * Every 97th organization that has a post, each with an organization one of its people also holds
 * a post at (b of the two-organization form; random pairs would almost never be linked).
 */
function interlockedPairs(rows: Rows): [string, string][] {
  const orgOf = new Map(rows.positions.map((p) => [p.id, p.organizationId]));
  const orgsOf = new Map<string, string[]>();
  const peopleAt = new Map<string, string[]>();
  for (const h of rows.rels.HOLDS) {
    const [person, org] = [String(h.a), orgOf.get(String(h.b))];
    if (!org) continue;
    orgsOf.set(person, [...(orgsOf.get(person) ?? []), org]);
    peopleAt.set(org, [...(peopleAt.get(org) ?? []), person]);
  }
  return [...peopleAt.keys()]
    .filter((_, i) => i % 97 === 0)
    .map((a): [string, string] => {
      const b = (peopleAt.get(a) ?? []).flatMap((p) => orgsOf.get(p) ?? []).find((o) => o !== a);
      return [a, b ?? a];
    })
    .filter(([a, b]) => a !== b);
}
