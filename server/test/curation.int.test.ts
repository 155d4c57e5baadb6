import type { Extraction } from '@guanxi/schema';
import { eventId, factId, organizationId, personId, positionId, writeExtraction } from '@guanxi/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testSettings, uniquePrefix } from '../../test/neo4j';
import { normalizeArticle } from '../../seed/src/normalize/index';
import { addCurator, revokeCurator } from '../src/curation/curators';
import { createDb } from '../src/neo4j/db';
import { deletePrefixWithCurations, gql, startHarness, TOKEN, type Harness } from './harness';

let h: Harness;
let token: string;
const p = uniquePrefix();
const curatorName = `curator ${p}`;
const db = (): string => testSettings().database;
const PERSON = p + personId('冯策展');
const ORG = p + organizationId('策展测试协会');
const EVENT = p + eventId('策展测试会');
const HOLDS = factId('HOLDS', PERSON, p + positionId(ORG, '秘书长'));
const SPOKE = factId('PARTICIPATED', PERSON, EVENT, 'speaker');

const extraction = (name = '冯策展'): Extraction => ({
  article: p,
  persons: [{ name, aliases: [] }],
  organizations: [{ name: '策展测试协会', kind: 'association', aliases: [] }],
  places: [],
  events: [{ name: '策展测试会', date: null, place: null }],
  positions: [{ person: name, title: '秘书长', organization: '策展测试协会', confidence: 0.4 }],
  roles: [{ person: name, event: '策展测试会', role: 'speaker', topic: null, confidence: 0.9 }],
  event_orgs: [{ organization: '策展测试协会', event: '策展测试会', role: 'organizer' }],
});
const ingest = (tag: string, x = extraction()) =>
  writeExtraction(
    h.driver,
    db(),
    normalizeArticle({ content: `策展测试${tag}${p}\n2024-06-06\n正文${tag}${p}`, source: tag }),
    x,
    { idPrefix: p },
  );

beforeAll(async () => {
  h = await startHarness();
  token = (await addCurator(createDb(h.driver, db()), curatorName)).token;
  await ingest('a');
});
afterAll(async () => {
  await h.driver.executeQuery(
    `MATCH (c:Curator {name: $name}) DELETE c`,
    { name: curatorName },
    { database: db() },
  );
  await deletePrefixWithCurations(h.driver, p);
  await h.close();
});

interface Curation {
  id: string;
  operation: string;
  curator: string;
  reason: string | null;
  targets: string[];
  undoes: string | null;
}
const CURATION = 'id operation curator reason targets undoes';
const code = (r: { errors?: { extensions?: { code?: string } }[] }): string | undefined =>
  r.errors?.[0]?.extensions?.code;

async function mutate(name: string, args: string, vars: Record<string, unknown>, as = token) {
  const r = await gql<Record<string, Curation>>(
    h.app,
    `mutation(${args}) { ${name}(${Object.keys(vars)
      .map((k) => `${k}: $${k}`)
      .join(', ')}) { ${CURATION} } }`,
    vars,
    as,
  );
  return { curation: r.data?.[name] ?? null, code: code(r), errors: r.errors };
}
const retract = (id: string, reason = 'wrong post', as = token) =>
  mutate('retractFact', '$id: ID!, $reason: String!', { id, reason }, as);
const undo = (id: string) => mutate('undoCuration', '$id: ID!', { id });
const verify = (id: string) => mutate('verifyFact', '$id: ID!', { id });

interface Profile {
  node: {
    name: string;
    aliases: string[];
    positions: { id: string; status: string; curatedBy: string[] }[];
    events: { id: string }[];
    history: { operation: string; curator: string }[];
  };
  neighborhood: { edges: { type: string }[] };
}
async function profile(): Promise<Profile> {
  const r = await gql<Profile>(
    h.app,
    `query($id: ID!) {
      node(id: $id) { ... on Person { name aliases positions { id status curatedBy } events { id } history { operation curator } } }
      neighborhood(id: $id) { edges { type } }
    }`,
    { id: PERSON },
  );
  expect(r.errors).toBeUndefined();
  return r.data!;
}
async function fact(id: string): Promise<{ retracted: boolean; status: string; laterSupport: string[] }> {
  const res = await h.driver.executeQuery(
    `MATCH ()-[r:HOLDS|PARTICIPATED {id: $id}]->() RETURN r.retracted AS retracted, r.status AS status, r.laterSupport AS later`,
    { id },
    { database: db() },
  );
  const r = res.records[0]!;
  return {
    retracted: r.get('retracted') === true,
    status: r.get('status') as string,
    laterSupport: (r.get('later') as string[] | null) ?? [],
  };
}

describe('curators', () => {
  it('write with their own token, and the curation names them; the service token is "service"', async () => {
    const mine = await verify(SPOKE);
    expect(mine.errors).toBeUndefined();
    expect(mine.curation).toMatchObject({ operation: 'VERIFY_FACT', curator: curatorName, targets: [SPOKE] });
    const service = await undo(mine.curation!.id).then(() =>
      mutate('verifyFact', '$id: ID!', { id: SPOKE }, TOKEN),
    );
    expect(service.curation?.curator).toBe('service');
    await undo(service.curation!.id);
  });

  it('are refused without a token, with a forged one, and once revoked', async () => {
    expect((await retract(HOLDS, 'x', '')).code).toBe('UNAUTHENTICATED');
    const forged = token.slice(0, -4) + 'AAAA';
    expect((await retract(HOLDS, 'x', forged)).code).toBe('UNAUTHENTICATED');
    const other = await addCurator(createDb(h.driver, db()), `${curatorName} b`);
    await revokeCurator(createDb(h.driver, db()), `${curatorName} b`);
    expect((await retract(HOLDS, 'x', other.token)).code).toBe('UNAUTHENTICATED');
    await h.driver.executeQuery(
      `MATCH (c:Curator {name: $n}) DELETE c`,
      { n: `${curatorName} b` },
      { database: db() },
    );
    expect((await fact(HOLDS)).retracted).toBe(false);
  });
});

describe('retractFact and undoCuration', () => {
  let retraction: Curation;

  it('retracts: the post leaves the profile and the neighbourhood, the history shows who and why', async () => {
    const r = await retract(HOLDS, '他不是秘书长');
    expect(r.errors).toBeUndefined();
    retraction = r.curation!;
    expect(retraction).toMatchObject({ operation: 'RETRACT_FACT', reason: '他不是秘书长', targets: [HOLDS] });
    const d = await profile();
    expect(d.node.positions).toEqual([]);
    expect(d.neighborhood.edges.map((e) => e.type)).not.toContain('HOLDS');
    expect(d.node.history[0]).toEqual({ operation: 'RETRACT_FACT', curator: curatorName });
    const list = await gql<{ curations: { edges: { node: { id: string } }[] } }>(
      h.app,
      `query($e: ID!) { curations(entity: $e, first: 50) { edges { node { id } } } }`,
      { e: ORG },
    );
    expect(list.data!.curations.edges.map((e) => e.node.id)).toContain(retraction.id);
  });

  it('refuses impossible retractions', async () => {
    expect((await retract(HOLDS)).code).toBe('BAD_USER_INPUT');
    expect((await retract('fct_0000000000000000')).code).toBe('NOT_FOUND');
    expect((await retract(SPOKE, '   ')).code).toBe('BAD_USER_INPUT');
  });

  it('re-ingest never brings it back; a new article stating it is recorded for the reviewer', async () => {
    await ingest('a');
    await ingest('b');
    const f = await fact(HOLDS);
    expect(f.retracted).toBe(true);
    expect(f.laterSupport).toHaveLength(1);
    expect((await profile()).node.positions).toEqual([]);
  });

  it('undo brings it back, once; an undo is a curation and cannot itself be undone', async () => {
    const u = await undo(retraction.id);
    expect(u.errors).toBeUndefined();
    expect(u.curation).toMatchObject({ operation: 'UNDO', undoes: retraction.id });
    expect((await profile()).node.positions.map((x) => x.id)).toEqual([HOLDS]);
    expect((await undo(retraction.id)).code).toBe('BAD_USER_INPUT');
    expect((await undo(u.curation!.id)).code).toBe('BAD_USER_INPUT');
    expect((await undo('cun_nope')).code).toBe('NOT_FOUND');
  });
});

describe('verifyFact', () => {
  it('verifies, survives re-ingest, and undo restores the status', async () => {
    const v = await verify(HOLDS);
    expect(v.errors).toBeUndefined();
    expect((await verify(HOLDS)).code).toBe('BAD_USER_INPUT');
    await ingest('c');
    const d = await profile();
    expect(d.node.positions[0]).toMatchObject({ status: 'VERIFIED', curatedBy: [curatorName] });
    await undo(v.curation!.id);
    expect((await fact(HOLDS)).status).toBe('EXTRACTED');
  });
});

describe('names', () => {
  it('rename keeps the old name as an alias, so re-ingest still lands on the node; undo restores', async () => {
    const r = await mutate('renameEntity', '$id: ID!, $name: String!, $reason: String!', {
      id: PERSON,
      name: '冯新名',
      reason: '正式姓名',
    });
    expect(r.errors).toBeUndefined();
    expect((await profile()).node).toMatchObject({ name: '冯新名', aliases: ['冯策展'] });
    await ingest('d');
    const people = await h.driver.executeQuery(
      `MATCH (n:Person) WHERE n.id STARTS WITH $p RETURN count(n) AS c`,
      { p },
      { database: db() },
    );
    expect(Number(people.records[0]!.get('c'))).toBe(1);
    await undo(r.curation!.id);
    expect((await profile()).node).toMatchObject({ name: '冯策展', aliases: [] });
  });

  it('adds and removes aliases, refusing duplicates and unknown ones', async () => {
    const add = await mutate('addAlias', '$id: ID!, $alias: String!', { id: PERSON, alias: '冯秘书长' });
    expect(add.errors).toBeUndefined();
    expect(
      (await mutate('addAlias', '$id: ID!, $alias: String!', { id: PERSON, alias: '冯秘书长' })).code,
    ).toBe('BAD_USER_INPUT');
    expect((await profile()).node.aliases).toEqual(['冯秘书长']);
    const search = await gql<{ search: { edges: { node: { id: string } }[] } }>(
      h.app,
      `{ search(query: "冯秘书长") { edges { node { id } } } }`,
    );
    expect(search.data!.search.edges.map((e) => e.node.id)).toContain(PERSON);
    const rm = await mutate('removeAlias', '$id: ID!, $alias: String!', { id: PERSON, alias: '冯秘书长' });
    expect(rm.errors).toBeUndefined();
    expect((await mutate('removeAlias', '$id: ID!, $alias: String!', { id: PERSON, alias: '无' })).code).toBe(
      'BAD_USER_INPUT',
    );
    await undo(rm.curation!.id);
    expect((await profile()).node.aliases).toEqual(['冯秘书长']);
    await undo(add.curation!.id);
    expect((await profile()).node.aliases).toEqual([]);
  });
});

describe('mergeEntities', () => {
  it('records who merged and why; re-ingest of the dropped name lands on keep; undo', async () => {
    const twin = p + personId('冯策展二');
    await ingest('e', extraction('冯策展二'));
    const r = await mutate('mergeEntities', '$keep: ID!, $drop: ID!, $reason: String!', {
      keep: PERSON,
      drop: twin,
      reason: '同一人',
    });
    expect(r.errors).toBeUndefined();
    expect(r.curation).toMatchObject({
      operation: 'MERGE_ENTITIES',
      curator: curatorName,
      targets: [PERSON, twin],
    });
    await ingest('e', extraction('冯策展二'));
    await ingest('f', extraction('冯策展二'));
    const gone = await gql<{ node: unknown }>(h.app, `query($id: ID!) { node(id: $id) { id } }`, {
      id: twin,
    });
    expect(gone.data!.node).toBeNull();
    // Undo brings the dropped node back (curation-undo.int.test.ts goes through it in detail).
    expect((await undo(r.curation!.id)).code).toBeUndefined();
    const back = await gql<{ node: { name: string } | null }>(
      h.app,
      `query($id: ID!) { node(id: $id) { ... on Person { name } } }`,
      { id: twin },
    );
    expect(back.data!.node).toEqual({ name: '冯策展二' });
  });
});
