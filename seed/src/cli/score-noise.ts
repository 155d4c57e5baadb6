/**
 * `npm run --silent score:noise [-- --seed N] [FILE_OR_DIR...]`: the extractor's sensitivity to scrape noise.
 * Every .txt article with a .json gold beside it (default: seed/test-articles) is extracted clean, under each
 * kind of noise of `extract/noise.ts` and under all of them together, and scored against the same gold; prints
 * F1 (tp/gold/predicted) per variant and category as Markdown.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { collectArticleFiles } from '../load/index';
import { noiseTableMarkdown, scoreUnderNoise } from '../extract/noise-score';

const program = new Command()
  .name('score:noise')
  .description('Score the extractor on test articles clean and under each kind of scrape noise.')
  .argument('[paths...]', 'folders or .txt files with NAME.json gold beside (default: seed/test-articles)')
  .option('--seed <n>', 'noise seed', '1')
  .parse();

const paths =
  program.args.length > 0 ? program.args : [fileURLToPath(new URL('../../test-articles/', import.meta.url))];
const { files } = await collectArticleFiles(paths);
const scored = files.filter((f) => f.endsWith('.txt') && existsSync(f.replace(/\.txt$/, '.json')));
if (scored.length === 0) {
  process.stderr.write('score:noise: no .txt article with a .json gold beside it\n');
  process.exit(1);
}
const seed = Number(program.opts<{ seed: string }>().seed);
const table = scoreUnderNoise(scored, { seed });
process.stdout.write(`${scored.length} articles, seed ${seed}, micro-averaged F1 (tp/gold/predicted):\n\n`);
process.stdout.write(`${noiseTableMarkdown(table)}\n`);
