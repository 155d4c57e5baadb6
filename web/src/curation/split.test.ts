import { describe, expect, it } from 'vitest';
import { splitRequest, tickArticle, tickFact, type SplitSelection } from './split';

const person = { id: 'per_1', name: '王伟' };
const none: SplitSelection = { name: '', facts: new Set(), articles: new Set(), reason: '' };

describe('split', () => {
  it('ticks a fact with the articles that are its evidence, and unticks only the fact', () => {
    const on = tickFact(none, 'fct_1', true, ['art_1', 'art_2']);
    expect([...on.facts]).toEqual(['fct_1']);
    expect([...on.articles]).toEqual(['art_1', 'art_2']);
    const off = tickFact(on, 'fct_1', false, ['art_1']);
    expect(off.facts.size).toBe(0);
    expect(tickArticle(off, 'art_1', false).articles).toEqual(new Set(['art_2']));
  });

  it('asks for a new name, something to move and a reason', () => {
    expect(splitRequest(person, none)).toEqual({ ok: false, problem: 'name' });
    expect(splitRequest(person, { ...none, name: ' 王伟 ' })).toEqual({ ok: false, problem: 'sameName' });
    expect(splitRequest(person, { ...none, name: '王伟（工信部）' })).toEqual({
      ok: false,
      problem: 'nothing',
    });
    const ticked = tickFact({ ...none, name: '王伟（工信部）' }, 'fct_1', true, ['art_1']);
    expect(splitRequest(person, ticked)).toEqual({ ok: false, problem: 'reason' });
    expect(splitRequest(person, { ...ticked, reason: ' two people ' })).toEqual({
      ok: true,
      request: {
        id: 'per_1',
        name: '王伟（工信部）',
        facts: ['fct_1'],
        articles: ['art_1'],
        reason: 'two people',
      },
    });
  });
});
