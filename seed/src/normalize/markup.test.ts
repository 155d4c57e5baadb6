import type { Extraction } from '@guanxi/schema';
import { describe, expect, it } from 'vitest';
import { hasMarkup, withoutMarkupNames } from './markup';

const extraction = (): Extraction => ({
  article: 'a',
  persons: [
    { name: '李毅中', aliases: ['李<b>毅中'] },
    { name: '<p>王', aliases: [] },
  ],
  organizations: [
    { name: 'TCL<script>科技集团股份有限公司', kind: 'enterprise', aliases: [] },
    { name: '>科技有限公司', kind: 'enterprise', aliases: [] },
    { name: '工业和信息化部', kind: 'agency', aliases: [], parent: '<国务院' },
  ],
  places: ['北京', '上<海'],
  events: [{ name: '论坛', date: null, place: '上<海' }],
  positions: [
    { person: '李毅中', title: '部长', organization: '工业和信息化部' },
    { person: '李毅中', title: '董事长', organization: 'TCL<script>科技集团股份有限公司' },
  ],
  roles: [
    { person: '李毅中', event: '论坛', role: 'speaker', topic: null },
    { person: '<p>王', event: '论坛', role: 'speaker', topic: null },
  ],
  event_orgs: [
    { organization: '工业和信息化部', event: '论坛', role: 'organizer' },
    { organization: '>科技有限公司', event: '论坛', role: 'organizer' },
  ],
});

describe('markup in names', () => {
  it('is recognised by its angle brackets, full-width ones too', () => {
    expect(hasMarkup('TCL<script>科技集团股份有限公司')).toBe(true);
    expect(hasMarkup('>科技有限公司')).toBe(true);
    expect(hasMarkup('＜李＞')).toBe(true);
    expect(hasMarkup('TCL科技集团股份有限公司')).toBe(false);
  });

  it('drops the entities and every fact naming them, and keeps the rest', () => {
    const x = withoutMarkupNames(extraction());
    expect(x.persons).toEqual([{ name: '李毅中', aliases: [] }]);
    expect(x.organizations.map((o) => o.name)).toEqual(['工业和信息化部']);
    expect(x.organizations[0]!.parent).toBeNull();
    expect(x.places).toEqual(['北京']);
    expect(x.events).toEqual([{ name: '论坛', date: null, place: null }]);
    expect(x.positions).toEqual([{ person: '李毅中', title: '部长', organization: '工业和信息化部' }]);
    expect(x.roles.map((r) => r.person)).toEqual(['李毅中']);
    expect(x.event_orgs.map((e) => e.organization)).toEqual(['工业和信息化部']);
  });
});
