import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { ID_PREFIX, LABELS } from '@guanxi/schema';
import type { Db } from '../neo4j/db';

/**
 * Named curators. A token is `gxc.<curator id>.<secret>`: the id finds the curator with one
 * constraint lookup, the secret is checked against the stored argon2id hash (the token itself is
 * never stored, and is shown once). Revoking keeps the node, so history still names the curator.
 */
export interface Curator {
  id: string;
  name: string;
  createdAt: string;
  revokedAt: string | null;
}

const NAME = /^[\p{L}\p{N}][\p{L}\p{N} ._-]{0,63}$/u;
const TOKEN = /^gxc\.([a-z]+_[0-9a-f]{16})\.([A-Za-z0-9_-]{43})$/;

export class CuratorError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CuratorError';
  }
}

export function curatorId(name: string): string {
  return `${ID_PREFIX.Curator}_${createHash('sha1').update(name, 'utf8').digest('hex').slice(0, 16)}`;
}

const toCurator = (p: Record<string, unknown>): Curator => ({
  id: String(p.id),
  name: String(p.name),
  createdAt: String(p.createdAt),
  revokedAt: typeof p.revokedAt === 'string' ? p.revokedAt : null,
});

/** Creates a curator and returns the token, the only time it exists in clear. */
export async function addCurator(db: Db, name: string): Promise<{ curator: Curator; token: string }> {
  if (!NAME.test(name)) throw new CuratorError(`not a curator name: ${JSON.stringify(name.slice(0, 80))}`);
  const id = curatorId(name);
  const secret = randomBytes(32).toString('base64url');
  const tokenHash = await hash(secret);
  const rows = await db.write(
    `OPTIONAL MATCH (old:${LABELS.Curator} {id: $id})
     WITH old WHERE old IS NULL
     CREATE (c:${LABELS.Curator} {id: $id, name: $name, tokenHash: $tokenHash, createdAt: $at})
     RETURN properties(c) AS c`,
    { id, name, tokenHash, at: new Date().toISOString() },
    (r) => toCurator(r.get('c') as Record<string, unknown>),
  );
  const curator = rows[0];
  if (!curator) throw new CuratorError(`a curator named ${name} exists already`);
  return { curator, token: `gxc.${id}.${secret}` };
}

export async function listCurators(db: Db): Promise<Curator[]> {
  return db.read(`MATCH (c:${LABELS.Curator}) RETURN properties(c) AS c ORDER BY c.name`, {}, (r) =>
    toCurator(r.get('c') as Record<string, unknown>),
  );
}

export async function revokeCurator(db: Db, name: string): Promise<Curator> {
  const rows = await db.write(
    `MATCH (c:${LABELS.Curator} {id: $id})
     SET c.revokedAt = coalesce(c.revokedAt, $at), c.tokenHash = null
     RETURN properties(c) AS c`,
    { id: curatorId(name), at: new Date().toISOString() },
    (r) => toCurator(r.get('c') as Record<string, unknown>),
  );
  if (!rows[0]) throw new CuratorError(`no curator named ${name}`);
  return rows[0];
}

/** The curator a bearer token belongs to; null for anything else (malformed, unknown, revoked, wrong). */
export async function curatorByToken(db: Db, token: string): Promise<Curator | null> {
  const m = TOKEN.exec(token);
  if (!m) return null;
  const rows = await db.read(
    `MATCH (c:${LABELS.Curator} {id: $id}) WHERE c.revokedAt IS NULL RETURN properties(c) AS c`,
    { id: m[1] },
    (r) => r.get('c') as Record<string, unknown>,
  );
  const found = rows[0];
  if (!found || typeof found.tokenHash !== 'string') return null;
  return (await verify(found.tokenHash, m[2]!)) ? toCurator(found) : null;
}
