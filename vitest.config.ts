import { defineConfig } from 'vitest/config';

const neo4jSetup = './test/global-setup-neo4j.ts';

/**
 * Three tiers, one command (`npm test`): unit tests (pure, no database), integration tests against
 * a real Neo4j (`*.int.test.ts`) and end-to-end tests in headless Chromium (`*.e2e.test.ts`).
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['{schema,db,seed,server,web,test}/**/*.test.{ts,tsx}'],
          exclude: ['**/node_modules/**', '**/*.int.test.ts', '**/*.e2e.test.ts'],
        },
      },
      {
        test: {
          name: 'int',
          include: ['{schema,db,seed,server}/**/*.int.test.ts'],
          exclude: ['**/node_modules/**'],
          globalSetup: [neo4jSetup],
          testTimeout: 60_000,
          hookTimeout: 240_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['web/**/*.e2e.test.ts'],
          exclude: ['**/node_modules/**'],
          globalSetup: ['./web/e2e/global-setup-browser.ts', neo4jSetup],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
