import { FACT_TYPES, type FactType } from '@guanxi/schema';
import type { ManagedTransaction } from 'neo4j-driver';
import { factId } from '../resolve/index';

/**
 * Re-derives the ids of the facts touching some nodes after their ends changed (a merge moved
 * them). Fact ids are sha1s Cypher cannot compute, so they are read, derived here and written back
 * in one batch. The element id is used only inside this transaction, never shown.
 */
export async function refreshFactIds(tx: ManagedTransaction, nodeIds: readonly string[]): Promise<number> {
  const res = await tx.run(
    `UNWIND $nodeIds AS nid
     MATCH (n {id: nid})-[r:${FACT_TYPES.join('|')}]-()
     WITH DISTINCT r
     RETURN elementId(r) AS eid, type(r) AS type, startNode(r).id AS from, endNode(r).id AS to,
            r.role AS role, r.id AS id`,
    { nodeIds },
  );
  const rows = res.records
    .map((r) => ({
      eid: r.get('eid') as string,
      id: factId(
        r.get('type') as FactType,
        r.get('from') as string,
        r.get('to') as string,
        r.get('role') as string | null,
      ),
      old: r.get('id') as string | null,
    }))
    .filter((r) => r.id !== r.old);
  if (rows.length === 0) return 0;
  await tx.run(`UNWIND $rows AS row MATCH ()-[r]->() WHERE elementId(r) = row.eid SET r.id = row.id`, {
    rows,
  });
  return rows.length;
}
