import type { Extraction } from '@guanxi/schema';
import { factId, organizationId, personId, positionId, writeExtraction } from '@guanxi/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testSettings, uniquePrefix } from '../../test/neo4j';
import { normalizeArticle } from '../../seed/src/normalize/index';
import { deletePrefixWithCurations, gql, type Harness, startHarness, TOKEN } from './harness';

/** Two 王测分 in two articles, one node; a curator splits the second one off. */
let h: Harness;
const p = uniquePrefix();
const db = (): string => testSettings().database;
const WANG = p + personId('王测分');
const NEW = p + personId('王测分（企业）');
const BUREAU = p + organizationId('拆分测试局');
const FIRM = p + organizationId('拆分测试公司');
const OFFICIAL = factId('HOLDS', WANG, p + positionId(BUREAU, '局长'));
const MANAGER = factId('HOLDS', WANG, p + positionId(FIRM, '经理'));
const MOVED = factId('HOLDS', NEW, p + positionId(FIRM, '经理'));

const article = (tag: string) =>
  normalizeArticle({ content: `拆分测试${tag}${p}\n2024-09-09\n正文${tag}${p}`, source: tag });
const said = (org: string, title: string, kind: 'agency' | 'enterprise'): Extraction => ({
  article: p,
  persons: [{ name: '王测分', aliases: [] }],
  organizations: [{ name: org, kind, aliases: [] }],
  places: [],
  events: [],
  positions: [{ person: '王测分', title, organization: org }],
  roles: [],
  event_orgs: [],
});
const ingestFirm = () =>
  writeExtraction(h.driver, db(), article('b'), said('拆分测试公司', '经理', 'enterprise'), { idPrefix: p });

beforeAll(async () => {
  h = await startHarness();
  await writeExtraction(h.driver, db(), article('a'), said('拆分测试局', '局长', 'agency'), { idPrefix: p });
  await ingestFirm();
});
afterAll(async () => {
  await deletePrefixWithCurations(h.driver, p);
  await h.close();
});

interface Person {
  name: string;
  positions: { id: string; title: string }[];
  articles: { id: string }[];
}
async function person(id: string): Promise<Person | null> {
  const r = await gql<{ node: Person | null }>(
    h.app,
    `query($id: ID!) { node(id: $id) { ... on Person { name positions { id title } articles { id } } } }`,
    { id },
  );
  expect(r.errors).toBeUndefined();
  return r.data!.node;
}
const SPLIT = `mutation($input: SplitEntityInput!) { splitEntity(input: $input) { id operation targets entities { id name } } }`;

describe('splitEntity', () => {
  it('moves the chosen facts and article mentions to a new node', async () => {
    const firmArticle = article('b').id;
    const r = await gql<{ splitEntity: { operation: string; entities: { id: string; name: string }[] } }>(
      h.app,
      SPLIT,
      {
        input: {
          id: WANG,
          name: '王测分（企业）',
          facts: [MANAGER],
          articles: [p + firmArticle],
          reason: '两个人',
        },
      },
      TOKEN,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.splitEntity.entities).toEqual([
      { id: WANG, name: '王测分' },
      { id: NEW, name: '王测分（企业）' },
    ]);
    expect((await person(WANG))!.positions.map((x) => x.id)).toEqual([OFFICIAL]);
    expect(await person(NEW)).toEqual({
      name: '王测分（企业）',
      positions: [{ id: MOVED, title: '经理' }],
      articles: [{ id: p + firmArticle }],
    });
  });

  it('is not undone by re-ingest', async () => {
    await ingestFirm();
    expect((await person(WANG))!.positions.map((x) => x.id)).toEqual([OFFICIAL]);
    expect((await person(WANG))!.articles).toHaveLength(1);
  });

  it('refuses impossible splits', async () => {
    const bad = [
      { id: WANG, name: '王测分', facts: [OFFICIAL], reason: 'x' }, // same name
      { id: WANG, name: '王测分（企业）', facts: [OFFICIAL], reason: 'x' }, // exists
      { id: WANG, name: '另一人', facts: [MANAGER], reason: 'x' }, // retracted by the split
      { id: WANG, name: '另一人', facts: [], articles: [], reason: 'x' }, // nothing
      { id: WANG, name: '另一人', articles: [`${p}art_000000000000000000000000`], reason: 'x' }, // not mentioned
    ];
    for (const input of bad) {
      const r = await gql(h.app, SPLIT, { input }, TOKEN);
      expect(r.errors?.[0]?.extensions?.code, JSON.stringify(input)).toBe('BAD_USER_INPUT');
    }
    expect(await person(p + personId('另一人'))).toBeNull();
  });

  it('is undone by undoCuration: one node again, which re-ingest keeps', async () => {
    const list = await gql<{ curations: { edges: { node: { id: string; operation: string } }[] } }>(
      h.app,
      `query($e: ID!) { curations(entity: $e) { edges { node { id operation } } } }`,
      { e: NEW },
    );
    const split = list.data!.curations.edges.find((e) => e.node.operation === 'SPLIT_ENTITY')!.node.id;
    const u = await gql(h.app, `mutation($id: ID!) { undoCuration(id: $id) { id } }`, { id: split }, TOKEN);
    expect(u.errors).toBeUndefined();
    expect(await person(NEW)).toBeNull();
    const back = (await person(WANG))!;
    expect(back.positions.map((x) => x.id).sort()).toEqual([OFFICIAL, MANAGER].sort());
    expect(back.articles).toHaveLength(2);
    await ingestFirm();
    expect((await person(WANG))!.positions.map((x) => x.id).sort()).toEqual([OFFICIAL, MANAGER].sort());
    expect(await person(NEW)).toBeNull();
  });
});
