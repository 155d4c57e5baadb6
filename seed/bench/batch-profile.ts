/**
 * `npx tsx seed/bench/batch-profile.ts`: where one batch's write time goes, warm, on the bench Neo4j.
 *
 * A synthetic corpus is extracted in this thread; `BENCH_WARM` articles (500) are written first (so
 * lookups meet existing nodes and query plans are compiled), then each of `BENCH_BATCHES` batches (3)
 * of `BENCH_BATCH` articles (100) is written twice: once with every statement PROFILEd in a transaction
 * that is rolled back (db hits and rows per operator), then for real with each statement, the plan's
 * JavaScript and the commit timed, with the CPU time of Neo4j (from /proc) and of this process.
 * Then `BENCH_THROUGHPUT` articles (1,000) are written back to back, write only: articles/s and CPU
 * per article; `BENCH_JFR=file.jfr` records Neo4j's CPU profile meanwhile (`jfr print --events
 * jdk.ExecutionSample file.jfr`). Everything written is deleted at the end.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
import neo4j, { type ManagedTransaction, type QueryResult } from 'neo4j-driver';
import { ensureNeo4j, PROFILES, status } from '@guanxi/db';
import { LABELS, RELATION_TYPES } from '@guanxi/schema';
import { generateCorpus } from '../src/generate/index';
import { prepareArticle } from '../src/ingest';
import { applySchema } from '../src/store/schema';
import { writeArticles } from '../src/store/write-articles';
import { planInTx, runPlanInTx } from '../src/store/write';
import type { PlanInput } from '../src/store/plan';
import * as Q from '../src/store/queries';
import { cleanup } from './bench-graph';
import { ownCpuMs, processCpuMs } from './process-cpu';

const env = (name: string, fallback: number): number => Number(process.env[name] ?? fallback);
const WARM = env('BENCH_WARM', 500);
const BATCHES = env('BENCH_BATCHES', 3);
const BATCH = env('BENCH_BATCH', 100);
const SEED = env('BENCH_SEED', 42);
const THROUGHPUT = env('BENCH_THROUGHPUT', 1000);
/** A file for a Java Flight Recording of the bench Neo4j during the write-only phase (needs `jcmd`). */
const JFR = process.env.BENCH_JFR;

const log = (line: string): void => void process.stdout.write(`${line}\n`);
const load = (): string => loadavg()[0]!.toFixed(1);

/** Statement names by query text (the Cypher is built from the schema, so look it up, do not parse it). */
const NAMES = new Map<string, string>([
  [Q.exactLookupQuery(LABELS.Person), 'lookup Person (names, ids)'],
  [Q.exactLookupQuery(LABELS.Organization), 'lookup Organization (names, ids)'],
  [Q.aliasLookupQuery(LABELS.Person), 'lookup Person (aliases)'],
  [Q.aliasLookupQuery(LABELS.Organization), 'lookup Organization (aliases)'],
  [Q.ARTICLE_QUERY, 'Article'],
  [Q.PERSON_QUERY, 'Person'],
  [Q.ORGANIZATION_QUERY, 'Organization'],
  [Q.EVENT_QUERY, 'Event'],
  [Q.PLACE_QUERY, 'Place'],
  [Q.POSITION_QUERY, 'Position'],
  ...RELATION_TYPES.map((t): [string, string] => [Q.relationQuery(t), `${t} (MERGE)`]),
  ...RELATION_TYPES.map((t): [string, string] => [Q.createRelationQuery(t), `${t} (CREATE)`]),
]);
const nameOf = (query: string): string => NAMES.get(query) ?? query.trim().slice(0, 40);

interface Op {
  operator: string;
  dbHits: number;
  rows: number;
  detail: string;
}

interface Profiled {
  name: string;
  rows: number;
  dbHits: number;
  ops: Op[];
}

type Plan = NonNullable<QueryResult['summary']['profile']>;

function operators(p: Plan | false, out: Op[] = []): Op[] {
  if (!p) return out;
  const args = p.arguments as Record<string, unknown>;
  out.push({
    operator: p.operatorType.replace(/@neo4j$/, ''),
    dbHits: p.dbHits,
    rows: p.rows,
    detail: String(args['Details'] ?? '')
      .replace(/\s+/g, ' ')
      .slice(0, 90),
  });
  for (const c of p.children) operators(c as Plan, out);
  return out;
}

/** A transaction whose `run` does something around each statement (PROFILE it, time it). */
function around(
  fn: (query: string, params: Record<string, unknown>) => Promise<QueryResult>,
): ManagedTransaction {
  return { run: fn } as unknown as ManagedTransaction;
}

class Rollback extends Error {}

async function main(): Promise<void> {
  const corpus = generateCorpus({ seed: SEED, articles: WARM + BATCHES * BATCH + THROUGHPUT });
  const inputs: PlanInput[] = corpus.map((a) => prepareArticle({ content: a.content, source: a.source }));
  const settings = await ensureNeo4j('bench');
  const driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password));
  const db = settings.database;
  const prefix = `prof${randomBytes(3).toString('hex')}_`;
  // Null when the bench Neo4j is not ours (NEO4J_URI): then only this process's CPU is shown.
  const neo4jPid = (await status(PROFILES.bench())).pid;
  const dbCpu = (): number => processCpuMs(neo4jPid) ?? Number.NaN;
  try {
    await applySchema(driver, db);
    log(
      `batch profile: warm-up ${WARM} articles, then ${BATCHES} batches of ${BATCH}; load average ${load()}`,
    );
    for (let i = 0; i < WARM; i += BATCH)
      await writeArticles(driver, db, inputs.slice(i, i + BATCH), { idPrefix: prefix });

    const timings = new Map<string, number[]>();
    const profiles = new Map<string, Profiled[]>();
    const record = <T>(m: Map<string, T[]>, k: string, v: T): void => void m.set(k, [...(m.get(k) ?? []), v]);
    for (let b = 0; b < BATCHES; b++) {
      const batch = inputs.slice(WARM + b * BATCH, WARM + (b + 1) * BATCH);
      const session = driver.session({ database: db });
      try {
        // 1. PROFILE every statement, then roll back.
        await session
          .executeWrite(async (tx) => {
            const ptx = around(async (q, p) => {
              const res = await tx.run(`PROFILE ${q}`, p);
              const ops = operators(res.summary.profile);
              record(profiles, nameOf(q), {
                name: nameOf(q),
                rows: res.records.length,
                dbHits: ops.reduce((s, o) => s + o.dbHits, 0),
                ops,
              });
              return res;
            });
            await runPlanInTx(ptx, await planInTx(ptx, batch, prefix), { idPrefix: prefix });
            throw new Rollback();
          })
          .catch((e: unknown) => {
            if (!(e instanceof Rollback)) throw e;
          });
        // 2. The real write, every statement and the commit timed.
        let inStatements = 0;
        const t0 = performance.now();
        let tFn = 0;
        let tPlanned = 0;
        let tLookups = 0;
        let cpuAtCommit = { node: 0, db: 0 };
        const cpu0 = { node: ownCpuMs(), db: dbCpu() };
        await session.executeWrite(async (tx) => {
          const ttx = around(async (q, p) => {
            const t = performance.now();
            const res = await tx.run(q, p);
            const ms = performance.now() - t;
            inStatements += ms;
            record(timings, nameOf(q), ms);
            return res;
          });
          const tStart = performance.now();
          const plan = await planInTx(ttx, batch, prefix);
          tPlanned = performance.now() - tStart;
          tLookups = inStatements;
          await runPlanInTx(ttx, plan, { idPrefix: prefix });
          tFn = performance.now() - tStart;
          cpuAtCommit = { node: ownCpuMs(), db: dbCpu() };
        });
        const total = performance.now() - t0;
        const cpu1 = { node: ownCpuMs(), db: dbCpu() };
        record(timings, 'CPU: Neo4j, whole batch', cpu1.db - cpu0.db);
        record(timings, 'CPU: Neo4j, commit', cpu1.db - cpuAtCommit.db);
        record(timings, 'CPU: this process, batch', cpu1.node - cpu0.node);
        record(timings, 'plan (JS: resolution, rows)', tPlanned - tLookups);
        record(timings, 'commit', total - tFn);
        record(timings, 'batch total', total);
        record(timings, 'session/other', tFn - inStatements - (tPlanned - tLookups));
        log(`  batch ${b + 1}: ${total.toFixed(0)} ms (load average ${load()})`);
      } finally {
        await session.close();
      }
    }

    log('');
    log(`per statement, warm, ms per batch of ${BATCH} (median of ${BATCHES}) — PROFILE db hits, rows`);
    const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const rowsOut: [string, number][] = [...timings.entries()].map(([k, xs]) => [k, median(xs)]);
    for (const [k, ms] of rowsOut.sort((a, b) => b[1] - a[1])) {
      const p = profiles.get(k);
      const hits = p ? median(p.map((x) => x.dbHits)) : null;
      log(`  ${k.padEnd(28)} ${ms.toFixed(1).padStart(8)} ms${hits === null ? '' : `  ${hits} db hits`}`);
    }
    log('');
    log('operators with the most db hits (last profiled batch):');
    for (const [name, ps] of profiles) {
      const last = ps[ps.length - 1]!;
      const top = [...last.ops].sort((a, b) => b.dbHits - a.dbHits).slice(0, 6);
      log(`  ${name}: ${last.dbHits} db hits`);
      for (const o of top)
        log(
          `     ${String(o.dbHits).padStart(8)} hits ${String(o.rows).padStart(7)} rows  ${o.operator}  ${o.detail}`,
        );
    }
    log('');
    if (THROUGHPUT > 0) {
      // Write only, batches back to back as the pipeline's single writer sends them.
      const rest = inputs.slice(WARM + BATCHES * BATCH);
      const jcmd = (...args: string[]): void => {
        if (!JFR || neo4jPid === null) return;
        const r = spawnSync('jcmd', [String(neo4jPid), ...args], { encoding: 'utf8' });
        if (r.status !== 0) log(`jcmd ${args[0]} failed: ${r.stderr || r.stdout}`);
      };
      jcmd('JFR.start', 'name=ingest', 'settings=profile', `filename=${JFR ?? ''}`);
      const c0 = { node: ownCpuMs(), db: dbCpu() };
      const loadBefore = load();
      const t = performance.now();
      for (let i = 0; i < rest.length; i += BATCH)
        await writeArticles(driver, db, rest.slice(i, i + BATCH), { idPrefix: prefix });
      const s = (performance.now() - t) / 1000;
      jcmd('JFR.stop', 'name=ingest');
      const per = (x: number): string => (x / rest.length).toFixed(2);
      log(
        `write only: ${rest.length} articles in batches of ${BATCH}: ${(rest.length / s).toFixed(1)} articles/s; CPU per article: Neo4j ${per(dbCpu() - c0.db)} ms, this process ${per(ownCpuMs() - c0.node)} ms (load average ${loadBefore} → ${load()})`,
      );
    }
    log(`load average ${load()}`);
  } finally {
    await cleanup(driver, db, prefix);
    await driver.close();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`batch-profile failed: ${(e as Error).stack ?? String(e)}\n`);
  process.exit(1);
});
