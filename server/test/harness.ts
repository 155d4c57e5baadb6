/**
 * Integration-test harness: the test database seeded with the seed article (gold extraction,
 * written by seed's idempotent writer, so test files can share it), and a GraphQL client over
 * `yoga.fetch` (no port).
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Extraction } from '@guanxi/schema';
import { applySchema, writeExtraction } from '@guanxi/seed';
import type { Driver } from 'neo4j-driver';
import { connectTestDriver, deleteByPrefix, testSettings } from '../../test/neo4j';
import { normalizeArticle } from '../../seed/src/normalize/index';
import { createApp, type App, type AppOptions } from '../src/yoga';

export const TOKEN = 'test-token-0123456789';
const ARTICLE = new URL('../../seed/articles/000_0d5c12121d1e2778.txt', import.meta.url);
const GOLD = new URL('../../seed/fixtures/seed-000.gold.json', import.meta.url);

export async function seedGold(driver: Driver): Promise<string> {
  const database = testSettings().database;
  await applySchema(driver, database);
  const article = normalizeArticle({ content: readFileSync(ARTICLE), source: '000_0d5c12121d1e2778.txt' });
  const extraction = JSON.parse(readFileSync(GOLD, 'utf8')) as Extraction;
  await writeExtraction(driver, database, article, extraction);
  // The full-text index is eventually consistent: wait until it serves the new names.
  await driver.executeQuery('CALL db.awaitIndexes(60)', {}, { database });
  return article.id;
}

export interface Harness {
  driver: Driver;
  app: App;
  articleId: string;
  close: () => Promise<void>;
}

export async function startHarness(opts: Partial<AppOptions> = {}): Promise<Harness> {
  const driver = await connectTestDriver();
  const articleId = await seedGold(driver);
  const app = createApp({ driver, database: testSettings().database, apiToken: TOKEN, ...opts });
  return { driver, app, articleId, close: () => driver.close() };
}

export interface GqlResult<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** POSTs an operation; `token` adds the bearer header. */
export async function gql<T = Record<string, unknown>>(
  app: App,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<GqlResult<T>> {
  const res = await app.fetch('http://yoga/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as Omit<GqlResult<T>, 'status'>;
  return { status: res.status, ...body };
}

/** Ids the writer gives the gold entities (sha1 of the name; see schema/README.md). */
export { personId, organizationId, eventId, placeId, positionId } from '@guanxi/seed';
import { eventId, organizationId, personId } from '@guanxi/seed';

/** The gold entities most tests ask about. */
export const LI = personId('李毅中');
export const CIFU = organizationId('中国工业经济联合会');
export const MIIT = organizationId('工业和信息化部');
export const EVENT = eventId('2023中国工业经济联合会制造业单项冠军企业现场会暨第三期培训班');

/** Deletes what a test file wrote under its id prefix, and the curation records about those entities. */
export async function deletePrefixWithCurations(driver: Driver, prefix: string): Promise<void> {
  await driver.executeQuery(
    'MATCH (c:Curation) WHERE any(e IN c.entities WHERE e STARTS WITH $p) DETACH DELETE c',
    { p: prefix },
    { database: testSettings().database },
  );
  await deleteByPrefix(driver, prefix);
}

/**
 * Deletes an article a test ingested through the API (its id has no test prefix) and what only it
 * mentions — the test's names are unique to its run.
 */
export async function deleteIngestedArticle(driver: Driver, id: string): Promise<void> {
  await driver.executeQuery(
    `MATCH (a:Article {id: $id}) OPTIONAL MATCH (a)-[:MENTIONS]->(e) WHERE COUNT { (e)<-[:MENTIONS]-() } = 1
     OPTIONAL MATCH (e)-[:HOLDS]->(pos) DETACH DELETE a, e, pos`,
    { id },
    { database: testSettings().database },
  );
}

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** `npm run curator -- …args` on the test database; rejects with the exit code on failure. */
export function runCurator(...args: string[]): Promise<{ stdout: string; stderr: string }> {
  const s = testSettings();
  return promisify(execFile)('npm', ['run', '--silent', 'curator', '--', ...args], {
    cwd: ROOT,
    env: {
      ...process.env,
      NEO4J_URI: s.uri,
      NEO4J_USER: s.user,
      NEO4J_PASSWORD: s.password,
      NEO4J_DATABASE: s.database,
    },
  });
}

/** The driver, calling `onSession` each time a session (one round trip's transaction) is opened. */
export function countingDriver(driver: Driver, onSession: () => void): Driver {
  return new Proxy(driver, {
    get(target, prop, receiver) {
      if (prop === 'session') {
        return (...args: Parameters<Driver['session']>) => {
          onSession();
          return target.session(...args);
        };
      }
      const v: unknown = Reflect.get(target, prop, receiver);
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
}
