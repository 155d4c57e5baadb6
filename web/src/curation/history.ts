/**
 * A curation as one line of an entity's history: what happened (a message key per operation), who,
 * when (date and minute, UTC), why.
 */
import type { Curation } from '../api/curation-api';
import type { MessageKey } from '../i18n';

export interface HistoryLine {
  id: string;
  operation: Extract<MessageKey, `op${string}`> | null;
  raw: string;
  curator: string;
  when: string;
  reason: string | null;
  undone: boolean;
}

const OPERATIONS = new Set<string>([
  'ADD_ALIAS',
  'ASSERT_FACT',
  'CORRECT_FACT',
  'MERGE_ENTITIES',
  'REMOVE_ALIAS',
  'RENAME_ENTITY',
  'RETRACT_FACT',
  'SPLIT_ENTITY',
  'UNDO',
  'VERIFY_FACT',
]);

/** Newest first as the API gives them; a change that a later UNDO reverted is marked undone. */
export function historyLines(history: readonly Curation[]): HistoryLine[] {
  const undone = new Set(history.map((c) => c.undoes).filter((id): id is string => !!id));
  return history.map((c) => ({
    id: c.id,
    operation: OPERATIONS.has(c.operation) ? (`op${c.operation}` as HistoryLine['operation']) : null,
    raw: c.operation,
    curator: c.curator,
    when: c.at.slice(0, 16).replace('T', ' '),
    reason: c.reason,
    undone: undone.has(c.id),
  }));
}
