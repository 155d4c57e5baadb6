/**
 * `npx tsx seed/bench/writer-ab.ts`: the batch writer (`writeArticles`) of the working tree beside
 * another commit's (`BENCH_BASELINE`, default HEAD), in one process on the bench Neo4j, write only.
 * One synthetic corpus is extracted once in this thread; each writer writes it into its own id
 * prefix, `BENCH_ROUND` articles (300) at a time in batches of `BENCH_BATCH` (100), the two
 * alternating round by round so both see the same load and a graph of the same size. Per writer:
 * articles/s, and CPU per article of Neo4j (from /proc) and of this process — on a shared 2-core box
 * the CPU figures are the steadier ones. Ends with both graphs' node/relationship counts (equal when
 * both write the same graph). The first `BENCH_WARM` articles (300) are written untimed. The working
 * tree writes through `PlanningWriter` (the pipeline's single writer) unless BENCH_AHEAD=0.
 *
 * Options (env): BENCH_ARTICLES (1500), BENCH_WARM (300), BENCH_ROUND (300), BENCH_BATCH (100),
 * BENCH_SEED (42), BENCH_BASELINE (a git ref, default HEAD), BENCH_AHEAD (1).
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import neo4j, { type Driver } from 'neo4j-driver';
import { ensureNeo4j, PROFILES, status } from '@guanxi/db';
import { generateCorpus } from '../src/generate/index';
import { prepareArticle } from '../src/ingest';
import type { PlanInput } from '../src/store/plan';
import { applySchema } from '../src/store/schema';
import { PlanningWriter } from '../src/store/planning-writer';
import { writeArticles } from '../src/store/write-articles';
import { cleanup, countOf } from './bench-graph';
import { ownCpuMs, processCpuMs } from './process-cpu';

const env = (name: string, fallback: number): number => Number(process.env[name] ?? fallback);
const ARTICLES = env('BENCH_ARTICLES', 1500);
const WARM = env('BENCH_WARM', 300);
const ROUND = env('BENCH_ROUND', 300);
const BATCH = env('BENCH_BATCH', 100);
const SEED = env('BENCH_SEED', 42);
const BASELINE = process.env.BENCH_BASELINE ?? 'HEAD';
const AHEAD = env('BENCH_AHEAD', 1) === 1;

type Write = typeof writeArticles;
interface Candidate {
  label: string;
  write: Write;
  /** Through `PlanningWriter` (each batch planned during the previous one's write). */
  ahead: boolean;
  prefix: string;
  wallS: number;
  dbCpuMs: number;
  ownCpuMs: number;
  articles: number;
}

const root = fileURLToPath(new URL('../../', import.meta.url));
const log = (line: string): void => void process.stdout.write(`${line}\n`);
const load = (): string => loadavg()[0]!.toFixed(1);

/** `writeArticles` as it is at `ref`: seed/src exported into a temporary folder. */
async function writerAt(ref: string): Promise<{ write: Write; dispose: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'guanxi-bench-writer-'));
  const tar = execFileSync('git', ['-C', root, 'archive', ref, 'seed/src', 'seed/lexicon']);
  execFileSync('tar', ['-x', '-C', dir], { input: tar });
  // Its imports (@guanxi/schema, neo4j-driver …) resolve to this checkout's packages.
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const url = pathToFileURL(join(dir, 'seed/src/store/write-articles.ts')).href;
  const mod = (await import(url)) as { writeArticles: Write };
  return { write: mod.writeArticles, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

async function writeRange(
  driver: Driver,
  db: string,
  c: Candidate,
  inputs: readonly PlanInput[],
  dbCpu: () => number,
  timed: boolean,
): Promise<void> {
  const c0 = { db: dbCpu(), own: ownCpuMs() };
  const t = performance.now();
  if (c.ahead) {
    // All batches at once: the writer writes them in order, planning each during the previous write.
    const writer = new PlanningWriter(driver, db, { idPrefix: c.prefix });
    const batches: PlanInput[][] = [];
    for (let i = 0; i < inputs.length; i += BATCH) batches.push(inputs.slice(i, i + BATCH));
    await Promise.all(batches.map((b) => writer.write(b)));
  } else {
    for (let i = 0; i < inputs.length; i += BATCH)
      await c.write(driver, db, inputs.slice(i, i + BATCH), { idPrefix: c.prefix });
  }
  if (!timed) return;
  c.wallS += (performance.now() - t) / 1000;
  c.dbCpuMs += dbCpu() - c0.db;
  c.ownCpuMs += ownCpuMs() - c0.own;
  c.articles += inputs.length;
}

async function main(): Promise<void> {
  const inputs = generateCorpus({ seed: SEED, articles: ARTICLES }).map((a) =>
    prepareArticle({ content: a.content, source: a.source }),
  );
  const baseline = await writerAt(BASELINE);
  const settings = await ensureNeo4j('bench');
  const driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password));
  const db = settings.database;
  const neo4jPid = (await status(PROFILES.bench())).pid;
  const dbCpu = (): number => processCpuMs(neo4jPid) ?? Number.NaN;
  const run = randomBytes(3).toString('hex');
  const candidates: Candidate[] = [
    { label: `baseline (${BASELINE})`, write: baseline.write, ahead: false, prefix: `ab${run}b_` },
    {
      label: AHEAD ? 'working tree, ahead' : 'working tree',
      write: writeArticles,
      ahead: AHEAD,
      prefix: `ab${run}w_`,
    },
  ].map((c) => ({ ...c, wallS: 0, dbCpuMs: 0, ownCpuMs: 0, articles: 0 }));
  try {
    await applySchema(driver, db);
    log(
      `writer A/B: ${ARTICLES} articles (${WARM} untimed), rounds of ${ROUND}, batches of ${BATCH}; load average ${load()}`,
    );
    for (const c of candidates) await writeRange(driver, db, c, inputs.slice(0, WARM), dbCpu, false);
    for (let i = WARM, round = 0; i < ARTICLES; i += ROUND, round++) {
      const slice = inputs.slice(i, i + ROUND);
      // Alternate which goes first, so neither always meets the other's leftovers (GC, checkpoints).
      const order = round % 2 === 0 ? candidates : [...candidates].reverse();
      for (const c of order) await writeRange(driver, db, c, slice, dbCpu, true);
    }
    log(`                          articles/s   Neo4j CPU ms/article   this process CPU ms/article`);
    for (const c of candidates) {
      const g = await countOf(driver, db, c.prefix);
      log(
        `${c.label.padEnd(26)}${(c.articles / c.wallS).toFixed(1).padStart(10)}${(c.dbCpuMs / c.articles).toFixed(2).padStart(23)}${(c.ownCpuMs / c.articles).toFixed(2).padStart(30)}   graph ${g.nodes}/${g.rels}`,
      );
    }
    log(`load average ${load()}`);
  } finally {
    for (const c of candidates) await cleanup(driver, db, c.prefix);
    await driver.close();
    baseline.dispose();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`writer-ab failed: ${(e as Error).stack ?? String(e)}\n`);
  process.exit(1);
});
