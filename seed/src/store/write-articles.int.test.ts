import { readFileSync } from 'node:fs';
import type { Extraction } from '@guanxi/schema';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteByPrefix, testSettings, uniquePrefix } from '../../../test/neo4j';
import { extractArticle } from '../extract/index';
import { generateCorpus } from '../generate/index';
import { normalizeArticle } from '../normalize/index';
import { snapshotPrefix } from './graph-snapshot';
import type { PlanInput } from './plan';
import { closeTestGraph, countPrefix, extractionOf, openTestGraph } from './test-helpers';
import { PlanningWriter } from './planning-writer';
import { writeArticles } from './write-articles';
import { writeExtraction } from './write';

let driver: Driver;
const prefix = uniquePrefix();
const db = (): string => testSettings().database;

beforeAll(async () => {
  driver = await openTestGraph();
});
afterAll(() => closeTestGraph(driver, prefix));

/** A confidence per statement that varies, so noisy-or over sources is compared too. */
function scored(x: Extraction, i: number): Extraction {
  const c = (j: number): number => 0.5 + ((i + j) % 5) / 10;
  return {
    ...x,
    positions: x.positions.map((p, j) => ({ ...p, confidence: c(j) })),
    roles: x.roles.map((r, j) => ({ ...r, confidence: c(j + 1) })),
  };
}

/**
 * Real reports through the real extractor (aliases, former posts, evidence) and synthetic ones with
 * people and organizations recurring across articles, one of them twice.
 */
function corpus(): PlanInput[] {
  const real = ['01-ministry-forum.txt', '02-province-meeting.txt', '03-association-annual.txt']
    .map((f) => new URL(`../../test-articles/${f}`, import.meta.url))
    .map((url) => normalizeArticle({ content: readFileSync(url), source: url.pathname }))
    .map((article) => ({ article, extraction: extractArticle(article) }));
  const synthetic = generateCorpus({ seed: 7, articles: 40, persons: 60, organizations: 25 }).map((a, i) => ({
    article: normalizeArticle({ content: a.content, source: a.source }),
    extraction: scored(a.expected, i),
  }));
  return [...real, ...synthetic.slice(0, 20), synthetic[3]!, ...synthetic.slice(20)];
}

/** What a curator did before the load: the batch must respect it exactly as single writes do. */
async function curate(p: string): Promise<void> {
  await driver.executeQuery(
    `MATCH (a)-[r:HOLDS]->() WHERE a.id STARTS WITH $p WITH r ORDER BY r.id LIMIT 3
     WITH collect(r) AS rs
     FOREACH (r IN rs[0..1] | SET r.status = 'VERIFIED')
     FOREACH (r IN rs[1..2] | SET r.retracted = true)
     FOREACH (r IN rs[2..3] | SET r.status = 'CORRECTED', r.current = true, r.curatorConfidence = 1.0)`,
    { p },
    { database: db() },
  );
}

// Both tests write the corpus one article per transaction as the reference: minutes on a loaded machine.
describe('writeArticles', { timeout: 300_000 }, () => {
  it('writes in batches the graph that one transaction per article writes', async () => {
    const inputs = corpus();
    const p = `${prefix}eq_`;
    const head = inputs.slice(0, 12);
    const rest = inputs.slice(12);

    for (const { article, extraction } of head)
      await writeExtraction(driver, db(), article, extraction, { idPrefix: p });
    await curate(p);
    const single: boolean[] = [];
    for (const { article, extraction } of rest) {
      single.push((await writeExtraction(driver, db(), article, extraction, { idPrefix: p })).alreadyPresent);
    }
    const expected = await snapshotPrefix(driver, db(), p);
    await deleteByPrefix(driver, p);

    for (const { article, extraction } of head)
      await writeExtraction(driver, db(), article, extraction, { idPrefix: p });
    await curate(p);
    const batched: boolean[] = [];
    let transactions = 0;
    for (let i = 0; i < rest.length; i += 10) {
      const r = await writeArticles(driver, db(), rest.slice(i, i + 10), { idPrefix: p });
      transactions += r.transactions;
      for (const o of r.outcomes) batched.push(o.ok && o.alreadyPresent);
    }
    const actual = await snapshotPrefix(driver, db(), p);

    // The repeated article (synthetic[3], already written in the head) is "already present" either way.
    expect(batched).toEqual(single);
    expect(single.filter(Boolean)).toHaveLength(1);
    expect(transactions).toBe(Math.ceil(rest.length / 10));
    expect(actual.nodes.length).toBeGreaterThan(150);
    expect(actual.relationships.length).toBeGreaterThan(500);
    expect(actual).toEqual(expected);

    // The same batches, each planned while the one before it is written.
    await deleteByPrefix(driver, p);
    for (const { article, extraction } of head)
      await writeExtraction(driver, db(), article, extraction, { idPrefix: p });
    await curate(p);
    const writer = new PlanningWriter(driver, db(), { idPrefix: p });
    const results = await Promise.all(
      Array.from({ length: Math.ceil(rest.length / 10) }, (_, i) =>
        writer.write(rest.slice(i * 10, i * 10 + 10)),
      ),
    );
    expect(results.flatMap((r) => r.outcomes.map((o) => o.ok && o.alreadyPresent))).toEqual(single);
    expect(results.map((r) => r.planWritten)).toEqual(results.map(() => true));
    expect(await snapshotPrefix(driver, db(), p)).toEqual(expected);
  });

  it('splits a batch that repeats an article, so the repeat is already present', async () => {
    const p = `${prefix}rep_`;
    const [a, b] = corpus().slice(3, 5);
    const r = await writeArticles(driver, db(), [a!, b!, a!], { idPrefix: p });
    expect(r.outcomes.map((o) => o.ok && o.alreadyPresent)).toEqual([false, false, true]);
    expect(r.transactions).toBe(2);
    expect((await countPrefix(driver, db(), p)).byLabel.Article).toBe(2);
  });

  it('fails a poisoned article alone and writes the rest of its batch', async () => {
    const p = `${prefix}poison_`;
    const good = corpus().slice(5, 9);
    // A name past Neo4j's index key limit (about 8 KB): the database refuses the write.
    const huge = '毒'.repeat(20_000);
    const poisoned: PlanInput = {
      article: normalizeArticle({ content: '有毒的文章\n2024-03-01\n正文', source: 'poison' }),
      extraction: extractionOf({
        persons: [
          { name: '正常人', aliases: [] },
          { name: huge, aliases: [] },
        ],
        positions: [{ person: huge, title: '会长', organization: '毒药协会' }],
      }),
    };
    const inputs = [good[0]!, good[1]!, poisoned, good[2]!, good[3]!];
    const r = await writeArticles(driver, db(), inputs, { idPrefix: p });

    expect(r.outcomes.map((o) => o.ok)).toEqual([true, true, false, true, true]);
    expect(r.outcomes[2]).toMatchObject({ ok: false, error: expect.any(String) });
    expect(r.transactions).toBe(1 + inputs.length);
    // Nothing of the poisoned article stays; the others are complete (as written alone).
    const names = await driver.executeQuery(
      `MATCH (n) WHERE n.id STARTS WITH $p AND (n.name IN ['正常人', '毒药协会'] OR n.id = $article) RETURN n`,
      { p, article: p + poisoned.article.id },
      { database: db() },
    );
    expect(names.records).toHaveLength(0);
    const alone = `${prefix}alone_`;
    for (const { article, extraction } of good)
      await writeExtraction(driver, db(), article, extraction, { idPrefix: alone });
    const [batchCounts, aloneCounts] = [
      await countPrefix(driver, db(), p),
      await countPrefix(driver, db(), alone),
    ];
    expect(batchCounts).toEqual(aloneCounts);

    // Planned ahead: the batch after the poisoned one is planned again in its own transaction.
    const ahead = `${prefix}ahead_`;
    const writer = new PlanningWriter(driver, db(), { idPrefix: ahead });
    const [first, second, third] = await Promise.all([
      writer.write([good[0]!]),
      writer.write([good[1]!, poisoned, good[2]!]),
      writer.write([good[3]!]),
    ]);
    expect([first, second, third].map((r) => r!.planWritten)).toEqual([true, false, false]);
    expect(second!.outcomes.map((o) => o.ok)).toEqual([true, false, true]);
    expect(await countPrefix(driver, db(), ahead)).toEqual(aloneCounts);
  });
});
