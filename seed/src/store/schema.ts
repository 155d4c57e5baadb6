import { schemaStatements } from '@guanxi/schema';
import type { Driver } from 'neo4j-driver';

/**
 * Applies the constraints and indexes the model derives (all `IF NOT EXISTS`, so idempotent), then
 * waits until they are online: the writer's MERGE relies on the uniqueness constraints.
 * A schema command cannot share a transaction with another, so each runs in its own.
 */
export async function applySchema(driver: Driver, database: string): Promise<void> {
  const session = driver.session({ database });
  try {
    for (const statement of schemaStatements()) {
      try {
        await session.executeWrite((tx) => tx.run(statement));
      } catch (e) {
        // Two processes creating the same index at once: the loser is told it already exists.
        if (!/already exists|EquivalentSchemaRule/i.test((e as Error).message)) throw e;
      }
    }
    await session.executeRead((tx) => tx.run('CALL db.awaitIndexes()'));
  } finally {
    await session.close();
  }
}
