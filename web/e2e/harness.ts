/**
 * End-to-end plumbing: build the web app, serve it with the real API (`createApp` with `staticDir`)
 * on an ephemeral 127.0.0.1 port, and launch Debian's headless Chromium.
 */
import { mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Driver } from 'neo4j-driver';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { createApp } from '@guanxi/server';

export const WEB_ROOT = fileURLToPath(new URL('..', import.meta.url));
export const DIST = fileURLToPath(new URL('../dist', import.meta.url));
export const SCREENSHOTS = fileURLToPath(new URL('../../artifacts/screenshots', import.meta.url));

/** Always rebuild (about a second): a stale dist would test yesterday's app. */
export async function buildWeb(): Promise<void> {
  await build({ root: WEB_ROOT, configFile: `${WEB_ROOT}/vite.config.ts`, logLevel: 'warn' });
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

export async function serveApp(driver: Driver, database: string): Promise<Served> {
  const yoga = createApp({ driver, database, staticDir: DIST, graphiql: false });
  return listen(createServer(yoga));
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

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png` });
}

/** Reads through the documented `window.cy` handle. */
export function nodeCount(page: Page): Promise<number> {
  return page.evaluate(() => window.cy?.nodes().length ?? 0);
}
