import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { createLogger } from '../src/log';
import { RateLimiter } from '../src/plugins/rate-limit';
import { graphiqlFromEnv } from '../src/yoga';
import { offlineApp, post } from './offline';

/** Apps whose database is a closed port: CORS, GraphiQL, headers, rate limit and request logs. */
const opened: { driver: { close: () => Promise<void> } }[] = [];
const app = (opts: Parameters<typeof offlineApp>[0] = {}) => {
  const a = offlineApp(opts);
  opened.push(a);
  return a.app;
};
afterAll(async () => {
  for (const a of opened) await a.driver.close();
});

const html = { accept: 'text/html' };

describe('CORS', () => {
  it('is same-origin by default: no CORS headers for another origin, preflight included', async () => {
    const a = app();
    const res = await a.fetch('http://yoga/graphql', {
      method: 'POST',
      headers: { origin: 'https://evil.example', 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    const pre = await a.fetch('http://yoga/graphql', {
      method: 'OPTIONS',
      headers: {
        origin: 'https://evil.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization',
      },
    });
    expect(pre.headers.get('access-control-allow-origin')).toBeNull();
    expect(pre.headers.get('access-control-allow-headers')).toBeNull();
  });

  it('answers the origins on CORS_ORIGINS, without credentials, and nobody else', async () => {
    const a = app({ corsOrigins: ['https://ok.example', 'https://also.example'] });
    const ask = (origin: string) =>
      a.fetch('http://yoga/graphql', {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST' },
      });
    const ok = await ask('https://ok.example');
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://ok.example');
    expect(ok.headers.get('access-control-allow-credentials')).toBeNull();
    expect(ok.headers.get('access-control-allow-headers')).toMatch(/authorization/);
    expect((await ask('https://also.example')).headers.get('access-control-allow-origin')).toBe(
      'https://also.example',
    );
    expect(
      (await ask('https://ok.example.evil.example')).headers.get('access-control-allow-origin'),
    ).toBeNull();
  });
});

describe('GraphiQL and introspection', () => {
  it('is on in development, off in production unless GRAPHIQL=1', () => {
    expect(graphiqlFromEnv({})).toBe(true);
    expect(graphiqlFromEnv({ NODE_ENV: 'production' })).toBe(false);
    expect(graphiqlFromEnv({ NODE_ENV: 'production', GRAPHIQL: '1' })).toBe(true);
    expect(graphiqlFromEnv({ GRAPHIQL: '0' })).toBe(false);
  });

  it('serves GraphiQL from the installed package: no script or style from another host', async () => {
    const res = await app({ graphiql: true }).fetch('http://yoga/graphql', { headers: html });
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toMatch(/renderYogaGraphiQL/);
    expect(page).not.toMatch(/<script[^>]+src=|<link[^>]+href="https?:|unpkg\.com|jsdelivr/);
    expect(res.headers.get('content-security-policy')).toMatch(/connect-src 'self'/);
    expect(res.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
  });

  it('serves neither GraphiQL nor introspection when off', async () => {
    const a = app({ graphiql: false });
    const res = await a.fetch('http://yoga/graphql', { headers: html });
    expect(await res.text()).not.toMatch(/renderYogaGraphiQL/);
    const r = await post(a, { query: '{ __schema { types { name } } }' });
    expect(r.json.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect((await post(a, { query: '{ __typename }' })).json.data).toEqual({ __typename: 'Query' });
    const on = await post(app({ graphiql: true }), { query: '{ __schema { queryType { name } } }' });
    expect(on.json.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });
});

describe('security headers', () => {
  const dir = mkdtempSync(join(tmpdir(), 'guanxi-static-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>t</title>');
  const a = app({ staticDir: dir, graphiql: false });
  it.each([
    ['the explorer', 'http://yoga/', {}],
    ['the API', 'http://yoga/graphql?query=%7B__typename%7D', {}],
    ['the probes', 'http://yoga/health', {}],
  ])('are served on %s', async (_what, url, headers) => {
    const res = await a.fetch(url, { headers });
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(res.headers.get('content-security-policy')).toMatch(/script-src 'self'(;|$)/);
    expect(res.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
  });
});

describe('rate limit', () => {
  it('gives 429 with Retry-After past the limit, per client address', async () => {
    const a = app({ rateLimit: 3 });
    const from = (address: string) =>
      a.fetch(
        'http://yoga/graphql',
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ __typename }' }),
        },
        { req: { socket: { remoteAddress: address } } },
      );
    for (let i = 0; i < 3; i += 1) expect((await from('10.0.0.1')).status).toBe(200);
    const refused = await from('10.0.0.1');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(
      ((await refused.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code,
    ).toBe('RATE_LIMITED');
    expect((await from('10.0.0.2')).status).toBe(200);
    // The explorer's files and the probes are not counted.
    expect(
      (await a.fetch('http://yoga/health', {}, { req: { socket: { remoteAddress: '10.0.0.1' } } })).status,
    ).toBe(200);
  });

  it('refills evenly over the minute and forgets idle clients', () => {
    let now = 0;
    const limiter = new RateLimiter(60, () => now);
    for (let i = 0; i < 60; i += 1) expect(limiter.take('a')).toBe(0);
    expect(limiter.take('a')).toBe(1);
    now += 1000;
    expect(limiter.take('a')).toBe(0);
    expect(limiter.take('a')).toBe(1);
    expect(limiter.size).toBe(1);
  });

  it('is off with 0, and never counts in-process calls (no socket)', async () => {
    const off = app({ rateLimit: 0 });
    const req = { req: { socket: { remoteAddress: '10.0.0.3' } } };
    const body = {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{ __typename }"}',
    };
    for (let i = 0; i < 5; i += 1)
      expect((await off.fetch('http://yoga/graphql', body, req)).status).toBe(200);
    const on = app({ rateLimit: 1 });
    for (let i = 0; i < 5; i += 1) expect((await post(on, { query: '{ __typename }' })).status).toBe(200);
  });
});

describe('request log', () => {
  it('writes one line per request: id, operation, status, duration, outcome; never the query or token', async () => {
    const lines: Record<string, unknown>[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _enc, done) {
        for (const l of chunk.toString('utf8').split('\n')) if (l) lines.push(JSON.parse(l) as never);
        done();
      },
    });
    const a = app({ logger: createLogger(stream, 'info') });
    const ok = await post(a, { query: 'query Ping { __typename }', operationName: 'Ping' });
    const down = await post(
      a,
      {
        query:
          'mutation Merge($k: ID!) { mergeEntities(keep: $k, drop: "per_b", reason: "same person") { id } }',
        variables: { k: 'per_secretvalue' },
      },
      { authorization: 'Bearer secret-token' },
    );
    expect(ok.status).toBe(200);
    expect(down.json.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
    const requests = lines.filter((l) => l.path === '/graphql');
    expect(requests).toHaveLength(2);
    expect(requests[0]).toMatchObject({ operation: 'query Ping', status: 200, outcome: 'ok' });
    expect(requests[0]!.reqId).toMatch(/^[0-9a-f-]{36}$/);
    expect(typeof requests[0]!.ms).toBe('number');
    expect(requests[1]).toMatchObject({ operation: 'mutation Merge', outcome: 'DATABASE_UNAVAILABLE' });
    expect(lines.filter((l) => l.event === 'neo4j_down')).toHaveLength(1);
    expect(JSON.stringify(lines)).not.toMatch(/secret-token|per_secretvalue|mergeEntities/);
  });
});
