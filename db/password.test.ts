import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LEGACY_PASSWORD, localPassword, passwordFile } from './password';

describe('the local Neo4j password', () => {
  it('is generated once, kept beside the data with mode 0600, and read back afterwards', () => {
    const home = join(mkdtempSync(join(tmpdir(), 'guanxi-pw-')), 'neo4j');
    const first = localPassword(home);
    expect(first).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(first).not.toBe(LEGACY_PASSWORD);
    expect(statSync(passwordFile(home)).mode & 0o777).toBe(0o600);
    expect(localPassword(home)).toBe(first);
    expect(localPassword(join(mkdtempSync(join(tmpdir(), 'guanxi-pw-')), 'neo4j'))).not.toBe(first);
  });
});
