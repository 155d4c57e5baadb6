import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testSettings, uniquePrefix } from '../../../test/neo4j';
import type { NormalizedArticle } from '../normalize/index';
import { collectArticleFiles } from './article-files';
import type { FileOutcome } from './pipeline';
import { DEMO_CORPUS_DIRS, ingestFiles, seedIfEmpty } from './seed-files';
import { closeTestGraph, countPrefix, extractionOf, openTestGraph } from '../store/test-helpers';

let driver: Driver;
let dir: string;
const p = uniquePrefix();
const db = (): string => testSettings().database;
// A stand-in extractor: one person named after the title, so the test does not depend on ./extract.
const extract = (a: NormalizedArticle) => extractionOf({ persons: [{ name: `人${a.title}`, aliases: [] }] });

beforeAll(async () => {
  driver = await openTestGraph();
  dir = await mkdtemp(join(tmpdir(), 'guanxi-seed-'));
  await mkdir(join(dir, 'sub'));
  await writeFile(join(dir, 'a.txt'), '甲文章\n正文甲');
  await writeFile(join(dir, 'sub', 'b.html'), '<html><title>乙文章</title><body><p>正文乙</p></body></html>');
  await writeFile(join(dir, 'empty.txt'), '  \n\n');
  await writeFile(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
  await writeFile(join(dir, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
  await writeFile(join(dir, 'big.htm'), Buffer.alloc(2 * 1024 * 1024 + 1, 0x41));
  await writeFile(join(dir, 'notes.md'), 'ignored');
});
afterAll(async () => {
  await closeTestGraph(driver, p);
  await rm(dir, { recursive: true, force: true });
});

describe('seeding files', () => {
  it('collects article files recursively and reports missing paths', async () => {
    const { files, missing } = await collectArticleFiles([dir, join(dir, 'nope')]);
    expect(files.map((f) => f.slice(dir.length + 1))).toEqual([
      'a.txt',
      'big.htm',
      'binary.txt',
      'empty.txt',
      'latin1.txt',
      'sub/b.html',
    ]);
    expect(missing).toEqual([join(dir, 'nope')]);
  });

  it('ingests the good files and explains each bad one', async () => {
    const { files } = await collectArticleFiles([dir]);
    const outcomes: FileOutcome[] = [];
    const summary = await ingestFiles(driver, db(), files, {
      extract,
      idPrefix: p,
      onFile: (o) => outcomes.push(o),
    });
    expect(outcomes.map((o) => o.file).sort()).toEqual([...files].sort());
    const errors = Object.fromEntries(
      outcomes.filter((o) => !o.ok).map((o) => [o.file.slice(dir.length + 1), o.error]),
    );
    expect(errors).toEqual({
      'big.htm': expect.stringMatching(/larger than/),
      'binary.txt': expect.stringMatching(/binary/),
      'empty.txt': expect.stringMatching(/empty/),
      'latin1.txt': expect.stringMatching(/UTF-8/),
    });
    expect(summary).toMatchObject({ files: 6, articlesNew: 2, articlesUnchanged: 0, failed: 4 });
    expect(summary.nodesCreated).toBeGreaterThanOrEqual(4);
    expect((await countPrefix(driver, db(), p)).byLabel).toMatchObject({ Article: 2, Person: 2 });

    const again = await ingestFiles(driver, db(), files, { extract, idPrefix: p });
    expect(again).toMatchObject({
      articlesNew: 0,
      articlesUnchanged: 2,
      nodesCreated: 0,
      relationshipsCreated: 0,
    });
  });

  // The real extractor in the worker pool over the whole demo corpus (81 articles with blind6): minutes on a
  // loaded machine (157 s measured under load 30 on 2 cores).
  it('seeds the demo corpus only into an empty graph, reporting progress', { timeout: 300_000 }, async () => {
    const q = `${p}first_`;
    const { files } = await collectArticleFiles(DEMO_CORPUS_DIRS);
    let announced = 0;
    let done = 0;
    const first = await seedIfEmpty(driver, db(), {
      idPrefix: q,
      onStart: (n) => (announced = n),
      onFile: () => (done += 1),
    });
    expect(files.length).toBeGreaterThanOrEqual(30);
    expect([announced, done]).toEqual([files.length, files.length]);
    expect(first).toMatchObject({ failed: 0, articlesUnchanged: 0, articlesNew: files.length });
    expect((await countPrefix(driver, db(), q)).byLabel.Article).toBe(first!.articlesNew);
    expect((await countPrefix(driver, db(), q)).byLabel.Person).toBeGreaterThan(5);
    expect(await seedIfEmpty(driver, db(), { idPrefix: q })).toBeNull();
  });
});
