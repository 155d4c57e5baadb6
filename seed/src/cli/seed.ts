/**
 * `npm run seed -- FILE_OR_DIR...`: ingests article files (.txt/.html/.htm, directories recursively)
 * into the configured Neo4j, starting the local one when NEO4J_URI is unset.
 */
import { Command } from 'commander';
import { SingleBar, Presets } from 'cli-progress';
import { createDriver, ensureNeo4j } from '@guanxi/db';
import { isDateValue } from '@guanxi/schema';
import { applySchema } from '../store/schema';
import { collectArticleFiles, ingestFiles, summarize, type FileOutcome } from '../load/seed-files';

async function main(argv: string[]): Promise<number> {
  const program = new Command()
    .name('seed')
    .description('Ingest Chinese news articles into the guanxi graph')
    .argument('<paths...>', 'article files or directories')
    .option('-c, --concurrency <n>', 'articles in flight', '4')
    .option(
      '--published-at <date>',
      'the date of these articles (YYYY, YYYY-MM or YYYY-MM-DD), over the text',
    )
    .parse(argv);
  const paths = program.args;
  const opts = program.opts<{ concurrency: string; publishedAt?: string }>();
  const concurrency = Math.max(1, Number(opts.concurrency) || 4);
  const publishedAt = opts.publishedAt ?? null;
  if (publishedAt !== null && !isDateValue(publishedAt)) {
    process.stderr.write(`--published-at must be YYYY, YYYY-MM or YYYY-MM-DD (got ${publishedAt})\n`);
    return 1;
  }

  const { files, missing } = await collectArticleFiles(paths);
  for (const m of missing) process.stderr.write(`✗ ${m}: no such file or directory\n`);
  if (files.length === 0) {
    process.stderr.write('No .txt, .html or .htm files found.\n');
    return 1;
  }

  const settings = await ensureNeo4j();
  const driver = createDriver(settings);
  try {
    await applySchema(driver, settings.database);
    const bar = process.stdout.isTTY && files.length > 1 ? new SingleBar({}, Presets.shades_classic) : null;
    const failures: FileOutcome[] = [];
    bar?.start(files.length, 0);
    const onFile = (o: FileOutcome): void => {
      if (!o.ok) failures.push(o);
      if (bar) return bar.increment();
      const line = o.ok
        ? `${o.alreadyPresent ? '=' : '+'} ${o.file}: ${o.nodesCreated} nodes, ${o.relationshipsCreated} relationships created\n`
        : `✗ ${o.file}: ${o.error}\n`;
      (o.ok ? process.stdout : process.stderr).write(line);
    };
    const outcomes = await ingestFiles(driver, settings.database, files, {
      onFile,
      concurrency,
      publishedAt,
    });
    bar?.stop();
    if (bar) for (const f of failures) process.stderr.write(`✗ ${f.file}: ${f.error}\n`);
    const s = summarize(outcomes);
    process.stdout.write(
      `${s.files} files: ${s.articlesNew} new articles, ${s.articlesUnchanged} unchanged, ${s.failed} failed; ` +
        `${s.nodesCreated} nodes and ${s.relationshipsCreated} relationships created (${settings.uri})\n`,
    );
    return s.failed > 0 || missing.length > 0 ? 1 : 0;
  } finally {
    await driver.close();
  }
}

main(process.argv).then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`seed failed: ${(e as Error).message}\n`);
    process.exit(2);
  },
);
