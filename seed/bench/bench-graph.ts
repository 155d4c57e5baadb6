import neo4j, { type Driver } from 'neo4j-driver';

/** The ingest benchmark's bookkeeping on the bench Neo4j: what a prefix holds, and deleting it. */

/** Deletes in slices so a large cleanup does not build one huge transaction. */
export async function cleanup(driver: Driver, database: string, prefix: string): Promise<void> {
  const session = driver.session({ database });
  // Relationships first, a bounded number per transaction: after the 100,000-article load a batch of
  // hubs with their relationships (DETACH DELETE) outgrew the 1 GiB transaction memory limit.
  const batches = async (cypher: string, limit: number): Promise<void> => {
    for (;;) {
      const deleted = await session.executeWrite(async (tx) => {
        const r = await tx.run(cypher, { prefix, limit: neo4j.int(limit) });
        return Number(r.records[0]?.get('c') ?? 0);
      });
      if (deleted === 0) return;
    }
  };
  try {
    await batches(
      `MATCH (n)-[r]-() WHERE n.id STARTS WITH $prefix WITH DISTINCT r LIMIT $limit DELETE r RETURN count(*) AS c`,
      20_000,
    );
    await batches(
      `MATCH (n) WHERE n.id STARTS WITH $prefix WITH n LIMIT $limit DETACH DELETE n RETURN count(*) AS c`,
      5000,
    );
  } finally {
    await session.close();
  }
}

export async function countOf(
  driver: Driver,
  database: string,
  prefix: string,
): Promise<{ nodes: number; rels: number }> {
  const session = driver.session({ database });
  try {
    return await session.executeRead(async (tx) => {
      const n = await tx.run('MATCH (n) WHERE n.id STARTS WITH $prefix RETURN count(n) AS c', { prefix });
      const r = await tx.run('MATCH (n)-[r]->() WHERE n.id STARTS WITH $prefix RETURN count(r) AS c', {
        prefix,
      });
      return { nodes: Number(n.records[0]!.get('c')), rels: Number(r.records[0]!.get('c')) };
    });
  } finally {
    await session.close();
  }
}

/** Forgets compiled query plans, so a "cold" writer pays planning as after a restart. */
export async function clearQueryCaches(driver: Driver, database: string): Promise<void> {
  await driver.executeQuery('CALL db.clearQueryCaches()', {}, { database });
}
