import {
  DATE_BOUNDS,
  DATE_PRECISIONS,
  dateWindow,
  isDateValue,
  type DateWindow,
  type PartialDate,
} from '@guanxi/schema';
import { builder } from '../builder';
import { badInput } from '../errors';

export const DatePrecisionEnum = builder.enumType('DatePrecision', {
  description: 'How much of the date the source gave: YEAR (2018), MONTH (2018-05) or DAY (2018-05-03).',
  values: DATE_PRECISIONS,
});

export const DateBoundEnum = builder.enumType('DateBound', {
  description:
    'EXACT: the date itself; NOT_BEFORE / NOT_AFTER: only a bound (原部长 in a 2024 article: ended NOT_AFTER 2024).',
  values: DATE_BOUNDS,
});

export const PartialDateRef = builder.objectRef<PartialDate>('PartialDate').implement({
  description: 'A date as precise as the source wrote it, and whether it is the date itself or a bound.',
  fields: (t) => ({
    value: t.exposeString('value', { description: '2018, 2018-05 or 2018-05-03.' }),
    precision: t.field({ type: DatePrecisionEnum, resolve: (d) => d.precision }),
    bound: t.field({ type: DateBoundEnum, resolve: (d) => d.bound }),
  }),
});

/** A date argument (`at`, `from`, `since` …): YYYY, YYYY-MM or YYYY-MM-DD, else BAD_USER_INPUT. */
export function dateArg(name: string, value: string): string {
  if (!isDateValue(value))
    throw badInput(
      `${name} must be a date: YYYY, YYYY-MM or YYYY-MM-DD (got ${JSON.stringify(value.slice(0, 40))})`,
    );
  return value;
}

/**
 * The window of `at:` or `from:`/`to:` (either end may be left open), or null when none is asked.
 * `at` with `from`/`to`, or a range that ends before it starts, is refused.
 */
export function windowArgs(args: {
  at?: string | null;
  from?: string | null;
  to?: string | null;
}): DateWindow | null {
  const { at, from, to } = args;
  if (at != null && (from != null || to != null)) throw badInput('give either at or from/to, not both');
  if (at != null) return dateWindow(dateArg('at', at));
  if (from == null && to == null) return null;
  const w = dateWindow(
    from != null ? dateArg('from', from) : '0001',
    to != null ? dateArg('to', to) : '9999',
  );
  if (w.start > w.end) throw badInput('from must not be after to');
  return w;
}
