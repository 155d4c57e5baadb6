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
});
