import { describe, expect, it } from 'vitest';
import { KnownLoader, whenLoaded } from './loaders';
import { LINKS, relOf } from './links';

/** A loader that answers `k:<key>` and records each batch it was asked for. */
function loader() {
  const batches: string[][] = [];
  const l = new KnownLoader<string>(async (keys) => {
    batches.push([...keys]);
    return keys.map((k) => `k:${k}`);
  });
  return { l, batches };
}

describe('KnownLoader', () => {
  it('answers a primed key at once, without a promise or a batch', () => {
    const { l, batches } = loader();
    l.prime('a', 'primed');
    expect(l.now('a')).toBe('primed');
    expect(batches).toEqual([]);
  });

  it('keeps the first answer for a key, as DataLoader does', async () => {
    const { l } = loader();
    l.prime('a', 'first');
    l.prime('a', 'second');
    expect(l.now('a')).toBe('first');
    expect(await l.load('a')).toBe('first');
  });

  it('goes through the batch for a key nobody primed, and after clear', async () => {
    const { l, batches } = loader();
    const pending = l.now('b');
    expect(pending).toBeInstanceOf(Promise);
    expect(await pending).toBe('k:b');
    l.prime('c', 'primed');
    l.clear('c');
    expect(await l.now('c')).toBe('k:c');
    l.prime('d', 'primed');
    l.clearAll();
    expect(await l.now('d')).toBe('k:d');
    expect(batches).toEqual([['b'], ['c'], ['d']]);
  });
});

describe('whenLoaded', () => {
  it('maps a value at once and a promise when it resolves', async () => {
    expect(whenLoaded(2, (x) => x * 3)).toBe(6);
    const later = whenLoaded(Promise.resolve(2), (x) => x * 3);
    expect(later).toBeInstanceOf(Promise);
    expect(await later).toBe(6);
  });
});

describe('relOf', () => {
  it('makes the map of a link relationship from its listed values, absent ones left out', () => {
    // HOLDS lists the fact properties, then current, since, sinceBound, until, untilBound, lastCurrent.
    const values = [
      'fct_1',
      0.9,
      null,
      ['art_1\u0001s'],
      null,
      null,
      '2018',
      null,
      false,
      '2017',
      'EXACT',
      null,
      null,
      null,
    ];
    expect(relOf(LINKS.personPositions, values)).toEqual({
      id: 'fct_1',
      confidence: 0.9,
      evidence: ['art_1\u0001s'],
      firstSeen: '2018',
      current: false,
      since: '2017',
      sinceBound: 'EXACT',
    });
    expect(relOf(LINKS.organizationPositions, [])).toEqual({});
  });
});
