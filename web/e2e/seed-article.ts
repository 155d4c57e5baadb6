/**
 * The end-to-end fixture: the seed article written with its gold extraction (real ids, MERGE, so
 * idempotent and left in place like `npm run seed` would), each fact citing a real sentence.
 */
import { readFileSync } from 'node:fs';
import type { Driver } from 'neo4j-driver';
import type { Extraction } from '@guanxi/schema';
import { applySchema, ingestArticle } from '@guanxi/seed';
import { withEvidence } from './gold-evidence';

export const ARTICLE = new URL('../../seed/articles/000_0d5c12121d1e2778.txt', import.meta.url);
const GOLD = new URL('../../seed/fixtures/seed-000.gold.json', import.meta.url);

export async function seedArticle(driver: Driver, database: string): Promise<void> {
  await applySchema(driver, database);
  const gold = JSON.parse(readFileSync(GOLD, 'utf8')) as Extraction;
  // Re-ingesting appends evidence it has not seen, so our sentences are cited even if another
  // ingest (without sentences) wrote this article first.
  await ingestArticle(
    driver,
    database,
    { content: readFileSync(ARTICLE), source: '000_0d5c12121d1e2778.txt' },
    { extract: (article) => withEvidence(gold, article.text) },
  );
}
