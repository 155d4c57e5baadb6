import type { Driver } from 'neo4j-driver';
import type { PlanInput, WritePlan } from './plan';
import { planInTx } from './write';

/**
 * Planning batch N+1 while batch N is written (the load pipeline's single writer), so the plan's
 * JavaScript and its lookups no longer wait for N's commit: the plan of `inputs` to be written
 * right after `previous` commits (null: after what is committed now). Exact under the conditions
 * `withWritten` (plan.ts) states; the caller plans in the transaction when they do not hold.
 */
export async function planAfter(
  driver: Driver,
  database: string,
  inputs: readonly PlanInput[],
  previous: WritePlan | null,
  idPrefix = '',
): Promise<WritePlan> {
  const session = driver.session({ database });
  try {
    return await session.executeRead((tx) => planInTx(tx, inputs, idPrefix, previous));
  } finally {
    await session.close();
  }
}
