/**
 * Helpers for *.int.test.ts files: a real driver to the test database, and per-file isolation.
 * Community edition has one user database, so each test file tags what it writes with its own
 * prefix (ids start with it) and deletes exactly that afterwards.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { type LocalNeo4jOptions, stop } from '@guanxi/db';
import { inject } from 'vitest';

export function testSettings(): { uri: string; user: string; password: string; database: string } {
  return inject('neo4j');
}

export async function connectTestDriver(): Promise<Driver> {
  const s = testSettings();
  const driver = neo4j.driver(s.uri, neo4j.auth.basic(s.user, s.password));
  try {
    await driver.verifyConnectivity({ database: s.database });
  } catch (e) {
    await driver.close();
    throw new Error(
      `Neo4j is not reachable at ${s.uri} (${(e as Error).message}). Start it with \`npm run db:start\` or set NEO4J_URI.`,
    );
  }
  return driver;
}

/** A prefix unique to one test file run, e.g. `t3f9a1c_`. */
export function uniquePrefix(): string {
  return `t${randomBytes(4).toString('hex')}_`;
}

/** Deletes every node whose id starts with the prefix, and their relationships. */
export async function deleteByPrefix(driver: Driver, prefix: string): Promise<void> {
  await driver.executeQuery(
    'MATCH (n) WHERE n.id STARTS WITH $prefix DETACH DELETE n',
    { prefix },
    { database: testSettings().database },
  );
}

/**
 * Options for a throwaway local Neo4j on its own port and temporary home (for tests that stop and
 * start a server), and `dispose`, which stops it and deletes the home.
 */
export function throwawayNeo4j(boltPort: number): { opts: LocalNeo4jOptions; dispose: () => Promise<void> } {
  const opts: LocalNeo4jOptions = {
    home: mkdtempSync(join(tmpdir(), 'guanxi-neo4j-')),
    boltPort,
    password: `throwaway-${boltPort}`,
    heap: '512m',
    pageCache: '128m',
  };
  return {
    opts,
    dispose: async () => {
      await stop(opts);
      rmSync(opts.home, { recursive: true, force: true });
    },
  };
}
