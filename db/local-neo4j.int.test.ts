import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectTestDriver, deleteByPrefix, testSettings, uniquePrefix } from '../test/neo4j';

/** The foundation's promises about the database itself: it stores, it enforces, it searches Chinese. */
describe('local Neo4j', () => {
  let driver: Driver;
  const prefix = uniquePrefix();
  const label = `T${prefix.replace(/_$/, '')}`;
  const db = (): { database: string } => ({ database: testSettings().database });

  beforeAll(async () => {
    driver = await connectTestDriver();
    await driver.executeQuery(
      `CREATE CONSTRAINT ${label}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
      {},
      db(),
    );
    await driver.executeQuery(
      `CREATE FULLTEXT INDEX ${label}_ft IF NOT EXISTS FOR (n:${label}) ON EACH [n.name, n.aliases] OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'cjk' } }`,
      {},
      db(),
    );
  });

  afterAll(async () => {
    await deleteByPrefix(driver, prefix);
    await driver.executeQuery(`DROP CONSTRAINT ${label}_id IF EXISTS`, {}, db());
    await driver.executeQuery(`DROP INDEX ${label}_ft IF EXISTS`, {}, db());
    await driver.close();
  });

  it('writes and reads back through neo4j-driver', async () => {
    const id = `${prefix}p1`;
    await driver.executeQuery(
      `CREATE (:${label} {id: $id, name: $name, aliases: $aliases})`,
      { id, name: '李毅中', aliases: ['李会长'] },
      db(),
    );
    const { records } = await driver.executeQuery(
      `MATCH (n:${label} {id: $id}) RETURN n.name AS name, n.aliases AS aliases`,
      { id },
      { ...db(), routing: 'READ' },
    );
    expect(records).toHaveLength(1);
    expect(records[0]?.get('name')).toBe('李毅中');
    expect(records[0]?.get('aliases')).toEqual(['李会长']);
  });

  it('rejects a duplicate under a uniqueness constraint', async () => {
    const id = `${prefix}dup`;
    await driver.executeQuery(`CREATE (:${label} {id: $id})`, { id }, db());
    await expect(driver.executeQuery(`CREATE (:${label} {id: $id})`, { id }, db())).rejects.toMatchObject({
      code: 'Neo.ClientError.Schema.ConstraintValidationFailed',
    });
    const { records } = await driver.executeQuery(
      `MATCH (n:${label} {id: $id}) RETURN count(n) AS c`,
      { id },
      db(),
    );
    expect(records[0]?.get('c').toNumber()).toBe(1);
  });

  it('finds a Chinese name by a two-character query with the cjk analyzer', async () => {
    await driver.executeQuery(
      `UNWIND $rows AS row CREATE (:${label} {id: row.id, name: row.name, aliases: row.aliases})`,
      {
        rows: [
          { id: `${prefix}ft1`, name: '中国工业经济联合会', aliases: ['中国工经联'] },
          { id: `${prefix}ft2`, name: '泰安市工业和信息化局', aliases: [] },
        ],
      },
      db(),
    );
    await driver.executeQuery('CALL db.awaitIndexes(60)', {}, db());
    const search = async (q: string): Promise<string[]> => {
      const { records } = await driver.executeQuery(
        `CALL db.index.fulltext.queryNodes($index, $q) YIELD node RETURN node.name AS name`,
        { index: `${label}_ft`, q },
        db(),
      );
      return records.map((r) => r.get('name') as string);
    };
    expect(await search('经联')).toEqual(['中国工业经济联合会']);
    expect(await search('工经')).toEqual(['中国工业经济联合会']); // via the alias 中国工经联
    expect(await search('泰安')).toEqual(['泰安市工业和信息化局']);
  });
});
