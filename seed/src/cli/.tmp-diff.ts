import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { extractArticle } from '../extract/index';
import { type GoldLike, scoreExtraction, type Category } from '../extract/score';
import { normalizeArticle } from '../normalize/index';
const [dir, ...cats] = process.argv.slice(2);
for (const f of readdirSync(dir!).filter((x) => x.endsWith('.txt')).sort()) {
  const file = join(dir!, f);
  const gold = JSON.parse(readFileSync(file.replace(/\.txt$/, '.json'), 'utf8')) as GoldLike;
  const pred = extractArticle(normalizeArticle({ content: readFileSync(file), source: basename(file) }));
  const s = scoreExtraction(gold, pred as unknown as GoldLike);
  for (const c of (cats.length ? cats : ['positions']) as Category[]) {
    if (!s[c].missed.length && !s[c].extra.length) continue;
    console.log(`== ${f.slice(0, 10)} ${c}`);
    for (const m of s[c].missed) console.log(`  - ${m}`);
    for (const m of s[c].extra) console.log(`  + ${m}`);
  }
}
