import { decodeEvidence } from '@guanxi/schema';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testSettings, uniquePrefix } from '../../../test/neo4j';
import { organizationId, personId } from '../resolve/index';
import { mergeEntities, MergeError } from './merge';
import { articleOf, closeTestGraph, countPrefix, extractionOf, openTestGraph } from './test-helpers';
import { writeExtraction } from './write';

let driver: Driver;
const p = uniquePrefix();
const db = (): string => testSettings().database;

beforeAll(async () => {
  driver = await openTestGraph();
  const event = { name: '合并测试大会', date: '2024-03-01', place: '北京' };
  // Two articles name the same man differently and the same ministry differently.
  await writeExtraction(
    driver,
    db(),
    articleOf('m1'),
    extractionOf({
      persons: [{ name: '李毅中', aliases: ['李会长'] }],
      organizations: [{ name: '工业和信息化部', kind: 'agency', aliases: [] }],
      events: [event],
      places: ['北京'],
      positions: [{ person: '李毅中', title: '原部长', organization: '工业和信息化部', evidence: '甲' }],
      roles: [{ person: '李毅中', event: event.name, role: 'speaker', topic: '题目', evidence: '甲讲' }],
      event_orgs: [{ organization: '工业和信息化部', event: event.name, role: 'organizer' }],
    }),
    { idPrefix: p },
  );
  await writeExtraction(
    driver,
    db(),
    articleOf('m2'),
    extractionOf({
      persons: [{ name: '李毅忠', aliases: [] }],
      organizations: [{ name: '信息产业部', kind: 'agency', aliases: ['信产部'] }],
      events: [event],
      places: ['北京'],
      positions: [{ person: '李毅忠', title: '部长', organization: '信息产业部', evidence: '乙' }],
      roles: [{ person: '李毅忠', event: event.name, role: 'speaker', topic: null, evidence: '乙讲' }],
      event_orgs: [{ organization: '信息产业部', event: event.name, role: 'organizer' }],
    }),
    { idPrefix: p },
  );
});
afterAll(() => closeTestGraph(driver, p));

describe('mergeEntities', () => {
  it('refuses missing ids, different kinds and self-merges, changing nothing', async () => {
    const before = await countPrefix(driver, db(), p);
    const keep = p + personId('李毅中');
    await expect(mergeEntities(driver, db(), keep, `${p}per_missing`)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(mergeEntities(driver, db(), keep, p + organizationId('信息产业部'))).rejects.toBeInstanceOf(
      MergeError,
    );
    await expect(mergeEntities(driver, db(), keep, p + organizationId('信息产业部'))).rejects.toMatchObject({
      code: 'KIND_MISMATCH',
    });
    await expect(mergeEntities(driver, db(), keep, keep)).rejects.toMatchObject({ code: 'SAME_NODE' });
    expect(await countPrefix(driver, db(), p)).toEqual(before);
  });

  it('moves relationships onto keep, merging provenance where keep already has them', async () => {
    const keep = p + personId('李毅中');
    const drop = p + personId('李毅忠');
    const orgKeep = p + organizationId('工业和信息化部');
    const orgDrop = p + organizationId('信息产业部');
    await mergeEntities(driver, db(), orgKeep, orgDrop);
    const res = await mergeEntities(driver, db(), keep, drop);
    expect(res.relationshipsMoved).toBeGreaterThan(0);

    const counts = await countPrefix(driver, db(), p);
    expect(counts.byLabel).toMatchObject({ Person: 1, Organization: 1, Position: 1, Event: 1, Article: 2 });
    const q = await driver.executeQuery(
      `MATCH (k:Person {id: $keep})
       OPTIONAL MATCH (k)-[h:HOLDS]->(pos:Position)-[:AT]->(o:Organization)
       OPTIONAL MATCH (k)-[pa:PARTICIPATED]->(:Event)
       OPTIONAL MATCH (a:Article)-[:MENTIONS]->(k)
       RETURN k.aliases AS aliases, collect(DISTINCT h) AS holds, collect(DISTINCT pa) AS part,
              count(DISTINCT a) AS articles, collect(DISTINCT o.aliases) AS orgAliases`,
      { keep },
      { database: db() },
    );
    const r = q.records[0]!;
    expect((r.get('aliases') as string[]).sort()).toEqual(['李会长', '李毅忠'].sort());
    expect((r.get('orgAliases') as string[][])[0]!.sort()).toEqual(['信产部', '信息产业部'].sort());
    const holds = r.get('holds') as { properties: { current: boolean; evidence: string[] } }[];
    expect(holds).toHaveLength(1);
    // One article calls the post former, the other current: former wins.
    expect(holds[0]!.properties.current).toBe(false);
    expect(holds[0]!.properties.evidence.map((e) => decodeEvidence(e).sentence).sort()).toEqual(['乙', '甲']);
    const part = r.get('part') as { properties: { topic: string | null; articles: string[] } }[];
    expect(part).toHaveLength(1);
    expect(part[0]!.properties.topic).toBe('题目');
    expect(part[0]!.properties.articles).toHaveLength(2);
    expect(Number(r.get('articles'))).toBe(2);
    const org = await driver.executeQuery(
      'MATCH (o:Organization {id: $id})-[r:ORGANIZED]->(:Event) RETURN r.articles AS a',
      { id: orgKeep },
      { database: db() },
    );
    expect(org.records).toHaveLength(1);
    expect(org.records[0]!.get('a')).toHaveLength(2);
  });
});
