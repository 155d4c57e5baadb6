import { describe, expect, it } from 'vitest';
import { toElements } from './elements';
import { CFIE, LI, WU, seedSlice } from './fixtures';
import { addTies, emptyModel, mergeSlice, removeNodes, setTimeFilter, tiesOf } from './model';
import { coAppearanceTies, interlockTies, tieId } from './ties';
import { isFaded, sliderYears, windowArgs } from './time-filter';

const base = mergeSlice(emptyModel, seedSlice);
const ZHANG = { id: 'per_zhang', label: '张三', kind: 'person' as const };
const ORG_B = { id: 'org_b', label: '乙会', kind: 'association' as const };

const co = coAppearanceTies(LI, [
  {
    person: { id: ZHANG.id },
    weight: 7,
    events: [{ id: 'evt_1', name: '现场会', date: '2023-10-25' }],
    articles: [{ id: 'art_1', title: '报道' }],
  },
]);

describe('ties', () => {
  it('have one id whichever end they were found from', () => {
    expect(tieId('coAppearance', 'a', 'b')).toBe(tieId('coAppearance', 'b', 'a'));
    expect(tieId('coAppearance', 'a', 'b')).not.toBe(tieId('interlock', 'a', 'b'));
  });

  it('co-appearances carry their weight and the shared events and articles as evidence', () => {
    expect(co).toEqual([
      {
        id: tieId('coAppearance', LI, ZHANG.id),
        kind: 'coAppearance',
        source: LI,
        target: ZHANG.id,
        weight: 7,
        items: [
          { text: '现场会 (2023-10-25)', articleId: null },
          { text: '报道', articleId: 'art_1' },
        ],
      },
    ]);
  });

  it('interlocks become one organization–organization tie per pair, weighed by people', () => {
    const ev = (s: string) => ({ sentence: s, article: { id: 'art_1' } });
    const ties = interlockTies(CFIE, [
      {
        person: { id: LI, name: '李毅中' },
        postsA: [{ caption: '会长', evidence: [ev('李毅中任会长')] }],
        postsB: [{ caption: '顾问', organization: { id: ORG_B.id }, evidence: [ev('李毅中任顾问')] }],
      },
      {
        person: { id: WU, name: '吴' },
        postsA: [{ caption: '理事', evidence: [] }],
        postsB: [{ caption: '会长', organization: { id: ORG_B.id }, evidence: [ev('李毅中任顾问')] }],
      },
    ]);
    expect(ties).toHaveLength(1);
    expect(ties[0]).toMatchObject({ source: CFIE, target: ORG_B.id, weight: 2 });
    expect(ties[0]!.items.map((i) => i.text)).toEqual([
      '李毅中: 会长 / 顾问',
      '李毅中任会长',
      '李毅中任顾问',
      '吴: 理事 / 会长',
    ]);
  });

  it('are added with their nodes, drawn weighted, listed per node and dropped with an end', () => {
    const m = addTies(base, [ZHANG], co, LI);
    expect(m.nodes.has(ZHANG.id)).toBe(true);
    expect(m.lastAdded).toEqual([ZHANG.id]);
    const edge = toElements(m).find((e) => e.data.id === co[0]!.id);
    expect(edge).toMatchObject({
      group: 'edges',
      classes: 'tie tie-coAppearance',
      data: { source: LI, target: ZHANG.id, weight: 7 },
    });
    expect(tiesOf(m, ZHANG.id).map((t) => t.id)).toEqual([co[0]!.id]);
    expect(removeNodes(m, [ZHANG.id]).ties.size).toBe(0);
    // a tie to a node that is not on the canvas is not kept
    expect(addTies(base, [], co, LI).ties.size).toBe(0);
  });
});

describe('time filter', () => {
  it('fades the stored edges outside the window, never the ties', () => {
    const m = setTimeFilter(addTies(base, [ZHANG], co, LI), {
      window: { at: '2023' },
      inWindow: new Set(['e1']),
    });
    const els = toElements(m);
    expect(els.find((e) => e.data.id === 'e1')?.classes).toBe('rel-HOLDS');
    expect(els.find((e) => e.data.id === 'e3')?.classes).toContain('faded');
    expect(els.find((e) => e.data.id === co[0]!.id)?.classes).not.toContain('faded');
    expect(toElements(setTimeFilter(m, null)).some((e) => String(e.classes).includes('faded'))).toBe(false);
    expect(isFaded(null, 'e3')).toBe(false);
    expect(setTimeFilter(base, null)).toBe(base);
  });

  it('speaks the API arguments and offers the years up to now', () => {
    expect(windowArgs({ at: '2023-10' })).toEqual({ at: '2023-10' });
    expect(windowArgs({ from: '2018', to: '2024' })).toEqual({ from: '2018', to: '2024' });
    expect(sliderYears(new Date(2026, 5, 1), 2020)).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026]);
  });
});
