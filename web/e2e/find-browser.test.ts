import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findBrowser, playwrightCacheDir, type BrowserSearch } from './find-browser';

/** A fake executable (or a plain file with `exec: false`) under a fresh temporary folder. */
function fake(root: string, rel: string, exec = true): string {
  const path = join(root, rel);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, '#!/bin/sh\n');
  chmodSync(path, exec ? 0o755 : 0o644);
  return path;
}

function search(root: string, env: NodeJS.ProcessEnv, extra: Partial<BrowserSearch> = {}): BrowserSearch {
  // `platform: 'aix'` has no well-known install paths, so only what the test creates can be found.
  return { env, platform: 'aix', home: join(root, 'home'), ...extra };
}

describe('findBrowser', () => {
  it('takes CHROMIUM_PATH first, over a system browser on PATH', () => {
    const root = mkdtempSync(join(tmpdir(), 'gx-browser-'));
    const given = fake(root, 'custom/my-chrome');
    fake(root, 'bin/chromium');
    expect(findBrowser(search(root, { CHROMIUM_PATH: given, PATH: join(root, 'bin') }))).toEqual({
      path: given,
      how: 'CHROMIUM_PATH',
    });
  });

  it('refuses a CHROMIUM_PATH that cannot be run instead of falling back silently', () => {
    const root = mkdtempSync(join(tmpdir(), 'gx-browser-'));
    const notExec = fake(root, 'custom/chrome', false);
    expect(() => findBrowser(search(root, { CHROMIUM_PATH: notExec }))).toThrow(/not an executable file/);
    expect(() => findBrowser(search(root, { CHROMIUM_PATH: join(root, 'missing') }))).toThrow(
      /CHROMIUM_PATH/,
    );
  });

  it('finds a system Chromium or Chrome on PATH, in name order, skipping non-executables', () => {
    const root = mkdtempSync(join(tmpdir(), 'gx-browser-'));
    fake(root, 'a/chromium', false);
    const chrome = fake(root, 'b/google-chrome');
    const PATH = [join(root, 'a'), join(root, 'b')].join(':');
    expect(findBrowser(search(root, { PATH }))).toEqual({ path: chrome, how: 'system' });
    const chromium = fake(root, 'b/chromium');
    expect(findBrowser(search(root, { PATH }))?.path).toBe(chromium);
  });

  it("falls back to Playwright's cache: the expected build first, else the newest one there", () => {
    const root = mkdtempSync(join(tmpdir(), 'gx-browser-'));
    const cache = join(root, 'pw');
    fake(cache, 'chromium-1100/chrome-linux/chrome');
    const newest = fake(cache, 'chromium-1200/chrome-linux64/chrome');
    fake(cache, 'firefox-1300/firefox/firefox');
    const env = { PATH: join(root, 'empty'), PLAYWRIGHT_BROWSERS_PATH: cache };
    expect(findBrowser(search(root, env))).toEqual({ path: newest, how: 'playwright cache' });
    const expected = fake(cache, 'chromium-1000/chrome-linux/chrome');
    expect(findBrowser(search(root, env, { playwrightExpects: expected }))?.path).toBe(expected);
  });

  it('reads the default cache folder under the home directory', () => {
    const root = mkdtempSync(join(tmpdir(), 'gx-browser-'));
    const s = search(root, {});
    expect(playwrightCacheDir(s)).toBe(join(root, 'home', '.cache', 'ms-playwright'));
    const shell = fake(playwrightCacheDir(s), 'chromium_headless_shell-1200/chrome-linux/headless_shell');
    expect(findBrowser(s)).toEqual({ path: shell, how: 'playwright cache' });
    expect(playwrightCacheDir({ ...s, platform: 'darwin' })).toBe(
      join(root, 'home', 'Library', 'Caches', 'ms-playwright'),
    );
  });

  it('finds nothing when there is nothing', () => {
    const root = mkdtempSync(join(tmpdir(), 'gx-browser-'));
    expect(findBrowser(search(root, { PATH: join(root, 'empty') }))).toBeNull();
  });
});
