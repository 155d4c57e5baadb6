import { createHash, timingSafeEqual } from 'node:crypto';
import type { Actor } from './actor';
import type { Db } from './neo4j/db';
import { createLoaders, type Loaders } from './neo4j/loaders';

/** Who is calling: reads are open; writes need the service token or a curator token. */
export interface Auth {
  /** True when the server has an API_TOKEN (the service token for automated writes). */
  enabled: boolean;
  /** The bearer is the service token. */
  authenticated: boolean;
  /** Any other bearer token: maybe a curator's, checked against the database on first write. */
  bearer: string | null;
}

/** Per request: the database door, fresh DataLoaders (no cache across requests) and the caller. */
export interface Context {
  db: Db;
  loaders: Loaders;
  auth: Auth;
  /** Fold nested selections into one statement (fold/README.md); off, every level is a DataLoader batch. */
  fold: boolean;
  /** The curator behind `auth.bearer`, once a write asked (see ../auth.ts). */
  actor?: Promise<Actor | null>;
}

const digest = (s: string): Buffer => createHash('sha256').update(s).digest();

/** Constant-time comparison (of digests, so lengths never differ). */
export function authFrom(header: string | null, apiToken: string | undefined): Auth {
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '')?.[1] ?? null;
  const service = !!apiToken && !!bearer && timingSafeEqual(digest(bearer), digest(apiToken));
  return { enabled: !!apiToken, authenticated: service, bearer: service ? null : bearer };
}

export function createContext(db: Db, auth: Auth, fold = true): Context {
  return { db, loaders: createLoaders(db), auth, fold };
}
