import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpusArticles } from '../src/generate/index';
import { runPipeline, walkArticleFiles, type Preparer } from '../src/load/index';
import { countOf } from './bench-graph';
import { ingestWith, type WriterSetup } from './writers';

/**
 * The large synthetic load: `articles` generated reports written as files into one temporary
 * directory, then ingested from it by the pipeline (the directory walked lazily, the pool
 * back-pressured), RSS sampled throughout. The graph is checked against a per-article load of the
 * first `check` articles (the same corpus; a per-article load of all of them would take hours).
 */
export interface LargeLoadResult {
  articles: number;
  seconds: number;
  peakRssMb: number;
  rssBeforeMb: number;
  nodes: number;
  rels: number;
  check: {
    articles: number;
    pipeline: { nodes: number; rels: number };
    perArticle: { nodes: number; rels: number };
  };
}

const mb = (bytes: number): number => Math.round(bytes / 1048576);

async function writeCorpus(dir: string, seed: number, articles: number): Promise<void> {
  for (const a of corpusArticles({ seed, articles })) await writeFile(join(dir, a.source), a.content);
}

export async function largeLoad(
  setup: WriterSetup & { preparer: Preparer },
  o: {
    seed: number;
    articles: number;
    check: number;
    prefixes: { large: string; check: string; checkRef: string };
  },
  log: (line: string) => void,
): Promise<LargeLoadResult> {
  const dir = await mkdtemp(join(tmpdir(), 'guanxi-bench-large-'));
  try {
    log(`writing ${o.articles} synthetic articles to ${dir} …`);
    await writeCorpus(dir, o.seed, o.articles);
    const rssBefore = process.memoryUsage().rss;
    let peak = rssBefore;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 250);
    const files = (async function* () {
      for await (const file of walkArticleFiles([dir])) yield { file };
    })();
    let done = 0;
    const t = performance.now();
    try {
      await runPipeline(setup.driver, setup.database, files, setup.preparer, {
        idPrefix: o.prefixes.large,
        batchSize: setup.batchSize,
        writers: setup.writers,
        onWritten: (r) => {
          done += r.outcomes.length;
          if (done % 5000 < r.outcomes.length)
            log(`  ${done} articles, ${((done / (performance.now() - t)) * 1000).toFixed(0)}/s`);
        },
      });
    } finally {
      clearInterval(sampler);
    }
    const seconds = (performance.now() - t) / 1000;
    peak = Math.max(peak, process.memoryUsage().rss);
    const counts = await countOf(setup.driver, setup.database, o.prefixes.large);

    log(`checking: the first ${o.check} articles by the pipeline and one transaction per article …`);
    const first: { content: string; source: string }[] = [];
    for (const a of corpusArticles({ seed: o.seed, articles: o.articles })) {
      if (first.length >= o.check) break;
      first.push({ content: a.content, source: a.source });
    }
    await ingestWith('pipeline', setup, first, o.prefixes.check);
    // One article at a time: the reference order, as `npm run seed` of these files one by one.
    await ingestWith('per-article', setup, first, o.prefixes.checkRef, 1);
    return {
      articles: o.articles,
      seconds,
      peakRssMb: mb(peak),
      rssBeforeMb: mb(rssBefore),
      nodes: counts.nodes,
      rels: counts.rels,
      check: {
        articles: first.length,
        pipeline: await countOf(setup.driver, setup.database, o.prefixes.check),
        perArticle: await countOf(setup.driver, setup.database, o.prefixes.checkRef),
      },
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
