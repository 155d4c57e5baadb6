import { readFileSync } from 'node:fs';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectTestDriver, deleteByPrefix, testSettings, uniquePrefix } from '../../test/neo4j';
import { ingestArticle } from './ingest';
import { applySchema } from './store/schema';
import { countPrefix, GOLD_ARTICLE } from './store/test-helpers';
import { enableTcpNoDelay } from '@guanxi/db';

let driver: Driver;
const p = uniquePrefix();
const db = (): string => testSettings().database;

beforeAll(async () => {
  enableTcpNoDelay();
  driver = await connectTestDriver();
  await applySchema(driver, db());
});
afterAll(async () => {
  await deleteByPrefix(driver, p);
  await driver.close();
});

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
