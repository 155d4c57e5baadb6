import { readFileSync } from 'node:fs';
import type { Extraction } from '@guanxi/schema';
import type { Driver } from 'neo4j-driver';
import { connectTestDriver, deleteByPrefix, testSettings } from '../../../test/neo4j';
import { normalizeArticle, type NormalizedArticle } from '../normalize/index';
import { applySchema } from './schema';

/** Shared by the writer's integration tests: fixtures, and counts scoped to one id prefix. */
export const GOLD_ARTICLE = new URL('../../articles/000_0d5c12121d1e2778.txt', import.meta.url);
export const GOLD_EXTRACTION = new URL('../../fixtures/seed-000.gold.json', import.meta.url);

export function goldPair(): { article: NormalizedArticle; extraction: Extraction } {
  const article = normalizeArticle({
    content: readFileSync(GOLD_ARTICLE),
    source: '000_0d5c12121d1e2778.txt',
  });
  const extraction = JSON.parse(readFileSync(GOLD_EXTRACTION, 'utf8')) as Extraction;
  return { article, extraction };
}

/** A tiny article whose text (and so id) is unique to `tag`. */
export function articleOf(tag: string, title = `测试文章${tag}`): NormalizedArticle {
  return normalizeArticle({
    content: `${title}\n2024-01-0${(tag.length % 9) + 1}\n正文 ${tag}`,
    source: tag,
  });
}

export function extractionOf(partial: Partial<Extraction>): Extraction {
  return {
    article: 'test',
    persons: [],
    organizations: [],
    places: [],
    events: [],
    positions: [],
    roles: [],
    event_orgs: [],
    ...partial,
  };
}

export interface Counts {
  nodes: number;
  relationships: number;
  byLabel: Record<string, number>;
}

export async function countPrefix(driver: Driver, database: string, prefix: string): Promise<Counts> {
  const session = driver.session({ database });
  try {
    return await session.executeRead(async (tx) => {
      const labels = await tx.run(
        `MATCH (n) WHERE n.id STARTS WITH $prefix
         UNWIND labels(n) AS label RETURN label, count(*) AS c`,
        { prefix },
      );
      const nodes = await tx.run('MATCH (n) WHERE n.id STARTS WITH $prefix RETURN count(n) AS c', { prefix });
      const rels = await tx.run('MATCH (n)-[r]->() WHERE n.id STARTS WITH $prefix RETURN count(r) AS c', {
        prefix,
      });
      const byLabel: Record<string, number> = {};
      for (const r of labels.records)
        byLabel[r.get('label') as string] = (r.get('c') as { toNumber(): number }).toNumber();
      return {
        nodes: (nodes.records[0]!.get('c') as { toNumber(): number }).toNumber(),
        relationships: (rels.records[0]!.get('c') as { toNumber(): number }).toNumber(),
        byLabel,
      };
    });
  } finally {
    await session.close();
  }
}

/** A driver to the test Neo4j with the model's constraints and indexes applied. */
export async function openTestGraph(): Promise<Driver> {
  const driver = await connectTestDriver();
  await applySchema(driver, testSettings().database);
  return driver;
}

/** Deletes what this test file wrote (its id prefix) and closes the driver. */
export async function closeTestGraph(driver: Driver | undefined, prefix: string): Promise<void> {
  if (!driver) return;
  await deleteByPrefix(driver, prefix);
  await driver.close();
}
