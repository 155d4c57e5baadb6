import { describe, expect, it } from 'vitest';
import { mergeSlice, emptyModel } from '../graph/model';
import { correctionInput, organizationChoices, rolesFor } from './correct';

describe('correctionInput', () => {
  const post = { type: 'post' as const, organization: 'org_a', title: '部长', current: true };

  it('sends only what changed on a post', () => {
    expect(correctionInput(post, { ...post, organization: 'org_b' })).toEqual({
      ok: true,
      input: { organization: 'org_b' },
    });
    expect(correctionInput(post, { ...post, title: ' 副部长 ', current: false })).toEqual({
      ok: true,
      input: { title: '副部长', current: false },
    });
  });

  it('refuses a correction that changes nothing (an empty title leaves it)', () => {
    expect(correctionInput(post, { ...post, title: '  ' })).toEqual({ ok: false, reason: 'unchanged' });
  });

  it('fixes a role and a topic', () => {
    const part = { type: 'participation' as const, role: 'guest' as const, topic: null };
    expect(correctionInput(part, { ...part, role: 'speaker', topic: '数字经济' })).toEqual({
      ok: true,
      input: { role: 'speaker', topic: '数字经济' },
    });
    const org = { type: 'organizing' as const, role: 'organizer' as const };
    expect(correctionInput(org, { ...org, role: 'co_organizer' }).ok).toBe(true);
    expect(rolesFor('participation')).toContain('host');
    expect(rolesFor('organizing')).toContain('co_organizer');
  });
});

describe('organizationChoices', () => {
  it('offers the post’s own organization first, then the canvas’s organizations', () => {
    const model = mergeSlice(emptyModel, {
      nodes: [
        { id: 'per_1', label: '甲', kind: 'person' },
        { id: 'org_2', label: '乙会', kind: 'association' },
        { id: 'org_1', label: '甲部', kind: 'agency' },
      ],
      edges: [],
    });
    const own = { id: 'org_1', label: '甲部', kind: 'agency' as const };
    expect(organizationChoices(model, own).map((n) => n.id)).toEqual(['org_1', 'org_2']);
    expect(organizationChoices(model, null).map((n) => n.id)).toEqual(['org_1', 'org_2']);
  });
});
