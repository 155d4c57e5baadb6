/**
 * Curation in real headless Chromium against the real API and test Neo4j: a curator signs in with a
 * token made for this test, retracts a post from the details panel and undoes it, then answers three
 * review items with the keys. Every curation it made is undone afterwards, so other files see the
 * seed as written.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { personId } from '@guanxi/seed';
// The server package exports only createApp; tests make curators the way server/test does.
import { addCurator, revokeCurator } from '../../server/src/curation/curators';
import { createDb } from '../../server/src/neo4j/db';
import { curatorApi } from './curator-api';
import { buildWeb, launchBrowser, openPage, screenshot, serveApp, type Served } from './harness';
import { seedArticle } from './seed-article';

const SLOW = 240_000;
const CURATOR = `web e2e ${Date.now()}`;
// Two throwaway people, one a duplicate of the other, for the merge: written by hand, deleted after.
const KEEP = {
  id: personId(`合并测试甲${Date.now()}`),
  label: `合并测试甲${Date.now()}`,
  kind: 'person' as const,
};
const DROP = {
  id: personId(`合并测试乙${Date.now()}`),
  label: `合并测试乙${Date.now()}`,
  kind: 'person' as const,
};

let driver: Driver;
let served: Served;
let browser: Browser;
let page: Page;
let token = '';

const curator = curatorApi(
  () => served.url,
  () => token,
  CURATOR,
);
const api = curator.call;

beforeAll(async () => {
  const s = inject('neo4j');
  driver = neo4j.driver(s.uri, neo4j.auth.basic(s.user, s.password));
  await seedArticle(driver, s.database);
  await driver.executeQuery(
    'UNWIND $people AS p MERGE (n:Person:Entity {id: p.id}) SET n.name = p.label, n.aliases = [], n.pinyin = []',
    { people: [KEEP, DROP] },
    { database: s.database },
  );
  token = (await addCurator(createDb(driver, s.database), CURATOR)).token;
  await buildWeb();
  served = await serveApp(driver, s.database);
  browser = await launchBrowser();
  page = await openPage(browser);
}, SLOW);

afterAll(async () => {
  await browser?.close();
  // A merge deleted its throwaway node; afterAll deletes the kept one, so it is not undone.
  if (served && token) await curator.undoAll((op) => op === 'MERGE_ENTITIES');
  await served?.close();
  if (driver) {
    const database = inject('neo4j').database;
    await revokeCurator(createDb(driver, database), CURATOR).catch(() => undefined);
    await driver.executeQuery(
      'MATCH (n) WHERE n.id IN $ids DETACH DELETE n',
      { ids: [KEEP.id, DROP.id] },
      { database },
    );
    await driver.close();
  }
});

describe('curation', () => {
  it('signs in with a pasted token, kept for the tab', async () => {
    await page.goto(served.url);
    const banner = page.getByRole('banner');
    await banner.getByRole('button', { name: '登录' }).click();
    await banner.getByPlaceholder('策展人令牌').fill(token);
    await banner.getByPlaceholder('策展人令牌').press('Enter');
    await expect(page.getByTestId('session').innerText()).resolves.toContain('已登录');
    expect(await page.evaluate(() => sessionStorage.getItem('guanxi.token'))).toBe(token);
  });

  it(
    'retracts a post from the details panel, sees it gone, undoes it and sees it back',
    async () => {
      const li = personId('李毅中');
      const box = page.getByRole('banner').getByRole('combobox');
      await box.fill('李毅中');
      await page.locator(`[role="option"][data-entity-id="${li}"]`).click({ timeout: 30_000 });
      const positions = page.getByTestId('details').getByTestId('positions');
      await positions.waitFor({ timeout: 30_000 });
      const post = positions.locator('li').first();
      const factId = await post.locator('.fact-actions').getAttribute('data-fact-id');
      expect(factId).toMatch(/^fct_/);
      const fact = page.locator(`[data-testid="details"] [data-fact-id="${factId}"]`);

      await post.getByRole('button', { name: '撤回' }).click();
      await post.getByPlaceholder('撤回理由').fill('e2e: not in the article');
      await post.getByRole('button', { name: '确认撤回' }).click();
      await fact.waitFor({ state: 'detached', timeout: 30_000 });
      // The first curation names the curator: the header now says who is signed in.
      await expect(page.getByTestId('session').innerText()).resolves.toContain(CURATOR);
      await screenshot(page, 'curation-01-retracted');

      await page.getByRole('button', { name: /撤销上一步/ }).click();
      await fact.waitFor({ timeout: 30_000 });
      await page.getByTestId('details').getByRole('button', { name: '核实' }).first().waitFor();

      // The history (newest first; the test database keeps earlier runs') shows both changes, the
      // retraction struck through as undone.
      const history = page.getByTestId('details').getByTestId('history');
      await history.locator('summary').click();
      await expect
        .poll(async () => (await history.locator('li').allInnerTexts()).slice(0, 2))
        .toEqual([
          expect.stringContaining(`撤销 · ${CURATOR}`),
          expect.stringContaining(`撤回事实 · ${CURATOR}`),
        ]);
      expect(await history.locator('li').nth(1).getAttribute('class')).toBe('undone');
    },
    SLOW,
  );

  it(
    'works through three review items with a, s and r',
    async () => {
      await page.getByRole('banner').getByRole('button', { name: '审核' }).click();
      const review = page.getByTestId('review');
      const item = review.getByTestId('review-item');
      await item.waitFor({ timeout: 30_000 });
      const progress = review.getByTestId('review-progress');
      const total = Number((await progress.innerText()).split('/')[1]);
      expect(total).toBeGreaterThanOrEqual(3);
      expect(await progress.innerText()).toBe(`1 / ${total}`);
      expect(await review.locator('blockquote mark').count()).toBeGreaterThan(0);
      await screenshot(page, 'curation-02-review');

      const accepted = await item.getAttribute('data-fact-id');
      await page.keyboard.press('a');
      await expect.poll(() => progress.innerText(), { timeout: 30_000 }).toBe(`2 / ${total}`);
      const skipped = await item.getAttribute('data-fact-id');
      expect(skipped).not.toBe(accepted);
      await page.keyboard.press('s');
      await expect.poll(() => progress.innerText()).toBe(`3 / ${total}`);
      const rejected = await item.getAttribute('data-fact-id');
      await page.keyboard.press('r');
      const reason = review.getByRole('textbox');
      expect(await reason.inputValue()).toBe('证据句不支持该事实');
      await reason.press('Enter');
      await expect.poll(() => progress.innerText(), { timeout: 30_000 }).toBe(`4 / ${total}`);

      // The server agrees: the accepted and rejected facts left the queue, the skipped one did not.
      const { reviewQueue } = await api<{ reviewQueue: { edges: { node: { id: string } }[] } }>(
        'query { reviewQueue(first: 100) { edges { node { id } } } }',
      );
      const queued = new Set(reviewQueue.edges.map((e) => e.node.id));
      expect(queued.has(accepted!)).toBe(false);
      expect(queued.has(rejected!)).toBe(false);
      expect(queued.has(skipped!)).toBe(true);
    },
    SLOW,
  );

  it(
    'merges a duplicate on the canvas into the selected person, with a reason',
    async () => {
      // The header's review button toggles: pressed again, the details panel is back.
      await page.getByRole('banner').getByRole('button', { name: '审核' }).click();
      await page.evaluate(
        ([keep, drop]) => window.guanxi!.loadSlice({ nodes: [keep!, drop!], edges: [], truncated: false }),
        [KEEP, DROP],
      );
      await page.evaluate((id) => window.cy?.getElementById(id).emit('tap'), KEEP.id);
      const merge = page.getByTestId('details').getByTestId('merge');
      await merge.locator('summary').click();
      await merge.getByRole('combobox').selectOption(DROP.id);
      await merge.getByRole('textbox').fill('e2e: the same person');
      await merge.getByRole('button', { name: '合并' }).click();
      await page.waitForFunction((id) => window.cy?.getElementById(id).length === 0, DROP.id, {
        timeout: 30_000,
      });
      const { records } = await driver.executeQuery(
        'MATCH (n {id: $id}) RETURN count(n) AS n',
        { id: DROP.id },
        { database: inject('neo4j').database },
      );
      expect(records[0]?.get('n').toNumber()).toBe(0);
      await expect
        .poll(() => page.getByTestId('details').getByTestId('history').textContent())
        .toContain(`合并实体 · ${CURATOR} · e2e: the same person`);
    },
    SLOW,
  );
});
