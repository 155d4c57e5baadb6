import { normalizeArticle, organizationId, writeExtraction } from '@guanxi/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteByPrefix, testSettings, uniquePrefix } from '../../test/neo4j';
import { gql, startHarness, TOKEN, type Harness } from './harness';

let h: Harness;
const p = uniquePrefix();
const db = (): string => testSettings().database;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await deleteByPrefix(h.driver, p);
  await h.close();
});

describe('ingestArticle url', () => {
  const INGEST = `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { article { id url } } }`;

  it.each([
    'javascript:alert(document.cookie)',
    'data:text/html,<script>1</script>',
    'file:///etc/passwd',
    '/relative',
  ])('refuses %s with BAD_USER_INPUT and stores nothing', async (url) => {
    const text = `链接测试${p}${url}\n正文`;
    const r = await gql(h.app, INGEST, { input: { text, url } }, TOKEN);
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const { records } = await h.driver.executeQuery(
      'MATCH (a:Article) WHERE a.url = $url RETURN count(a) AS n',
      { url },
      { database: db() },
    );
    expect(Number(records[0]!.get('n'))).toBe(0);
  });
});

describe('names with markup', () => {
  it('never become nodes; the article and its clean facts are still written', async () => {
    const article = normalizeArticle({ content: `标记测试${p}\n2024-03-03\n正文${p}`, source: p });
    const result = await writeExtraction(
      h.driver,
      db(),
      article,
      {
        article: p,
        persons: [{ name: '标记测甲', aliases: [] }],
        organizations: [
          { name: 'TCL<script>科技集团股份有限公司', kind: 'enterprise', aliases: [] },
          { name: '>科技有限公司', kind: 'enterprise', aliases: [] },
          { name: '标记测试协会', kind: 'association', aliases: ['标记<b>协会'] },
        ],
        places: [],
        events: [],
        positions: [
          { person: '标记测甲', title: '会长', organization: '标记测试协会' },
          { person: '标记测甲', title: '董事长', organization: 'TCL<script>科技集团股份有限公司' },
        ],
        roles: [],
        event_orgs: [],
      },
      { idPrefix: p },
    );
    expect(result.alreadyPresent).toBe(false);
    const { records } = await h.driver.executeQuery(
      `MATCH (n) WHERE n.id STARTS WITH $p
       RETURN labels(n)[0] AS label, coalesce(n.name, n.title) AS name, n.aliases AS aliases ORDER BY name`,
      { p },
      { database: db() },
    );
    const names = records.map((r) => String(r.get('name')));
    expect(names.join('|')).not.toMatch(/[<>]/);
    expect(records.flatMap((r) => (r.get('aliases') as string[] | null) ?? [])).toEqual([]);
    expect(names).toEqual(expect.arrayContaining(['标记测甲', '标记测试协会', `标记测试${p}`]));
    const org = await gql(h.app, `{ node(id: "${p}${organizationId('标记测试协会')}") { id } }`);
    expect(org.data).toEqual({ node: { id: p + organizationId('标记测试协会') } });
  });
});
