/**
 * Accessibility in real headless Chromium: axe-core (WCAG 2.1 A/AA) finds nothing in the explorer's
 * main states, and everything the mouse does on the canvas can be done from the keyboard.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { personId } from '@guanxi/seed';
// The server package exports only createApp; tests make curators the way server/test does.
import { addCurator, revokeCurator } from '../../server/src/curation/curators';
import { createDb } from '../../server/src/neo4j/db';
import { axeViolations } from './axe';
import { buildWeb, launchBrowser, openPage, nodeCount, serveApp, type Served } from './harness';
import { seedArticle } from './seed-article';

let LI = '';
let WU = '';
let driver: Driver;
let served: Served;
let browser: Browser;
let page: Page;
const SLOW = 240_000;
const CURATOR = `web a11y ${Date.now()}`;
let token = '';

const selectedId = () => page.evaluate(() => window.cy?.$('node:selected').map((n) => n.id())[0] ?? null);

beforeAll(async () => {
  [LI, WU] = [personId('李毅中'), personId('吴同明')];
  const s = inject('neo4j');
  driver = neo4j.driver(s.uri, neo4j.auth.basic(s.user, s.password));
  await seedArticle(driver, s.database);
  token = (await addCurator(createDb(driver, s.database), CURATOR)).token;
  await buildWeb();
  served = await serveApp(driver, s.database);
  browser = await launchBrowser();
  page = await openPage(browser);
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
  if (driver && token) await revokeCurator(createDb(driver, inject('neo4j').database), CURATOR);
  await driver?.close();
});

describe('axe-core finds no WCAG 2.1 A/AA violation', () => {
  it('on the empty explorer', async () => {
    await page.goto(served.url);
    await page.getByRole('banner').getByRole('combobox').waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('(and would find one: the check can fail)', async () => {
    // The search box as it was: aria-controls naming a listbox that is not in the page.
    const p = await browser.newPage();
    await p.setContent(
      '<html lang="en"><title>t</title><main><input type="search" aria-controls="gone" ' +
        'aria-autocomplete="list" aria-label="Search"><img src="x.png"></main></html>',
    );
    const found = await axeViolations(p);
    expect(found.map((v) => v.id).sort()).toEqual(['aria-valid-attr-value', 'image-alt']);
    expect(found.find((v) => v.id === 'aria-valid-attr-value')?.impact).toBe('critical');
    await p.close();
  });

  it('with suggestions open', async () => {
    const box = page.getByRole('banner').getByRole('combobox');
    await box.fill('lyz');
    await page.locator(`[role="option"][data-entity-id="${LI}"]`).waitFor({ timeout: 30_000 });
    await box.press('ArrowDown');
    expect(await box.getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator(`[id="${await box.getAttribute('aria-controls')}"]`).getAttribute('role')).toBe(
      'listbox',
    );
    expect(await axeViolations(page)).toEqual([]);
  });

  it('with a node selected and its details shown', async () => {
    await page.locator(`[role="option"][data-entity-id="${LI}"]`).click();
    await page.getByTestId('details').getByTestId('positions').waitFor({ timeout: 30_000 });
    // Closed again: aria-controls must not name a listbox that is no longer in the page.
    const box = page.getByRole('banner').getByRole('combobox');
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    expect(await box.getAttribute('aria-controls')).toBeNull();
    expect(await axeViolations(page)).toEqual([]);
  });

  it(
    'with a path found',
    async () => {
      const finder = page.getByRole('region', { name: '路径查找' });
      await finder.getByRole('button', { name: '用选中节点' }).first().click();
      await finder.getByRole('combobox').fill('吴同明');
      await finder.locator(`[role="option"][data-entity-id="${WU}"]`).click();
      await finder.getByRole('button', { name: '查找路径' }).click();
      await finder.getByTestId('path-result').waitFor({ timeout: 60_000 });
      expect(await axeViolations(page)).toEqual([]);
    },
    SLOW,
  );

  it(
    'with the article reader open',
    async () => {
      await page.evaluate((id) => window.cy?.getElementById(id).emit('tap'), LI);
      await page.getByTestId('details').locator('.article-link').first().click();
      await page.getByTestId('article-reader').locator('mark.mention').first().waitFor({ timeout: 30_000 });
      expect(await axeViolations(page)).toEqual([]);
      await page.getByTestId('article-reader').getByRole('button', { name: '关闭' }).click();
    },
    SLOW,
  );

  it(
    "with the timeline, ties, time slider and what's new open",
    async () => {
      await page.evaluate((id) => window.cy?.getElementById(id).emit('tap'), LI);
      const timeline = page.getByTestId('timeline');
      await timeline.getByTestId('timeline-bar').first().click({ timeout: 60_000 });
      await timeline
        .getByTestId('timeline-chart-evidence')
        .locator('blockquote')
        .first()
        .waitFor({ timeout: 30_000 });
      await page.getByTestId('details').getByTestId('co-attendees').click();
      await page.getByTestId('details').getByTestId('ties').waitFor({ timeout: 60_000 });
      const slider = page.getByTestId('time-slider');
      await slider.getByLabel('时间区间').check();
      await slider.locator('p[role="status"]').waitFor();
      const news = page.getByTestId('whats-new');
      await news.getByTestId('changes-since').fill('2023-01-01');
      await news.getByRole('button', { name: '查看变化' }).click();
      await news.getByTestId('changes').waitFor({ timeout: 60_000 });
      expect(await axeViolations(page)).toEqual([]);
      await slider.getByLabel('全部时间').check();
    },
    SLOW,
  );

  it(
    'signed in, with curation controls and the retract form open',
    async () => {
      const banner = page.getByRole('banner');
      await banner.getByRole('button', { name: '登录' }).click();
      expect(await axeViolations(page)).toEqual([]);
      await banner.getByPlaceholder('策展人令牌').fill(token);
      await banner.getByRole('button', { name: '登录' }).click();
      await page.getByTestId('session').waitFor();
      const positions = page.getByTestId('details').getByTestId('positions');
      await positions.getByRole('button', { name: '撤回' }).first().click();
      await positions.getByPlaceholder('撤回理由').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await positions.getByRole('button', { name: '取消' }).click();
    },
    SLOW,
  );

  it(
    'signed in, with the correct form, the alias form and the split dialog open',
    async () => {
      const details = page.getByTestId('details');
      const positions = details.getByTestId('positions');
      await positions.getByRole('button', { name: '更正' }).first().click();
      await positions.getByTestId('correct-form').waitFor();
      await details
        .getByTestId('aliases')
        .getByRole('button', { name: /添加别名/ })
        .click();
      await details.getByTestId('aliases').getByLabel('新别名').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await positions.getByTestId('correct-form').getByRole('button', { name: '取消' }).click();
      await details.getByTestId('aliases').getByRole('button', { name: '取消' }).click();

      await details.getByRole('button', { name: '拆分…' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
    },
    SLOW,
  );

  it(
    'with the review panel and its reject form',
    async () => {
      await page.getByRole('banner').getByRole('button', { name: '审核' }).click();
      const review = page.getByTestId('review');
      await review.getByTestId('review-item').waitFor({ timeout: 30_000 });
      expect(await axeViolations(page)).toEqual([]);
      await review.getByRole('button', { name: /拒绝/ }).click();
      await review.getByRole('textbox').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await review.getByRole('button', { name: '关闭审核' }).click();
      await page.getByRole('banner').getByRole('button', { name: '退出登录' }).click();
    },
    SLOW,
  );
});

describe('the canvas by keyboard', () => {
  it('explains its keys next to the canvas', async () => {
    const canvas = page.getByRole('application', { name: '关系图画布' });
    const help = page.locator(`[id="${await canvas.getAttribute('aria-describedby')}"]`);
    expect(await help.isVisible()).toBe(true);
    for (const key of ['←/→', 'Enter', 'D', 'Esc', '+/-']) expect(await help.innerText()).toContain(key);
  });

  it(
    'selects the next and previous node, expands, opens details and clears the selection',
    async () => {
      const canvas = page.getByRole('application', { name: '关系图画布' });
      await canvas.focus();
      const order = await page.evaluate(() =>
        [...window.guanxi!.model().nodes.values()].filter((n) => !n.hidden).map((n) => n.id),
      );
      expect(order.length).toBeGreaterThan(1);
      await page.keyboard.press('Home');
      expect(await selectedId()).toBe(order[0]);
      await page.keyboard.press('ArrowRight');
      expect(await selectedId()).toBe(order[1]);
      await page.keyboard.press('ArrowLeft');
      expect(await selectedId()).toBe(order[0]);
      await page.keyboard.press('End');
      expect(await selectedId()).toBe(order.at(-1));

      // Walk to 李毅中 and expand him as a double-click would.
      for (let i = 0; i < order.length && (await selectedId()) !== LI; i++)
        await page.keyboard.press('ArrowRight');
      expect(await selectedId()).toBe(LI);
      await expect(page.locator('[role="status"]', { hasText: '李毅中' }).count()).resolves.toBe(1);
      const before = await nodeCount(page);
      await page.keyboard.press('Enter');
      await page.waitForFunction((n) => (window.cy?.nodes().length ?? 0) > n, before, { timeout: 30_000 });

      await page.keyboard.press('d');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('details-panel');
      expect(await page.getByTestId('details').innerText()).toContain('李毅中');

      await canvas.focus();
      const zoom = () => page.evaluate(() => window.cy!.zoom());
      const z0 = await zoom();
      await page.keyboard.press('+');
      expect(await zoom()).toBeCloseTo(z0 * 1.25, 5);
      await page.keyboard.press('-');
      expect(await zoom()).toBeCloseTo(z0, 5);
      await page.keyboard.press('Escape');
      expect(await selectedId()).toBeNull();
      expect(await axeViolations(page)).toEqual([]);
    },
    SLOW,
  );

  it('is reached with Tab', async () => {
    await page.getByRole('button', { name: '清空' }).focus();
    for (let i = 0; i < 80; i++) {
      if (await page.evaluate(() => document.activeElement?.getAttribute('role') === 'application')) break;
      await page.keyboard.press('Tab');
    }
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('canvas');
  });
});
