/**
 * Vitest global setup for tests that need Neo4j. With NEO4J_URI set, uses that server; otherwise
 * starts the local *test* instance (its own port and data, never the analyst's) and stops it at the
 * end only if this run started it.
 */
import type { TestProject } from 'vitest/node';
import { PROFILES, settingsFromEnv, start, stop } from '@guanxi/db';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const configured = settingsFromEnv();
  if (configured) {
    project.provide('neo4j', configured);
    return async () => {};
  }
  const opts = PROFILES.test();
  const { started, uri } = await start(opts);
  project.provide('neo4j', { uri, user: 'neo4j', password: opts.password, database: 'neo4j' });
  return async () => {
    if (started) await stop(opts);
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: { uri: string; user: string; password: string; database: string };
  }
}
