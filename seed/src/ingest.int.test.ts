import { readFileSync } from 'node:fs';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testSettings, uniquePrefix } from '../../test/neo4j';
import { ingestArticle } from './ingest';
import { closeTestGraph, countPrefix, GOLD_ARTICLE, openTestGraph } from './store/test-helpers';

let driver: Driver;
const p = uniquePrefix();
const db = (): string => testSettings().database;

beforeAll(async () => {
  driver = await openTestGraph();
});
afterAll(() => closeTestGraph(driver, p));

describe('ingestArticle', () => {
  it('normalizes, extracts and writes an article file, and a second ingest adds nothing', async () => {
    const content = readFileSync(GOLD_ARTICLE);
    const first = await ingestArticle(driver, db(), { content, source: 'seed.txt' }, { idPrefix: p });
    expect(first.alreadyPresent).toBe(false);
    expect(first.extraction.persons.length).toBeGreaterThan(5);
    const counts = await countPrefix(driver, db(), p);
    expect(counts.byLabel.Article).toBe(1);
    expect(counts.byLabel.Person).toBe(first.entities.persons);
    expect(counts.byLabel.Event).toBe(first.entities.events);
    expect(first.nodesCreated).toBe(counts.nodes);
    const again = await ingestArticle(driver, db(), { content, source: 'copy.txt' }, { idPrefix: p });
    expect(again).toMatchObject({ alreadyPresent: true, nodesCreated: 0, relationshipsCreated: 0 });
    expect(await countPrefix(driver, db(), p)).toEqual(counts);
  });

  it('makes one node of a central agency written in full (中华人民共和国商务部) and short (商务部)', async () => {
    const articles = [
      '商务部召开座谈会\n2024年5月10日，商务部在北京召开座谈会，商务部副部长王大明出席会议并讲话。',
      '外资工作会议举行\n2024年6月2日，中华人民共和国商务部副部长李小红出席外资工作会议并致辞。',
    ];
    for (const [i, text] of articles.entries())
      await ingestArticle(driver, db(), { content: text, source: `state-form-${i}.txt` }, { idPrefix: p });
    const { records } = await driver.executeQuery(
      `MATCH (o:Organization) WHERE o.id STARTS WITH $p AND (o.name CONTAINS '商务部' OR any(a IN o.aliases WHERE a CONTAINS '商务部'))
       OPTIONAL MATCH (o)<-[:AT]-(:Position)<-[:HOLDS]-(per:Person)
       RETURN o.name AS name, collect(per.name) AS holders`,
      { p },
      { database: db() },
    );
    expect(records.map((r) => r.get('name'))).toEqual(['商务部']);
    expect([...(records[0]!.get('holders') as string[])].sort()).toEqual(['李小红', '王大明']);
  });
});
