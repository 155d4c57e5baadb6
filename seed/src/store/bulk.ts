import type { Driver } from 'neo4j-driver';
import type { PlanInput } from './plan';
import { writeBatch, type WriteOptions } from './write';

/**
 * Bulk loading (benchmarks, large imports): many articles per transaction through the same batched
 * queries as `writeExtraction`, so the UNWIND lists hold thousands of rows. Transactions run one
 * after another: parallel bulk transactions over overlapping names mostly wait on each other's locks.
 */
export interface BulkOptions extends WriteOptions {
  articlesPerTransaction?: number;
  onProgress?: (articlesWritten: number) => void;
}

export interface BulkResult {
  articles: number;
  nodesCreated: number;
  relationshipsCreated: number;
}

export async function writeBulk(
  driver: Driver,
  database: string,
  pairs: Iterable<PlanInput>,
  options: BulkOptions = {},
): Promise<BulkResult> {
  const { articlesPerTransaction = 200, onProgress, ...writeOptions } = options;
  const total: BulkResult = { articles: 0, nodesCreated: 0, relationshipsCreated: 0 };
  let batch: PlanInput[] = [];
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    const r = await writeBatch(driver, database, batch, writeOptions);
    total.articles += batch.length;
    total.nodesCreated += r.nodesCreated;
    total.relationshipsCreated += r.relationshipsCreated;
    batch = [];
    onProgress?.(total.articles);
  };
  for (const p of pairs) {
    batch.push(p);
    if (batch.length >= articlesPerTransaction) await flush();
  }
  await flush();
  return total;
}
