import { describe, expect, it } from 'vitest';
import { ApiError, request } from './client';
import { SEARCH } from './operations';

const fakeFetch =
  (status: number, body: unknown): typeof fetch =>
  async () =>
    new Response(typeof body === 'string' ? body : JSON.stringify(body), { status });

describe('request', () => {
  it('returns data', async () => {
    const data = { search: { edges: [] } };
    await expect(request(SEARCH, { query: 'x' }, { fetchImpl: fakeFetch(200, { data }) })).resolves.toEqual(
      data,
    );
  });

  it('reports GraphQL errors', async () => {
    const p = request(
      SEARCH,
      { query: 'x' },
      { fetchImpl: fakeFetch(200, { errors: [{ message: 'bad' }] }) },
    );
    await expect(p).rejects.toMatchObject({ kind: 'graphql', message: 'bad' });
  });

  it('treats a failed fetch or a 502 page as the API being down', async () => {
    const down: typeof fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    await expect(request(SEARCH, { query: 'x' }, { fetchImpl: down })).rejects.toBeInstanceOf(ApiError);
    await expect(request(SEARCH, { query: 'x' }, { fetchImpl: down })).rejects.toMatchObject({
      kind: 'network',
    });
    const bad = request(SEARCH, { query: 'x' }, { fetchImpl: fakeFetch(502, '<html>Bad gateway</html>') });
    await expect(bad).rejects.toMatchObject({ kind: 'network' });
  });

  it('sends the bearer token when given one, none otherwise, and keeps the error code', async () => {
    const seen: (string | null)[] = [];
    const capture: typeof fetch = async (_url, init) => {
      seen.push(new Headers(init?.headers).get('authorization'));
      return new Response(
        JSON.stringify({ errors: [{ message: 'sign in', extensions: { code: 'UNAUTHENTICATED' } }] }),
        { status: 200 },
      );
    };
    const signedIn = request(SEARCH, { query: 'x' }, { fetchImpl: capture, token: 'tok' });
    await expect(signedIn).rejects.toMatchObject({ kind: 'graphql', code: 'UNAUTHENTICATED' });
    await expect(request(SEARCH, { query: 'x' }, { fetchImpl: capture, token: null })).rejects.toThrow();
    expect(seen).toEqual(['Bearer tok', null]);
  });
});
