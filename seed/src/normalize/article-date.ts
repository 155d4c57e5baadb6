import { dateValue, isDateValue } from '@guanxi/schema';

/**
 * An article's date (a PartialDate value: 2023, 2023-10 or 2023-10-25, as precise as the source), from
 * the first source that gives one: the dateline or 发布时间 line at the head of the text, the file name or
 * URL (/2023/10/25/, t20231025_…, 2023-10-25-report.txt), then the first dated sentence of the body (a
 * meeting report dates its meeting: 2023年10月24日，…召开). Unknown stays null — never today's date.
 */
const FULL = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?/;
/** A labelled month (发布时间：2023年10月) where the line gives no day. */
const LABELLED_MONTH = /(?:发布|发表|时间|日期)[^\d]{0,6}(\d{4})\s*[-/.年]\s*(\d{1,2})(?!\s*[-/.月]\s*\d)/;
const CHINESE_FULL = /(\d{4})年(\d{1,2})月(\d{1,2})日/;
const CHINESE_MONTH = /(\d{4})年(\d{1,2})月(?!\d)/;

const value = (y?: string, m?: string, d?: string): string | null =>
  y ? dateValue(Number(y), m ? Number(m) : null, d ? Number(d) : null) : null;

/** The dateline or 发布时间 in the first lines (a meta line like `2023-10-25 14:27  16160次阅读`). */
export function datelineDate(lines: readonly string[]): string | null {
  for (const line of lines.slice(0, 6)) {
    const full = FULL.exec(line);
    if (full) {
      const v = value(full[1], full[2], full[3]);
      if (v) return v;
    }
    const month = LABELLED_MONTH.exec(line);
    if (month) {
      const v = value(month[1], month[2]);
      if (v) return v;
    }
  }
  return null;
}

/**
 * A date in a file name or URL path: `2023-10-25`, `2023/10/25`, `20231025` (with a year from 1990 on,
 * so an id of eight digits is rarely mistaken for one), or `/2023/10/` and `/202310/` at month precision.
 */
export function handleDate(handle: string | null | undefined): string | null {
  if (!handle) return null;
  const path = handle.replace(/^[a-z]+:\/\/[^/]+/i, '');
  const sep = /(?:^|[^\d])((?:19|20)\d{2})[-_/.](\d{1,2})[-_/.](\d{1,2})(?!\d)/.exec(path);
  if (sep) return value(sep[1], sep[2], sep[3]);
  const packed = /(?:^|[^\d])((?:199|20\d)\d)(\d{2})(\d{2})(?!\d)/.exec(path);
  if (packed) {
    const v = value(packed[1], packed[2], packed[3]);
    if (v) return v;
  }
  const month = /\/((?:19|20)\d{2})[-/]?(\d{2})\//.exec(path);
  return month ? value(month[1], month[2]) : null;
}

/** The first sentence date of the body (the event's day, else a month). */
export function textDate(lines: readonly string[]): string | null {
  for (const line of lines) {
    const full = CHINESE_FULL.exec(line);
    if (full) {
      const v = value(full[1], full[2], full[3]);
      if (v) return v;
    }
    const month = CHINESE_MONTH.exec(line);
    if (month) {
      const v = value(month[1], month[2]);
      if (v) return v;
    }
  }
  return null;
}

/** A date given by hand (`--published-at`, the API's `publishedAt`): must be a real partial date. */
export function checkGivenDate(given: string | null | undefined): string | null {
  const v = given?.trim();
  if (!v) return null;
  return isDateValue(v) ? v : null;
}
