/**
 * The analyst's main flow in real headless Chromium against the real API and the test Neo4j, seeded
 * with the seed article and its gold extraction.
 */
import { readFileSync } from 'node:fs';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import neo4j, { type Driver } from 'neo4j-driver';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { organizationId, personId } from '@guanxi/seed';
import { buildWeb, launchBrowser, openPage, nodeCount, screenshot, serveApp, type Served } from './harness';
import { ARTICLE, seedArticle } from './seed-article';

// Resolved in beforeAll: @guanxi/seed's module graph is only complete once fully loaded.
let LI = '';
let WU = '';
let CFIE = '';
const EVIL_NAME = `<img src=x onerror="window.__xss=1">测试${Date.now()}`;

let driver: Driver;
let served: Served;
let browser: Browser;
/** Steps that wait on layouts and several API calls get more time on a busy machine. */
const SLOW = 240_000;
let page: Page;
const evilIds: string[] = [];

async function seed(database: string): Promise<void> {
  await seedArticle(driver, database);
  // A person whose name is markup. The writer refuses such names now, so it is written by hand, as
  // data from before that (or from another tool) would be: the explorer must still escape it.
  await driver.executeQuery(
    'MERGE (p:Person:Entity {id: $id}) SET p.name = $name, p.aliases = [], p.pinyin = []',
    { id: personId(EVIL_NAME), name: EVIL_NAME },
    { database },
  );
  evilIds.push(personId(EVIL_NAME));
}

async function searchAndPick(query: string, id: string): Promise<void> {
  const box = page.getByRole('banner').getByRole('combobox');
  await box.fill(query);
  const option = page.locator(`[role="option"][data-entity-id="${id}"]`);
  await option.waitFor({ timeout: 30_000 });
  await option.click();
}

/** A real double-click on the node where Cytoscape drew it. */
async function dblclickNode(id: string): Promise<void> {
  const box = await page.getByTestId('canvas').boundingBox();
  const at = await page.evaluate((i) => window.cy!.getElementById(i).renderedPosition(), id);
  await page.mouse.dblclick(box!.x + at.x, box!.y + at.y);
}

beforeAll(async () => {
  [LI, WU, CFIE] = [personId('李毅中'), personId('吴同明'), organizationId('中国工业经济联合会')];
  const s = inject('neo4j');
  driver = neo4j.driver(s.uri, neo4j.auth.basic(s.user, s.password));
  await seed(s.database);
  await buildWeb();
  served = await serveApp(driver, s.database);
  browser = await launchBrowser();
  page = await openPage(browser);
  page.on('console', (m) => console.log('[console]', m.text()));
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
  if (driver) {
    await driver.executeQuery(
      'MATCH (n) WHERE n.id IN $ids DETACH DELETE n',
      { ids: evilIds },
      { database: inject('neo4j').database },
    );
    await driver.close();
  }
});

describe('explorer', () => {
  it('finds 李毅中 by name and by pinyin, and puts him on the canvas selected', async () => {
    await page.goto(served.url);
    await expect(page.getByText('画布为空', { exact: false }).isVisible()).resolves.toBe(true);
    const box = page.getByRole('banner').getByRole('combobox');
    await box.fill('lyz');
    await page
      .locator(`[role="listbox"] [role="option"][data-entity-id="${LI}"]`)
      .waitFor({ timeout: 30_000 });
    // Keyboard: ↓ makes an option active (aria-activedescendant), Escape closes the list.
    await box.press('ArrowDown');
    const active = await box.getAttribute('aria-activedescendant');
    expect(active).toBeTruthy();
    expect(await page.locator(`[id="${active}"]`).getAttribute('aria-selected')).toBe('true');
    await screenshot(page, '01-search-pinyin');
    await box.press('Escape');
    expect(await page.getByRole('listbox').count()).toBe(0);
    await box.fill('');
    await searchAndPick('李毅中', LI);
    await page.waitForFunction((id) => window.cy?.getElementById(id).selected() === true, LI);
    expect(await nodeCount(page)).toBe(1);
    expect(page.url()).toContain(`ids=${LI}`);
  });

  it('shows his posts with the evidence sentence', async () => {
    const details = page.getByTestId('details');
    await details.getByTestId('positions').waitFor();
    const text = await details.innerText();
    expect(text).toContain('中国工业经济联合会');
    expect(text).toContain('会长');
    expect(await details.locator('.evidence blockquote').count()).toBeGreaterThan(0);
    // Each fact cites a sentence from the article.
    const sentences = await details.locator('.evidence blockquote').allInnerTexts();
    const article = readFileSync(ARTICLE, 'utf8').replace(/\s+/g, '');
    expect(sentences.some((s) => s.includes('李毅中') && article.includes(s.replace(/\s+/g, '')))).toBe(true);
    await screenshot(page, '02-details');
  });

  it(
    'expands a node on double-click, keeping placed nodes where they were',
    async () => {
      await dblclickNode(LI);
      await page.waitForFunction(() => (window.cy?.nodes().length ?? 0) > 1, undefined, { timeout: 30_000 });
      const afterFirst = await nodeCount(page);
      const before = await page.evaluate((id) => window.cy!.getElementById(id).position(), LI);
      await dblclickNode(CFIE);
      await page.waitForFunction((n) => (window.cy?.nodes().length ?? 0) > n, afterFirst, {
        timeout: 30_000,
      });
      const after = await page.evaluate((id) => window.cy!.getElementById(id).position(), LI);
      expect(after.x).toBeCloseTo(before.x, 0);
      expect(after.y).toBeCloseTo(before.y, 0);
      expect(await page.evaluate((id) => window.cy!.getElementById(id).nonempty(), WU)).toBe(true);
      await page.getByRole('button', { name: '适应窗口' }).click();
      await screenshot(page, '03-expanded');
    },
    SLOW,
  );

  it(
    'finds and highlights the path between 李毅中 and 吴同明',
    async () => {
      const finder = page.getByRole('region', { name: '路径查找' });
      await page.evaluate((id) => window.cy?.getElementById(id).emit('tap'), LI);
      await finder.getByRole('button', { name: '用选中节点' }).first().click();
      const to = finder.getByRole('combobox');
      await to.fill('吴同明');
      await finder.locator(`[role="option"][data-entity-id="${WU}"]`).click();
      await finder.getByRole('button', { name: '查找路径' }).click();
      await finder.getByTestId('path-result').waitFor();
      expect(await finder.getByTestId('path-result').innerText()).toContain('2');
      // Two hops: through 中国工业经济联合会 (both hold posts there) or the meeting (both took part).
      const nodes = await page.evaluate(() => window.cy!.nodes('.path').map((e) => e.id()));
      const edges = await page.evaluate(() => window.cy!.edges('.path').map((e) => e.id()));
      expect(nodes).toEqual(expect.arrayContaining([LI, WU]));
      expect(nodes).toHaveLength(3);
      expect(edges).toHaveLength(2);
      await screenshot(page, '04-path');
    },
    SLOW,
  );

  it(
    'opens the article with its entities highlighted; clicking one selects it',
    async () => {
      await page.evaluate((id) => window.cy?.getElementById(id).emit('tap'), LI);
      await page.getByTestId('details').locator('.article-link').first().click();
      const reader = page.getByTestId('article-reader');
      await reader.locator('mark.mention').first().waitFor();
      const marks = await reader.locator('mark.mention').allInnerTexts();
      expect(marks).toEqual(expect.arrayContaining(['李毅中', '吴同明', '中国工业经济联合会']));
      await screenshot(page, '05-article');
      const ta = reader.locator('mark.mention', { hasText: '荣剑英' }).first();
      const id = await ta.getAttribute('data-entity-id');
      await ta.click();
      await page.waitForFunction((i) => window.cy?.getElementById(i!).selected() === true, id);
    },
    SLOW,
  );

  it('switches to English', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Fit' }).waitFor();
    expect(page.url()).toContain('lang=en');
    await page.getByRole('button', { name: '中文' }).click();
  });

  it('exports the view as PNG and JSON', async () => {
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出 PNG' }).click(),
    ]);
    expect(png.suggestedFilename()).toBe('guanxi.png');
    const pngBytes = readFileSync((await png.path())!);
    expect(pngBytes.subarray(1, 4).toString()).toBe('PNG');
    const [json] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出 JSON' }).click(),
    ]);
    const view = JSON.parse(readFileSync((await json.path())!, 'utf8')) as {
      format: string;
      nodes: { id: string; position: unknown }[];
    };
    expect(view.format).toBe('guanxi-view/1');
    expect(view.nodes.length).toBe(await nodeCount(page));
    expect(view.nodes.find((n) => n.id === LI)?.position).toBeTruthy();
  });

  it('exports GraphML, GEXF and CSV that parsers read back with evidence article ids', async () => {
    const save = async (name: string) => {
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name }).click(),
      ]);
      return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
    };
    const onCanvas = await nodeCount(page);
    const edgesOnCanvas = await page.evaluate(() => window.cy!.edges().length);
    const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', htmlEntities: true });

    const graphml = await save('导出 GraphML');
    expect(graphml.name).toBe('guanxi.graphml');
    expect(XMLValidator.validate(graphml.text)).toBe(true);
    const g = xml.parse(graphml.text).graphml.graph as { node: { id: string }[]; edge: unknown[] };
    expect(g.node.length).toBe(onCanvas);
    expect(g.edge.length).toBe(edgesOnCanvas);

    const gexf = await save('导出 GEXF');
    expect(gexf.name).toBe('guanxi.gexf');
    expect(XMLValidator.validate(gexf.text)).toBe(true);
    expect((xml.parse(gexf.text).gexf.graph.nodes.node as unknown[]).length).toBe(onCanvas);

    const nodes = await save('导出节点 CSV');
    expect(nodes.name).toBe('guanxi-nodes.csv');
    const rows = parseCsv(nodes.text, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.length).toBe(onCanvas);
    const li = rows.find((r) => r.id === LI)!;
    expect(li).toMatchObject({ label: '李毅中', kind: 'person' });
    expect(li.titles).toContain('会长');
    expect(li.articles).toMatch(/^art_/);

    const edges = await save('导出关系 CSV');
    expect(edges.name).toBe('guanxi-edges.csv');
    const links = parseCsv(edges.text, { bom: true, columns: true }) as Record<string, string>[];
    expect(links.length).toBe(edgesOnCanvas);
    const holds = links.find((r) => r.source === LI && r.type === 'HOLDS' && r.label === '会长')!;
    expect(holds.articles).toMatch(/^art_/);
  });

  it('restores a shared view and shows a name with markup as text', async () => {
    const evil = evilIds[0]!;
    const p2 = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await p2.goto(`${served.url}/#ids=${LI},${CFIE},${evil}&sel=${evil}`);
    await p2.waitForFunction(() => (window.cy?.nodes().length ?? 0) === 3, undefined, { timeout: 15_000 });
    expect(await p2.evaluate((id) => window.cy!.getElementById(id).data('label') as string, evil)).toBe(
      EVIL_NAME,
    );
    expect(await p2.evaluate(() => window.cy!.edges().length)).toBeGreaterThan(0);
    const title = p2.getByTestId('details').locator('h3.title');
    await title.waitFor();
    expect(await title.innerText()).toContain('<img src=x onerror=');
    expect(await p2.locator('img').count()).toBe(0);
    expect(await p2.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    await screenshot(p2, '06-markup-as-text');
    await p2.close();
  });

  it('says so when the API is down', async () => {
    const p3 = await browser.newPage();
    await p3.route('**/graphql', (route) => route.abort('connectionrefused'));
    await p3.goto(served.url);
    await p3.getByRole('banner').getByRole('combobox').fill('李毅中');
    const alert = p3.getByRole('alert').first();
    await alert.waitFor({ timeout: 30_000 });
    expect(await alert.innerText()).toContain('无法连接到服务器');
    await screenshot(p3, '07-api-down');
    await p3.close();
  });
});
