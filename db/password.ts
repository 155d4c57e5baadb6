import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Before the password was generated, every local Neo4j was given this one. Homes created then
 * still open with it once, and are moved to a generated password on their next start.
 */
export const LEGACY_PASSWORD = 'guanxi-local';

export const passwordFile = (home: string): string => join(home, 'password');

/**
 * The local Neo4j's password: generated on first use (24 random bytes) and kept beside its data,
 * readable by the owner only, so no two installations share a password anyone could look up.
 */
export function localPassword(home: string): string {
  const file = passwordFile(home);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(home, { recursive: true, mode: 0o700 });
  const password = randomBytes(24).toString('base64url');
  writeFileSync(file, `${password}\n`, { mode: 0o600, flag: 'wx' });
  chmodSync(file, 0o600); // whatever the umask
  return password;
}
