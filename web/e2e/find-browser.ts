/**
 * Finds a Chromium for the end-to-end tests and the render bench, or provisions one, so that
 * `npm test` works on a machine where only Node, Java and Maven are installed.
 *
 * Order (documented in web/README.md):
 *   1. `CHROMIUM_PATH` — used as given; an unusable path is an error, never a silent fallback;
 *   2. a system Chromium or Chrome on `PATH` (chromium, chromium-browser, google-chrome…) or at its
 *      usual install location;
 *   3. Playwright's own browser cache (`PLAYWRIGHT_BROWSERS_PATH`, else ~/.cache/ms-playwright);
 * and when none is found:
 *   4. `playwright-core install chromium` when Playwright's download host answers;
 *   5. Debian's `chromium` and `fonts-noto-cjk` through apt-get, as root (or with password-less sudo);
 *   6. otherwise one line saying what to install.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { chromium } from 'playwright-core';

export interface FoundBrowser {
  readonly path: string;
  /** How it was found, for the one line the tests print. */
  readonly how: 'CHROMIUM_PATH' | 'system' | 'playwright cache';
}

export interface BrowserSearch {
  readonly env: NodeJS.ProcessEnv;
  readonly platform: NodeJS.Platform;
  readonly home: string;
  /** Where this playwright-core expects its own Chromium (`chromium.executablePath()`), if known. */
  readonly playwrightExpects?: string;
}

const SYSTEM_NAMES = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome', 'chrome'];
const SYSTEM_PATHS: Partial<Record<NodeJS.Platform, string[]>> = {
  linux: [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
    '/opt/google/chrome/chrome',
  ],
  darwin: [
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ],
};
/** Executables inside a Playwright cache folder, newest layouts first. */
const CACHE_EXECUTABLES = [
  'chrome-linux64/chrome',
  'chrome-linux/chrome',
  'chrome-headless-shell-linux64/chrome-headless-shell',
  'chrome-linux/headless_shell',
  'chrome-mac/Chromium.app/Contents/MacOS/Chromium',
];

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

export function playwrightCacheDir(s: BrowserSearch): string {
  const set = s.env.PLAYWRIGHT_BROWSERS_PATH;
  if (set && set !== '0') return set;
  return s.platform === 'darwin'
    ? join(s.home, 'Library', 'Caches', 'ms-playwright')
    : join(s.home, '.cache', 'ms-playwright');
}

function fromCache(s: BrowserSearch): string | null {
  if (s.playwrightExpects && isExecutable(s.playwrightExpects)) return s.playwrightExpects;
  const dir = playwrightCacheDir(s);
  if (!existsSync(dir)) return null;
  // Any Chromium build Playwright downloaded (another project's version will do): newest revision first.
  const builds = readdirSync(dir)
    .filter((d) => /^chromium(_headless_shell)?-\d+$/.test(d))
    .sort((a, b) => Number(b.split('-')[1]) - Number(a.split('-')[1]));
  for (const build of builds)
    for (const exe of CACHE_EXECUTABLES)
      if (isExecutable(join(dir, build, exe))) return join(dir, build, exe);
  return null;
}

/** Steps 1–3: no side effects. Throws only for a `CHROMIUM_PATH` that cannot be run. */
export function findBrowser(s: BrowserSearch = currentSearch()): FoundBrowser | null {
  const given = s.env.CHROMIUM_PATH;
  if (given) {
    if (!isExecutable(given)) throw new Error(`CHROMIUM_PATH=${given} is not an executable file`);
    return { path: given, how: 'CHROMIUM_PATH' };
  }
  const dirs = (s.env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const name of SYSTEM_NAMES)
    for (const dir of dirs)
      if (isExecutable(join(dir, name))) return { path: join(dir, name), how: 'system' };
  for (const path of SYSTEM_PATHS[s.platform] ?? []) if (isExecutable(path)) return { path, how: 'system' };
  const cached = fromCache(s);
  return cached ? { path: cached, how: 'playwright cache' } : null;
}

function playwrightCli(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('playwright-core/package.json')), 'cli.js');
}

function playwrightExpects(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined; // an unknown platform: Playwright has no build for it
  }
}

export function currentSearch(): BrowserSearch {
  return {
    env: process.env,
    platform: process.platform,
    home: homedir(),
    playwrightExpects: playwrightExpects(),
  };
}

/** Playwright's download host answers within a few seconds (closed networks refuse or time out). */
async function playwrightHostReachable(): Promise<boolean> {
  const host = process.env.PLAYWRIGHT_DOWNLOAD_HOST ?? 'https://cdn.playwright.dev';
  try {
    await fetch(host, { method: 'HEAD', signal: AbortSignal.timeout(5000) });
    return true;
  } catch {
    return false;
  }
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): boolean {
  console.log(`guanxi e2e: $ ${[command, ...args].join(' ')}`);
  const r = spawnSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'], env, timeout: 15 * 60_000 });
  return r.status === 0;
}

function onPath(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

/** Root, or sudo that needs no password: the only ways we install system packages. */
function asRoot(): string[] | null {
  if (process.getuid?.() === 0) return [];
  if (onPath('sudo') && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0)
    return ['sudo', '-n'];
  return null;
}

export const INSTALL_HINT =
  'No Chromium for the end-to-end tests: install one (Debian/Ubuntu: sudo apt-get install chromium fonts-noto-cjk; ' +
  'elsewhere: npx playwright install chromium, or Google Chrome) or set CHROMIUM_PATH to its executable.';

/** Steps 4–6. Prints each thing it does; throws with INSTALL_HINT when nothing worked. */
export async function provisionBrowser(): Promise<FoundBrowser> {
  console.log('guanxi e2e: no Chromium found (CHROMIUM_PATH, system, Playwright cache); provisioning one');
  const root = asRoot();
  if (await playwrightHostReachable()) {
    const withDeps = root && onPath('apt-get') ? ['--with-deps'] : [];
    if (run(process.execPath, [playwrightCli(), 'install', ...withDeps, 'chromium'])) {
      const found = findBrowser(currentSearch());
      if (found) return found;
    }
  } else console.log("guanxi e2e: Playwright's download host is not reachable; skipping its installer");
  if (root && onPath('apt-get')) {
    const [sudo, ...flags] = root.length ? root : [''];
    const apt = (args: string[]) =>
      sudo
        ? run(sudo, [...flags, 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', ...args])
        : run('apt-get', args, { ...process.env, DEBIAN_FRONTEND: 'noninteractive' });
    console.log("guanxi e2e: installing Debian's chromium and fonts-noto-cjk with apt-get");
    if (apt(['update', '-qq']) && apt(['install', '-y', '-qq', 'chromium', 'fonts-noto-cjk'])) {
      const found = findBrowser(currentSearch());
      if (found) return found;
    }
  }
  throw new Error(INSTALL_HINT);
}

let cached: Promise<FoundBrowser> | undefined;

/** The browser to launch: found, else provisioned once per process. */
export function ensureBrowser(): Promise<FoundBrowser> {
  cached ??= (async () => findBrowser() ?? (await provisionBrowser()))();
  return cached;
}
