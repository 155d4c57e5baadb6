import { createHash, timingSafeEqual } from 'node:crypto';
import type { Db } from './neo4j/db';
import { createLoaders, type Loaders } from './neo4j/loaders';

/** Who is calling: reads are open; mutations need `Authorization: Bearer <API_TOKEN>`. */
export interface Auth {
  /** False when the server has no API_TOKEN: mutations are disabled. */
  enabled: boolean;
  authenticated: boolean;
}

/** Per request: the database door, fresh DataLoaders (no cache across requests) and the caller. */
export interface Context {
  db: Db;
  loaders: Loaders;
  auth: Auth;
}

const digest = (s: string): Buffer => createHash('sha256').update(s).digest();

/** Constant-time comparison (of digests, so lengths never differ). */
export function authFrom(header: string | null, apiToken: string | undefined): Auth {
  if (!apiToken) return { enabled: false, authenticated: false };
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return { enabled: true, authenticated: !!m?.[1] && timingSafeEqual(digest(m[1]), digest(apiToken)) };
}

export function createContext(db: Db, auth: Auth): Context {
  return { db, loaders: createLoaders(db), auth };
}
