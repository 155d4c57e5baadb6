import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { extractArticle } from '../extract/index';
import { type GoldLike, scoreExtraction, type Category } from '../extract/score';
import { normalizeArticle } from '../normalize/index';
const cats: Category[] = ['persons', 'organizations', 'positions', 'roles', 'event_orgs'];
const dir = 'seed/test-articles';
const files = readdirSync(dir).filter((x) => /\.(txt|html)$/.test(x));
const rounds = new Map<string, string[]>();
for (const f of files) { const r = /^(blind\d*)-/.exec(f)?.[1] ?? 'other'; rounds.set(r, [...(rounds.get(r) ?? []), join(dir, f)]); }
rounds.set('blind14', readdirSync('/work/blind14/scored').filter((x) => x.endsWith('.txt')).map((x) => join('/work/blind14/scored', x)));
for (const [r, fs] of [...rounds].sort()) {
  const t = Object.fromEntries(cats.map((c) => [c, [0, 0, 0]])) as Record<string, number[]>;
  for (const file of fs) {
    const gf = file.replace(/\.(txt|html)$/, '.json');
    let gold: GoldLike; try { gold = JSON.parse(readFileSync(gf, 'utf8')) as GoldLike; } catch { continue; }
    const pred = extractArticle(normalizeArticle({ content: readFileSync(file), source: basename(file) }));
    const s = scoreExtraction(gold, pred as unknown as GoldLike);
    for (const c of cats) { t[c]![0]! += s[c].tp; t[c]![1]! += s[c].gold; t[c]![2]! += s[c].pred; }
  }
  console.log(r.padEnd(8), cats.map((c) => `${c.slice(0,4)} ${t[c]!.join('/')}`).join('  '));
}
