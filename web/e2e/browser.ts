/**
 * Shared by the end-to-end tests and the render bench: build the app, serve a folder, launch
 * a headless Chromium (found or provisioned by ./find-browser.ts). Nothing here talks to the API.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { ensureBrowser } from './find-browser';

export const WEB_ROOT = fileURLToPath(new URL('..', import.meta.url));
export const DIST = fileURLToPath(new URL('../dist', import.meta.url));
export const SCREENSHOTS = fileURLToPath(new URL('../../artifacts/screenshots', import.meta.url));

/**
 * Always rebuild (a second or two): a stale dist would test yesterday's app. NODE_ENV is forced to
 * production for the build, since vitest sets it to `test` and React would ship its development build.
 */
export async function buildWeb(): Promise<void> {
  const saved = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      root: WEB_ROOT,
      configFile: `${WEB_ROOT}/vite.config.ts`,
      mode: 'production',
      logLevel: 'warn',
    });
  } finally {
    if (saved === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = saved;
  }
}

export interface Served {
  url: string;
  close(): Promise<void>;
}

export async function listen(server: Server): Promise<Served> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** A static server for the built app alone (the bench needs no API). */
export function serveStatic(root: string = DIST): Promise<Served> {
  return listen(
    createServer((req, res) => {
      const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
      let file = join(root, path);
      if (!file.startsWith(root) || !existsSync(file) || path.endsWith('/')) file = join(root, 'index.html');
      res.setHeader('content-type', TYPES[extname(file)] ?? 'application/octet-stream');
      res.end(readFileSync(file));
    }),
  );
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** The Chromium `ensureBrowser` finds or provisions (see find-browser.ts for the order). */
export async function launchBrowser(args: readonly string[] = CHROMIUM_ARGS): Promise<Browser> {
  const { path } = await ensureBrowser();
  return chromium.launch({ executablePath: path, args: [...args] });
}

/** A page at the desktop size the e2e tests are written for, logging the page's uncaught errors. */
export async function openPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.on('pageerror', (e) => console.error('[page]', e.message));
  return page;
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png` });
}
