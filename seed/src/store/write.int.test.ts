import { decodeEvidence } from '@guanxi/schema';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testSettings, uniquePrefix } from '../../../test/neo4j';
import { organizationId, personId } from '../resolve/index';
import {
  articleOf,
  closeTestGraph,
  countPrefix,
  extractionOf,
  goldPair,
  openTestGraph,
} from './test-helpers';
import { writeExtraction } from './write';

let driver: Driver;
const prefix = uniquePrefix();
const db = (): string => testSettings().database;

beforeAll(async () => {
  driver = await openTestGraph();
});
afterAll(() => closeTestGraph(driver, prefix));

async function node(id: string): Promise<Record<string, unknown> | null> {
  const res = await driver.executeQuery(
    'MATCH (n {id: $id}) RETURN properties(n) AS p',
    { id },
    { database: db() },
  );
  return (res.records[0]?.get('p') as Record<string, unknown>) ?? null;
}

describe('writeExtraction', () => {
  it('writes the gold extraction with the expected nodes by kind, idempotently', async () => {
    const p = `${prefix}gold_`;
    const { article, extraction } = goldPair();
    const first = await writeExtraction(driver, db(), article, extraction, { idPrefix: p });
    expect(first.alreadyPresent).toBe(false);
    expect(first.entities).toEqual({ persons: 13, organizations: 13, positions: 21, events: 1, places: 3 });
    const counts = await countPrefix(driver, db(), p);
    expect(counts.byLabel).toMatchObject({
      Article: 1,
      Person: 13,
      Organization: 13,
      Association: 4,
      Agency: 5,
      Government: 2,
      Enterprise: 2,
      Event: 1,
      Place: 3,
      // 吴同明 and 郭嘉海 are both 党委委员 at 中国工业经济联合会: one post, two holders.
      Position: 21,
      Entity: 30,
    });
    expect(first.nodesCreated).toBe(counts.nodes);
    expect(first.relationshipsCreated).toBe(counts.relationships);
    // MENTIONS 30 + HOLDS 22 + AT 19 (two posts name no organization) + PARTICIPATED 12 + ORGANIZED 5
    // + PART_OF 1 + HELD_IN 1
    expect(counts.relationships).toBe(90);

    const again = await writeExtraction(driver, db(), article, extraction, { idPrefix: p });
    expect(again.alreadyPresent).toBe(true);
    expect(again.nodesCreated).toBe(0);
    expect(again.relationshipsCreated).toBe(0);
    expect(await countPrefix(driver, db(), p)).toEqual(counts);

    const li = await node(p + personId('李毅中'));
    expect(li).toMatchObject({ name: '李毅中', aliases: ['李会长'] });
    expect(li?.pinyin).toEqual(expect.arrayContaining(['liyizhong', 'li yi zhong', 'lyz', 'lihuizhang']));
    const res = await driver.executeQuery(
      `MATCH (:Person {id: $id})-[h:HOLDS]->(pos:Position)-[:AT]->(o:Organization)
       RETURN pos.title AS title, h.current AS current, h.evidence AS evidence, o.name AS org`,
      { id: p + personId('李毅中') },
      { database: db() },
    );
    const held = res.records.map((r) => ({
      title: r.get('title'),
      current: r.get('current'),
      org: r.get('org'),
    }));
    expect(held).toEqual(
      expect.arrayContaining([
        { title: '部长', current: false, org: '工业和信息化部' },
        { title: '会长', current: true, org: '中国工业经济联合会' },
      ]),
    );
    for (const r of res.records) {
      const ev = (r.get('evidence') as string[]).map(decodeEvidence);
      expect(ev).toEqual([{ articleId: p + article.id, sentence: article.title }]);
    }
  });

  it('rolls the whole article back when a batch fails midway', async () => {
    const p = `${prefix}atomic_`;
    const x = extractionOf({
      persons: [{ name: '王五', aliases: [] }],
      organizations: [{ name: '某某协会', kind: 'association', aliases: [] }],
      positions: [{ person: '王五', title: '会长', organization: '某某协会' }],
    });
    const fail = (batch: string): void => {
      if (batch === 'Organization') throw new Error('injected failure');
    };
    await expect(
      writeExtraction(driver, db(), articleOf('atomic'), x, { idPrefix: p, onBatch: fail }),
    ).rejects.toThrow('injected failure');
    expect((await countPrefix(driver, db(), p)).nodes).toBe(0);
    await writeExtraction(driver, db(), articleOf('atomic'), x, { idPrefix: p });
    // The article, the person, the association and the post.
    expect((await countPrefix(driver, db(), p)).nodes).toBe(4);
  });

  it('resolves a person and an organization named by alias in a second article to one node', async () => {
    const p = `${prefix}merge_`;
    const a1 = articleOf('merge-1');
    const a2 = articleOf('merge-2');
    await writeExtraction(
      driver,
      db(),
      a1,
      extractionOf({
        persons: [{ name: '李毅中', aliases: ['李会长'], evidence: '李毅中会长致辞' }],
        organizations: [{ name: '工业和信息化部', kind: 'agency', aliases: ['工信部'] }],
        positions: [
          { person: '李毅中', title: '原部长', organization: '工业和信息化部', evidence: '原部长李毅中' },
        ],
      }),
      { idPrefix: p },
    );
    await writeExtraction(
      driver,
      db(),
      a2,
      extractionOf({
        persons: [{ name: '李会长', aliases: ['老李'], evidence: '李会长讲话' }],
        organizations: [{ name: '工信部', kind: 'other', aliases: [] }],
        positions: [{ person: '李会长', title: '前部长', organization: '工信部', evidence: '前部长李会长' }],
      }),
      { idPrefix: p },
    );
    const counts = await countPrefix(driver, db(), p);
    expect(counts.byLabel).toMatchObject({ Article: 2, Person: 1, Organization: 1, Agency: 1, Position: 1 });
    expect(counts.byLabel.OtherOrganization).toBeUndefined();
    const li = await node(p + personId('李毅中'));
    expect((li?.aliases as string[]).sort()).toEqual(['李会长', '老李'].sort());
    expect(await node(p + personId('李会长'))).toBeNull();
    expect(await node(p + organizationId('工信部'))).toBeNull();
    const res = await driver.executeQuery(
      `MATCH (:Person {id: $id})-[h:HOLDS]->(:Position) RETURN h.articles AS articles, h.evidence AS evidence`,
      { id: p + personId('李毅中') },
      { database: db() },
    );
    expect(res.records).toHaveLength(1);
    expect((res.records[0]!.get('articles') as string[]).sort()).toEqual([p + a1.id, p + a2.id].sort());
    const sentences = (res.records[0]!.get('evidence') as string[]).map((e) => decodeEvidence(e).sentence);
    expect(sentences.sort()).toEqual(['前部长李会长', '原部长李毅中'].sort());
  });

  it('never resolves an organization alias to a person', async () => {
    const p = `${prefix}kinds_`;
    await writeExtraction(
      driver,
      db(),
      articleOf('kinds-1'),
      extractionOf({ persons: [{ name: '张华', aliases: ['华星'] }] }),
      { idPrefix: p },
    );
    await writeExtraction(
      driver,
      db(),
      articleOf('kinds-2'),
      extractionOf({ organizations: [{ name: '华星', kind: 'enterprise', aliases: [] }] }),
      { idPrefix: p },
    );
    const counts = await countPrefix(driver, db(), p);
    expect(counts.byLabel).toMatchObject({ Person: 1, Organization: 1, Enterprise: 1 });
  });

  it('creates no duplicates when overlapping articles are ingested in parallel', async () => {
    const p = `${prefix}conc_`;
    const people = Array.from({ length: 12 }, (_, i) => `并发人物${i}`);
    const writes = Array.from({ length: 8 }, (_, i) => {
      const names = people.filter((_, j) => (i + j) % 3 !== 0);
      return writeExtraction(
        driver,
        db(),
        articleOf(`conc-${i}`),
        extractionOf({
          persons: names.map((name) => ({ name, aliases: [] })),
          organizations: [{ name: '并发协会', kind: 'association', aliases: [] }],
          events: [{ name: '并发大会', date: '2024-01-01', place: '北京' }],
          places: ['北京'],
          positions: names.map((person) => ({ person, title: '理事', organization: '并发协会' })),
          roles: names.map((person) => ({ person, event: '并发大会', role: 'guest' as const, topic: null })),
          event_orgs: [{ organization: '并发协会', event: '并发大会', role: 'organizer' as const }],
        }),
        { idPrefix: p },
      );
    });
    await Promise.all(writes);
    const counts = await countPrefix(driver, db(), p);
    expect(counts.byLabel).toMatchObject({
      Article: 8,
      Person: 12,
      Organization: 1,
      Event: 1,
      Place: 1,
      Position: 1,
    });
    const res = await driver.executeQuery(
      `MATCH (a:Person)-[r:PARTICIPATED]->(:Event) WHERE a.id STARTS WITH $p
       RETURN count(r) AS n, sum(size(r.articles)) AS articles`,
      { p },
      { database: db() },
    );
    expect(Number(res.records[0]!.get('n'))).toBe(12);
    // Each of the 8 articles names 8 of the 12 people.
    expect(Number(res.records[0]!.get('articles'))).toBe(64);
  });
});
