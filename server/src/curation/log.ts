import { LABELS } from '@guanxi/schema';
import type { ManagedTransaction } from 'neo4j-driver';
import { GraphQLError } from '../graphql';
import type { Db } from '../neo4j/db';
import { applyOperation, type OperationArgs } from './operations';
import { CURATION_OPERATIONS, toCuration, type CurationOperation, type CurationRec } from './record';

/**
 * The curation log as JSON, to move reviews between instances or back them up
 * (`npm run curator -- export FILE` / `import FILE`). Export: every record, oldest first. Import
 * replays the records this instance does not have (same id) in that order, each through the same
 * operation as the mutation (`operations.ts`), keeping its id, time and curator's name — so a second
 * import of the same file changes nothing. The whole import is one transaction: when a record cannot
 * be replayed (its fact or entity does not exist here, the operation is impossible), nothing is
 * applied and the error names the record.
 */
export const LOG_FORMAT = 'guanxi-curations';
export const LOG_VERSION = 1;

export interface CurationLog {
  format: typeof LOG_FORMAT;
  version: typeof LOG_VERSION;
  exportedAt: string;
  curations: CurationRec[];
}

export interface ImportReport {
  applied: string[];
  skipped: string[];
}

export class ImportError extends Error {
  constructor(
    message: string,
    readonly curation: string | null,
  ) {
    super(message);
    this.name = 'ImportError';
  }
}

/** The whole log, or only the records about some entities. */
export async function exportCurations(db: Db, entities: readonly string[] = []): Promise<CurationLog> {
  const curations = await db.read(
    `MATCH (c:${LABELS.Curation}) WHERE size($entities) = 0 OR any(e IN c.entities WHERE e IN $entities)
     RETURN properties(c) AS c ORDER BY c.at, c.id`,
    { entities },
    (r) => toCuration(r.get('c') as Record<string, unknown>),
  );
  return { format: LOG_FORMAT, version: LOG_VERSION, exportedAt: new Date().toISOString(), curations };
}

/** The log's records, checked for shape (a hand-edited or foreign file is refused whole). */
export function parseLog(data: unknown): CurationRec[] {
  const log = data as Partial<CurationLog> | null;
  if (!log || log.format !== LOG_FORMAT || log.version !== LOG_VERSION || !Array.isArray(log.curations))
    throw new ImportError(`not a ${LOG_FORMAT} v${LOG_VERSION} file`, null);
  return log.curations.map((c: unknown) => {
    const rec = toCuration((c ?? {}) as Record<string, unknown>);
    if (!/^cun_[0-9a-f]{32}$/.test(rec.id))
      throw new ImportError(`bad curation id ${rec.id.slice(0, 80)}`, null);
    if (!(CURATION_OPERATIONS as readonly string[]).includes(rec.operation))
      throw new ImportError(`unknown operation ${String(rec.operation).slice(0, 40)}`, rec.id);
    return rec;
  });
}

/** The arguments to replay a record: stored ones, else what older records say in their targets. */
function argsOf(c: CurationRec): OperationArgs[CurationOperation] {
  if (c.args) return JSON.parse(c.args) as OperationArgs[CurationOperation];
  const first = c.targets[0] ?? '';
  switch (c.operation) {
    case 'RETRACT_FACT':
      return { id: first, reason: c.reason ?? 'imported' };
    case 'VERIFY_FACT':
      return { id: first };
    case 'MERGE_ENTITIES':
      return { keep: first, drop: c.targets[1] ?? '', reason: c.reason };
    case 'UNDO':
      return { id: c.undoes ?? '' };
    default:
      throw new ImportError(`${c.id} (${c.operation}) was recorded without its arguments`, c.id);
  }
}

async function replay(tx: ManagedTransaction, c: CurationRec): Promise<void> {
  const actor = { id: null, name: c.curator };
  let made: CurationRec;
  try {
    made = await applyOperation(tx, actor, c.operation, argsOf(c) as never);
  } catch (e) {
    const why = e instanceof GraphQLError || e instanceof ImportError ? e.message : String(e);
    throw new ImportError(`cannot replay ${c.id} (${c.operation}): ${why}`, c.id);
  }
  // The record keeps the identity it has in the log (that is what makes a second import a no-op).
  await tx.run(
    `MATCH (n:${LABELS.Curation} {id: $made})
     SET n.id = $id, n.at = $at, n.curatorId = null, n.importedAt = $now`,
    { made: made.id, id: c.id, at: c.at, now: new Date().toISOString() },
  );
}

export async function importCurations(db: Db, records: readonly CurationRec[]): Promise<ImportReport> {
  return db.writeTransaction(async (tx) => {
    const res = await tx.run(`UNWIND $ids AS id MATCH (c:${LABELS.Curation} {id: id}) RETURN c.id AS id`, {
      ids: records.map((c) => c.id),
    });
    const have = new Set(res.records.map((r) => r.get('id') as string));
    const report: ImportReport = { applied: [], skipped: [] };
    for (const c of records) {
      if (have.has(c.id)) {
        report.skipped.push(c.id);
        continue;
      }
      await replay(tx, c);
      report.applied.push(c.id);
    }
    return report;
  });
}
