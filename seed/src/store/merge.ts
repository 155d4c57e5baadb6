import { LABELS, RELATIONS, RELATION_TYPES, type RelationType } from '@guanxi/schema';
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { positionId } from '../resolve/index';
import { refreshFactIds } from './fact-ids';
import { absorbSources, combineClauses, keyPattern } from './queries';

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
  dropName: string;
  relationshipsMoved: number;
}

const KINDS = [LABELS.Person, LABELS.Organization, LABELS.Event, LABELS.Place] as const;
type EntityLabel = (typeof KINDS)[number];

/**
 * Moves one relationship type of drop onto keep. Where keep already has the relationship, the
 * property rules of the schema combine them (a post is current only if both say so, keep's topic
 * wins), provenance is unioned and a fact's sources are unioned (an article at its best), its
 * confidence recomputed. A moved fact loses its id here: it is re-derived from its new ends after.
 */
function moveQuery(type: RelationType, outgoing: boolean, label: string): string {
  const rel = `[r:${type}${keyPattern(type, 'old')}]`;
  const match = outgoing
    ? `MATCH (d:${label} {id: $dropId})-[old:${type}]->(o)`
    : `MATCH (o)-[old:${type}]->(d:${label} {id: $dropId})`;
  const combine = combineClauses(type, 'old');
  return `
    ${match}
    MATCH (k:${label} {id: $keepId})
    MERGE ${outgoing ? `(k)-${rel}->(o)` : `(o)-${rel}->(k)`}
      ON CREATE SET r = old {.*, id: null}
      ${combine.length > 0 ? `ON MATCH SET ${combine.join(', ')}` : ''}
    ${absorbSources('old', RELATIONS[type].fact)}
    DELETE old
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
async function movePositions(
  tx: ManagedTransaction,
  keepId: string,
  dropId: string,
): Promise<{ moved: number; positions: string[] }> {
  const res = await tx.run(
    `MATCH (p:${LABELS.Position})-[:AT]->(:${LABELS.Organization} {id: $dropId})
     MATCH (k:${LABELS.Organization} {id: $keepId})
     RETURN p.id AS id, p.title AS title, k.name AS orgName`,
    { keepId, dropId },
  );
  let moved = 0;
  const positions: string[] = [];
  for (const r of res.records) {
    const oldId = r.get('id') as string;
    const title = r.get('title') as string;
    // Keep the id space (a test or benchmark prefix) the old post was written in.
    const newId = oldId.slice(0, oldId.lastIndexOf('pos_')) + positionId(keepId, title);
    if (newId === oldId) continue;
    positions.push(newId);
    await tx.run(
      `MATCH (old:${LABELS.Position} {id: $oldId})
       MERGE (p:${LABELS.Position} {id: $newId})
         ON CREATE SET p.title = old.title, p.organizationId = $keepId, p.name = $name`,
      { oldId, newId, keepId, name: `${title} @ ${r.get('orgName') as string}` },
    );
    moved += await moveRelationships(tx, LABELS.Position, newId, oldId);
    await tx.run(`MATCH (old:${LABELS.Position} {id: $oldId}) DELETE old`, { oldId });
  }
  return { moved, positions };
}

/** Merges drop into keep in the caller's transaction (a curation records it in the same one). */
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
  const posts =
    keep.label === LABELS.Organization
      ? await movePositions(tx, keepId, dropId)
      : { moved: 0, positions: [] };
  let moved = posts.moved;
  moved += await moveRelationships(tx, keep.label, keepId, dropId);
  // Plain DELETE (not DETACH): it fails, and rolls back, if anything was left attached.
  await tx.run(
    `MATCH (k:${LABELS.Entity} {id: $keepId}), (d:${LABELS.Entity} {id: $dropId})
     WITH k, d, [a IN [d.name] + coalesce(d.aliases, []) + coalesce(k.aliases, []) WHERE a <> k.name] AS all
     SET k.aliases = reduce(acc = [], a IN all | CASE WHEN a IN acc THEN acc ELSE acc + a END),
         k.pinyin = coalesce(k.pinyin, []) + [p IN coalesce(d.pinyin, []) WHERE NOT p IN coalesce(k.pinyin, [])],
         k.firstSeen = CASE WHEN d.firstSeen IS NOT NULL AND (k.firstSeen IS NULL OR d.firstSeen < k.firstSeen)
                       THEN d.firstSeen ELSE k.firstSeen END
     FOREACH (_ IN CASE WHEN d:${LABELS.Event} THEN [1] ELSE [] END | SET k.date = coalesce(k.date, d.date))
     DELETE d`,
    { keepId, dropId },
  );
  await refreshFactIds(tx, [keepId, ...posts.positions]);
  return { keepId, dropId, dropName: drop.name, relationshipsMoved: moved };
}

export async function mergeEntities(
  driver: Driver,
  database: string,
  keepId: string,
  dropId: string,
): Promise<MergeResult> {
  const session = driver.session({ database });
  try {
    return await session.executeWrite((tx) => mergeEntitiesInTx(tx, keepId, dropId));
  } finally {
    await session.close();
  }
}
