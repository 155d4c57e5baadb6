import type { ManagedTransaction } from 'neo4j-driver';
import type { Actor } from '../actor';
import { badInput, notFound } from '../errors';
import { updateFact } from './fact-store';
import { isRetracted, mustFindFact, restoreFact } from './fact-ops';
import { findCuration, recordCuration, type CurationRec } from './record';
import { undoEntityCuration } from './entity-ops';
import { undoMerge, type MergeBefore } from './merge';
import { undoSplit } from './split';

/**
 * `undoCuration(id)`: applies the inverse of one curation from its recorded before/after, as a new
 * curation (`operation: UNDO`, `undoes: id`). A curation is undone at most once; an undo is not
 * itself undone (curate again instead). A merge is undone from the snapshots its record keeps
 * (merge.ts), a split by taking the new node's copies back (split.ts).
 */
export async function undoCuration(tx: ManagedTransaction, actor: Actor, id: string): Promise<CurationRec> {
  const found = await findCuration(tx, id);
  if (!found) throw notFound(`no curation with id ${JSON.stringify(id.slice(0, 80))}`);
  const { curation: c, undoneBy } = found;
  if (undoneBy) throw badInput(`curation ${id} was undone already (by ${undoneBy})`);
  const before = c.before ? (JSON.parse(c.before) as Record<string, unknown>) : {};
  const after = c.after ? (JSON.parse(c.after) as Record<string, unknown>) : {};
  switch (c.operation) {
    case 'RETRACT_FACT':
      await restoreFact(tx, actor, c.targets[0]!);
      break;
    case 'VERIFY_FACT': {
      const fact = await mustFindFact(tx, c.targets[0]!);
      await updateFact(tx, fact, 'r.status = $status', { status: before.status ?? 'EXTRACTED' }, actor.name);
      break;
    }
    case 'ASSERT_FACT':
    case 'CORRECT_FACT':
      await undoFactReplacement(tx, actor, before, after);
      break;
    case 'RENAME_ENTITY':
    case 'ADD_ALIAS':
    case 'REMOVE_ALIAS':
      await undoEntityCuration(tx, c, before);
      break;
    case 'MERGE_ENTITIES':
      await undoMerge(tx, before as unknown as MergeBefore);
      break;
    case 'SPLIT_ENTITY':
      await undoSplit(tx, actor, before, after);
      break;
    case 'UNDO':
      throw badInput('an undo cannot be undone; curate again instead');
  }
  return recordCuration(tx, actor, {
    operation: 'UNDO',
    reason: `undo ${c.operation} ${c.id}`,
    targets: c.targets,
    entities: c.entities,
    before: after,
    after: before,
    undoes: c.id,
  });
}

/**
 * An assertion or correction made fact `after.fact` (new, revived from a retraction, or changed in
 * place) and maybe retracted `before.fact`. Undo: the made fact gets its previous state back (its
 * properties too, for an in-place change) or, when it did not exist, is retracted again (kept, so
 * its history and later support stay); the replaced fact comes back.
 */
async function undoFactReplacement(
  tx: ManagedTransaction,
  actor: Actor,
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): Promise<void> {
  const made = typeof after.fact === 'string' ? await mustFindFact(tx, after.fact) : null;
  if (made) {
    const prev = (before.madeState ?? null) as { status: string; retracted: boolean } | null;
    const props = (before.props ?? {}) as Record<string, unknown>;
    if (prev) {
      await updateFact(
        tx,
        made,
        'r.status = $status, r.retracted = $retracted, r += $props',
        { status: prev.status, retracted: prev.retracted ? true : null, props },
        actor.name,
      );
    } else if (!isRetracted(made)) {
      await updateFact(tx, made, 'r.retracted = true', {}, actor.name);
    }
  }
  if (typeof before.fact === 'string' && before.fact !== after.fact) {
    await restoreFact(tx, actor, before.fact);
  }
}
