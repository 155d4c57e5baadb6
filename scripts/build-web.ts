/**
 * `npm start` serves the built explorer. Build it when `web/dist` is missing or older than its
 * sources, so a fresh clone needs no separate build step and an edited one is never stale.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const WEB_DIST = join(ROOT, 'web', 'dist');

function newestMtime(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry === 'dist') continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

export function webBuildIsStale(): boolean {
  const index = join(WEB_DIST, 'index.html');
  if (!existsSync(index)) return true;
  const sources = [join(ROOT, 'web', 'src'), join(ROOT, 'web', 'index.html'), join(ROOT, 'schema', 'src')];
  return Math.max(...sources.filter(existsSync).map(newestMtime)) > statSync(index).mtimeMs;
}

export function ensureWebBuild(): void {
  if (!webBuildIsStale()) return;
  console.log('building the explorer (web/dist) …');
  const r = spawnSync('npm', ['run', 'build', '-w', 'web'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`building the web app failed (exit ${r.status})`);
}
