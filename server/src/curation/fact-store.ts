import { FACT_TYPES, LABELS, type FactType } from '@guanxi/schema';
import type { ManagedTransaction, Node as Neo4jNode } from 'neo4j-driver';

/**
 * Facts by id, inside a curation's transaction. One index seek per fact type (the per-type
 * uniqueness constraints on `id`); types come from the schema's allow-list.
 */
export interface StoredFact {
  id: string;
  type: FactType;
  from: string;
  to: string;
  rel: Record<string, unknown>;
  /** The entities it is about: its ends, a post's organization instead of the post. */
  entities: string[];
}

export function factByIdCypher(): string {
  const parts = FACT_TYPES.map((t) => `MATCH (a)-[r:${t} {id: id}]->(b) RETURN a, r, b`);
  return `UNWIND $ids AS id
CALL (id) { ${parts.join(' UNION ')} }
RETURN id, a, b, type(r) AS type, properties(r) AS rel`;
}

export function storedFact(
  id: string,
  a: Neo4jNode,
  b: Neo4jNode,
  type: FactType,
  rel: Record<string, unknown>,
): StoredFact {
  const from = String(a.properties.id);
  const to = String(b.properties.id);
  const org = b.labels.includes(LABELS.Position) ? b.properties.organizationId : null;
  const entities = [
    from,
    ...(b.labels.includes(LABELS.Position) ? [] : [to]),
    ...(typeof org === 'string' ? [org] : []),
  ];
  return { id, type, from, to, rel, entities };
}

export async function findFact(tx: ManagedTransaction, id: string): Promise<StoredFact | null> {
  const res = await tx.run(factByIdCypher(), { ids: [id] });
  const r = res.records[0];
  if (!r) return null;
  return storedFact(
    id,
    r.get('a') as Neo4jNode,
    r.get('b') as Neo4jNode,
    r.get('type') as FactType,
    r.get('rel') as Record<string, unknown>,
  );
}

/** SETs on one fact, matched by type and id; `curatedBy` gains the curator. */
export async function updateFact(
  tx: ManagedTransaction,
  fact: Pick<StoredFact, 'id' | 'type'>,
  set: string,
  params: Record<string, unknown>,
  curator: string,
): Promise<void> {
  await tx.run(
    `MATCH ()-[r:${fact.type} {id: $id}]->()
     SET ${set}, r.curatedBy = coalesce(r.curatedBy, []) + [n IN [$curator] WHERE NOT n IN coalesce(r.curatedBy, [])]`,
    { ...params, id: fact.id, curator },
  );
}
