import { randomUUID } from 'node:crypto';
import { ID_PREFIX, LABELS } from '@guanxi/schema';
import type { ManagedTransaction } from 'neo4j-driver';
import type { Actor } from '../actor';

/**
 * The curation history: one `:Curation` node per change, created in the change's transaction and
 * never edited or deleted (an undo is a new curation that names the one it undoes).
 */
export const CURATION_OPERATIONS = [
  'RETRACT_FACT',
  'ASSERT_FACT',
  'CORRECT_FACT',
  'VERIFY_FACT',
  'MERGE_ENTITIES',
  'RENAME_ENTITY',
  'ADD_ALIAS',
  'REMOVE_ALIAS',
  'SPLIT_ENTITY',
  'UNDO',
] as const;
export type CurationOperation = (typeof CURATION_OPERATIONS)[number];

export interface CurationRec {
  id: string;
  operation: CurationOperation;
  curator: string;
  curatorId: string | null;
  at: string;
  reason: string | null;
  /** Fact and entity ids the change touched. */
  targets: string[];
  /** The entities whose history shows it. */
  entities: string[];
  /** JSON of the state it changed, and of the new state: enough to undo it. */
  before: string | null;
  after: string | null;
  undoes: string | null;
  /** JSON of the operation's arguments (operations.ts): what an import replays. */
  args: string | null;
}

export interface CurationInput {
  operation: CurationOperation;
  reason?: string | null;
  targets: string[];
  entities: string[];
  before?: unknown;
  after?: unknown;
  undoes?: string | null;
  /** Old fact id → new one, for a change that re-derived fact ids (a merge). */
  remap?: Readonly<Record<string, string>>;
}

export function toCuration(p: Record<string, unknown>): CurationRec {
  const s = (v: unknown): string | null => (typeof v === 'string' ? v : null);
  const list = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x) => typeof x === 'string') : []);
  return {
    id: String(p.id),
    operation: p.operation as CurationOperation,
    curator: String(p.curator),
    curatorId: s(p.curatorId),
    at: String(p.at),
    reason: s(p.reason),
    targets: list(p.targets),
    entities: list(p.entities),
    before: s(p.before),
    after: s(p.after),
    undoes: s(p.undoes),
    args: s(p.args),
  };
}

export async function recordCuration(
  tx: ManagedTransaction,
  actor: Actor,
  input: CurationInput,
): Promise<CurationRec> {
  const props = {
    id: `${ID_PREFIX.Curation}_${randomUUID().replaceAll('-', '')}`,
    operation: input.operation,
    curator: actor.name,
    curatorId: actor.id,
    at: new Date().toISOString(),
    reason: input.reason ?? null,
    targets: [...new Set(input.targets)],
    entities: [...new Set(input.entities)],
    before: input.before === undefined ? null : JSON.stringify(input.before),
    after: input.after === undefined ? null : JSON.stringify(input.after),
    undoes: input.undoes ?? null,
    // Two parallel lists, so a lookup by old id is one list predicate (remap.ts).
    ...(input.remap ? { remapFrom: Object.keys(input.remap), remapTo: Object.values(input.remap) } : {}),
  };
  const res = await tx.run(`CREATE (c:${LABELS.Curation}) SET c = $props RETURN properties(c) AS c`, {
    props,
  });
  return toCuration(res.records[0]!.get('c') as Record<string, unknown>);
}

/** A curation by id, and the id of the undo that reverted it, if any. */
export async function findCuration(
  tx: ManagedTransaction,
  id: string,
): Promise<{ curation: CurationRec; undoneBy: string | null } | null> {
  const res = await tx.run(
    `MATCH (c:${LABELS.Curation} {id: $id})
     OPTIONAL MATCH (u:${LABELS.Curation} {undoes: $id})
     RETURN properties(c) AS c, u.id AS undoneBy LIMIT 1`,
    { id },
  );
  const r = res.records[0];
  if (!r) return null;
  return {
    curation: toCuration(r.get('c') as Record<string, unknown>),
    undoneBy: r.get('undoneBy') as string | null,
  };
}
