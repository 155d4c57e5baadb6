/**
 * `npm run soak [-- --minutes 10 --clients 16]`: a long run against the bench Neo4j
 * (`.data/neo4j-bench`). The app listens on an ephemeral port; N clients mix searches, profiles
 * with neighbourhoods and ingests (1 in 5) over HTTP. Printed every window: requests, errors,
 * p50/p99 and the process RSS (app + clients), which must level off. Then kill -9 of Neo4j in the
 * middle of an ingest run, restart, and a check that the graph equals a clean run of the same
 * articles. Everything it writes carries a `soak…_` id prefix or comes from its generated corpus.
 */
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { createDriver, ensureNeo4j, PROFILES, settingsFromEnv } from '@guanxi/db';
import { applySchema, generateCorpus } from '@guanxi/seed';
import { createLogger } from '../src/log';
import { createApp } from '../src/yoga';
import { deleteUnder, soakCrash } from './soak-crash';
import { soakLoad } from './soak-load';

const { values } = parseArgs({
  options: {
    minutes: { type: 'string', default: '10' },
    clients: { type: 'string', default: '16' },
    articles: { type: 'string', default: '40' },
  },
});
const minutes = Number(values.minutes);
const clients = Number(values.clients);

const settings = await ensureNeo4j('bench');
const driver = createDriver(settings);
await applySchema(driver, settings.database);
const token = randomBytes(24).toString('hex');
const app = createApp({
  driver,
  database: settings.database,
  apiToken: token,
  rateLimit: 0,
  graphiql: false,
  logger: createLogger(undefined, 'error'),
});
const server = createServer(app);
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

console.log(`soak: ${clients} clients for ${minutes} min against ${settings.uri}`);
const corpus = generateCorpus({ seed: 7, articles: 400 });
const windowSeconds = Math.max(5, Math.round((minutes * 60) / 12));
const load = await soakLoad({ url, token, clients, minutes, corpus, windowSeconds });
const half = Math.floor(load.rss.length / 2);
const growth = (load.rss.at(-1) ?? 0) - (load.rss[half] ?? 0);
console.log(
  `load: ${load.requests} requests, ${load.errors} errors, p99 ${load.p99.toFixed(0)} ms, RSS ${load.rss[half]?.toFixed(0)} → ${load.rss.at(-1)?.toFixed(0)} MB over the second half (${growth >= 0 ? '+' : ''}${growth.toFixed(0)} MB)`,
);
await new Promise<void>((r) => {
  server.closeAllConnections();
  server.close(() => r());
});

if (settingsFromEnv()) {
  console.log('crash test skipped: NEO4J_URI points at a server this script does not run');
} else {
  const run = randomBytes(3).toString('hex');
  const prefixes = { crashed: `soak${run}a_`, clean: `soak${run}b_` };
  const crashCorpus = generateCorpus({ seed: 11, articles: Number(values.articles) });
  const crash = await soakCrash(driver, settings.database, PROFILES.bench(), crashCorpus, prefixes);
  console.log(
    `crash: ${crash.failedDuringOutage} ingests failed while Neo4j was down, restart ${crash.restartSeconds.toFixed(1)} s, graph after crash + re-ingest ${crash.equal ? 'EQUALS' : 'DIFFERS FROM'} a clean run (${crash.facts} nodes and relationships)`,
  );
  for (const p of Object.values(prefixes)) await deleteUnder(driver, settings.database, p);
  if (!crash.equal) process.exitCode = 1;
}
if (load.errors > 0) process.exitCode = 1;
await driver.close();
