import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testSettings, uniquePrefix } from '../../../test/neo4j';
import { generateExtractions } from '../generate/index';
import { writeBulk } from './bulk';
import { closeTestGraph, countPrefix, openTestGraph } from './test-helpers';
import { writeExtraction } from './write';

let driver: Driver;
const p = uniquePrefix();
const db = (): string => testSettings().database;

beforeAll(async () => {
  driver = await openTestGraph();
});
afterAll(() => closeTestGraph(driver, p));

describe('writeBulk', () => {
  it('writes the same graph as one transaction per article, and is idempotent', async () => {
    const pairs = [...generateExtractions({ seed: 11, count: 40 })];
    const progress: number[] = [];
    const bulk = await writeBulk(driver, db(), pairs, {
      idPrefix: `${p}bulk_`,
      articlesPerTransaction: 15,
      onProgress: (n) => progress.push(n),
    });
    expect(progress).toEqual([15, 30, 40]);
    for (const { article, extraction } of pairs) {
      await writeExtraction(driver, db(), article, extraction, { idPrefix: `${p}one_` });
    }
    const a = await countPrefix(driver, db(), `${p}bulk_`);
    const b = await countPrefix(driver, db(), `${p}one_`);
    expect(a).toEqual(b);
    expect(a.byLabel.Article).toBe(40);
    expect(bulk).toEqual({ articles: 40, nodesCreated: a.nodes, relationshipsCreated: a.relationships });
    const again = await writeBulk(driver, db(), pairs, { idPrefix: `${p}bulk_`, articlesPerTransaction: 40 });
    expect(again).toMatchObject({ nodesCreated: 0, relationshipsCreated: 0 });
  });
});
