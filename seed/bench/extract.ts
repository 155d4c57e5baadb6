/**
 * `npm run bench:extract`: single-core extraction throughput (extractArticle alone, articles normalized
 * beforehand) on the bench corpus, beside a baseline from the same run: the extractor of another commit
 * (`BENCH_BASELINE`, default HEAD), checked out into a temporary folder and imported next to the working
 * tree's. Rounds alternate between the two so that both see the same load; the figures are articles per
 * CPU-second of this one-threaded process (what one core does, whatever else the machine runs) and per
 * wall-clock second, with the load average beside them. Also says whether both give the same extractions.
 *
 * Options (env): BENCH_ARTICLES (default 300), BENCH_ROUNDS (default 5), BENCH_SEED (42), BENCH_BASELINE
 * (a git ref, default HEAD; `none` for no baseline).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Extraction } from '@guanxi/schema';
import { extractArticle } from '../src/extract/index';
import { generateCorpus } from '../src/generate/index';
import { type NormalizedArticle, normalizeArticle } from '../src/normalize/index';

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 300);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const SEED = Number(process.env.BENCH_SEED ?? 42);
const BASELINE = process.env.BENCH_BASELINE ?? 'HEAD';

type Extract = (article: NormalizedArticle) => Extraction;
interface Candidate {
  readonly label: string;
  readonly extract: Extract;
  readonly cpu: number[];
  readonly wall: number[];
}

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The extractor as it is at `ref`: seed/src and seed/lexicon exported into a temporary folder. */
async function extractorAt(ref: string): Promise<{ extract: Extract; dispose: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'guanxi-bench-extract-'));
  // The archive outgrows execFileSync's 1 MB default buffer (ENOBUFS) as the lexicons grow.
  const tar = execFileSync('git', ['-C', root, 'archive', ref, 'seed/src', 'seed/lexicon'], {
    maxBuffer: 1 << 28,
  });
  execFileSync('tar', ['-x', '-C', dir], { input: tar });
  // Its imports (@guanxi/schema, jieba …) resolve to this checkout's packages.
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const url = pathToFileURL(join(dir, 'seed/src/extract/index.ts')).href;
  const mod = (await import(url)) as { extractArticle: Extract };
  return { extract: mod.extractArticle, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

function timeRound(c: Candidate, articles: readonly NormalizedArticle[]): void {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (const a of articles) c.extract(a);
  const cpu = process.cpuUsage(cpu0);
  c.wall.push((performance.now() - t0) / 1000);
  c.cpu.push((cpu.user + cpu.system) / 1e6);
}

/** The fastest round: on a shared machine other processes only ever slow a round down. */
const best = (xs: readonly number[]): number => Math.min(...xs);
const rate = (seconds: number): string => `${(ARTICLES / seconds).toFixed(0).padStart(5)} articles/s`;
const load = (): string =>
  loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');

async function main(): Promise<void> {
  const articles = generateCorpus({ seed: SEED, articles: ARTICLES }).map((a) =>
    normalizeArticle({ content: a.content, source: a.source }),
  );
  const candidates: Candidate[] = [{ label: 'working tree', extract: extractArticle, cpu: [], wall: [] }];
  const baseline = BASELINE === 'none' ? null : await extractorAt(BASELINE);
  if (baseline)
    candidates.push({ label: `${BASELINE} (baseline)`, extract: baseline.extract, cpu: [], wall: [] });
  try {
    let differ = 0;
    // Warm-up: JIT, jieba's dictionary and the lexicons loaded before anything is timed.
    for (const a of articles.slice(0, 50)) {
      const outs = candidates.map((c) => JSON.stringify(c.extract(a)));
      if (outs.some((o) => o !== outs[0])) differ++;
    }
    for (const a of articles.slice(50))
      if (baseline && JSON.stringify(candidates[0]!.extract(a)) !== JSON.stringify(baseline.extract(a)))
        differ++;
    const loadBefore = load();
    for (let r = 0; r < ROUNDS; r++) {
      // Alternate who goes first, so that neither always runs right after a warm cache.
      const order = r % 2 === 0 ? candidates : [...candidates].reverse();
      for (const c of order) timeRound(c, articles);
    }
    const out = [
      `Extraction alone (extractArticle), ${ARTICLES} synthetic articles (seed ${SEED}), best of ${ROUNDS} rounds:`,
      '',
    ];
    for (const c of candidates)
      out.push(
        `${c.label.padEnd(28)} ${rate(best(c.cpu))} per CPU-second   ${rate(best(c.wall))} wall-clock`,
      );
    if (baseline) {
      const [w, b] = candidates as [Candidate, Candidate];
      out.push(
        '',
        `working tree / baseline: ${(best(b.cpu) / best(w.cpu)).toFixed(2)}× (CPU time); extractions ` +
          (differ === 0 ? 'identical' : `DIFFER on ${differ} of ${ARTICLES} articles`),
      );
    }
    out.push(`load average (1/5/15 min): ${loadBefore} before, ${load()} after`, '');
    process.stdout.write(out.join('\n'));
  } finally {
    baseline?.dispose();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`bench:extract failed: ${(e as Error).stack ?? String(e)}\n`);
  process.exit(1);
});
