import type { Driver } from 'neo4j-driver';
import type { PlanInput } from '../src/store/plan';
import { planInTx, runPlanInTx, type BatchResult, type WriteOptions } from '../src/store/write';

/**
 * The baseline: the same resolution, the same Cypher and the same one-transaction-per-article
 * atomicity, but one MERGE per round trip (a row at a time) — what a writer without UNWIND does.
 */
export async function writeNaive(
  driver: Driver,
  database: string,
  input: PlanInput,
  options: WriteOptions = {},
): Promise<BatchResult> {
  const session = driver.session({ database });
  try {
    return await session.executeWrite(async (tx) =>
      runPlanInTx(tx, await planInTx(tx, [input], options.idPrefix), options, 1),
    );
  } finally {
    await session.close();
  }
}
