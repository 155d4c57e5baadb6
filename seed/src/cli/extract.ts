import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { Command } from 'commander';
import { ArticleError, MAX_ARTICLE_BYTES, normalizeArticle } from '../normalize';
import { extractArticle } from '../extract';

/** Reads a file (or stdin for `-`) as bytes, refusing more than the article limit before decoding. */
function readInput(file: string): Uint8Array {
  const bytes = file === '-' ? readFileSync(0) : readFileSync(file);
  if (bytes.byteLength > MAX_ARTICLE_BYTES)
    throw new ArticleError(`article is larger than ${MAX_ARTICLE_BYTES} bytes`, 'TOO_LARGE');
  return bytes;
}

function fail(message: string): never {
  process.stderr.write(`extract: ${message}\n`);
  process.exit(1);
}

const program = new Command()
  .name('extract')
  .description('Print the extraction (persons, organizations, posts, event, roles) of one article as JSON.')
  .argument('<file>', 'article file (text or HTML), or - for stdin')
  .action((file: string) => {
    let content: Uint8Array;
    try {
      content = readInput(file);
    } catch (e) {
      if (e instanceof ArticleError) fail(`${file}: ${e.message}`);
      const code = (e as NodeJS.ErrnoException).code;
      fail(
        code === 'ENOENT'
          ? `${file}: no such file`
          : code === 'EISDIR'
            ? `${file}: is a directory`
            : `${file}: cannot read (${code ?? String(e)})`,
      );
    }
    try {
      const article = normalizeArticle({ content, source: file === '-' ? 'stdin' : basename(file) });
      process.stdout.write(`${JSON.stringify(extractArticle(article), null, 2)}\n`);
    } catch (e) {
      if (e instanceof ArticleError) fail(`${file}: ${e.message}`);
      fail(`${file}: extraction failed (${e instanceof Error ? e.message : String(e)})`);
    }
  });

program.parse();
