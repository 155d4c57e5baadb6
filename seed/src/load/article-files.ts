import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';

/** Article files under given paths, listed lazily: a directory of 100,000 files is walked, not gathered. */
export const ARTICLE_EXTENSIONS = ['.txt', '.html', '.htm'] as const;

const isArticle = (name: string): boolean =>
  (ARTICLE_EXTENSIONS as readonly string[]).includes(extname(name).toLowerCase());

const byName = (a: { name: string }, b: { name: string }): number =>
  a.name < b.name ? -1 : a.name > b.name ? 1 : 0;

async function* walk(dir: string): AsyncGenerator<string> {
  // One directory's entry names are read at once (names only, a few MB for 100,000 files) to sort them.
  for (const e of (await readdir(dir, { withFileTypes: true })).sort(byName)) {
    const path = join(dir, e.name);
    if (e.isDirectory()) yield* walk(path);
    else if (isArticle(e.name)) yield path;
  }
}

/**
 * Files as given, directories recursively, each in name order. Missing paths are reported, not
 * thrown. A path given twice is walked twice (re-ingesting is idempotent; remembering every path
 * to avoid it would grow with the corpus).
 */
export async function* walkArticleFiles(
  paths: readonly string[],
  onMissing: (path: string) => void = () => {},
): AsyncGenerator<string> {
  for (const p of paths) {
    let isDir: boolean;
    try {
      isDir = (await stat(p)).isDirectory();
    } catch {
      onMissing(p);
      continue;
    }
    if (isDir) yield* walk(p);
    else yield p;
  }
}

/** How many files a walk will yield (a progress bar's total), without holding them. */
export async function countArticleFiles(
  paths: readonly string[],
  onMissing?: (path: string) => void,
): Promise<number> {
  let n = 0;
  for await (const _ of walkArticleFiles(paths, onMissing)) n += 1;
  return n;
}

/** Every article file under the paths, deduplicated and sorted (small sets: the score CLI, tests). */
export async function collectArticleFiles(
  paths: readonly string[],
): Promise<{ files: string[]; missing: string[] }> {
  const files = new Set<string>();
  const missing: string[] = [];
  for await (const f of walkArticleFiles(paths, (m) => missing.push(m))) files.add(f);
  return { files: [...files].sort(), missing };
}
