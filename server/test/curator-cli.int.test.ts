import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testSettings, uniquePrefix } from '../../test/neo4j';
import { gql, startHarness, type Harness, runCurator as curator } from './harness';

/** `npm run curator` end to end: the CLI against the test database, its token against the API. */
let h: Harness;
const name = `cli ${uniquePrefix()}`;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.driver.executeQuery(
    `MATCH (c:Curator {name: $name}) DELETE c`,
    { name },
    { database: testSettings().database },
  );
  await h.close();
});

describe('npm run curator', () => {
  let token: string;

  it('add prints only the token, once; the database holds only its hash', async () => {
    const { stdout } = await curator('add', name);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    token = lines[0]!;
    expect(token).toMatch(/^gxc\.cur_[0-9a-f]{16}\.[A-Za-z0-9_-]{43}$/);
    const stored = await h.driver.executeQuery(
      `MATCH (c:Curator {name: $name}) RETURN properties(c) AS p`,
      { name },
      { database: testSettings().database },
    );
    const props = stored.records[0]!.get('p') as Record<string, unknown>;
    expect(String(props.tokenHash)).toMatch(/^\$argon2id\$/);
    expect(JSON.stringify(props)).not.toContain(token.split('.')[2]);
    await expect(curator('add', name)).rejects.toMatchObject({ code: 1 });
  });

  it('lists and revokes; a revoked token no longer writes', async () => {
    const WRITE = `mutation { retractFact(id: "fct_0000000000000000", reason: "x") { id } }`;
    expect((await gql(h.app, WRITE, {}, token)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await curator('list')).stdout).toContain(`${name}\t`);
    await curator('revoke', name);
    expect((await curator('list')).stdout).toMatch(new RegExp(`${name}\\t\\S+\\trevoked`));
    expect((await gql(h.app, WRITE, {}, token)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
