import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Extraction } from '@guanxi/schema';
import { factId, organizationId, personId, positionId, writeExtraction } from '@guanxi/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testSettings, uniquePrefix } from '../../test/neo4j';
import { normalizeArticle } from '../../seed/src/normalize/index';
import { ImportError, importCurations, parseLog, type CurationLog } from '../src/curation/log';
import { createDb } from '../src/neo4j/db';
import {
  deletePrefixWithCurations,
  gql,
  startHarness,
  TOKEN,
  type Harness,
  runCurator as curator,
} from './harness';

/**
 * The curation log moves between instances: `curator -- export --entity` writes a person's
 * curations, the graph is then rebuilt from its articles alone (another instance), `curator --
 * import` replays them, a second import changes nothing, and an import naming a fact that does not
 * exist is reported and applies nothing.
 */
let h: Harness;
const p = uniquePrefix();
const db = (): string => testSettings().database;
const ZHAO = p + personId('赵日志');
const BUREAU = p + organizationId('日志测试局');
const SOCIETY = p + organizationId('日志测试会');
const CHIEF = factId('HOLDS', ZHAO, p + positionId(BUREAU, '主任'));
const ADVISER = factId('HOLDS', ZHAO, p + positionId(SOCIETY, '顾问'));
const dir = mkdtempSync(join(tmpdir(), 'guanxi-log-'));

const extraction: Extraction = {
  article: p,
  persons: [{ name: '赵日志', aliases: [] }],
  organizations: [
    { name: '日志测试局', kind: 'agency', aliases: [] },
    { name: '日志测试会', kind: 'association', aliases: [] },
  ],
  places: [],
  events: [],
  positions: [
    { person: '赵日志', title: '主任', organization: '日志测试局' },
    { person: '赵日志', title: '顾问', organization: '日志测试会' },
  ],
  roles: [],
  event_orgs: [],
};
const ingest = () =>
  writeExtraction(
    h.driver,
    db(),
    normalizeArticle({ content: `日志测试${p}\n2024-11-11\n正文${p}`, source: 'log' }),
    extraction,
    { idPrefix: p },
  );

interface State {
  aliases: string[];
  positions: { id: string; status: string }[];
  history: { id: string; operation: string; curator: string }[];
}
async function state(): Promise<State | null> {
  const r = await gql<{ node: State | null }>(
    h.app,
    `query($id: ID!) { node(id: $id) { ... on Person { aliases positions { id status } history { id operation curator } } } }`,
    { id: ZHAO },
  );
  expect(r.errors).toBeUndefined();
  const n = r.data!.node;
  return n && { ...n, positions: [...n.positions].sort((a, b) => a.id.localeCompare(b.id)) };
}
async function curate(query: string, variables: Record<string, unknown>): Promise<void> {
  const r = await gql(h.app, query, variables, TOKEN);
  expect(r.errors).toBeUndefined();
}

beforeAll(async () => {
  h = await startHarness();
  await ingest();
});
afterAll(async () => {
  await deletePrefixWithCurations(h.driver, p);
  await h.close();
});

describe('curation log export and import', () => {
  it('moves a person’s curations to a graph rebuilt from the articles; a second import changes nothing', async () => {
    await curate(`mutation($id: ID!) { retractFact(id: $id, reason: "not in the article") { id } }`, {
      id: CHIEF,
    });
    await curate(`mutation($id: ID!) { addAlias(id: $id, alias: "小赵", reason: "reports say so") { id } }`, {
      id: ZHAO,
    });
    await curate(`mutation($id: ID!) { verifyFact(id: $id) { id } }`, { id: ADVISER });
    const reviewed = await state();
    expect(reviewed!.positions).toEqual([{ id: ADVISER, status: 'VERIFIED' }]);
    const file = join(dir, 'log.json');
    await curator('export', file, '--entity', ZHAO);
    const log = JSON.parse(readFileSync(file, 'utf8')) as CurationLog;
    expect(log.curations.map((c) => c.operation)).toEqual(['RETRACT_FACT', 'ADD_ALIAS', 'VERIFY_FACT']);

    // Another instance: the same articles, none of the curations.
    await deletePrefixWithCurations(h.driver, p);
    await ingest();
    const fresh = await state();
    expect(fresh!.positions).toHaveLength(2);
    expect(fresh!.aliases).toEqual([]);

    expect((await curator('import', file)).stdout).toBe('applied 3, already here 0\n');
    expect(await state()).toEqual(reviewed);
    expect((await curator('import', file)).stdout).toBe('applied 0, already here 3\n');
    expect(await state()).toEqual(reviewed);
    // Re-ingest respects the imported review, as it would the original one.
    await ingest();
    expect(await state()).toEqual(reviewed);
  });

  it('reports a record whose fact does not exist, and applies none of the file', async () => {
    const before = await state();
    const log = JSON.parse(readFileSync(join(dir, 'log.json'), 'utf8')) as CurationLog;
    const alias = {
      ...log.curations[1]!,
      id: `cun_${'a'.repeat(32)}`,
      args: JSON.stringify({ id: ZHAO, alias: '赵主任', reason: null }),
    };
    const missing = {
      ...log.curations[0]!,
      id: `cun_${'b'.repeat(32)}`,
      args: JSON.stringify({ id: `${p}fct_0000000000000000`, reason: 'x' }),
    };
    const records = parseLog({ ...log, curations: [alias, missing] });
    const error = await importCurations(createDb(h.driver, db()), records).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).curation).toBe(missing.id);
    expect((error as Error).message).toMatch(/no fact with id/);
    expect(await state()).toEqual(before);
    // A file that is not a log is refused whole.
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ format: 'something else' }));
    await expect(curator('import', bad)).rejects.toMatchObject({ code: 1 });
  });
});
