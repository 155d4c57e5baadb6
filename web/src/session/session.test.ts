import { describe, expect, it } from 'vitest';
import { authHeaders, loadSession, rememberCurator, signIn, signOut } from './session';

/** A Map-backed Storage: the browser's own is not available in the unit tier. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (k) => items.get(k) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (k) => void items.delete(k),
    setItem: (k, v) => void items.set(k, v),
  };
}

describe('session', () => {
  it('keeps a trimmed token and forgets it on sign-out', () => {
    const store = memoryStorage();
    expect(loadSession(store)).toBeNull();
    expect(signIn('  abc  ', store)).toEqual({ token: 'abc', curator: null });
    expect(loadSession(store)).toEqual({ token: 'abc', curator: null });
    signOut(store);
    expect(loadSession(store)).toBeNull();
  });

  it('refuses a blank token', () => {
    const store = memoryStorage();
    expect(signIn('   ', store)).toBeNull();
    expect(loadSession(store)).toBeNull();
  });

  it('learns the curator name and drops it when another token signs in', () => {
    const store = memoryStorage();
    const s = rememberCurator(signIn('abc', store)!, 'wang', store);
    expect(s.curator).toBe('wang');
    expect(loadSession(store)?.curator).toBe('wang');
    signIn('def', store);
    expect(loadSession(store)).toEqual({ token: 'def', curator: null });
  });

  it('sends a bearer header only when signed in', () => {
    expect(authHeaders(null)).toEqual({});
    expect(authHeaders({ token: 't', curator: null })).toEqual({ authorization: 'Bearer t' });
  });

  it('treats missing storage as signed out', () => {
    expect(loadSession(null)).toBeNull();
    expect(signIn('x', null)).toEqual({ token: 'x', curator: null });
  });
});
