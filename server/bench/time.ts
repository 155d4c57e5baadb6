/**
 * `npm run bench:time`: the time queries of issue 10 on the bench graph (./graph.ts, ≥100k entities,
 * dated by ./synthetic.ts), p50/p99 at concurrency 1 through GraphQL, each beside a baseline from the
 * same run: Person.timeline beside Person.positions, neighborhood/shortestPath with `at:` beside the
 * same without, Position.holders (succession) and a month of `changes` beside `search`.
 *
 * Env: BENCH_N (requests per query, default 100).
 */
import { createDriver, ensureNeo4j } from '@guanxi/db';
import { createLogger } from '../src/log';
import { createApp, type App } from '../src/yoga';
import { ensureBenchGraph, graphSize } from './graph';
import { measure, type Figures } from './measure';

const N = Number(process.env.BENCH_N ?? 100);
const log = (s: string): void => void process.stderr.write(`[bench] ${s}\n`);

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

const DATE = 'value precision bound';
const Q = {
  positions: `query($id: ID!) { node(id: $id) { ... on Person { positions { title current organization { name } evidence { sentence } } } } }`,
  timeline: `query($id: ID!) { node(id: $id) { ... on Person { timeline { kind title current organization { name } event { name }
    since { ${DATE} } until { ${DATE} } evidence { sentence } } } } }`,
  holders: `query($id: ID!) { node(id: $id) { ... on Position { holders { person { name } current since { ${DATE} } until { ${DATE} }
    firstSeen { ${DATE} } lastSeen { ${DATE} } evidence { sentence } } } } }`,
  search: `query($q: String!) { search(query: $q, first: 20) { edges { node { id name } } } }`,
  changes: `query($since: String!, $until: String) { changes(since: $since, until: $until, first: 50) { edges { node {
    kind at { ${DATE} } person { name } organization { name } title evidence { sentence } } } pageInfo { hasNextPage } } }`,
  neighborhood: `query($id: ID!, $at: String) { neighborhood(id: $id, depth: 2, limit: 500, at: $at) { nodes { id } edges { id } truncated } }`,
  path: `query($a: ID!, $b: ID!, $at: String) { shortestPath(from: $a, to: $b, at: $at) { nodes { id } } }`,
};

const settings = await ensureNeo4j('bench');
const driver = createDriver(settings);
try {
  const rows = await ensureBenchGraph(driver, settings.database, log);
  const size = await graphSize(driver, settings.database);
  log(`graph: ${size.entities} entities, ${size.relationships} relationships`);
  // Request log lines would bury the table: errors only.
  const app = createApp({
    driver,
    database: settings.database,
    graphiql: false,
    logger: createLogger(undefined, 'error'),
  });
  const persons = rows.persons.filter((_, i) => i % 331 === 0);
  const positions = rows.positions.filter((_, i) => i % 97 === 0).map((p) => p.id);
  const pick = <T>(xs: readonly T[], i: number): T => xs[i % xs.length]!;
  const months = Array.from(
    { length: 120 },
    (_, i) => `${2015 + Math.floor(i / 12)}-${String(1 + (i % 12)).padStart(2, '0')}`,
  );
  const years = Array.from({ length: 10 }, (_, i) => String(2015 + i));
  const cases: [string, (i: number) => Promise<unknown>][] = [
    ['Person.positions (baseline)', (i) => post(app, Q.positions, { id: pick(persons, i).id })],
    ['Person.timeline', (i) => post(app, Q.timeline, { id: pick(persons, i).id })],
    ['Position.holders (succession)', (i) => post(app, Q.holders, { id: pick(positions, i) })],
    ['search (baseline)', (i) => post(app, Q.search, { q: pick(persons, i).name })],
    ['changes, one month', (i) => post(app, Q.changes, { since: pick(months, i), until: pick(months, i) })],
    ['changes, one year', (i) => post(app, Q.changes, { since: pick(years, i), until: pick(years, i) })],
    ['neighborhood d2 (baseline)', (i) => post(app, Q.neighborhood, { id: pick(persons, i).id })],
    [
      'neighborhood d2 at:',
      (i) => post(app, Q.neighborhood, { id: pick(persons, i).id, at: pick(years, i) }),
    ],
    [
      'shortestPath (baseline)',
      (i) => post(app, Q.path, { a: pick(persons, i).id, b: pick(persons, i * 7 + 3).id }),
    ],
    [
      'shortestPath at:',
      (i) =>
        post(app, Q.path, { a: pick(persons, i).id, b: pick(persons, i * 7 + 3).id, at: pick(years, i) }),
    ],
  ];
  const out: [string, Figures][] = [];
  for (const [name, fn] of cases) {
    await measure(10, 2, fn);
    const f = await measure(N, 1, fn);
    out.push([name, f]);
    log(`${name}: p50 ${f.p50.toFixed(1)} ms, p99 ${f.p99.toFixed(1)} ms`);
  }
  process.stdout.write(`\n| query | p50 ms | p99 ms |\n| --- | ---: | ---: |\n`);
  for (const [name, f] of out)
    process.stdout.write(`| ${name} | ${f.p50.toFixed(1)} | ${f.p99.toFixed(1)} |\n`);
  process.stdout.write(
    `\n${size.entities} entities, ${size.relationships} relationships; n = ${N} per query, concurrency 1.\n`,
  );
} finally {
  await driver.close();
}
