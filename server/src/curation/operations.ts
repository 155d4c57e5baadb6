import type { ManagedTransaction } from 'neo4j-driver';
import { LABELS } from '@guanxi/schema';
import type { Actor } from '../actor';
import { assertFact, correctFact, type Correction, type Provenance } from './assert-correct';
import { addAlias, removeAlias, renameEntity } from './entity-ops';
import { retractFact, verifyFact } from './fact-ops';
import type { FactInput } from './fact-make';
import { mergeEntities } from './merge';
import type { CurationOperation, CurationRec } from './record';
import { splitEntity, type SplitInput } from './split';
import { undoCuration } from './undo';

/**
 * Every curation operation by name, with its arguments as data. The GraphQL mutations and the log
 * import (`curator -- import`) both go through `applyOperation`, which stores the arguments on the
 * record (`args`, JSON): that is what lets another instance replay the log.
 */
export interface OperationArgs {
  RETRACT_FACT: { id: string; reason: string };
  VERIFY_FACT: { id: string };
  ASSERT_FACT: { input: FactInput & Provenance };
  CORRECT_FACT: { id: string; input: Correction; reason: string };
  RENAME_ENTITY: { id: string; name: string; reason: string };
  ADD_ALIAS: { id: string; alias: string; reason: string | null };
  REMOVE_ALIAS: { id: string; alias: string; reason: string | null };
  SPLIT_ENTITY: SplitInput;
  MERGE_ENTITIES: { keep: string; drop: string; reason: string | null };
  UNDO: { id: string };
}

type Operations = {
  [K in CurationOperation]: (
    tx: ManagedTransaction,
    actor: Actor,
    args: OperationArgs[K],
  ) => Promise<CurationRec>;
};

const OPERATIONS: Operations = {
  RETRACT_FACT: (tx, actor, a) => retractFact(tx, actor, a.id, a.reason),
  VERIFY_FACT: (tx, actor, a) => verifyFact(tx, actor, a.id),
  ASSERT_FACT: (tx, actor, a) => assertFact(tx, actor, a.input),
  CORRECT_FACT: (tx, actor, a) => correctFact(tx, actor, a.id, a.input, a.reason),
  RENAME_ENTITY: (tx, actor, a) => renameEntity(tx, actor, a.id, a.name, a.reason),
  ADD_ALIAS: (tx, actor, a) => addAlias(tx, actor, a.id, a.alias, a.reason),
  REMOVE_ALIAS: (tx, actor, a) => removeAlias(tx, actor, a.id, a.alias, a.reason),
  SPLIT_ENTITY: (tx, actor, a) => splitEntity(tx, actor, a),
  MERGE_ENTITIES: (tx, actor, a) => mergeEntities(tx, actor, a.keep, a.drop, a.reason),
  UNDO: (tx, actor, a) => undoCuration(tx, actor, a.id),
};

export async function applyOperation<K extends CurationOperation>(
  tx: ManagedTransaction,
  actor: Actor,
  operation: K,
  args: OperationArgs[K],
): Promise<CurationRec> {
  const rec = await OPERATIONS[operation](tx, actor, args);
  // Same transaction as the record's CREATE: to the outside the record is born with its arguments.
  await tx.run(`MATCH (c:${LABELS.Curation} {id: $id}) SET c.args = $args`, {
    id: rec.id,
    args: JSON.stringify(args),
  });
  return { ...rec, args: JSON.stringify(args) };
}
