import type { ManagedTransaction } from 'neo4j-driver';
import type { Actor } from '../actor';
import { badInput, notFound } from '../errors';
import { findFact, updateFact, type StoredFact } from './fact-store';
import { recordCuration, type CurationRec } from './record';
import { followRemap, REMAP_CYPHER } from './remap';

/**
 * Retract and verify: each checks the fact's state, changes it and records the curation in the
 * caller's transaction. A retracted fact keeps everything (status, sources) behind `retracted:
 * true`, so reads skip it, re-ingest cannot bring it back, and an undo restores it as it was.
 */
export async function mustFindFact(tx: ManagedTransaction, id: string): Promise<StoredFact> {
  const found = (await findFact(tx, id)) ?? (await findRemapped(tx, id));
  if (!found) throw notFound(`no fact with id ${JSON.stringify(id.slice(0, 80))}`);
  // Write-lock it before deciding anything from its state, then read it again: two curators changing
  // one fact at once are serialised instead of one overwriting the other (a lost update).
  await tx.run(`MATCH ()-[r:${found.type} {id: $id}]->() SET r.lock = true REMOVE r.lock`, { id: found.id });
  return (await findFact(tx, found.id))!;
}

/** A fact named by the id it had before a merge re-derived it (remap.ts). */
async function findRemapped(tx: ManagedTransaction, id: string): Promise<StoredFact | null> {
  const ids = await followRemap([id], async (batch) => {
    const res = await tx.run(REMAP_CYPHER, { ids: batch });
    return new Map(res.records.map((r) => [r.get('id') as string, r.get('next') as string | null]));
  });
  const now = ids.get(id);
  return now && now !== id ? findFact(tx, now) : null;
}

export const isRetracted = (f: StoredFact): boolean => f.rel.retracted === true;

export async function retractFact(
  tx: ManagedTransaction,
  actor: Actor,
  id: string,
  reason: string,
): Promise<CurationRec> {
  const fact = await mustFindFact(tx, id);
  if (isRetracted(fact)) throw badInput(`fact ${id} is retracted already`);
  await updateFact(tx, fact, 'r.retracted = true', {}, actor.name);
  return recordCuration(tx, actor, {
    operation: 'RETRACT_FACT',
    reason,
    targets: [id],
    entities: fact.entities,
    before: { retracted: false },
    after: { retracted: true },
  });
}

export async function verifyFact(tx: ManagedTransaction, actor: Actor, id: string): Promise<CurationRec> {
  const fact = await mustFindFact(tx, id);
  if (isRetracted(fact)) throw badInput(`fact ${id} is retracted; undo the retraction first`);
  if (fact.rel.status === 'VERIFIED') throw badInput(`fact ${id} is verified already`);
  const before = { status: fact.rel.status ?? 'EXTRACTED' };
  await updateFact(tx, fact, `r.status = 'VERIFIED'`, {}, actor.name);
  return recordCuration(tx, actor, {
    operation: 'VERIFY_FACT',
    targets: [id],
    entities: fact.entities,
    before,
    after: { status: 'VERIFIED' },
  });
}

/** Puts a retracted fact back (undo of a retraction, of a correction's retraction). */
export async function restoreFact(tx: ManagedTransaction, actor: Actor, id: string): Promise<StoredFact> {
  const fact = await mustFindFact(tx, id);
  if (!isRetracted(fact)) throw badInput(`fact ${id} is not retracted`);
  await updateFact(tx, fact, 'r.retracted = null', {}, actor.name);
  return fact;
}
