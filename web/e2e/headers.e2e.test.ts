/**
 * The explorer under the server's security headers, in real headless Chromium: the page loads,
 * nothing it needs is blocked by the Content-Security-Policy, and search works.
 */
import { readFileSync } from 'node:fs';
import neo4j, { type Driver } from 'neo4j-driver';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import type { Extraction } from '@guanxi/schema';
import { applySchema, ingestArticle, personId } from '@guanxi/seed';
import { buildWeb, launchBrowser, serveApp, type Served } from './harness';

const ARTICLE = new URL('../../seed/articles/000_0d5c12121d1e2778.txt', import.meta.url);
const GOLD = new URL('../../seed/fixtures/seed-000.gold.json', import.meta.url);

let driver: Driver;
let served: Served;
let browser: Browser;

beforeAll(async () => {
  const s = inject('neo4j');
  driver = neo4j.driver(s.uri, neo4j.auth.basic(s.user, s.password));
  await applySchema(driver, s.database);
  // The shared seed article with its real ids (MERGE, idempotent), left in place as the explorer test does.
  const gold = JSON.parse(readFileSync(GOLD, 'utf8')) as Extraction;
  await ingestArticle(driver, s.database, { content: readFileSync(ARTICLE) }, { extract: () => gold });
  await driver.executeQuery('CALL db.awaitIndexes(60)', {}, { database: s.database });
  await buildWeb();
  served = await serveApp(driver, s.database);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
  await driver?.close();
});

it('loads and searches under the Content-Security-Policy, with no violation', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  page.on('pageerror', (e) => violations.push(e.message));
  await page.exposeFunction('__cspViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __cspViolation: (v: string) => void }).__cspViolation(
        `${e.violatedDirective} ${e.blockedURI}`,
      );
    });
  });

  const res = await page.goto(served.url);
  const headers = res!.headers();
  expect(headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
  expect(headers['content-security-policy']).toMatch(/script-src 'self'(;|$)/);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');

  const box = page.getByRole('banner').getByRole('combobox');
  await box.fill('李毅中');
  await page.locator(`[role="option"][data-entity-id="${personId('李毅中')}"]`).waitFor({ timeout: 60_000 });
  await page.locator(`[role="option"][data-entity-id="${personId('李毅中')}"]`).click();
  await page.waitForFunction(() => (window.cy?.nodes().length ?? 0) > 0, undefined, { timeout: 60_000 });
  expect(violations).toEqual([]);
  await page.close();
}, 240_000);
