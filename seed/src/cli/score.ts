/**
 * `npm run --silent score -- DIR...`: extracts every article (.txt/.html) that has a gold file beside it
 * (same name, .json) and prints, as Markdown, the micro-averaged scores per category (as the shared
 * scorer's --dir mode) of the asserted facts and the precision of every reading per confidence band. `--articles` adds one row per
 * article. This is how a blind round is scored before anything is changed for it. Bylines are the article's
 * credits, no facts (`credits.ts`), so a gold that writes them as posts counts them missed; `--credits-as-gold`
 * judges them as each gold writes them instead, as the test floors do.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { Command } from 'commander';
import type { Extraction } from '@guanxi/schema';
import { calibrationTable } from '../extract/calibration';
import { assertedFacts } from '../extract/asserted';
import { asAnnotatedBy } from '../extract/credits';
import { readArticle } from '../extract/index';
import { type Category, type GoldLike, scoreExtraction } from '../extract/score';
import { normalizeArticle } from '../normalize/index';
import { collectArticleFiles } from '../load/index';

const CATEGORIES: Category[] = [
  'persons',
  'organizations',
  'orgKinds',
  'places',
  'positions',
  'roles',
  'topics',
  'event_orgs',
];

const program = new Command()
  .name('score')
  .description('Score the extractor on articles with gold files beside them; precision per confidence band.')
  .argument('<paths...>', 'folders (or files) of articles, each with NAME.json gold beside NAME.txt/.html')
  .option('--articles', 'one row per article too')
  .option('--misses <category>', `list missed and extra facts of one category (${CATEGORIES.join(', ')})`)
  .option(
    '--credits-as-gold',
    'judge bylines as each gold writes them (as posts where it has credit posts), as the test floors do',
  )
  .parse();

const opts = program.opts<{ articles?: boolean; misses?: string; creditsAsGold?: boolean }>();
const missesOf = opts.misses as Category | undefined;
if (missesOf !== undefined && !CATEGORIES.includes(missesOf)) {
  process.stderr.write(`score: --misses takes one of ${CATEGORIES.join(', ')}, not '${opts.misses}'\n`);
  process.exit(1);
}
const { files } = await collectArticleFiles(program.args);
// Scores are of the asserted facts; the bands cover every reading, asserted or not (the < .50 band is what is held back).
const pairs: { file: string; gold: GoldLike; pred: Extraction; read: Extraction }[] = [];
for (const file of files) {
  // A shell glob over a round's folder names the gold files too; only articles are scored.
  if (!/\.(txt|html?)$/i.test(file)) continue;
  const goldFile = file.replace(/\.(txt|html?)$/i, '.json');
  if (!existsSync(goldFile)) continue;
  const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as GoldLike;
  const read = readArticle(normalizeArticle({ content: readFileSync(file), source: basename(file) }));
  const pred = assertedFacts(read);
  pairs.push({
    file: basename(file),
    gold,
    pred: opts.creditsAsGold ? asAnnotatedBy(pred, gold) : pred,
    read,
  });
}
if (pairs.length === 0) {
  process.stderr.write('score: no article with a .json gold beside it\n');
  process.exit(1);
}

const f1 = (tp: number, gold: number, pred: number): string =>
  gold + pred === 0 ? '1.00' : ((2 * tp) / (gold + pred)).toFixed(2);
const totals = new Map(CATEGORIES.map((c) => [c, { tp: 0, gold: 0, pred: 0 }]));
const perArticle: string[] = [];
const misses: string[] = [];
for (const { file, gold, pred } of pairs) {
  const s = scoreExtraction(gold, pred as unknown as GoldLike);
  if (missesOf && s[missesOf].missed.length + s[missesOf].extra.length > 0)
    misses.push(
      `### ${file}`,
      ...s[missesOf].missed.map((k) => `- MISS  ${k}`),
      ...s[missesOf].extra.map((k) => `- EXTRA ${k}`),
      '',
    );
  for (const c of CATEGORIES) {
    const t = totals.get(c)!;
    t.tp += s[c].tp;
    t.gold += s[c].gold;
    t.pred += s[c].pred;
  }
  perArticle.push(`| ${file} | ${CATEGORIES.map((c) => f1(s[c].tp, s[c].gold, s[c].pred)).join(' | ')} |`);
}

const out: string[] = [`${pairs.length} articles, micro-averaged F1 (tp / gold / predicted):`, ''];
out.push(`| | ${CATEGORIES.join(' | ')} |`, `|---|${CATEGORIES.map(() => '---').join('|')}|`);
out.push(
  `| F1 | ${CATEGORIES.map((c) => {
    const t = totals.get(c)!;
    return `${f1(t.tp, t.gold, t.pred)} (${t.tp}/${t.gold}/${t.pred})`;
  }).join(' | ')} |`,
);
if (opts.articles) out.push(...perArticle);
if (missesOf)
  out.push(
    '',
    `Missed (gold only) and extra (predicted only) ${missesOf}, as the scorer keys them:`,
    '',
    ...misses,
  );
out.push('', 'Precision of every reading per confidence band (facts under .50 are not asserted):', '');
out.push('| category | band | facts | correct | precision |', '|---|---|---|---|---|');
for (const r of calibrationTable(pairs.map(({ gold, read }) => ({ gold, pred: read }))))
  out.push(
    `| ${r.category} | ${r.band} | ${r.facts} | ${r.correct} | ${r.precision === null ? '–' : r.precision.toFixed(2)} |`,
  );
process.stdout.write(`${out.join('\n')}\n`);
