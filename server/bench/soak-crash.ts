/**
 * The crash half of `npm run soak`: kill -9 Neo4j in the middle of an ingest run, restart it, ingest
 * the run again, and compare the graph with a clean run of the same articles (own id prefixes).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { start, type LocalNeo4jOptions } from '@guanxi/db';
import { ingestArticle, type CorpusArticle } from '@guanxi/seed';
import type { Driver } from 'neo4j-driver';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * Nodes (labels, key, name, aliases) and relationships (type, ends, evidence count, role) under a
 * prefix. A node's key is its id without the prefix; a post's is its name, since `pos_` ids hash
 * the (prefixed) organization id.
 */
export async function graphUnder(driver: Driver, database: string, prefix: string): Promise<string[]> {
  const { records } = await driver.executeQuery(
    `MATCH (n) WHERE n.id STARTS WITH $prefix
     RETURN labels(n) AS labels, n.id AS id, coalesce(n.name, n.title) AS name, n.aliases AS aliases`,
    { prefix },
    { database },
  );
  const key = new Map<string, string>();
  for (const r of records) {
    const id = String(r.get('id'));
    const isPost = (r.get('labels') as string[]).includes('Position');
    key.set(id, isPost ? `post ${String(r.get('name'))}` : id.slice(prefix.length));
  }
  const rels = await driver.executeQuery(
    `MATCH (a)-[r]->(b) WHERE a.id STARTS WITH $prefix
     RETURN type(r) AS type, a.id AS from, b.id AS to, size(coalesce(r.evidence, [])) AS evidence,
            coalesce(r.role, '') AS role`,
    { prefix },
    { database },
  );
  const k = (id: unknown): string => key.get(String(id)) ?? String(id);
  return [
    ...records.map(
      (r) =>
        `N ${(r.get('labels') as string[]).sort().join(':')} ${k(r.get('id'))} ${String(r.get('name'))} ${JSON.stringify(r.get('aliases'))}`,
    ),
    ...rels.records.map(
      (r) =>
        `R ${String(r.get('type'))} ${k(r.get('from'))} ${k(r.get('to'))} ${Number(r.get('evidence'))} ${String(r.get('role'))}`,
    ),
  ].sort();
}

export async function deleteUnder(driver: Driver, database: string, prefix: string): Promise<void> {
  await driver.executeQuery(
    'MATCH (n) WHERE n.id STARTS WITH $prefix DETACH DELETE n',
    { prefix },
    { database },
  );
}

export async function soakCrash(
  driver: Driver,
  database: string,
  opts: LocalNeo4jOptions,
  corpus: readonly CorpusArticle[],
  prefixes: { crashed: string; clean: string },
): Promise<{ failedDuringOutage: number; restartSeconds: number; equal: boolean; facts: number }> {
  const ingest = (a: CorpusArticle, idPrefix: string) =>
    ingestArticle(driver, database, { content: a.content, source: a.source }, { idPrefix });
  const half = Math.floor(corpus.length / 2);
  for (const a of corpus.slice(0, half)) await ingest(a, prefixes.crashed);

  // kill -9 while the next article is being written.
  const pid = Number(readFileSync(join(opts.home, 'neo4j.pid'), 'utf8'));
  const writing = ingest(corpus[half]!, prefixes.crashed).then(
    () => 'committed',
    () => 'failed',
  );
  await sleep(3);
  process.kill(pid, 'SIGKILL');
  console.log(`kill -9 Neo4j (pid ${pid}) during an ingest: that ingest ${await writing}`);
  let failedDuringOutage = 0;
  for (const a of corpus.slice(half + 1, half + 4)) {
    try {
      await ingest(a, prefixes.crashed);
    } catch {
      failedDuringOutage += 1;
    }
  }
  while (isAlive(pid)) await sleep(100);
  const began = performance.now();
  await start(opts);
  const restartSeconds = (performance.now() - began) / 1000;

  // The run again from the start: idempotent, so what landed before the crash is not doubled.
  for (const a of corpus) await ingest(a, prefixes.crashed);
  for (const a of corpus) await ingest(a, prefixes.clean);
  const crashed = await graphUnder(driver, database, prefixes.crashed);
  const clean = await graphUnder(driver, database, prefixes.clean);
  const equal = crashed.length === clean.length && crashed.every((l, i) => l === clean[i]);
  if (!equal) {
    const a = new Set(crashed);
    const b = new Set(clean);
    console.log('only after the crash:', crashed.filter((l) => !b.has(l)).slice(0, 10));
    console.log('only in the clean run:', clean.filter((l) => !a.has(l)).slice(0, 10));
  }
  return { failedDuringOutage, restartSeconds, equal, facts: clean.length };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
