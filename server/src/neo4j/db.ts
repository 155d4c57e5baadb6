import neo4j, {
  Neo4jError,
  type Driver,
  type ManagedTransaction,
  type Record as Neo4jRecord,
} from 'neo4j-driver';
import { apiError } from '../errors';
import { createLogger, type Logger } from '../log';
import { DbHealth } from './health';

export type Params = Record<string, unknown>;

/**
 * The only door to Neo4j: managed transactions, `database` always passed, reads routed to
 * readers, and one outage policy for every resolver and mutation. `queries` counts round trips
 * (the N+1 test reads it). The driver itself stays behind the door.
 */
export interface Db {
  readonly database: string;
  read<T>(cypher: string, params: Params, map: (r: Neo4jRecord) => T): Promise<T[]>;
  write<T>(cypher: string, params: Params, map: (r: Neo4jRecord) => T): Promise<T[]>;
  /**
   * Several statements in one managed write transaction (seed's writer, curation). `work` may run
   * more than once (transient errors such as deadlocks), so it must not keep state between runs.
   */
  writeTransaction<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T>;
  /**
   * The database's last committed transaction, as the bookmark a read returns: it changes with
   * every write, by any process (seed's CLI too), and costs one tiny read.
   */
  version(): Promise<string>;
  queries: number;
}

/** The server cannot reach Neo4j (refused, timed out, connection lost, database offline). */
const CONNECTIVITY = new Set<string>([
  neo4j.error.SERVICE_UNAVAILABLE,
  neo4j.error.SESSION_EXPIRED,
  'Neo.TransientError.General.DatabaseUnavailable',
]);

export function isConnectivityError(e: unknown): e is Neo4jError {
  return e instanceof Neo4jError && CONNECTIVITY.has(e.code);
}

/**
 * Deadlocks and other transient errors the driver gave up on after its short retry budget (kept
 * short so an outage is told fast): retried here for up to this long, as the driver's default did.
 */
const TRANSIENT_RETRY_MS = 30_000;

export const unavailable = () =>
  apiError('DATABASE_UNAVAILABLE', 'The graph database is unavailable; retry shortly');

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** For doors made outside an app (benchmarks): one logger for all of them, made when first needed. */
let fallbackLog: Logger | undefined;

export function createDb(driver: Driver, database: string, health?: DbHealth): Db {
  const state = health ?? new DbHealth(driver, database, (fallbackLog ??= createLogger()));
  const transaction = async <T>(
    mode: 'READ' | 'WRITE',
    work: (tx: ManagedTransaction) => Promise<T>,
  ): Promise<T> => {
    // During a known outage, answer after one shared probe instead of the driver's timeouts.
    if (state.down && !(await state.probe())) throw unavailable();
    const began = Date.now();
    for (let attempt = 0; ; attempt += 1) {
      const session = driver.session({
        database,
        defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      });
      try {
        const out = mode === 'READ' ? await session.executeRead(work) : await session.executeWrite(work);
        state.markUp();
        return out;
      } catch (e) {
        if (isConnectivityError(e)) {
          state.markDown(e.code);
          throw unavailable();
        }
        if (!(e instanceof Neo4jError && e.retriable)) throw e;
        if (Date.now() - began > TRANSIENT_RETRY_MS) throw unavailable();
      } finally {
        await session.close();
      }
      await sleep(Math.min(200 * 2 ** attempt, 5000) * (0.8 + Math.random() * 0.4));
    }
  };
  const statement =
    (mode: 'READ' | 'WRITE') =>
    <T>(cypher: string, params: Params, map: (r: Neo4jRecord) => T): Promise<T[]> => {
      db.queries += 1;
      return transaction(mode, async (tx) => (await tx.run(cypher, params)).records.map(map));
    };
  const db: Db = {
    database,
    queries: 0,
    version: async () => {
      // During an outage the operation itself probes and says so; no second probe here.
      if (state.down) throw unavailable();
      const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
      try {
        await session.executeRead((tx) => tx.run('RETURN 1'));
        return session.lastBookmarks().join(',');
      } catch (e) {
        if (isConnectivityError(e)) {
          state.markDown(e.code);
          throw unavailable();
        }
        throw e;
      } finally {
        await session.close();
      }
    },
    read: statement('READ'),
    write: statement('WRITE'),
    writeTransaction: (work) => {
      db.queries += 1;
      return transaction('WRITE', work);
    },
  };
  return db;
}

/** Neo4j integers (counts) as JS numbers; our counts stay far below 2^53. */
export function toNumber(v: unknown): number {
  if (neo4j.isInt(v)) return v.toNumber();
  return typeof v === 'number' ? v : 0;
}
