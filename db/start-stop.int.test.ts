import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { throwawayNeo4j } from '../test/neo4j';
import { start, status, stop } from './local-neo4j';

/**
 * The launcher itself, on a throwaway home and port: start is idempotent, stop stops, and data
 * survives a restart.
 */
describe('db launcher', () => {
  // Beside the test instance's port (7697 by default), so parallel runs with their own test ports never share it.
  const { opts, dispose } = throwawayNeo4j(Number(process.env.GUANXI_TEST_DB_PORT ?? 7688) + 9);
  afterAll(dispose);

  const count = async (): Promise<number> => {
    const driver = neo4j.driver(
      `bolt://127.0.0.1:${opts.boltPort}`,
      neo4j.auth.basic('neo4j', opts.password),
    );
    try {
      const { records } = await driver.executeQuery(
        'MATCH (n:Survivor) RETURN count(n) AS c',
        {},
        { database: 'neo4j' },
      );
      return records[0]?.get('c').toNumber();
    } finally {
      await driver.close();
    }
  };

  it('starts once, finds the running server the second time, keeps data across a restart', async () => {
    const [first, second] = await Promise.all([start(opts), start(opts)]);
    expect([first.started, second.started].sort()).toEqual([false, true]);
    const running = await status(opts);
    expect(running.running).toBe(true);

    const driver = neo4j.driver(running.uri, neo4j.auth.basic('neo4j', opts.password));
    await driver.executeQuery('CREATE (:Survivor {at: datetime()})', {}, { database: 'neo4j' });
    await driver.close();

    expect(await stop(opts)).toBe(true);
    expect((await status(opts)).running).toBe(false);

    expect((await start(opts)).started).toBe(true);
    expect(await count()).toBe(1);
  }, 300_000); // two cold starts of a JVM on a shared 2-core machine
});
