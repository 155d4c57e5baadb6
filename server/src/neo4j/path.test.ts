import { describe, expect, it } from 'vitest';
import { makeEdge } from './graph';
import { foldPath, pathCypher } from './path';
import type { NodeRec } from './records';

const per = (id: string, name = id): NodeRec => ({ __typename: 'Person', id, name, aliases: [] });
const org = (id: string): NodeRec => ({
  __typename: 'Organization',
  id,
  name: id,
  aliases: [],
  kind: 'association',
});
const pos = (id: string, title: string, organizationId: string | null): NodeRec => ({
  __typename: 'Position',
  id,
  title,
  organizationId,
  name: title,
});

describe('makeEdge', () => {
  it('labels a folded post with its title, 原 for a former one', () => {
    const post = pos('pos_1', '部长', 'org_m');
    expect(makeEdge('HOLDS', per('per_l'), org('org_m'), { current: false, confidence: 0.8 }, post)).toEqual({
      id: 'per_l>pos_1',
      source: 'per_l',
      target: 'org_m',
      type: 'HOLDS',
      label: '原部长',
      confidence: 0.8,
      status: 'EXTRACTED',
    });
    expect(makeEdge('HOLDS', per('per_l'), org('org_m'), { status: 'VERIFIED' }, post).status).toBe(
      'VERIFIED',
    );
    expect(makeEdge('HOLDS', per('per_l'), org('org_m'), { current: true }, post).label).toBe('部长');
  });

  it('labels event roles in Chinese and keeps one edge id per role', () => {
    const evt: NodeRec = { __typename: 'Event', id: 'evt_1', name: 'e', aliases: [], date: null };
    const host = makeEdge('PARTICIPATED', per('per_a'), evt, { role: 'host' }, null);
    const speaker = makeEdge('PARTICIPATED', per('per_a'), evt, { role: 'speaker' }, null);
    expect([host.label, speaker.label]).toEqual(['主持', '发言']);
    expect(host.id).not.toBe(speaker.id);
    expect(makeEdge('PART_OF', org('org_a'), org('org_b'), {}, null)).toMatchObject({
      label: '隶属',
      confidence: null,
      status: 'EXTRACTED',
    });
    expect(makeEdge('IN', evt, org('org_b'), {}, null).status).toBeNull();
  });
});

describe('foldPath', () => {
  it('turns person–post–person into person → org ← person', () => {
    const post = pos('pos_1', '会长', 'org_c');
    const s = foldPath(
      [per('per_a'), post, per('per_b')],
      [
        { type: 'HOLDS', props: { current: true }, forward: true },
        { type: 'HOLDS', props: { current: false }, forward: false },
      ],
      [null, org('org_c'), null],
    );
    expect(s.nodes.map((n) => n.id)).toEqual(['per_a', 'org_c', 'per_b']);
    expect(s.edges.map((e) => [e.source, e.target, e.label])).toEqual([
      ['per_a', 'org_c', '会长'],
      ['per_b', 'org_c', '原会长'],
    ]);
  });

  it('drops AT hops and keeps stored direction of plain edges', () => {
    const post = pos('pos_1', '会长', 'org_c');
    const s = foldPath(
      [per('per_a'), post, org('org_c'), org('org_p')],
      [
        { type: 'HOLDS', props: {}, forward: true },
        { type: 'AT', props: {}, forward: true },
        { type: 'PART_OF', props: {}, forward: false },
      ],
      [null, org('org_c'), null, null],
    );
    expect(s.nodes.map((n) => n.id)).toEqual(['per_a', 'org_c', 'org_p']);
    expect(s.edges.map((e) => `${e.source}-${e.type}-${e.target}`)).toEqual([
      'per_a-HOLDS-org_c',
      'org_p-PART_OF-org_c',
    ]);
  });

  it('keeps a post without organization as a node', () => {
    const post = pos('pos_x', '总书记', null);
    const s = foldPath([per('per_a'), post], [{ type: 'HOLDS', props: {}, forward: true }], [null, null]);
    expect(s.nodes.map((n) => n.kind)).toEqual(['person', 'position']);
    expect(s.edges[0]).toMatchObject({ source: 'per_a', target: 'pos_x', label: '总书记' });
  });
});

describe('pathCypher', () => {
  it('takes only a small integer length and never MENTIONS', () => {
    expect(pathCypher(12)).toContain('*..12]');
    expect(pathCypher(12)).not.toContain('MENTIONS');
    expect(() => pathCypher(1.5)).toThrow();
    expect(() => pathCypher(100)).toThrow();
  });
});
