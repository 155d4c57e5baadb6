import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractionPool, inProcessPreparer } from './extraction-pool';

const ARTICLE = fileURLToPath(new URL('../../articles/000_0d5c12121d1e2778.txt', import.meta.url));

// The pool's worker entry is plain JavaScript that loads the TypeScript task itself; this runs it
// under the test runner (the benchmark and the CLI run it under tsx). Each worker loads the extractor's
// lexicons when it starts, seconds on a loaded machine, hence the timeout.
describe('extraction pool', { timeout: 120_000 }, () => {
  it('prepares in worker threads exactly what this thread prepares', async () => {
    const pool = extractionPool(2);
    try {
      const sources = [{ file: ARTICLE }, { content: '标题\n2024-01-02\n正文', source: 'inline' }];
      const pooled = await Promise.all(sources.map((s) => pool.prepare(s)));
      const local = await Promise.all(sources.map((s) => inProcessPreparer().prepare(s)));
      expect(pooled).toEqual(local);
      expect(pooled[0]).toMatchObject({ ok: true, source: ARTICLE });
      expect(pooled[0]!.ok && pooled[0]!.extraction.persons.length).toBeGreaterThan(5);
    } finally {
      await pool.close();
    }
  });

  it('refuses what is not an article without failing the pool', async () => {
    const pool = extractionPool(1);
    try {
      expect(await pool.prepare({ content: new Uint8Array([0x41, 0, 0x42]), source: 'bin' })).toEqual({
        ok: false,
        source: 'bin',
        error: expect.stringMatching(/binary/),
      });
      expect(await pool.prepare({ file: '/nonexistent/guanxi.txt' })).toMatchObject({
        ok: false,
        error: expect.stringMatching(/cannot read \(ENOENT\)/),
      });
    } finally {
      await pool.close();
    }
  });
});
