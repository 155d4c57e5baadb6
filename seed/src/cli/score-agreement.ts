/**
 * `npm run --silent score:agreement -- SECOND_DIR... [--articles DIR]`: how far two annotators of the same
 * articles agree, and how the extractor does against each and against what both write. Every SECOND_DIR/NAME.json
 * is a second, independent gold of DIR/NAME.txt (default seed/test-articles), whose NAME.json is the first.
 * Prints, per category, micro-averaged F1 (tp/gold/predicted) of the second annotator against the first, of the
 * extractor against each, and of the extractor on the consensus (see `extract/agreement.ts`).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { Command } from 'commander';
import { type Agreement, addAgreements, agreementOf, type Counts, f1Of } from '../extract/agreement';
import { assertedFacts } from '../extract/asserted';
import { readArticle } from '../extract/index';
import type { Category, GoldLike } from '../extract/score';
import { normalizeArticle } from '../normalize/index';

const CATEGORIES: Category[] = ['persons', 'organizations', 'positions', 'roles', 'event_orgs'];

const program = new Command()
  .name('score:agreement')
  .description('Compare a second annotation of test articles with their gold, and the extractor with both.')
  .argument('<second...>', 'folders of second golds (NAME.json, named as the articles)')
  .option('--articles <dir>', 'folder of the articles and their first golds', 'seed/test-articles')
  .option(
    '--misses <category>',
    `list the consensus facts missed and the extras of one of ${CATEGORIES.join(', ')}`,
  )
  .parse();

const { articles: articlesDir, misses: missesOf } = program.opts<{ articles: string; misses?: string }>();
if (missesOf !== undefined && !(CATEGORIES as string[]).includes(missesOf)) {
  process.stderr.write(
    `score:agreement: --misses takes one of ${CATEGORIES.join(', ')}, not '${missesOf}'\n`,
  );
  process.exit(1);
}
const misses: string[] = [];
const readJson = (file: string): GoldLike => {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as GoldLike;
  } catch (e) {
    process.stderr.write(`score:agreement: cannot read ${file}: ${(e as Error).message}\n`);
    process.exit(1);
  }
};

const totals = new Map<Category, Agreement>();
let articles = 0;
for (const dir of program.args) {
  if (!existsSync(dir)) {
    process.stderr.write(`score:agreement: no folder ${dir}\n`);
    process.exit(1);
  }
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const text = join(articlesDir, name.replace(/\.json$/, '.txt'));
    const firstFile = join(articlesDir, name);
    if (!existsSync(text) || !existsSync(firstFile)) {
      process.stderr.write(`score:agreement: ${name}: no article or first gold in ${articlesDir}, skipped\n`);
      continue;
    }
    const extracted = assertedFacts(
      readArticle(normalizeArticle({ content: readFileSync(text), source: basename(text) })),
    ) as unknown as GoldLike;
    const [first, second] = [readJson(firstFile), readJson(join(dir, name))];
    for (const c of CATEGORIES) {
      const x = agreementOf(first, second, extracted, c);
      totals.set(c, addAgreements(totals.get(c), x));
      if (c === missesOf && x.missed.length + x.extra.length > 0)
        misses.push(
          `### ${name}`,
          ...x.missed.map((k) => `- MISS  ${k}`),
          ...x.extra.map((k) => `- EXTRA ${k}`),
          '',
        );
    }
    articles++;
  }
}
if (articles === 0) {
  process.stderr.write('score:agreement: no second gold matches an article\n');
  process.exit(1);
}

const cell = (c: Counts) => `${f1Of(c).toFixed(3)} (${c.tp}/${c.gold}/${c.pred})`;
const rows = [
  `${articles} articles, each annotated twice; micro-averaged F1 (tp / gold / predicted):`,
  '',
  '| category | second vs first annotator | extractor vs first | extractor vs second | extractor on consensus | extracted disputed facts (first’s / second’s) |',
  '|---|---|---|---|---|---|',
  ...CATEGORIES.map((c) => {
    const t = totals.get(c)!;
    return `| ${c} | ${cell(t.betweenAnnotators)} | ${cell(t.extractorVsFirst)} | ${cell(t.extractorVsSecond)} | ${cell(t.extractorOnConsensus)} | ${t.disputedExtractedFirst} / ${t.disputedExtractedSecond} |`;
  }),
];
if (missesOf)
  rows.push('', `Consensus ${missesOf} missed, and extracted ones neither annotator writes:`, '', ...misses);
process.stdout.write(`${rows.join('\n')}\n`);
