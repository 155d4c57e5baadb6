/**
 * Time and ties in real headless Chromium against the real API and the test Neo4j, seeded with the
 * seed article (dated 2023-10-25): the timeline panel, the time slider, co-attendees and what's new.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { personId } from '@guanxi/seed';
import { buildWeb, launchBrowser, openPage, screenshot, serveApp, type Served } from './harness';
import { seedArticle } from './seed-article';

let LI = '';
let driver: Driver;
let served: Served;
let browser: Browser;
let page: Page;
const SLOW = 240_000;

async function searchAndPick(query: string, id: string): Promise<void> {
  const box = page.getByRole('banner').getByRole('combobox');
  await box.fill(query);
  const option = page.locator(`[role="option"][data-entity-id="${id}"]`);
  await option.waitFor({ timeout: 30_000 });
  await option.click();
}

/** Canvas edges by class, as Cytoscape holds them. */
const edges = (selector: string) =>
  page.evaluate(
    (s) =>
      window.cy!.edges(s).map((e) => ({
        id: e.id(),
        width: e.numericStyle('width'),
        weight: e.data('weight') as number,
      })),
    selector,
  );

beforeAll(async () => {
  LI = personId('李毅中');
  const s = inject('neo4j');
  driver = neo4j.driver(s.uri, neo4j.auth.basic(s.user, s.password));
  await seedArticle(driver, s.database);
  await buildWeb();
  served = await serveApp(driver, s.database);
  browser = await launchBrowser();
  page = await openPage(browser);
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
  await driver?.close();
});

describe('time and ties', () => {
  it(
    'shows the selected person’s timeline; a bar shows its evidence',
    async () => {
      await page.goto(served.url);
      await searchAndPick('李毅中', LI);
      const timeline = page.getByTestId('timeline');
      await timeline.getByTestId('timeline-bar').first().waitFor({ timeout: 60_000 });
      const bars = timeline.getByTestId('timeline-chart').getByTestId('timeline-bar');
      const kinds = await bars.evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')));
      expect(kinds).toContain('post');
      expect(kinds).toContain('event');
      // 原部长: the former post is marked and its end drawn fading (no dated end)
      const former = timeline.getByTestId('timeline-chart').locator('li', { hasText: '原' }).first();
      expect(await former.textContent()).toContain('部长');
      expect(await former.locator('.tl-bar').getAttribute('class')).toContain('tl-fading-end');
      await bars.filter({ hasText: '会长' }).first().click();
      const evidence = timeline.getByTestId('timeline-chart-evidence');
      await evidence.locator('blockquote').first().waitFor({ timeout: 30_000 });
      expect(await evidence.locator('blockquote').first().textContent()).toContain('李毅中');
      // the post's succession, from the same bar
      await evidence.getByRole('button', { name: '历任（按时间）' }).click();
      await evidence
        .getByTestId('succession')
        .getByTestId('timeline-bar')
        .first()
        .waitFor({ timeout: 30_000 });
      expect(await evidence.getByTestId('succession').textContent()).toContain('李毅中');
      await screenshot(page, 'timeline');
    },
    SLOW,
  );

  it(
    'co-attendees adds the people with weighted edges, their evidence in the details panel',
    async () => {
      await page.getByTestId('details').getByTestId('co-attendees').click();
      await page.waitForFunction(() => window.cy!.edges('.tie-coAppearance').length > 0, undefined, {
        timeout: 60_000,
      });
      const ties = await edges('.tie-coAppearance');
      // people at the seed article's meeting share one event and one article (3 + 1); the others
      // only the article (1); the heavier tie is drawn wider
      const weights = ties.map((t) => t.weight);
      expect(Math.max(...weights)).toBe(4);
      expect(Math.min(...weights)).toBe(1);
      const heavy = ties.find((t) => t.weight === 4)!;
      const light = ties.find((t) => t.weight === 1)!;
      expect(heavy.width).toBeGreaterThan(light.width);
      const list = page.getByTestId('details').getByTestId('ties');
      await list.waitFor();
      expect(await list.locator(':scope > li').count()).toBe(ties.length);
      expect(await list.textContent()).toContain('2023中国工业经济联合会制造业单项冠军企业现场会');
    },
    SLOW,
  );

  it(
    'the time slider fades the edges outside its window',
    async () => {
      const slider = page.getByTestId('time-slider');
      // 李毅中's neighbourhood brings his posts and his part in the meeting onto the canvas
      await page.evaluate((id) => window.cy!.getElementById(id).emit('dbltap'), LI);
      await page.waitForFunction((id) => window.cy!.edges(`.rel-HOLDS[source = "${id}"]`).length > 0, LI, {
        timeout: 60_000,
      });
      await slider.getByLabel('截至某年').check();
      await slider.getByTestId('time-at').fill('2010');
      // 2010 is before the article (2023-10-25) that states every fact: 李毅中's posts fade
      await page.waitForFunction(() => window.cy!.edges('.faded').length > 0, undefined, { timeout: 60_000 });
      const early = (await edges('.faded')).length;
      const posts = await edges(`.rel-HOLDS[source = "${LI}"]`);
      expect(posts.length).toBeGreaterThan(0);
      expect((await edges(`.rel-HOLDS.faded[source = "${LI}"]`)).length).toBe(posts.length);
      expect((await edges('.tie.faded')).length).toBe(0);
      await slider.getByTestId('time-at').fill('2023');
      await page.waitForFunction((n) => window.cy!.edges('.faded').length < n, early, { timeout: 60_000 });
      await screenshot(page, 'time-slider');
      await slider.getByLabel('全部时间').check();
      await page.waitForFunction(() => window.cy!.edges('.faded').length === 0, undefined, {
        timeout: 30_000,
      });
    },
    SLOW,
  );

  it(
    "what's new lists changes since a date; an entry goes onto the canvas",
    async () => {
      await page.evaluate(() => window.guanxi!.clear());
      const panel = page.getByTestId('whats-new');
      await panel.getByTestId('changes-since').fill('2023-01-01');
      await panel.getByRole('button', { name: '查看变化' }).click();
      const list = panel.getByTestId('changes');
      const items = list.getByRole('listitem');
      const more = panel.getByRole('button', { name: '更多变化' });
      await list.waitFor({ timeout: 60_000 });
      // The seed article alone holds more than a page of changes (20 a page, oldest first): 更多变化
      // appends the next page to what is shown, nothing repeated.
      const first = await items.allInnerTexts();
      expect(first).toHaveLength(20);
      await more.click();
      await page.waitForFunction(
        (n) => document.querySelectorAll('[data-testid="changes"] li').length > n,
        20,
      );
      const two = await items.allInnerTexts();
      expect(two.slice(0, 20)).toEqual(first);
      expect(new Set(two).size).toBe(two.length);
      // Other test files write dated facts too: page on until the seed's 李毅中 shows.
      const entry = list.getByRole('button').filter({ hasText: '李毅中' }).first();
      for (let pages = 2; (await entry.count()) === 0; pages++) {
        expect(pages, 'no page of the feed holds 李毅中').toBeLessThan(100);
        const shown = await items.count();
        await more.click();
        await page.waitForFunction(
          (n) => document.querySelectorAll('[data-testid="changes"] li').length > n,
          shown,
        );
      }
      expect(await entry.textContent()).toContain('2023');
      await entry.click();
      await page.waitForFunction((id) => window.cy!.getElementById(id).selected(), LI, { timeout: 30_000 });
    },
    SLOW,
  );
});
