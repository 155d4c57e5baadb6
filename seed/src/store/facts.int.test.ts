import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testSettings, uniquePrefix } from '../../../test/neo4j';
import { eventId, factId, organizationId, personId, positionId } from '../resolve/index';
import { mergeEntities } from './merge';
import { articleOf, closeTestGraph, extractionOf, openTestGraph } from './test-helpers';
import { writeExtraction } from './write';

let driver: Driver;
const prefix = uniquePrefix();
const db = (): string => testSettings().database;

beforeAll(async () => {
  driver = await openTestGraph();
});
afterAll(() => closeTestGraph(driver, prefix));

interface Fact {
  id: string;
  status: string;
  confidence: number;
  sourceConfidence: number[];
  articles: string[];
}

/** By type first (HOLDS before PARTICIPATED): ids are hashes of prefixed ends, so their order is random. */
async function factsFrom(nodeId: string): Promise<Fact[]> {
  const res = await driver.executeQuery(
    `MATCH ({id: $id})-[r:HOLDS|PARTICIPATED|ORGANIZED|PART_OF]->() RETURN properties(r) AS p ORDER BY type(r), r.id`,
    { id: nodeId },
    { database: db() },
  );
  return res.records.map((r) => r.get('p') as Fact);
}

describe('facts', () => {
  const p = `${prefix}f_`;
  const person = p + personId('孙测试');
  const org = p + organizationId('测试事实协会');
  const post = p + positionId(org, '会长');
  const stating = (confidence?: number) =>
    extractionOf({
      persons: [{ name: '孙测试', aliases: [] }],
      organizations: [{ name: '测试事实协会', kind: 'association', aliases: [], parent: '测试上级部' }],
      positions: [{ person: '孙测试', title: '会长', organization: '测试事实协会', confidence }],
      roles: [{ person: '孙测试', event: '测试论坛', role: 'speaker', topic: null, confidence }],
    });

  it('get a stable id, a status and the confidence of their one source', async () => {
    await writeExtraction(driver, db(), articleOf(`${p}a`), stating(0.6), { idPrefix: p });
    const [holds, participated] = await factsFrom(person);
    expect(holds).toMatchObject({
      id: factId('HOLDS', person, post),
      status: 'EXTRACTED',
      sourceConfidence: [0.6],
    });
    expect(holds!.confidence).toBeCloseTo(0.6);
    expect(participated!.id).toBe(factId('PARTICIPATED', person, p + eventId('测试论坛'), 'speaker'));
    const [partOf] = await factsFrom(org);
    expect(partOf).toMatchObject({
      id: factId('PART_OF', org, p + organizationId('测试上级部')),
      confidence: 1,
    });
  });

  it('keep id and confidence when the same article comes again', async () => {
    const before = await factsFrom(person);
    const again = await writeExtraction(driver, db(), articleOf(`${p}a`), stating(0.6), { idPrefix: p });
    expect(again).toMatchObject({ alreadyPresent: true, nodesCreated: 0, relationshipsCreated: 0 });
    expect(await factsFrom(person)).toEqual(before);
  });

  it('combine independent articles noisy-or, and count each article once', async () => {
    await writeExtraction(driver, db(), articleOf(`${p}b`), stating(0.5), { idPrefix: p });
    const [holds] = await factsFrom(person);
    expect(holds!.sourceConfidence).toEqual([0.6, 0.5]);
    expect(holds!.confidence).toBeCloseTo(1 - 0.4 * 0.5);
    // The second article again, now read with more confidence: it still counts once, at its best.
    await writeExtraction(driver, db(), articleOf(`${p}b`), stating(0.9), { idPrefix: p });
    const [after] = await factsFrom(person);
    expect(after!.sourceConfidence).toEqual([0.6, 0.9]);
    expect(after!.confidence).toBeCloseTo(1 - 0.4 * 0.1);
    expect(after!.id).toBe(holds!.id);
    // An unscored statement (hand input) makes the fact certain.
    await writeExtraction(driver, db(), articleOf(`${p}c`), stating(undefined), { idPrefix: p });
    expect((await factsFrom(person))[0]!.confidence).toBe(1);
  });

  it('are unique by id (a constraint per fact type)', async () => {
    const [holds] = await factsFrom(person);
    await expect(
      driver.executeQuery(
        `MATCH (a {id: $person}), (b {id: $post}) CREATE (a)-[:HOLDS {id: $id}]->(b)`,
        { person, post, id: holds!.id },
        { database: db() },
      ),
    ).rejects.toThrow(/already exists|constraint/i);
  });

  it('re-derive their ids from their new ends when a merge moves them', async () => {
    const q = `${prefix}m_`;
    const x = (name: string, conf: number) =>
      extractionOf({
        persons: [{ name, aliases: [] }],
        positions: [{ person: name, title: '理事', organization: '测试合并会', confidence: conf }],
      });
    await writeExtraction(driver, db(), articleOf(`${q}1`), x('周甲', 0.5), { idPrefix: q });
    await writeExtraction(driver, db(), articleOf(`${q}2`), x('周乙', 0.5), { idPrefix: q });
    const keep = q + personId('周甲');
    const drop = q + personId('周乙');
    await mergeEntities(driver, db(), keep, drop);
    const [holds] = await factsFrom(keep);
    const pos = q + positionId(q + organizationId('测试合并会'), '理事');
    expect(holds!.id).toBe(factId('HOLDS', keep, pos));
    expect(holds!.articles).toHaveLength(2);
    expect(holds!.confidence).toBeCloseTo(0.75);
  });
});
