import type { Extraction } from '@guanxi/schema';
import { factId, organizationId, personId, positionId, writeExtraction } from '@guanxi/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testSettings, uniquePrefix } from '../../test/neo4j';
import { normalizeArticle } from '../../seed/src/normalize/index';
import { deletePrefixWithCurations, gql, startHarness, TOKEN, type Harness } from './harness';

/**
 * Two curators on one entity at the same moment: every change lands (no lost update), every one is
 * in the log, and the graph ends consistent — also after re-ingest.
 */
let h: Harness;
const p = uniquePrefix();
const db = (): string => testSettings().database;
const WU = p + personId('吴并发');
const TWIN = p + personId('吴并发二');
const BUREAU = p + organizationId('并发测试局');
const SOCIETY = p + organizationId('并发测试会');
const CHIEF = factId('HOLDS', WU, p + positionId(BUREAU, '主任'));
const ADVISER = factId('HOLDS', WU, p + positionId(SOCIETY, '顾问'));

const extraction = (name: string, title: string, organization: string): Extraction => ({
  article: p,
  persons: [{ name, aliases: [] }],
  organizations: [{ name: organization, kind: 'agency', aliases: [] }],
  places: [],
  events: [],
  positions: [{ person: name, title, organization }],
  roles: [],
  event_orgs: [],
});
const ingest = async () => {
  const articles = [
    ['a', extraction('吴并发', '主任', '并发测试局')],
    ['b', extraction('吴并发', '顾问', '并发测试会')],
    ['c', extraction('吴并发二', '理事', '并发测试会')],
  ] as const;
  for (const [tag, x] of articles) {
    const article = normalizeArticle({
      content: `并发测试${tag}${p}\n2024-12-12\n正文${tag}${p}`,
      source: tag,
    });
    await writeExtraction(h.driver, db(), article, x, { idPrefix: p });
  }
};

beforeAll(async () => {
  h = await startHarness();
  await ingest();
});
afterAll(async () => {
  await deletePrefixWithCurations(h.driver, p);
  await h.close();
});

const mutate = (query: string, variables: Record<string, unknown>) =>
  gql<Record<string, { id: string }>>(h.app, query, variables, TOKEN);
const ok = (r: Awaited<ReturnType<typeof mutate>>) => {
  expect(r.errors).toBeUndefined();
  return Object.values(r.data!)[0]!.id;
};

interface Person {
  name: string;
  aliases: string[];
  positions: { id: string; title: string; current: boolean; status: string }[];
  history: { id: string }[];
}
async function person(id: string): Promise<Person | null> {
  const r = await gql<{ node: Person | null }>(
    h.app,
    `query($id: ID!) { node(id: $id) { ... on Person { name aliases positions { id title current status } history { id } } } }`,
    { id },
  );
  expect(r.errors).toBeUndefined();
  return r.data!.node;
}

describe('concurrent curations of one entity', () => {
  it('a correction and a retraction of two posts at once: both land, both logged', async () => {
    const [corrected, retracted] = await Promise.all([
      mutate(
        `mutation($id: ID!) { correctFact(id: $id, input: { current: false }, reason: "left in 2023") { id } }`,
        {
          id: CHIEF,
        },
      ),
      mutate(`mutation($id: ID!) { retractFact(id: $id, reason: "another 吴") { id } }`, { id: ADVISER }),
    ]);
    const ids = [ok(corrected), ok(retracted)];
    const wu = (await person(WU))!;
    expect(wu.positions).toEqual([{ id: CHIEF, title: '主任', current: false, status: 'CORRECTED' }]);
    expect(wu.history.map((c) => c.id)).toEqual(expect.arrayContaining(ids));
  });

  it('three name changes at once: none is lost', async () => {
    const results = await Promise.all([
      mutate(`mutation($id: ID!) { addAlias(id: $id, alias: "老吴", reason: "r") { id } }`, { id: WU }),
      mutate(`mutation($id: ID!) { addAlias(id: $id, alias: "吴主任", reason: "r") { id } }`, { id: WU }),
      mutate(`mutation($id: ID!) { renameEntity(id: $id, name: "吴并发甲", reason: "r") { id } }`, {
        id: WU,
      }),
    ]);
    const ids = results.map(ok);
    const wu = (await person(WU))!;
    expect(wu.name).toBe('吴并发甲');
    expect([...wu.aliases].sort()).toEqual(['吴主任', '吴并发', '老吴'].sort());
    expect(wu.history.map((c) => c.id)).toEqual(expect.arrayContaining(ids));
  });

  it('a merge and a rename of the kept node at once: both land; re-ingest agrees', async () => {
    const [merged, renamed] = await Promise.all([
      mutate(`mutation($k: ID!, $d: ID!) { mergeEntities(keep: $k, drop: $d, reason: "same man") { id } }`, {
        k: WU,
        d: TWIN,
      }),
      mutate(`mutation($id: ID!) { renameEntity(id: $id, name: "吴并发乙", reason: "r") { id } }`, {
        id: WU,
      }),
    ]);
    const ids = [ok(merged), ok(renamed)];
    const check = async () => {
      const wu = (await person(WU))!;
      expect(wu.name).toBe('吴并发乙');
      expect(wu.aliases).toEqual(
        expect.arrayContaining(['吴并发', '吴并发甲', '吴并发二', '老吴', '吴主任']),
      );
      expect(wu.positions.map((x) => x.title).sort()).toEqual(['主任', '理事']);
      expect(wu.history.map((c) => c.id)).toEqual(expect.arrayContaining(ids));
      expect(await person(TWIN)).toBeNull();
    };
    await check();
    await ingest();
    await check();
  });
});
