import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Extraction } from '@guanxi/schema';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteByPrefix, testSettings, uniquePrefix } from '../../../test/neo4j';
import { generateCorpus } from '../generate/index';
import { ingestArticle } from '../ingest';
import type { NormalizedArticle } from '../normalize/index';
import { snapshotPrefix } from '../store/graph-snapshot';
import { closeTestGraph, countPrefix, openTestGraph } from '../store/test-helpers';
import { collectArticleFiles, walkArticleFiles } from './article-files';
import { ingestFiles, ingestSources } from './seed-files';

let driver: Driver;
let dir: string;
const prefix = uniquePrefix();
const db = (): string => testSettings().database;

beforeAll(async () => {
  driver = await openTestGraph();
  dir = await mkdtemp(join(tmpdir(), 'guanxi-pipeline-'));
});
afterAll(async () => {
  await closeTestGraph(driver, prefix);
  await rm(dir, { recursive: true, force: true });
});

/** Entities named twice in one label, and relationships stated twice between the same ends. */
async function duplicates(p: string): Promise<string[]> {
  const q = async (cypher: string): Promise<string[]> =>
    (await driver.executeQuery(cypher, { p }, { database: db() })).records.map((r) => r.get('d') as string);
  return [
    ...(await q(`MATCH (n:Entity) WHERE n.id STARTS WITH $p
       WITH [l IN labels(n) WHERE l IN ['Person', 'Organization', 'Event', 'Place']][0] AS label, n.name AS name,
            count(*) AS c
       WHERE c > 1 RETURN label + ' ' + name AS d`)),
    ...(await q(`MATCH (a)-[r]->(b) WHERE a.id STARTS WITH $p
       WITH type(r) AS t, a.id AS a, b.id AS b, r.role AS role, count(*) AS c WHERE c > 1
       RETURN t + ' ' + a + ' ' + b + ' ' + coalesce(role, '') AS d`)),
    ...(await q(`MATCH (a)-[r]->() WHERE a.id STARTS WITH $p
       UNWIND coalesce(r.articles, []) AS art
       WITH r, art, count(*) AS c WHERE c > 1 RETURN type(r) + ' lists ' + art + ' twice' AS d`)),
  ];
}

describe('ingest pipeline', { timeout: 300_000 }, () => {
  it('writes through the worker pool, in batches, the graph one article per transaction writes', async () => {
    const p = `${prefix}pool_`;
    const { files } = await collectArticleFiles([
      fileURLToPath(new URL('../../test-articles/', import.meta.url)),
    ]);
    const some = files.filter((f) => f.endsWith('.txt')).slice(0, 9);
    for (const f of some)
      await ingestArticle(
        driver,
        db(),
        { content: new Uint8Array(await readFile(f)), source: f },
        { idPrefix: p },
      );
    const expected = await snapshotPrefix(driver, db(), p);
    await deleteByPrefix(driver, p);

    const summary = await ingestFiles(driver, db(), some, { idPrefix: p, batchSize: 4, threads: 2 });
    expect(summary).toMatchObject({ files: 9, articlesNew: 9, failed: 0 });
    // At most 4 per transaction; fewer when the writer was idle before 4 were extracted.
    expect(summary.transactions).toBeGreaterThanOrEqual(3);
    expect(summary.transactions).toBeLessThanOrEqual(9);
    expect(await snapshotPrefix(driver, db(), p)).toEqual(expected);
  });

  it('streams a directory, refusing bad files and writing the good ones', async () => {
    const p = `${prefix}dir_`;
    const corpus = generateCorpus({ seed: 3, articles: 12 });
    for (const a of corpus) await writeFile(join(dir, a.source), a.content);
    await writeFile(join(dir, 'zz-empty.txt'), ' \n');
    const seen: string[] = [];
    const summary = await ingestFiles(driver, db(), walkArticleFiles([dir]), {
      idPrefix: p,
      batchSize: 5,
      threads: 2,
      onFile: (o) => seen.push(`${o.ok ? '+' : '✗'}${o.file.slice(dir.length + 1)}`),
    });
    expect(summary).toMatchObject({ files: 13, articlesNew: 12, failed: 1 });
    expect(seen).toContain('✗zz-empty.txt');
    expect((await countPrefix(driver, db(), p)).byLabel.Article).toBe(12);
  });

  it('leaves no duplicates when two pipelines load overlapping corpora at once', async () => {
    const p = `${prefix}conc_`;
    const corpus = generateCorpus({ seed: 11, articles: 80, persons: 90, organizations: 30 });
    const expected = new Map(corpus.map((a) => [a.source, a.expected]));
    const extract = (a: NormalizedArticle): Extraction => expected.get(a.source)!;
    const sources = corpus.map((a) => ({ content: a.content, source: a.source }));
    const options = { idPrefix: p, extract, batchSize: 8, writers: 2 };
    const [first, second] = await Promise.all([
      ingestSources(driver, db(), sources.slice(0, 56), options),
      ingestSources(driver, db(), sources.slice(24).reverse(), options),
    ]);
    expect([first.failed, second.failed]).toEqual([0, 0]);
    expect(first.files + second.files).toBe(112);
    expect((await countPrefix(driver, db(), p)).byLabel.Article).toBe(80);
    expect(await duplicates(p)).toEqual([]);
  });
});
