import type { Extraction } from '@guanxi/schema';
import { factId, organizationId, personId, positionId, writeExtraction } from '@guanxi/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testSettings, uniquePrefix } from '../../test/neo4j';
import { normalizeArticle } from '../../seed/src/normalize/index';
import { deletePrefixWithCurations, gql, startHarness, TOKEN, type Harness } from './harness';

/**
 * Undo of mergeEntities: two people (one shares a post with the other) and two organizations (one
 * post title in both) are merged and un-merged; a curation made before the merge, whose fact the
 * merge gave a new id, is still undoable; re-ingest after the undo changes nothing.
 */
let h: Harness;
const p = uniquePrefix();
const db = (): string => testSettings().database;
const KEEP = p + personId('周合甲');
const DROP = p + personId('周合乙');
const FIRM = p + organizationId('合并测试公司');
const BUREAU = p + organizationId('合并测试局甲');
const TWIN_BUREAU = p + organizationId('合并测试局乙');
const QIAN = p + personId('钱合并');
const SUN = p + personId('孙合并');
const post = (org: string, title: string) => p + positionId(org, title);
const DROP_ADVISOR = factId('HOLDS', DROP, post(FIRM, '顾问'));
const KEEP_ADVISOR = factId('HOLDS', KEEP, post(FIRM, '顾问'));

const holds = (person: string, title: string, organization: string) => ({ person, title, organization });
const said = (persons: string[], orgs: string[], positions: ReturnType<typeof holds>[]): Extraction => ({
  article: p,
  persons: persons.map((name) => ({ name, aliases: [] })),
  organizations: orgs.map((name) => ({ name, kind: 'agency', aliases: [] })),
  places: [],
  events: [],
  positions,
  roles: [],
  event_orgs: [],
});
const ARTICLES = {
  a: said(['周合甲'], ['合并测试会'], [holds('周合甲', '理事', '合并测试会')]),
  b: said(
    ['周合乙'],
    ['合并测试会', '合并测试公司'],
    [holds('周合乙', '理事', '合并测试会'), holds('周合乙', '顾问', '合并测试公司')],
  ),
  c: said(
    ['钱合并', '孙合并'],
    ['合并测试局甲', '合并测试局乙'],
    [
      holds('钱合并', '主任', '合并测试局甲'),
      holds('孙合并', '主任', '合并测试局乙'),
      holds('孙合并', '科长', '合并测试局乙'),
    ],
  ),
} as const;
const ingestAll = async () => {
  for (const [tag, x] of Object.entries(ARTICLES)) {
    const article = normalizeArticle({
      content: `合并撤销${tag}${p}\n2024-10-10\n正文${tag}${p}`,
      source: tag,
    });
    await writeExtraction(h.driver, db(), article, x, { idPrefix: p });
  }
};

beforeAll(async () => {
  h = await startHarness();
  await ingestAll();
});
afterAll(async () => {
  await deletePrefixWithCurations(h.driver, p);
  await h.close();
});

interface Posts {
  name: string;
  aliases: string[];
  positions: { id: string; title: string; organization: { id: string } | null }[];
}
async function person(id: string): Promise<Posts | null> {
  const r = await gql<{ node: Posts | null }>(
    h.app,
    `query($id: ID!) { node(id: $id) { ... on Person { name aliases positions { id title organization { id } } } } }`,
    { id },
  );
  expect(r.errors).toBeUndefined();
  const node = r.data!.node;
  return node && { ...node, positions: [...node.positions].sort((x, y) => x.id.localeCompare(y.id)) };
}
async function call<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const r = await gql<T>(h.app, query, variables, TOKEN);
  expect(r.errors).toBeUndefined();
  return r.data!;
}
const merge = (keep: string, drop: string) =>
  call<{ mergeEntities: { id: string } }>(
    `mutation($k: ID!, $d: ID!) { mergeEntities(keep: $k, drop: $d, reason: "same") { id } }`,
    { k: keep, d: drop },
  ).then((d) => d.mergeEntities.id);
const undo = (id: string) =>
  call<{ undoCuration: { id: string } }>(`mutation($id: ID!) { undoCuration(id: $id) { id } }`, { id });

describe('undo of mergeEntities', () => {
  it('brings a merged person back with their posts and old fact ids; keep is as before', async () => {
    const keepBefore = await person(KEEP);
    const dropBefore = await person(DROP);
    expect(dropBefore!.positions.map((x) => x.title).sort()).toEqual(['理事', '顾问']);
    // A curation made before the merge names the fact by the id it has now.
    const retract = await call<{ retractFact: { id: string } }>(
      `mutation($id: ID!) { retractFact(id: $id, reason: "x") { id } }`,
      { id: DROP_ADVISOR },
    );
    const merged = await merge(KEEP, DROP);
    expect(await person(DROP)).toBeNull();
    expect((await person(KEEP))!.aliases).toContain('周合乙');

    // The merge re-derived the fact's id; the older record's facts and its undo still find it.
    const log = await call<{ curations: { edges: { node: { id: string; facts: { id: string }[] } }[] } }>(
      `query($e: ID!) { curations(entity: $e) { edges { node { id facts { id } } } } }`,
      { e: DROP },
    );
    const older = log.curations.edges.find((e) => e.node.id === retract.retractFact.id)!.node;
    expect(older.facts).toEqual([{ id: KEEP_ADVISOR }]);
    await undo(retract.retractFact.id);
    expect((await person(KEEP))!.positions.map((x) => x.id)).toContain(KEEP_ADVISOR);

    await undo(merged);
    expect(await person(KEEP)).toEqual(keepBefore);
    expect(await person(DROP)).toEqual(dropBefore);

    // Re-ingest after the undo: each name lands on its own node again, nothing moves.
    await ingestAll();
    expect(await person(KEEP)).toEqual(keepBefore);
    expect(await person(DROP)).toEqual(dropBefore);
    // The merge is undone once.
    const again = await gql(
      h.app,
      `mutation($id: ID!) { undoCuration(id: $id) { id } }`,
      { id: merged },
      TOKEN,
    );
    expect(again.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('brings a merged organization back with its posts and their holders', async () => {
    const sun = await person(SUN);
    const qian = await person(QIAN);
    expect(sun!.positions.every((x) => x.organization?.id === TWIN_BUREAU)).toBe(true);
    const merged = await merge(BUREAU, TWIN_BUREAU);
    const moved = await person(SUN);
    expect(moved!.positions.map((x) => x.organization?.id)).toEqual([BUREAU, BUREAU]);
    await undo(merged);
    expect(await person(SUN)).toEqual(sun);
    expect(await person(QIAN)).toEqual(qian);
    // The post the merge made at keep (科长) is gone again; keep's own 主任 has only its holder.
    const { records } = await h.driver.executeQuery(
      `MATCH (v:Position) WHERE v.id IN $ids OPTIONAL MATCH (v)<-[:HOLDS]-(x) RETURN v.id AS id, collect(x.id) AS holders`,
      { ids: [post(BUREAU, '科长'), post(BUREAU, '主任')] },
      { database: db() },
    );
    expect(records.map((r) => [r.get('id'), r.get('holders')])).toEqual([[post(BUREAU, '主任'), [QIAN]]]);
    await ingestAll();
    expect(await person(SUN)).toEqual(sun);
  });
});
