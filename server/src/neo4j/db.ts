import neo4j, {
  Neo4jError,
  type Driver,
  type ManagedTransaction,
  type Record as Neo4jRecord,
} from 'neo4j-driver';
import { apiError } from '../errors';

export type Params = Record<string, unknown>;

/**
 * The only door to Neo4j: one session and one managed transaction per statement, `database`
 * always passed, reads routed to readers. `queries` counts round trips (the N+1 test reads it).
 */
export interface Db {
  readonly database: string;
  readonly driver: Driver;
  read<T>(cypher: string, params: Params, map: (r: Neo4jRecord) => T): Promise<T[]>;
  write<T>(cypher: string, params: Params, map: (r: Neo4jRecord) => T): Promise<T[]>;
  /** Several statements in one write transaction (a curation: check, change and record it at once). */
  writeTx<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T>;
  queries: number;
}

/** Connection-level failures the caller cannot fix: reported as DATABASE_UNAVAILABLE. */
const UNAVAILABLE = new Set<string>([
  neo4j.error.SERVICE_UNAVAILABLE,
  neo4j.error.SESSION_EXPIRED,
  'Neo.TransientError.General.DatabaseUnavailable',
]);

export function isUnavailable(e: unknown): boolean {
  return e instanceof Neo4jError && UNAVAILABLE.has(e.code);
}

function translate(e: unknown): unknown {
  return isUnavailable(e)
    ? apiError('DATABASE_UNAVAILABLE', 'The graph database is unavailable; retry shortly')
    : e;
}

export function createDb(driver: Driver, database: string): Db {
  const run = async <T>(
    mode: 'READ' | 'WRITE',
    cypher: string,
    params: Params,
    map: (r: Neo4jRecord) => T,
  ): Promise<T[]> => {
    db.queries += 1;
    const session = driver.session({
      database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    try {
      const work = async (tx: { run: (c: string, p: Params) => PromiseLike<{ records: Neo4jRecord[] }> }) =>
        (await tx.run(cypher, params)).records.map(map);
      return mode === 'READ' ? await session.executeRead(work) : await session.executeWrite(work);
    } catch (e) {
      throw translate(e);
    } finally {
      await session.close();
    }
  };
  const db: Db = {
    database,
    driver,
    queries: 0,
    read: (c, p, m) => run('READ', c, p, m),
    write: (c, p, m) => run('WRITE', c, p, m),
    writeTx: async (work) => {
      db.queries += 1;
      const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
      try {
        return await session.executeWrite(work);
      } catch (e) {
        throw translate(e);
      } finally {
        await session.close();
      }
    },
  };
  return db;
}

/** Neo4j integers (counts) as JS numbers; our counts stay far below 2^53. */
export function toNumber(v: unknown): number {
  if (neo4j.isInt(v)) return v.toNumber();
  return typeof v === 'number' ? v : 0;
}
