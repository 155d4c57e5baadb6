import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Extraction } from '@guanxi/schema';
import { applySchema, normalizeArticle, writeExtraction } from '@guanxi/seed';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { backup, boltUri, restore, start, status } from '@guanxi/db';
import { throwawayNeo4j } from './neo4j';

const ARTICLE = new URL('../seed/articles/000_0d5c12121d1e2778.txt', import.meta.url);
const GOLD = new URL('../seed/fixtures/seed-000.gold.json', import.meta.url);

/**
 * Seed, back up, wipe, restore: the same nodes, relationships and ids, on a throwaway Neo4j. Here, not in db/,
 * because it needs seed's writer and db/ sits below seed.
 */
describe('db:backup and db:restore', () => {
  const { opts, dispose } = throwawayNeo4j(Number(process.env.GUANXI_TEST_DB_PORT ?? 7688) + 302);
  const file = join(opts.home, 'backups', 'test.dump');
  afterAll(async () => {
    rmSync(file, { force: true });
    await dispose();
  });

  const withDriver = async <T>(fn: (d: Driver) => Promise<T>): Promise<T> => {
    const driver = neo4j.driver(boltUri(opts), neo4j.auth.basic('neo4j', opts.password));
    try {
      return await fn(driver);
    } finally {
      await driver.close();
    }
  };
  const snapshot = () =>
    withDriver(async (d) => {
      const { records } = await d.executeQuery(
        `MATCH (n) WITH collect(n.id) AS ids, count(n) AS nodes
         OPTIONAL MATCH ()-[r]->() RETURN nodes, count(r) AS rels, ids`,
        {},
        { database: 'neo4j' },
      );
      const r = records[0]!;
      return {
        nodes: Number(r.get('nodes')),
        rels: Number(r.get('rels')),
        ids: (r.get('ids') as string[]).sort(),
      };
    });

  it('restores exactly what was backed up', async () => {
    await start(opts);
    await withDriver(async (d) => {
      await applySchema(d, 'neo4j');
      const article = normalizeArticle({ content: readFileSync(ARTICLE) });
      await writeExtraction(d, 'neo4j', article, JSON.parse(readFileSync(GOLD, 'utf8')) as Extraction);
    });
    const before = await snapshot();
    expect(before.nodes).toBeGreaterThan(20);
    expect(before.rels).toBeGreaterThan(20);

    expect(await backup(opts, file)).toBe(file);
    expect((await status(opts)).running).toBe(true); // started again after the dump

    await withDriver((d) => d.executeQuery('MATCH (n) DETACH DELETE n', {}, { database: 'neo4j' }));
    expect((await snapshot()).nodes).toBe(0);

    await restore(opts, file);
    expect((await status(opts)).running).toBe(true);
    expect(await snapshot()).toEqual(before);
  }, 400_000); // three JVM starts on a shared 2-core machine
});
