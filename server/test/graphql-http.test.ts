import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { auditServer } from 'graphql-http';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { offlineApp } from './offline';

/**
 * GraphQL-over-HTTP conformance: graphql-http's audit against the app on a real socket. The audit
 * only asks `{ __typename }`-style questions, so no database is needed.
 */
const { app, driver } = offlineApp();
let server: Server;
let url: string;

beforeAll(async () => {
  server = createServer(app);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
afterAll(async () => {
  await new Promise((done) => server.close(done));
  await driver.close();
});

it('passes every MUST of the GraphQL-over-HTTP audit', async () => {
  const results = await auditServer({ url });
  const must = results.filter((r) => r.name.startsWith('MUST'));
  const failed = must
    .filter((r) => r.status !== 'ok')
    .map((r) => `${r.name}: ${'reason' in r ? r.reason : ''}`);
  const should = results.filter((r) => r.name.startsWith('SHOULD'));
  console.log(
    `graphql-http audit: MUST ${must.length - failed.length}/${must.length}, SHOULD ${should.filter((r) => r.status === 'ok').length}/${should.length}`,
  );
  expect(must.length).toBeGreaterThan(10);
  expect(failed).toEqual([]);
});
