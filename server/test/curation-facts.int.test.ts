import type { Extraction } from '@guanxi/schema';
import { eventId, factId, organizationId, personId, positionId, writeExtraction } from '@guanxi/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testSettings, uniquePrefix } from '../../test/neo4j';
import { normalizeArticle } from '../../seed/src/normalize/index';
import { deletePrefixWithCurations, gql, type Harness, startHarness, TOKEN } from './harness';

/** assertFact and correctFact, their undo, and re-ingest after them. */
let h: Harness;
const p = uniquePrefix();
const db = (): string => testSettings().database;
const PERSON = p + personId('褚更正');
const WRONG = p + organizationId('更正甲协会');
const RIGHT = p + organizationId('更正乙协会');
const EVENT = p + eventId('更正测试会');
const HOLDS = factId('HOLDS', PERSON, p + positionId(WRONG, '会长'));
const MOVED = factId('HOLDS', PERSON, p + positionId(RIGHT, '会长'));

const extraction: Extraction = {
  article: p,
  persons: [{ name: '褚更正', aliases: [] }],
  organizations: [
    { name: '更正甲协会', kind: 'association', aliases: [] },
    { name: '更正乙协会', kind: 'association', aliases: [] },
  ],
  places: [],
  events: [{ name: '更正测试会', date: null, place: null }],
  positions: [
    {
      person: '褚更正',
      title: '会长',
      organization: '更正甲协会',
      evidence: '更正甲协会会长褚更正',
      confidence: 0.6,
    },
  ],
  roles: [{ person: '褚更正', event: '更正测试会', role: 'guest', topic: null }],
  event_orgs: [],
};
const ingest = (tag: string) =>
  writeExtraction(
    h.driver,
    db(),
    normalizeArticle({ content: `更正测试${tag}${p}\n2024-07-07\n正文${tag}${p}`, source: tag }),
    extraction,
    { idPrefix: p },
  );

beforeAll(async () => {
  h = await startHarness();
  await ingest('a');
});
afterAll(async () => {
  await deletePrefixWithCurations(h.driver, p);
  await h.close();
});

interface Out {
  data?: Record<
    string,
    { id: string; targets: string[]; facts: { id: string; status: string; confidence: number }[] }
  >;
  errors?: { extensions?: { code?: string } }[];
}
const run = (query: string, vars: Record<string, unknown>) => gql(h.app, query, vars, TOKEN) as Promise<Out>;
const RESULT = 'id targets facts { id status confidence }';
const undo = (id: string) => run(`mutation($id: ID!) { undoCuration(id: $id) { id } }`, { id });

async function posts(): Promise<
  { id: string; title: string; current: boolean; status: string; org: string }[]
> {
  const r = await gql<{
    node: {
      positions: {
        id: string;
        title: string;
        current: boolean;
        status: string;
        organization: { id: string };
      }[];
    };
  }>(
    h.app,
    `query($id: ID!) { node(id: $id) { ... on Person { positions { id title current status organization { id } } } } }`,
    { id: PERSON },
  );
  return r.data!.node.positions.map((x) => ({
    id: x.id,
    title: x.title,
    current: x.current,
    status: x.status,
    org: x.organization.id,
  }));
}

describe('correctFact', () => {
  let move: string;

  it('moves a post to another organization: the corrected fact keeps the evidence, the wrong one is retracted', async () => {
    const r = await run(
      `mutation($id: ID!, $org: ID!) { correctFact(id: $id, input: { organization: $org }, reason: "乙协会") { ${RESULT} } }`,
      { id: HOLDS, org: RIGHT },
    );
    expect(r.errors).toBeUndefined();
    move = r.data!.correctFact!.id;
    expect(r.data!.correctFact!.targets).toEqual([HOLDS, MOVED]);
    expect(await posts()).toEqual([
      { id: MOVED, title: '会长', current: true, status: 'CORRECTED', org: RIGHT },
    ]);
    const ev = await gql<{
      node: {
        positions: {
          evidence: { sentence: string }[];
          confidence: number;
          firstSeen: { value: string } | null;
        }[];
      };
    }>(
      h.app,
      `query($id: ID!) { node(id: $id) { ... on Person { positions { confidence evidence { sentence } firstSeen { value } } } } }`,
      { id: PERSON },
    );
    expect(ev.data!.node.positions[0]!.evidence.map((e) => e.sentence)).toEqual(['更正甲协会会长褚更正']);
    expect(ev.data!.node.positions[0]!.confidence).toBeCloseTo(0.6);
    // The same statement read right: it was seen when the wrong one was.
    expect(ev.data!.node.positions[0]!.firstSeen?.value).toBe('2024-07-07');
  });

  it('re-ingest of the article does not bring the wrong post back, nor a path through it', async () => {
    await ingest('a');
    await ingest('b');
    expect((await posts()).map((x) => x.id)).toEqual([MOVED]);
    const path = await gql<{ wrong: unknown; right: { edges: { type: string }[] } | null }>(
      h.app,
      `query($p: ID!, $w: ID!, $r: ID!) { wrong: shortestPath(from: $p, to: $w) { edges { type } } right: shortestPath(from: $p, to: $r) { edges { type } } }`,
      { p: PERSON, w: WRONG, r: RIGHT },
    );
    expect(path.data!.wrong).toBeNull();
    expect(path.data!.right!.edges).toEqual([{ type: 'HOLDS' }]);
  });

  it('marks a post former in place, and refuses a correction that changes nothing', async () => {
    const r = await run(
      `mutation($id: ID!) { correctFact(id: $id, input: { current: false }, reason: "已卸任") { ${RESULT} } }`,
      { id: MOVED },
    );
    expect(r.errors).toBeUndefined();
    expect((await posts())[0]).toMatchObject({ id: MOVED, current: false, status: 'CORRECTED' });
    const same = await run(
      `mutation($id: ID!) { correctFact(id: $id, input: { current: false }, reason: "x") { id } }`,
      { id: MOVED },
    );
    expect(same.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    await undo(r.data!.correctFact!.id);
    expect((await posts())[0]).toMatchObject({ id: MOVED, current: true, status: 'CORRECTED' });
  });

  it('undo puts the original post back and retracts the corrected one', async () => {
    const u = await undo(move);
    expect(u.errors).toBeUndefined();
    expect(await posts()).toEqual([
      { id: HOLDS, title: '会长', current: true, status: 'EXTRACTED', org: WRONG },
    ]);
  });
});

describe('assertFact', () => {
  const ASSERT = `mutation($input: AssertFactInput!) { assertFact(input: $input) { ${RESULT} } }`;

  it('states a post by hand with a source, status ASSERTED, confidence 1; undo retracts it', async () => {
    const r = await run(ASSERT, {
      input: {
        type: 'HOLDS',
        person: PERSON,
        organization: RIGHT,
        title: '名誉会长',
        sourceUrl: 'https://example.org/x',
      },
    });
    expect(r.errors).toBeUndefined();
    const id = factId('HOLDS', PERSON, p + positionId(RIGHT, '名誉会长'));
    expect(r.data!.assertFact!.facts).toEqual([{ id, status: 'ASSERTED', confidence: 1 }]);
    expect((await posts()).map((x) => x.title).sort()).toEqual(['会长', '名誉会长']);
    await undo(r.data!.assertFact!.id);
    expect((await posts()).map((x) => x.title)).toEqual(['会长']);
  });

  it('asserts an event role, an organizer and a sub-unit', async () => {
    for (const input of [
      { type: 'PARTICIPATED', person: PERSON, event: EVENT, role: 'host', note: '现场主持' },
      { type: 'ORGANIZED', organization: RIGHT, event: EVENT, role: 'organizer', note: '海报' },
      { type: 'PART_OF', organization: WRONG, parent: RIGHT, note: '章程' },
    ]) {
      const r = await run(ASSERT, { input });
      expect(r.errors, input.type).toBeUndefined();
      expect(r.data!.assertFact!.facts[0]!.status).toBe('ASSERTED');
    }
    const org = await gql<{ node: { parentLink: { parent: { id: string }; status: string } } }>(
      h.app,
      `query($id: ID!) { node(id: $id) { ... on Organization { parentLink { status parent { id } } } } }`,
      { id: WRONG },
    );
    expect(org.data!.node.parentLink).toEqual({ status: 'ASSERTED', parent: { id: RIGHT } });
  });

  it('refuses impossible assertions', async () => {
    const bad = [
      { type: 'HOLDS', person: PERSON, organization: RIGHT, title: '会长' }, // no source
      { type: 'HOLDS', person: PERSON, title: '会长', organization: WRONG, note: 'x' }, // exists already
      { type: 'PARTICIPATED', person: PERSON, event: EVENT, role: 'organizer', note: 'x' }, // not a person role
      { type: 'PART_OF', organization: RIGHT, parent: RIGHT, note: 'x' }, // itself
      { type: 'HOLDS', person: PERSON, title: '会长', sourceUrl: 'javascript:alert(1)' },
    ];
    for (const input of bad) {
      const r = await run(ASSERT, { input });
      expect(r.errors?.[0]?.extensions?.code, JSON.stringify(input)).toBe('BAD_USER_INPUT');
    }
    const missing = await run(ASSERT, {
      input: { type: 'HOLDS', person: `${p}per_0000000000000000`, title: '会长', note: 'x' },
    });
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
