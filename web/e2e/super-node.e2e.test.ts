/**
 * A super-node in the explorer: an organization with 130 holders (written by the seed writer) shows
 * 50 of them and a "+80 more" node; clicking it pages the rest in, 50 at a time, until it is gone.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Extraction } from '@guanxi/schema';
import { applySchema, normalizeArticle, organizationId, writeExtraction } from '@guanxi/seed';
import { buildWeb, launchBrowser, openPage, screenshot, serveApp, type Served } from './harness';

const PREFIX = `e2esn${Date.now().toString(36)}_`;
const ORG_NAME = `超级节点展示协会${PREFIX}`;
const HOLDERS = 130;
const SLOW = 240_000;

let driver: Driver;
let served: Served;
let browser: Browser;
let page: Page;
let ORG = '';

async function seed(database: string): Promise<void> {
  await applySchema(driver, database);
  const names = Array.from({ length: HOLDERS }, (_, i) => `展示${String(i).padStart(3, '0')}号`);
  const extraction: Extraction = {
    article: PREFIX,
    persons: names.map((name) => ({ name, aliases: [] })),
    organizations: [{ name: ORG_NAME, kind: 'association', aliases: [] }],
    places: [],
    events: [],
    positions: names.map((person) => ({ person, title: '理事', organization: ORG_NAME })),
    roles: [],
    event_orgs: [],
  };
  const article = normalizeArticle({ content: `超级节点展示${PREFIX}\n正文`, source: `${PREFIX}.txt` });
  await writeExtraction(driver, database, article, extraction, { idPrefix: PREFIX });
  await driver.executeQuery('CALL db.awaitIndexes(60)', {}, { database });
}

/** The "+N more" nodes on the canvas, with their labels. */
function moreNodes(): Promise<{ id: string; label: string }[]> {
  return page.evaluate(() =>
    window.cy!.nodes('.more').map((n) => ({ id: n.id(), label: String(n.data('label')) })),
  );
}

/** A real click (or double-click, which expands) where Cytoscape drew the node. */
async function clickNode(id: string, clickCount = 1): Promise<void> {
  const box = await page.getByTestId('canvas').boundingBox();
  const at = await page.evaluate((i) => window.cy!.getElementById(i).renderedPosition(), id);
  await page.mouse.click(box!.x + at.x, box!.y + at.y, { clickCount });
}

const personCount = () => page.evaluate(() => window.cy!.nodes('.kind-person').length);

beforeAll(async () => {
  ORG = PREFIX + organizationId(ORG_NAME);
  const s = inject('neo4j');
  driver = neo4j.driver(s.uri, neo4j.auth.basic(s.user, s.password));
  await seed(s.database);
  await buildWeb();
  served = await serveApp(driver, s.database);
  browser = await launchBrowser();
  page = await openPage(browser);
}, SLOW);

afterAll(async () => {
  await browser?.close();
  await served?.close();
  if (driver) {
    await driver.executeQuery(
      'MATCH (n) WHERE n.id STARTS WITH $prefix DETACH DELETE n',
      { prefix: PREFIX },
      { database: inject('neo4j').database },
    );
    await driver.close();
  }
});

describe('a super-node on the canvas', () => {
  it(
    'shows 50 holders and "+80 more"; clicking it brings the rest in and counts down to none',
    async () => {
      await page.goto(`${served.url}/#lang=en`);
      const box = page.getByRole('banner').getByRole('combobox');
      await box.fill('超级节点展示协会');
      const option = page.locator(`[role="option"][data-entity-id="${ORG}"]`);
      await option.waitFor({ timeout: 30_000 });
      await option.click();
      await page.waitForFunction((id) => window.cy?.getElementById(id).nonempty() === true, ORG);
      await clickNode(ORG, 2);
      await page.waitForFunction(() => (window.cy?.nodes('.more').length ?? 0) > 0, undefined, {
        timeout: 60_000,
      });
      expect(await personCount()).toBe(50);
      const [first] = await moreNodes();
      expect(first!.label).toBe('+80 more holds');
      await screenshot(page, 'super-node-more');

      await clickNode(first!.id);
      await page.waitForFunction(() => window.cy!.nodes('.kind-person').length === 100, undefined, {
        timeout: 60_000,
      });
      expect((await moreNodes()).map((m) => m.label)).toEqual(['+30 more holds']);

      await clickNode(first!.id);
      await page.waitForFunction((n) => window.cy!.nodes('.kind-person').length === n, HOLDERS, {
        timeout: 60_000,
      });
      expect(await moreNodes()).toEqual([]);
      // Every holder once, each joined to the organization.
      const linked = await page.evaluate(
        (org) => window.cy!.getElementById(org).connectedEdges('.rel-HOLDS').length,
        ORG,
      );
      expect(linked).toBe(HOLDERS);
    },
    SLOW,
  );
});
