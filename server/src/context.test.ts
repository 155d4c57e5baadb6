import { describe, expect, it } from 'vitest';
import { authFrom } from './context';
import { fileFor } from './plugins/static';

describe('authFrom', () => {
  it('accepts only the exact bearer token', () => {
    expect(authFrom('Bearer s3cret', 's3cret')).toEqual({ enabled: true, authenticated: true, bearer: null });
    expect(authFrom('bearer s3cret', 's3cret').authenticated).toBe(true);
    for (const h of [null, '', 'Bearer', 'Bearer s3cre', 'Bearer s3cret2', 'Basic s3cret', 's3cret']) {
      expect(authFrom(h, 's3cret').authenticated).toBe(false);
    }
  });
  it('keeps any other bearer for the curator check, and has no service without a configured token', () => {
    expect(authFrom('Bearer x', undefined)).toEqual({ enabled: false, authenticated: false, bearer: 'x' });
    expect(authFrom('Bearer ', '')).toEqual({ enabled: false, authenticated: false, bearer: null });
    expect(authFrom('Bearer gxc.a.b', 's3cret')).toEqual({
      enabled: true,
      authenticated: false,
      bearer: 'gxc.a.b',
    });
  });
});

describe('fileFor (static files)', () => {
  it('stays inside the root', () => {
    expect(fileFor('/srv/web', '/assets/app.js')).toBe('/srv/web/assets/app.js');
    expect(fileFor('/srv/web', '/../../etc/passwd')).toBe('/srv/web/etc/passwd');
    expect(fileFor('/srv/web', '/%2e%2e/%2e%2e/etc/passwd')).toBe('/srv/web/etc/passwd');
    expect(fileFor('/srv/web', '/a%00b')).toBeNull();
    expect(fileFor('/srv/web', '/%E0%A4%A')).toBeNull();
  });
});
