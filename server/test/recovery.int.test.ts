import { createDriver, start, stop } from '@guanxi/db';
import type { Driver } from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/yoga';
import { throwawayNeo4j } from '../../test/neo4j';
import { gql } from './harness';

/**
 * Neo4j going away and coming back, for real: a throwaway local server that this test stops and
 * starts under a running app. The API must answer DATABASE_UNAVAILABLE (and /ready 503) while it is
 * down, and recover by itself, with the same app and driver, once it is back.
 */
describe('database outage', () => {
  const { opts, dispose } = throwawayNeo4j(7698);
  let driver: Driver | undefined;

  afterAll(async () => {
    await driver?.close();
    await dispose();
  });

  it('reports DATABASE_UNAVAILABLE while Neo4j is down and recovers when it is back', async () => {
    const { uri } = await start(opts);
    driver = createDriver({ uri, user: 'neo4j', password: opts.password, database: 'neo4j' });
    const app = createApp({ driver, database: 'neo4j' });
    const STATS = '{ stats { __typename } }';

    expect((await gql(app, STATS)).errors).toBeUndefined();
    expect((await app.fetch('http://yoga/ready')).status).toBe(200);

    await stop(opts);
    const down = await gql(app, STATS);
    expect(down.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
    expect(JSON.stringify(down)).not.toMatch(/bolt|7698|stack/i);
    expect((await app.fetch('http://yoga/ready')).status).toBe(503);

    await start(opts);
    const back = await gql(app, STATS);
    expect(back.errors).toBeUndefined();
    expect(back.data).toEqual({ stats: { __typename: 'Stats' } });
    expect((await app.fetch('http://yoga/ready')).status).toBe(200);
  }, 300_000); // two cold starts of a JVM on a shared 2-core machine
});
