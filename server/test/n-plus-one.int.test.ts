import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { testSettings } from '../../test/neo4j';
import { createApp } from '../src/yoga';
import { gql, startHarness, type Harness } from './harness';

/**
 * No N+1: a nested profile costs one Cypher round trip per resolver level, however many rows each
 * level has. Counted from outside our code: a driver whose `session()` is wrapped (our data layer
 * runs exactly one statement per session).
 */
let h: Harness;
let sessions = 0;
let app: ReturnType<typeof createApp>;

function countingDriver(driver: Driver): Driver {
  return new Proxy(driver, {
    get(target, prop, receiver) {
      if (prop === 'session') {
        return (...args: Parameters<Driver['session']>) => {
          sessions += 1;
          return target.session(...args);
        };
      }
      const v: unknown = Reflect.get(target, prop, receiver);
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
}

beforeAll(async () => {
  h = await startHarness();
  app = createApp({ driver: countingDriver(h.driver), database: testSettings().database });
});
afterAll(() => h.close());

async function count(query: string, variables: Record<string, unknown> = {}) {
  sessions = 0;
  const r = await gql(app, query, variables);
  expect(r.errors).toBeUndefined();
  return { sessions, data: r.data };
}

// search → persons → positions → organization → positions → holders → person, with evidence articles
const NESTED = `query($q: String!, $kinds: [EntityKind!]) { search(query: $q, kinds: $kinds, first: 50) { edges { node { id name
  ... on Person { positions { caption evidence { article { id } } organization { id name
    positions { title holders { current person { name } } } } } } } } } }`;

it('a nested profile request costs one round trip per level', async () => {
  const one = await count(NESTED, { q: '李毅中' });
  // search, Person.positions, Evidence.article + Tenure.organization (one node batch),
  // Organization.positions, Position.holders
  console.log(`nested profile, 1 person: ${one.sessions} round trips`);
  expect(one.sessions).toBe(5);
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
  // search, people, events, place + organizers + participants (three loaders, same level)
  expect(r.sessions).toBeLessThanOrEqual(6);
});
