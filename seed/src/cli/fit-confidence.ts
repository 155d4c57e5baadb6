/**
 * `npm run fit:confidence [-- FILES...]`: fits `seed/lexicon/confidence.json` — the precision of posts
 * by how they were read — on articles with gold beside them (default: the blind rounds 5 and 6, which
 * were annotated by people who had not read the rules). Run it again after changing the grammar, and
 * commit the table with the change; `calibration.test.ts` checks that precision still rises with the band.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { judgeFacts } from '../extract/calibration';
import { extractArticle } from '../extract/index';
import { CONFIDENCE_TABLE, CONFIDENCE_TABLE_PATH, fitPositions, readingOf } from '../extract/readings';
import type { GoldLike } from '../extract/score';
import { blindRoundFiles } from '../extract/blind-rounds';
import { normalizeArticle } from '../normalize/index';

const files = process.argv.length > 2 ? process.argv.slice(2) : blindRoundFiles();
const judged: { reading: string; correct: boolean }[] = [];
for (const file of files) {
  const gold = JSON.parse(readFileSync(file.replace(/\.(txt|html?)$/i, '.json'), 'utf8')) as GoldLike;
  const pred = extractArticle(normalizeArticle({ content: readFileSync(file), source: basename(file) }));
  judgeFacts(gold, pred, 'positions').forEach((j, i) =>
    judged.push({ reading: readingOf(pred.positions[i]!) ?? 'none|none', correct: j.correct }),
  );
}
const table = {
  comment: CONFIDENCE_TABLE.comment,
  fittedOn: [...new Set(files.map((f) => basename(f).replace(/-.*$/, '')))].sort(),
  weight: CONFIDENCE_TABLE.weight,
  positions: fitPositions(judged, CONFIDENCE_TABLE.weight),
};
writeFileSync(CONFIDENCE_TABLE_PATH, `${JSON.stringify(table, null, 2)}\n`);
process.stdout.write(
  `${files.length} articles, ${judged.length} posts, precision ${table.positions.all}; ${Object.keys(table.positions.readings).length} readings → ${CONFIDENCE_TABLE_PATH.pathname}\n`,
);
