/**
 * `npx tsx server/bench/outage-latency.ts`: how long the API takes to answer while Neo4j is down
 * (its port closed), per operation. Prints milliseconds and the error code.
 */
import { createDriver } from '@guanxi/db';
import { createApp } from '../src/yoga';

const OPS: [string, string][] = [
  ['stats', '{ stats { __typename } }'],
  ['search', '{ search(query: "李") { totalCount } }'],
  ['node', '{ node(id: "per_x") { id } }'],
  ['shortestPath', '{ shortestPath(from: "per_a", to: "per_b") { truncated } }'],
  ['mergeEntities', 'mutation { mergeEntities(keep: "per_a", drop: "per_b") { id } }'],
];

const driver = createDriver({ uri: 'bolt://127.0.0.1:9', user: 'neo4j', password: 'x', database: 'neo4j' });
const app = createApp({ driver, database: 'neo4j', apiToken: 't' });
for (const [name, query] of OPS) {
  const began = performance.now();
  const res = await app.fetch('http://yoga/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer t' },
    body: JSON.stringify({ query }),
  });
  const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
  const ms = performance.now() - began;
  console.log(
    `${name.padEnd(14)} ${ms.toFixed(0).padStart(6)} ms  ${body.errors?.[0]?.extensions?.code ?? 'ok'}`,
  );
}
await driver.close();
