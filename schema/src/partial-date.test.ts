import { describe, expect, it } from 'vitest';
import {
  combineEnd,
  combineStart,
  compareOptionalDates,
  dateValue,
  dateWindow,
  earlierDate,
  factInWindow,
  lastDayOf,
  laterDate,
  parsePartialDate,
  precisionOf,
  storedPartialDate,
} from './partial-date';

describe('PartialDate', () => {
  it('reads the precision from the value as written', () => {
    expect(parsePartialDate('2018')).toEqual({ value: '2018', precision: 'YEAR', bound: 'EXACT' });
    expect(parsePartialDate('2018-05', 'NOT_AFTER')).toEqual({
      value: '2018-05',
      precision: 'MONTH',
      bound: 'NOT_AFTER',
    });
    expect(precisionOf('2018-05-03')).toBe('DAY');
  });

  it('refuses what is not a calendar date', () => {
    for (const bad of ['18', '2018-5', '2018-13', '2018-02-30', '2018-05-03T00:00', 'soon', '', '0999'])
      expect(parsePartialDate(bad)).toBeNull();
    expect(precisionOf('2024-02-29')).toBe('DAY');
    expect(precisionOf('2023-02-29')).toBeNull();
  });

  it('builds values at the precision given', () => {
    expect(dateValue(2018)).toBe('2018');
    expect(dateValue(2018, 5)).toBe('2018-05');
    expect(dateValue(2018, 5, 3)).toBe('2018-05-03');
    expect(dateValue(2018, 13)).toBeNull();
  });

  it('reads stored strings, unknown when malformed', () => {
    expect(storedPartialDate('2018', 'NOT_AFTER')?.bound).toBe('NOT_AFTER');
    expect(storedPartialDate('2018', 'SOMETIME')?.bound).toBe('EXACT');
    expect(storedPartialDate(null, 'EXACT')).toBeNull();
    expect(storedPartialDate('May 2018', 'EXACT')).toBeNull();
  });

  it('sorts as the dates do, a coarser date before the finer ones inside it', () => {
    const sorted = ['2019', '2018-01-01', '2018-02', '2018', '2017-12-31', null].sort(compareOptionalDates);
    expect(sorted).toEqual(['2017-12-31', '2018', '2018-01-01', '2018-02', '2019', null]);
    expect(earlierDate('2018-05', '2018')).toBe('2018');
    expect(laterDate('2018-05', null)).toBe('2018-05');
    expect(lastDayOf('2024-02')).toBe('2024-02-29');
  });

  it('keeps the earliest start and the surest, tightest end whatever the order', () => {
    const a = { value: '2018-05', bound: 'EXACT' as const };
    const b = { value: '2016', bound: 'EXACT' as const };
    expect(combineStart(a, b)).toBe(b);
    expect(combineStart(b, a)).toBe(b);
    const removed = { value: '2021-03-02', bound: 'EXACT' as const };
    const former = { value: '2020', bound: 'NOT_AFTER' as const };
    const later = { value: '2024', bound: 'NOT_AFTER' as const };
    expect(combineEnd(former, removed)).toBe(removed);
    expect(combineEnd(removed, former)).toBe(removed);
    expect(combineEnd(later, former)).toBe(former);
    expect(combineEnd({ value: null, bound: null }, later)).toBe(later);
  });
});

describe('factInWindow', () => {
  const w = (from: string, to?: string) => dateWindow(from, to);

  it('counts an interval with uncertain ends in its favour', () => {
    // 部长 in 2018, 原部长 in 2024: the end lies somewhere up to 2024.
    const post = {
      firstSeen: '2018-03-01',
      lastSeen: '2024-06-01',
      until: '2024-06-01',
      untilBound: 'NOT_AFTER',
      openEnded: false,
    };
    expect(factInWindow(post, w('2017'))).toBe(false);
    expect(factInWindow(post, w('2018-03'))).toBe(true);
    expect(factInWindow(post, w('2024-06-01'))).toBe(true);
    expect(factInWindow(post, w('2024-07'))).toBe(false);
  });

  it('keeps a current post open and an event a point', () => {
    const current = { since: '2019-05', sinceBound: 'EXACT', firstSeen: '2020-01-01', openEnded: true };
    expect(factInWindow(current, w('2019-05-31'))).toBe(true);
    expect(factInWindow(current, w('2019-04'))).toBe(false);
    expect(factInWindow(current, w('2030'))).toBe(true);
    const attended = { firstSeen: '2023-10-24', lastSeen: '2023-10-24', openEnded: false };
    expect(factInWindow(attended, w('2023'))).toBe(true);
    expect(factInWindow(attended, w('2023-11', '2024'))).toBe(false);
    expect(factInWindow(attended, w('2023-01', '2023-10'))).toBe(true);
  });

  it('never places an undated fact', () => {
    expect(factInWindow({ openEnded: true }, w('2020'))).toBe(false);
  });
});
