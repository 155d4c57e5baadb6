import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  entityId,
  eventId,
  factId,
  organizationId,
  personId,
  placeId,
  positionId,
  splitFormerTitle,
} from './ids';

const sha1 = (s: string): string => createHash('sha1').update(s, 'utf8').digest('hex').slice(0, 16);

describe('ids', () => {
  it('derives prefixed ids from names as the schema describes', () => {
    expect(personId('李毅中')).toBe(`per_${sha1('李毅中')}`);
    expect(organizationId('工业和信息化部')).toBe(`org_${sha1('工业和信息化部')}`);
    expect(eventId('大会')).toBe(`evt_${sha1('大会')}`);
    expect(placeId('泰安')).toBe(`plc_${sha1('泰安')}`);
    expect(positionId('org_1', '会长')).toBe(`pos_${sha1('org_1/会长')}`);
    expect(positionId(null, '总书记')).toBe(`pos_${sha1('/总书记')}`);
  });

  it('gives an organization one id whatever its kind', () => {
    expect(entityId('agency', '工信部')).toBe(entityId('other', '工信部'));
    expect(entityId('person', '工信部')).not.toBe(entityId('agency', '工信部'));
    expect(entityId('person', '张三')).toBe(personId('张三'));
  });

  it('strips 原/前 from former titles', () => {
    expect(splitFormerTitle('原部长')).toEqual({ title: '部长', current: false });
    expect(splitFormerTitle('前董事长')).toEqual({ title: '董事长', current: false });
    expect(splitFormerTitle('副部长')).toEqual({ title: '副部长', current: true });
    expect(splitFormerTitle('原')).toEqual({ title: '原', current: true });
  });

  it('derives fact ids from type, ends and role', () => {
    expect(factId('HOLDS', 'per_1', 'pos_2')).toBe(`fct_${sha1('HOLDS|per_1|pos_2|')}`);
    expect(factId('PARTICIPATED', 'per_1', 'evt_2', 'host')).not.toBe(
      factId('PARTICIPATED', 'per_1', 'evt_2', 'guest'),
    );
    expect(factId('ORGANIZED', 'org_1', 'evt_2', 'guide')).toBe(
      factId('ORGANIZED', 'org_1', 'evt_2', 'guide'),
    );
  });
});
