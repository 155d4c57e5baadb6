import { LABELS, RELATIONS, RELATION_TYPES, type RelationType } from '@guanxi/schema';
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { positionId } from '../resolve/index';
import { KEY_PROPERTIES } from './queries';

/**
 * Analyst curation: two nodes are the same entity. Community edition has no APOC, so there is one
 * small query per relationship type and direction, the type interpolated from the schema's
 * allow-list only. Everything runs in one transaction.
 */
export class MergeError extends Error {
  constructor(
    message: string,
    readonly code: 'NOT_FOUND' | 'KIND_MISMATCH' | 'SAME_NODE',
  ) {
    super(message);
    this.name = 'MergeError';
  }
}

export interface MergeResult {
  keepId: string;
  dropId: string;
  relationshipsMoved: number;
}

const KINDS = [LABELS.Person, LABELS.Organization, LABELS.Event, LABELS.Place] as const;
type EntityLabel = (typeof KINDS)[number];

/** When keep already has the relationship: a post is current only if both say so; keep's topic wins. */
const ON_MATCH: Partial<Record<RelationType, string>> = {
  HOLDS: ', n.current = n.current AND r.current',
  PARTICIPATED: ', n.topic = coalesce(n.topic, r.topic)',
};

function moveQuery(type: RelationType, outgoing: boolean, label: string): string {
  const keys = (KEY_PROPERTIES[type] ?? []).map((k) => `${k}: r.${k}`).join(', ');
  const rel = `[n:${type}${keys ? ` {${keys}}` : ''}]`;
  const match = outgoing
    ? `MATCH (d:${label} {id: $dropId})-[r:${type}]->(o)`
    : `MATCH (o)-[r:${type}]->(d:${label} {id: $dropId})`;
  return `
    ${match}
    MATCH (k:${label} {id: $keepId})
    MERGE ${outgoing ? `(k)-${rel}->(o)` : `(o)-${rel}->(k)`}
      ON CREATE SET n = properties(r)
      ON MATCH SET n.articles = coalesce(n.articles, []) + [a IN coalesce(r.articles, []) WHERE NOT a IN coalesce(n.articles, [])],
                   n.evidence = coalesce(n.evidence, []) + [e IN coalesce(r.evidence, []) WHERE NOT e IN coalesce(n.evidence, [])]
                   ${ON_MATCH[type] ?? ''}
    DELETE r
    RETURN count(*) AS moved`;
}

/** Moves every relationship of one node onto another of the same label. */
async function moveRelationships(
  tx: ManagedTransaction,
  label: EntityLabel | typeof LABELS.Position,
  keepId: string,
  dropId: string,
): Promise<number> {
  // A relationship between the two (or a loop on drop) would become a loop on keep: it goes.
  await tx.run(`MATCH (d:${label} {id: $dropId})-[r]-(o) WHERE o.id IN [$dropId, $keepId] DELETE r`, {
    keepId,
    dropId,
  });
  let moved = 0;
  for (const type of RELATION_TYPES) {
    const spec: { source: string; target: string } = RELATIONS[type];
    const fits = (l: string): boolean => l === label || (l === LABELS.Entity && label !== LABELS.Position);
    for (const outgoing of [true, false]) {
      if (!fits(outgoing ? spec.source : spec.target)) continue;
      const res = await tx.run(moveQuery(type, outgoing, label), { keepId, dropId });
      moved += Number(res.records[0]?.get('moved') ?? 0);
    }
  }
  return moved;
}

async function kindOf(
  tx: ManagedTransaction,
  id: string,
): Promise<{ label: EntityLabel; name: string } | null> {
  const res = await tx.run(
    `MATCH (n:${LABELS.Entity} {id: $id}) RETURN labels(n) AS labels, n.name AS name`,
    { id },
  );
  const rec = res.records[0];
  if (!rec) return null;
  const labels = rec.get('labels') as string[];
  const label = KINDS.find((k) => labels.includes(k));
  return label ? { label, name: rec.get('name') as string } : null;
}

/**
 * The posts at the dropped organization move to the same titles at the kept one (`pos_` ids are
 * derived from organization id + title, so they are re-derived, and merge where keep has the title).
 */
async function movePositions(tx: ManagedTransaction, keepId: string, dropId: string): Promise<number> {
  const res = await tx.run(
    `MATCH (p:${LABELS.Position})-[:AT]->(:${LABELS.Organization} {id: $dropId})
     MATCH (k:${LABELS.Organization} {id: $keepId})
     RETURN p.id AS id, p.title AS title, k.name AS orgName`,
    { keepId, dropId },
  );
  let moved = 0;
  for (const r of res.records) {
    const oldId = r.get('id') as string;
    const title = r.get('title') as string;
    // Keep the id space (a test or benchmark prefix) the old post was written in.
    const newId = oldId.slice(0, oldId.lastIndexOf('pos_')) + positionId(keepId, title);
    if (newId === oldId) continue;
    await tx.run(
      `MATCH (old:${LABELS.Position} {id: $oldId})
       MERGE (p:${LABELS.Position} {id: $newId})
         ON CREATE SET p.title = old.title, p.organizationId = $keepId, p.name = $name`,
      { oldId, newId, keepId, name: `${title} @ ${r.get('orgName') as string}` },
    );
    moved += await moveRelationships(tx, LABELS.Position, newId, oldId);
    await tx.run(`MATCH (old:${LABELS.Position} {id: $oldId}) DELETE old`, { oldId });
  }
  return moved;
}

export async function mergeEntities(
  driver: Driver,
  database: string,
  keepId: string,
  dropId: string,
): Promise<MergeResult> {
  if (keepId === dropId) throw new MergeError('cannot merge a node into itself', 'SAME_NODE');
  const session = driver.session({ database });
  try {
    return await session.executeWrite((tx) => mergeEntitiesInTx(tx, keepId, dropId));
  } finally {
    await session.close();
  }
}

/** The merge in the caller's managed transaction (the server's database door). */
export async function mergeEntitiesInTx(
  tx: ManagedTransaction,
  keepId: string,
  dropId: string,
): Promise<MergeResult> {
  if (keepId === dropId) throw new MergeError('cannot merge a node into itself', 'SAME_NODE');
  const keep = await kindOf(tx, keepId);
  const drop = await kindOf(tx, dropId);
  if (!keep) throw new MergeError(`no entity with id ${keepId}`, 'NOT_FOUND');
  if (!drop) throw new MergeError(`no entity with id ${dropId}`, 'NOT_FOUND');
  if (keep.label !== drop.label) {
    throw new MergeError(
      `cannot merge a ${drop.label} (${dropId}) into a ${keep.label} (${keepId})`,
      'KIND_MISMATCH',
    );
  }
  let moved = keep.label === LABELS.Organization ? await movePositions(tx, keepId, dropId) : 0;
  moved += await moveRelationships(tx, keep.label, keepId, dropId);
  // Plain DELETE (not DETACH): it fails, and rolls back, if anything was left attached.
  await tx.run(
    `MATCH (k:${LABELS.Entity} {id: $keepId}), (d:${LABELS.Entity} {id: $dropId})
     WITH k, d, [a IN [d.name] + coalesce(d.aliases, []) + coalesce(k.aliases, []) WHERE a <> k.name] AS all
     SET k.aliases = reduce(acc = [], a IN all | CASE WHEN a IN acc THEN acc ELSE acc + a END),
         k.pinyin = coalesce(k.pinyin, []) + [p IN coalesce(d.pinyin, []) WHERE NOT p IN coalesce(k.pinyin, [])]
     FOREACH (_ IN CASE WHEN d:${LABELS.Event} THEN [1] ELSE [] END | SET k.date = coalesce(k.date, d.date))
     DELETE d`,
    { keepId, dropId },
  );
  return { keepId, dropId, relationshipsMoved: moved };
}
