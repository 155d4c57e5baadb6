import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { throwawayNeo4j } from '../test/neo4j';
import { start, stop } from './local-neo4j';
import { LEGACY_PASSWORD, localPassword } from './password';

/** A home made before generated passwords keeps working, and leaves the shared password behind. */
describe('a local Neo4j home with the old shared password', () => {
  const { opts, dispose } = throwawayNeo4j(Number(process.env.GUANXI_TEST_DB_PORT ?? 7688) + 301);
  afterAll(dispose);

  const accepts = async (password: string): Promise<boolean> => {
    const driver = neo4j.driver(`bolt://127.0.0.1:${opts.boltPort}`, neo4j.auth.basic('neo4j', password));
    try {
      return await driver.verifyAuthentication();
    } catch {
      return false;
    } finally {
      await driver.close();
    }
  };

  it('starts with its generated password, which replaces the old one', async () => {
    await start({ ...opts, password: LEGACY_PASSWORD });
    expect(await accepts(LEGACY_PASSWORD)).toBe(true);
    await stop(opts);

    const generated = localPassword(opts.home);
    await start({ ...opts, password: generated });
    expect(await accepts(generated)).toBe(true);
    expect(await accepts(LEGACY_PASSWORD)).toBe(false);
  }, 300_000);
});
