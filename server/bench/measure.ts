/** Latency percentiles and throughput of an async operation at a given concurrency. */
export interface Figures {
  p50: number;
  p99: number;
  perSecond: number;
  /** CPU time of this process per request (ms): the client's and, for GraphQL, the server's work. */
  cpuMs: number;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

interface Run {
  latencies: number[];
  seconds: number;
  cpuMs: number;
}

/** Runs `fn(i)` for i in [0, n) with `concurrency` workers; latencies in milliseconds. */
async function run(n: number, concurrency: number, fn: (i: number) => Promise<unknown>): Promise<Run> {
  const latencies: number[] = [];
  let next = 0;
  const start = performance.now();
  const cpu = process.cpuUsage();
  const worker = async (): Promise<void> => {
    while (next < n) {
      const i = next++;
      const t = performance.now();
      await fn(i);
      latencies.push(performance.now() - t);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const used = process.cpuUsage(cpu);
  return { latencies, seconds: (performance.now() - start) / 1000, cpuMs: (used.user + used.system) / 1000 };
}

function figures(runs: readonly Run[]): Figures {
  const all = runs.flatMap((r) => r.latencies).sort((a, b) => a - b);
  const seconds = runs.reduce((s, r) => s + r.seconds, 0);
  const cpuMs = runs.reduce((s, r) => s + r.cpuMs, 0) / Math.max(1, all.length);
  return { p50: percentile(all, 50), p99: percentile(all, 99), perSecond: all.length / seconds, cpuMs };
}

export async function measure(
  n: number,
  concurrency: number,
  fn: (i: number) => Promise<unknown>,
): Promise<Figures> {
  return figures([await run(n, concurrency, fn)]);
}

/**
 * Baseline and candidate in alternating halves (A B A B), so drift in the machine (page cache, GC,
 * the other process on the two cores) falls on both alike.
 */
export async function compare(
  n: number,
  concurrency: number,
  a: (i: number) => Promise<unknown>,
  b: (i: number) => Promise<unknown>,
): Promise<[Figures, Figures]> {
  const half = Math.ceil(n / 2);
  const ra1 = await run(half, concurrency, a);
  const rb1 = await run(half, concurrency, b);
  const ra2 = await run(half, concurrency, (i) => a(i + half));
  const rb2 = await run(half, concurrency, (i) => b(i + half));
  return [figures([ra1, ra2]), figures([rb1, rb2])];
}
