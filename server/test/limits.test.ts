import { afterAll, describe, expect, it } from 'vitest';
import { offlineApp, post } from './offline';

const { app, driver } = offlineApp();
afterAll(() => driver.close());

const code = (r: Awaited<ReturnType<typeof post>>) => r.json.errors?.[0]?.extensions?.code;

describe('limits (refused before any database work)', () => {
  it('refuses a deep query', async () => {
    let q = 'name';
    for (let i = 0; i < 3; i++)
      q = `positions { organization { positions { holders { person { ${q} } } } } }`;
    const r = await post(app, { query: `{ node(id: "per_x") { ... on Person { ${q} } } }` });
    expect(r.json.errors?.map((e) => e.message).join(' ')).toMatch(/depth limit/i);
    expect(code(r)).toBe('QUERY_TOO_COMPLEX');
    expect(r.json.data ?? null).toBeNull();
  });

  it('refuses too many aliases', async () => {
    const fields = Array.from({ length: 20 }, (_, i) => `a${i}: stats { relationshipTotal }`).join(' ');
    const r = await post(app, { query: `{ ${fields} }` });
    expect(r.json.errors?.[0]?.message).toMatch(/alias/i);
    expect(code(r)).toBe('QUERY_TOO_COMPLEX');
  });

  it('refuses too many tokens and directives', async () => {
    const many = Array.from({ length: 2500 }, () => '__typename').join(' ');
    expect((await post(app, { query: `{ ${many} }` })).json.errors?.[0]?.message).toMatch(/token/i);
    const dirs = Array.from({ length: 30 }, () => '@skip(if: false)').join(' ');
    expect((await post(app, { query: `{ __typename ${dirs} }` })).json.errors?.[0]?.message).toMatch(
      /directive/i,
    );
  });

  it('refuses an expensive query', async () => {
    // Two copies of the deepest honest profile (~16k each, allowed alone) exceed the 20k budget.
    const nested = `search(query: "李", first: 50) { edges { node { id name ... on Person { positions { caption evidence { article { id } } organization { id name positions { title holders { current person { name } } } } } } } } }`;
    const fields = `a: ${nested} b: ${nested}`;
    const r = await post(app, { query: `{ ${fields} }` });
    expect(r.json.errors?.map((e) => e.message).join(' ')).toMatch(/cost limit/i);
    expect(code(r)).toBe('QUERY_TOO_COMPLEX');
  });

  it('refuses first > 100 with BAD_USER_INPUT', async () => {
    const r = await post(app, { query: '{ search(query: "x", first: 1000) { totalCount } }' });
    expect(code(r)).toBe('BAD_USER_INPUT');
  });

  it('refuses a body over the limit with 413, declared or streamed', async () => {
    const small = offlineApp({ maxBodyBytes: 1000 });
    const big = JSON.stringify({ query: `{ search(query: "${'a'.repeat(5000)}") { totalCount } }` });
    expect((await post(small.app, big)).status).toBe(413);
    const chunked = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(new TextEncoder().encode(big));
        c.close();
      },
    });
    const res = await small.app.fetch('http://yoga/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: chunked,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
    await small.driver.close();
  });

  it('stays up after hostile requests', async () => {
    const r = await post(app, { query: '{ __typename }' });
    expect(r.json.data).toEqual({ __typename: 'Query' });
  });
});

describe('auth', () => {
  const MERGE = 'mutation { mergeEntities(keep: "per_a", drop: "per_b", reason: "same man") { id } }';
  it('refuses mutations without the token, or with a wrong one', async () => {
    expect(code(await post(app, { query: MERGE }))).toBe('UNAUTHENTICATED');
    expect(code(await post(app, { query: MERGE }, { authorization: 'Bearer nope' }))).toBe('UNAUTHENTICATED');
    const ingest = 'mutation { ingestArticle(input: { text: "标题\\n正文" }) { article { id } } }';
    expect(code(await post(app, { query: ingest }))).toBe('UNAUTHENTICATED');
  });

  it('without API_TOKEN, takes only curator tokens (malformed ones never reach the database)', async () => {
    const none = offlineApp({ apiToken: '' });
    for (const authorization of ['Bearer ', 'Bearer secret-token', 'Bearer gxc.nope']) {
      const r = await post(none.app, { query: MERGE }, { authorization });
      expect(code(r), authorization).toBe('UNAUTHENTICATED');
      expect(r.json.errors?.[0]?.message).toMatch(/curator token/);
    }
    await none.driver.close();
  });

  it('lets the right token through to the database', async () => {
    const r = await post(app, { query: MERGE }, { authorization: 'Bearer secret-token' });
    expect(code(r)).toBe('DATABASE_UNAVAILABLE');
  });
});

describe('errors and health', () => {
  it('reports a database outage as DATABASE_UNAVAILABLE, without internals', async () => {
    const r = await post(app, { query: '{ search(query: "李毅中") { totalCount } }' });
    expect(code(r)).toBe('DATABASE_UNAVAILABLE');
    const text = JSON.stringify(r.json);
    expect(text).not.toMatch(/bolt|stack|CALL db\.|MATCH/);
  });

  it('/health is up while /ready is 503 without the database', async () => {
    expect((await app.fetch('http://yoga/health')).status).toBe(200);
    expect((await app.fetch('http://yoga/ready')).status).toBe(503);
  });
});
