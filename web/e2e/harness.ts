/** The real app for end-to-end tests: the API (`createApp`) serving the built explorer (`staticDir`). */
import { createServer } from 'node:http';
import type { Driver } from 'neo4j-driver';
import type { Page } from 'playwright-core';
import { createApp } from '@guanxi/server';
import { DIST, listen, type Served } from './browser';

export { buildWeb, launchBrowser, openPage, screenshot, type Served } from './browser';

/** On an ephemeral 127.0.0.1 port. */
export async function serveApp(driver: Driver, database: string): Promise<Served> {
  const yoga = createApp({ driver, database, staticDir: DIST, graphiql: false });
  return listen(createServer(yoga));
}

/** Reads through the documented `window.cy` handle. */
export function nodeCount(page: Page): Promise<number> {
  return page.evaluate(() => window.cy?.nodes().length ?? 0);
}
