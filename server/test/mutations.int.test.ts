import { randomBytes } from 'node:crypto';
import { writeExtraction, personId } from '@guanxi/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testSettings, uniquePrefix } from '../../test/neo4j';
import { normalizeArticle } from '../../seed/src/normalize/index';
import {
  deletePrefixWithCurations,
  gql,
  type Harness,
  startHarness,
  TOKEN,
  deleteIngestedArticle,
} from './harness';

let h: Harness;
const p = uniquePrefix();
const db = (): string => testSettings().database;
let ingested: string | null = null;

beforeAll(async () => {
  h = await startHarness();
  // Two spellings of one man, under this file's own id prefix.
  const article = normalizeArticle({ content: `合并测试${p}\n2024-02-02\n正文${p}`, source: p });
  await writeExtraction(
    h.driver,
    db(),
    article,
    {
      article: p,
      persons: [
        { name: '欧阳测甲', aliases: ['欧阳主任'] },
        { name: '欧阳测乙', aliases: [] },
      ],
      organizations: [{ name: '测试合并协会', kind: 'association', aliases: [] }],
      places: [],
      events: [],
      positions: [
        { person: '欧阳测甲', title: '会长', organization: '测试合并协会' },
        { person: '欧阳测乙', title: '秘书长', organization: '测试合并协会' },
      ],
      roles: [],
      event_orgs: [],
    },
    { idPrefix: p },
  );
});
afterAll(async () => {
  await deletePrefixWithCurations(h.driver, p);
  if (ingested) {
    await deleteIngestedArticle(h.driver, ingested);
  }
  await h.close();
});

describe('mergeEntities', () => {
  const keep = (): string => p + personId('欧阳测甲');
  const drop = (): string => p + personId('欧阳测乙');
  const MERGE = `mutation($k: ID!, $d: ID!) { mergeEntities(keep: $k, drop: $d, reason: "one man") { entity { id name aliases ... on Person { positions { title } } } } }`;

  it('needs the token', async () => {
    const r = await gql(h.app, MERGE, { k: keep(), d: drop() });
    expect(r.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('reports unknown ids as NOT_FOUND and self-merges as BAD_USER_INPUT', async () => {
    expect(
      (await gql(h.app, MERGE, { k: keep(), d: `${p}per_0000` }, TOKEN)).errors?.[0]?.extensions?.code,
    ).toBe('NOT_FOUND');
    expect((await gql(h.app, MERGE, { k: keep(), d: keep() }, TOKEN)).errors?.[0]?.extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('moves the dropped entity onto the kept one', async () => {
    const r = await gql<{
      mergeEntities: { entity: { id: string; aliases: string[]; positions: { title: string }[] } };
    }>(h.app, MERGE, { k: keep(), d: drop() }, TOKEN);
    expect(r.errors).toBeUndefined();
    const kept = r.data!.mergeEntities.entity;
    expect(kept.id).toBe(keep());
    expect(kept.aliases).toContain('欧阳测乙');
    expect(kept.positions.map((x) => x.title).sort()).toEqual(['会长', '秘书长'].sort());
    const gone = await gql<{ node: unknown }>(h.app, `query($id: ID!) { node(id: $id) { id } }`, {
      id: drop(),
    });
    expect(gone.data!.node).toBeNull();
  });
});

describe('ingestArticle', () => {
  const INGEST = `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { alreadyPresent nodesCreated article { id title publishedAt } entities { id name } } }`;
  const tag = randomBytes(3).toString('hex');
  const text = `接口测试文章${tag}\n2024-03-0${(tag.charCodeAt(0) % 9) + 1}\n接口测试文章正文${tag}，用于检查写入。`;

  it('needs the token', async () => {
    const r = await gql(h.app, INGEST, { input: { text } });
    expect(r.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('ingests once; the same text again is already present', async () => {
    const first = await gql<{
      ingestArticle: { alreadyPresent: boolean; article: { id: string; title: string } };
    }>(h.app, INGEST, { input: { text, url: 'https://example.org/a' } }, TOKEN);
    expect(first.errors).toBeUndefined();
    ingested = first.data!.ingestArticle.article.id;
    expect(first.data!.ingestArticle.alreadyPresent).toBe(false);
    expect(first.data!.ingestArticle.article.title).toBe(`接口测试文章${tag}`);
    const again = await gql<{ ingestArticle: { alreadyPresent: boolean; article: { id: string } } }>(
      h.app,
      INGEST,
      { input: { text } },
      TOKEN,
    );
    expect(again.data!.ingestArticle).toMatchObject({ alreadyPresent: true, article: { id: ingested } });
  });

  it('refuses empty and binary text as BAD_USER_INPUT', async () => {
    for (const bad of ['', '   \n  ']) {
      const r = await gql(h.app, INGEST, { input: { text: bad } }, TOKEN);
      expect(r.errors?.[0]?.extensions?.code, JSON.stringify(bad)).toBe('BAD_USER_INPUT');
    }
  });

  it('takes a partial publishedAt as written and refuses one that is no date', async () => {
    const text = `日期测试${p}\n正文${p}`;
    const bad = await gql(h.app, INGEST, { input: { text, publishedAt: '2024-02-30' } }, TOKEN);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const ok = await gql<{ ingestArticle: { article: { id: string; publishedAt: string } } }>(
      h.app,
      INGEST,
      { input: { text, publishedAt: '2024-02' } },
      TOKEN,
    );
    const article = ok.data!.ingestArticle.article;
    // Written without a prefix (the API has none): removed here, with what only it mentions.
    await h.driver.executeQuery(
      `MATCH (a:Article {id: $id}) OPTIONAL MATCH (a)-[:MENTIONS]->(e) WHERE COUNT { (e)<-[:MENTIONS]-() } = 1
       DETACH DELETE a, e`,
      { id: article.id },
      { database: db() },
    );
    expect(article.publishedAt).toBe('2024-02');
  });

  it('keeps bylines as the article’s credits, not persons of the graph', async () => {
    const text = `署名测试${p}\n（记者周子墨）11月3日，项目推进座谈会在某市召开。某市副市长李文华出席。\n编辑：林晓`;
    const r = await gql<{
      ingestArticle: { article: { id: string }; entities: { name: string }[] };
    }>(h.app, INGEST, { input: { text } }, TOKEN);
    expect(r.errors).toBeUndefined();
    const { article, entities } = r.data!.ingestArticle;
    const read = await gql<{
      node: { credits: { name: string; title: string; organization: string | null }[] };
    }>(
      h.app,
      `query($id: ID!) { node(id: $id) { ... on Article { credits { name title organization } } } }`,
      { id: article.id },
    );
    await h.driver.executeQuery(
      `MATCH (a:Article {id: $id}) OPTIONAL MATCH (a)-[:MENTIONS]->(e) WHERE COUNT { (e)<-[:MENTIONS]-() } = 1
       DETACH DELETE a, e`,
      { id: article.id },
      { database: db() },
    );
    expect(read.data!.node.credits).toEqual([
      { name: '周子墨', title: '记者', organization: null },
      { name: '林晓', title: '编辑', organization: null },
    ]);
    expect(entities.map((e) => e.name)).toContain('李文华');
    expect(entities.map((e) => e.name)).not.toContain('周子墨');
    expect(entities.map((e) => e.name)).not.toContain('林晓');
  });
});
