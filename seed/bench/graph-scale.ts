/**
 * `npx tsx seed/bench/graph-scale.ts [ARTICLES]` — how long a graph-scale load takes with the fast
 * path the API benchmark uses (generateExtractions → writeBulk), and how big the graph gets.
 * Writes under its own id prefix and deletes it afterwards (KEEP=1 keeps it).
 */
import { randomBytes } from 'node:crypto';
import neo4j from 'neo4j-driver';
import { createDriver, ensureNeo4j } from '@guanxi/db';
import { generateExtractions } from '../src/generate/index';
import { writeBulk } from '../src/store/bulk';
import { applySchema } from '../src/store/schema';

const ARTICLES = Number(process.argv[2] ?? 12_000);

async function main(): Promise<void> {
  const s = await ensureNeo4j('bench');
  const driver = createDriver(s);
  const prefix = `scale${randomBytes(3).toString('hex')}_`;
  try {
    await applySchema(driver, s.database);
    const t = performance.now();
    const res = await writeBulk(driver, s.database, generateExtractions({ seed: 1, count: ARTICLES }), {
      idPrefix: prefix,
      articlesPerTransaction: 500,
      onProgress: (n) => {
        if (n % 2000 === 0)
          process.stdout.write(`  ${n} articles, ${((performance.now() - t) / 1000).toFixed(0)} s\n`);
      },
    });
    const secs = (performance.now() - t) / 1000;
    const count = await driver.executeQuery(
      `MATCH (n:Entity) WHERE n.id STARTS WITH $prefix
       RETURN count(n) AS entities, sum(COUNT { (n)--() }) AS degree`,
      { prefix },
      { database: s.database },
    );
    const entities = Number(count.records[0]!.get('entities'));
    process.stdout.write(
      `${res.articles} articles in ${secs.toFixed(1)} s (${(res.articles / secs).toFixed(0)} articles/s): ` +
        `${res.nodesCreated} nodes (${entities} entities), ${res.relationshipsCreated} relationships\n`,
    );
  } finally {
    if (process.env.KEEP !== '1') {
      const session = driver.session({ database: s.database });
      try {
        for (;;) {
          const n = await session.executeWrite(async (tx) => {
            const r = await tx.run(
              'MATCH (n) WHERE n.id STARTS WITH $prefix WITH n LIMIT $limit DETACH DELETE n RETURN count(*) AS c',
              { prefix, limit: neo4j.int(10_000) },
            );
            return Number(r.records[0]?.get('c') ?? 0);
          });
          if (n === 0) break;
        }
      } finally {
        await session.close();
      }
    }
    await driver.close();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`graph-scale failed: ${(e as Error).stack ?? String(e)}\n`);
  process.exit(1);
});
