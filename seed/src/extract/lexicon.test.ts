import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * Branches that fix the same case add the same word to a lexicon; a merge keeps both copies silently. A word
 * written twice does no harm to reading, but the next edit of one copy leaves the other behind.
 */
const dir = new URL('../../lexicon/', import.meta.url);
const files = readdirSync(dir).filter((f) => /\.(txt|json)$/.test(f));

function twice(items: readonly unknown[]): string[] {
  const seen = new Set<string>();
  const again = new Set<string>();
  for (const item of items) {
    const key = JSON.stringify(item);
    if (seen.has(key)) again.add(key);
    seen.add(key);
  }
  return [...again];
}

/** Every array in a JSON lexicon, with the path of keys that leads to it. */
function arraysOf(value: unknown, path: string): [string, unknown[]][] {
  if (Array.isArray(value)) return [[path, value], ...value.flatMap((v) => arraysOf(v, path))];
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([k, v]) => arraysOf(v, `${path}.${k}`));
  return [];
}

describe('the lexicons', () => {
  it.each(files)('%s holds no entry twice', (file) => {
    const text = readFileSync(new URL(file, dir), 'utf8');
    const lists: [string, unknown[]][] = file.endsWith('.json')
      ? arraysOf(JSON.parse(text), file)
      : [[file, text.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#'))]];
    expect(lists.flatMap(([path, items]) => twice(items).map((k) => `${path}: ${k}`))).toEqual([]);
  });

  it('finds a repeated entry where there is one', () => {
    expect(twice(['会见', '结合', '会见'])).toEqual(['"会见"']);
    expect(
      arraysOf(
        {
          a: [
            ['甲', '乙'],
            ['甲', '乙'],
          ],
        },
        'x',
      ).flatMap(([, l]) => twice(l)),
    ).toEqual(['["甲","乙"]']);
  });
});
