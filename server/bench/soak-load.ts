/** The load half of `npm run soak`: N HTTP clients mixing reads and ingests for a while. */
import type { CorpusArticle } from '@guanxi/seed';
import { percentile } from './measure';

export interface LoadOptions {
  url: string;
  token: string;
  clients: number;
  minutes: number;
  corpus: readonly CorpusArticle[];
  /** Lines are printed every this many seconds. */
  windowSeconds: number;
}

interface Window {
  latencies: number[];
  errors: number;
  ingests: number;
}

const SEARCH = 'query Soak($q: String!) { search(query: $q, first: 5) { edges { node { id name } } } }';
const PROFILE =
  'query SoakProfile($id: ID!) { node(id: $id) { id ... on Person { positions { title organization { name } } } } neighborhood(id: $id, depth: 2, limit: 200) { nodes { id } edges { id } } }';
const INGEST =
  'mutation SoakIngest($input: IngestArticleInput!) { ingestArticle(input: $input) { alreadyPresent nodesCreated } }';

/** Runs the clients; prints one line per window; returns the RSS samples (MB) and the totals. */
export async function soakLoad(
  o: LoadOptions,
): Promise<{ rss: number[]; requests: number; errors: number; p99: number }> {
  const names = [...new Set(o.corpus.flatMap((a) => a.expected.persons.map((p) => p.name)))];
  const ends = Date.now() + o.minutes * 60_000;
  let window: Window = { latencies: [], errors: 0, ingests: 0 };
  const all: number[] = [];
  const rss: number[] = [];
  let errors = 0;
  let firstError = '';
  let article = 0;

  const call = async (query: string, variables: Record<string, unknown>, auth = false): Promise<unknown> => {
    const began = performance.now();
    let failed = true;
    let data: unknown = null;
    try {
      const res = await fetch(`${o.url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(auth ? { authorization: `Bearer ${o.token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data?: unknown; errors?: unknown[] };
      failed = res.status !== 200 || !!body.errors;
      if (failed && !firstError) firstError = JSON.stringify(body).slice(0, 300);
      data = body.data;
    } catch (e) {
      if (!firstError) firstError = (e as Error).message;
    }
    const ms = performance.now() - began;
    window.latencies.push(ms);
    all.push(ms);
    if (failed) {
      window.errors += 1;
      errors += 1;
    }
    return data;
  };

  const client = async (n: number): Promise<void> => {
    for (let i = 0; Date.now() < ends; i += 1) {
      if ((i + n) % 5 === 0) {
        const a = o.corpus[article++ % o.corpus.length]!;
        window.ingests += 1;
        await call(INGEST, { input: { text: a.content } }, true);
        continue;
      }
      const name = names[(i * 31 + n * 7) % names.length]!;
      const found = (await call(SEARCH, { q: name })) as {
        search?: { edges: { node: { id: string } }[] };
      } | null;
      const id = found?.search?.edges[0]?.node.id;
      if (id && i % 2 === 0) await call(PROFILE, { id });
    }
  };

  const line = (): void => {
    const sorted = [...window.latencies].sort((a, b) => a - b);
    const mb = process.memoryUsage().rss / 2 ** 20;
    rss.push(mb);
    console.log(
      [
        `${String(rss.length * o.windowSeconds).padStart(5)} s`,
        `${String(sorted.length).padStart(6)} req`,
        `${String(window.ingests).padStart(4)} ingests`,
        `${String(window.errors).padStart(3)} errors`,
        `p50 ${percentile(sorted, 50).toFixed(0).padStart(5)} ms`,
        `p99 ${percentile(sorted, 99).toFixed(0).padStart(5)} ms`,
        `RSS ${mb.toFixed(0).padStart(5)} MB`,
      ].join('  '),
    );
    window = { latencies: [], errors: 0, ingests: 0 };
  };
  const timer = setInterval(line, o.windowSeconds * 1000);
  await Promise.all(Array.from({ length: o.clients }, (_, n) => client(n)));
  clearInterval(timer);
  if (firstError) console.log(`first error: ${firstError}`);
  const sorted = all.sort((a, b) => a - b);
  return { rss, requests: all.length, errors, p99: percentile(sorted, 99) };
}
