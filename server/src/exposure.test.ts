import { describe, expect, it } from 'vitest';
import { exposureProblems, isLoopback } from './exposure';

const strong = { neo4jPassword: 'Zq7v1kS0pXw3bN9rT2yL8mC4', apiToken: 'a-long-random-token-0123456789' };

describe('listening beyond loopback', () => {
  it('knows loopback addresses', () => {
    for (const h of ['127.0.0.1', '127.1.2.3', 'localhost', '::1', '[::1]']) expect(isLoopback(h)).toBe(true);
    for (const h of ['0.0.0.0', '::', '192.168.1.5', 'example.org']) expect(isLoopback(h)).toBe(false);
  });

  it('allows anything on loopback', () => {
    expect(
      exposureProblems({ host: '127.0.0.1', neo4jPassword: 'guanxi-local', apiToken: undefined }),
    ).toEqual({
      refusals: [],
      warnings: [],
    });
  });

  it('refuses the published default Neo4j passwords and short tokens on 0.0.0.0', () => {
    expect(exposureProblems({ ...strong, host: '0.0.0.0', neo4jPassword: 'guanxi-local' }).refusals).toEqual([
      expect.stringMatching(/NEO4J_PASSWORD/),
    ]);
    expect(exposureProblems({ ...strong, host: '0.0.0.0', neo4jPassword: 'neo4j' }).refusals).toHaveLength(1);
    expect(exposureProblems({ ...strong, host: '::', apiToken: 'short' }).refusals).toEqual([
      expect.stringMatching(/API_TOKEN/),
    ]);
  });

  it('warns, but starts, without API_TOKEN; says nothing with strong secrets', () => {
    expect(exposureProblems({ ...strong, host: '0.0.0.0', apiToken: undefined })).toEqual({
      refusals: [],
      warnings: [expect.stringMatching(/read-only/)],
    });
    expect(exposureProblems({ ...strong, host: '0.0.0.0' })).toEqual({ refusals: [], warnings: [] });
  });
});
