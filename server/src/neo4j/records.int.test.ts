import type { Driver, Node as Neo4jNode } from 'neo4j-driver';
import { LABELS } from '@guanxi/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectTestDriver, deleteByPrefix, testSettings, uniquePrefix } from '../../../test/neo4j';
import { anyRecCypher, anyRecOf, recCypher, recOf, toRec, type NodeRec } from './records';

let driver: Driver;
const p = uniquePrefix();

/** One node per record type, some with properties missing or outside the model, as real data can be. */
const NODES: [NodeRec['__typename'], Record<string, unknown>][] = [
  ['Person', { id: `${p}per_1`, name: '甲某', aliases: ['甲'], pinyin: ['jiamou'] }],
  ['Place', { id: `${p}plc_1`, name: '某市' }],
  ['Organization', { id: `${p}org_1`, name: '某协会', aliases: [], kind: 'association' }],
  ['Organization', { id: `${p}org_2`, name: '某物', kind: 'spaceship' }],
  ['Event', { id: `${p}evt_1`, name: '某论坛', aliases: ['论坛'], date: '2025-06-01' }],
  ['Event', { id: `${p}evt_2`, name: '某会' }],
  ['Position', { id: `${p}pos_1`, title: '会长', organizationId: `${p}org_1`, name: '某协会会长' }],
  ['Position', { id: `${p}pos_2`, title: '顾问' }],
  [
    'Article',
    { id: `${p}art_1`, title: '标题', url: 'https://example.org/a', publishedAt: '2025-06-02', text: '正文' },
  ],
  ['Article', { id: `${p}art_2`, text: '' }],
];

beforeAll(async () => {
  driver = await connectTestDriver();
});
afterAll(async () => {
  await deleteByPrefix(driver, p);
  await driver.close();
});

describe('records: the Cypher list and the whole node read alike', () => {
  it.each(NODES.map(([type, props]) => [`${type} ${String(props.id)}`, type, props] as const))(
    '%s',
    async (_name, type, props) => {
      const { records } = await driver.executeQuery(
        `CREATE (n:${LABELS[type]}) SET n = $props RETURN n, ${recCypher(type, 'n')} AS v, ${anyRecCypher('n')} AS any`,
        { props },
        { database: testSettings().database },
      );
      const r = records[0]!;
      const whole = toRec(r.get('n') as Neo4jNode);
      expect(whole?.__typename).toBe(type);
      expect(recOf(type, r.get('v') as unknown[])).toEqual(whole);
      expect(anyRecOf(r.get('any'))).toEqual(whole);
    },
  );

  it('reads kinds outside the model as other and an unnamed position by its title', () => {
    const org = toRec({
      labels: [LABELS.Organization],
      properties: { id: 'org_x', name: 'x', kind: 'spaceship' },
    });
    expect(org).toEqual({ __typename: 'Organization', id: 'org_x', name: 'x', aliases: [], kind: 'other' });
    const pos = toRec({ labels: [LABELS.Position], properties: { id: 'pos_x', title: '顾问' } });
    expect(pos).toEqual({
      __typename: 'Position',
      id: 'pos_x',
      title: '顾问',
      organizationId: null,
      name: '顾问',
    });
    expect(toRec({ labels: ['Curation'], properties: { id: 'cur_x' } })).toBeNull();
  });
});
