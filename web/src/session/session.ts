/**
 * Who is signed in, for this tab only: the pasted token and, once a curation names them, the curator.
 * Kept in sessionStorage so a reload keeps the session but a new tab (or a closed browser) does not.
 * There is no `viewer` query in the API, so the name is learnt from the first curation's `curator`.
 */
export interface Session {
  token: string;
  /** Unknown until a curation comes back. */
  curator: string | null;
}

const TOKEN_KEY = 'guanxi.token';
const CURATOR_KEY = 'guanxi.curator';

/** Storage may be absent (Node tests) or throw (privacy modes): both mean "not signed in". */
function storage(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}

export function loadSession(store: Storage | null = storage()): Session | null {
  const token = store?.getItem(TOKEN_KEY)?.trim();
  if (!token) return null;
  return { token, curator: store?.getItem(CURATOR_KEY) ?? null };
}

/** Saves a pasted token; blank input is refused (null) rather than stored. */
export function signIn(token: string, store: Storage | null = storage()): Session | null {
  const clean = token.trim();
  if (!clean) return null;
  store?.setItem(TOKEN_KEY, clean);
  store?.removeItem(CURATOR_KEY);
  return { token: clean, curator: null };
}

export function signOut(store: Storage | null = storage()): void {
  store?.removeItem(TOKEN_KEY);
  store?.removeItem(CURATOR_KEY);
}

export function rememberCurator(
  session: Session,
  curator: string,
  store: Storage | null = storage(),
): Session {
  if (session.curator === curator) return session;
  store?.setItem(CURATOR_KEY, curator);
  return { ...session, curator };
}

/** The Authorization header for a session, or none. */
export function authHeaders(session: Session | null): Record<string, string> {
  return session ? { authorization: `Bearer ${session.token}` } : {};
}
