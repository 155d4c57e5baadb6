import { afterAll, beforeAll, expect, it } from 'vitest';
import { testSettings } from '../../test/neo4j';
import { createApp } from '../src/yoga';
import { countingDriver, gql, LI, startHarness, type Harness } from './harness';

/**
 * No N+1: a nested profile costs one round trip for the root field and one for everything its
 * selection reaches through links (src/fold), however deep and however many rows; with the fold
 * off, one per resolver level. Counted from outside our code: a driver whose `session()` is wrapped (our data layer
 * runs exactly one statement per session).
 */
let h: Harness;
let sessions = 0;
let app: ReturnType<typeof createApp>;
let levels: ReturnType<typeof createApp>;

beforeAll(async () => {
  h = await startHarness();
  // The response cache off: these count the work a request does.
  const opts = {
    driver: countingDriver(h.driver, () => (sessions += 1)),
    database: testSettings().database,
    responseCache: false,
  };
  app = createApp(opts);
  levels = createApp({ ...opts, fold: false });
});
afterAll(() => h.close());

async function count(query: string, variables: Record<string, unknown> = {}, on = app) {
  sessions = 0;
  const r = await gql(on, query, variables);
  expect(r.errors).toBeUndefined();
  return { sessions, data: r.data };
}

// search → persons → positions → organization → positions → holders → person, with evidence articles
const NESTED = `query($q: String!, $kinds: [EntityKind!]) { search(query: $q, kinds: $kinds, first: 50) { edges { node { id name
  ... on Person { positions { caption evidence { article { id } } organization { id name
    positions { title holders { current person { name } } } } } } } } } }`;

it('a nested profile request costs two round trips: the search and one folded statement', async () => {
  const one = await count(NESTED, { q: '李毅中' });
  console.log(`nested profile, 1 person: ${one.sessions} round trips`);
  expect(one.sessions).toBe(2);
  // Level by level: search, Person.positions, Evidence.article + Tenure.organization (one node
  // batch), Organization.positions, Position.holders.
  const byLevel = await count(NESTED, { q: '李毅中' }, levels);
  expect(byLevel.sessions).toBe(5);
  expect(one.data).toEqual(byLevel.data);
});

it('node(id) with a nested selection is one statement, with the same answer as level by level', async () => {
  const q = `query($id: ID!) { node(id: $id) { id ... on Person { name positions { caption current
    evidence { sentence article { id title } } position { title holders { person { name } } }
    organization { name kind parentLink { parent { name } } units { name } people { title person { name } }
    positions { title organization { name } holders { current person { name events { role event { name } } } } } } }
    events { role event { name date place { name parent { name } } organizers { role organization { name } }
      participants { person { name } } } } articles { title } } } }`;
  const folded = await count(q, { id: LI });
  expect(folded.sessions).toBe(1);
  const byLevel = await count(q, { id: LI }, levels);
  expect(byLevel.sessions).toBeGreaterThan(4);
  expect(folded.data).toEqual(byLevel.data);
  expect(JSON.stringify(folded.data)).toContain('中国工业经济联合会');
});

it('the count does not grow with the number of rows', async () => {
  const one = await count(NESTED, { q: '李毅中' });
  const many = await count(NESTED, { q: '泰安 中国 李 周 宋', kinds: ['PERSON'] });
  const persons = (many.data as { search: { edges: unknown[] } }).search.edges.length;
  console.log(`nested profile, ${persons} persons: ${many.sessions} round trips`);
  expect(persons).toBeGreaterThan(1);
  expect(many.sessions).toBe(one.sessions);
});

it('a person profile with events, organizers and places stays flat too', async () => {
  const q = `{ search(query: "中国工业经济联合会", kinds: [ASSOCIATION]) { edges { node { ... on Organization {
    people { person { events { event { place { name } organizers { organization { name } } participants { person { name } } } } } } } } } } }`;
  const r = await count(q);
  // the search, then everything below it in one statement
  expect(r.sessions).toBe(2);
  expect(r.data).toEqual((await count(q, {}, levels)).data);
});
