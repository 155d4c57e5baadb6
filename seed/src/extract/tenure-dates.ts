import { dateValue, parsePartialDate, type PartialDate } from '@guanxi/schema';
import type { ParsedPost } from './descriptors';

/**
 * A post's interval from the sentence that states it. The grammar says whether the sentence begins the
 * post (当选, 任命…为, 聘任, 提名, 任/担任/调任: rules.ts `starts`) or ends it (免去, 辞去, 卸任, 不再担任:
 * `former`); the date is the sentence's own when it has one (2018年5月 keeps month precision), else the
 * article's. A post the sentence names its holder by (原局长甲, 局长甲) ends when the holder 退休/离任 or
 * 调任 (moves on to the post after it, which starts). A former post (原/前) no such word ends is left to
 * the writer: NOT_AFTER the article's date.
 */
const FULL = /(\d{4})年(\d{1,2})月(\d{1,2})日/;
const MONTH = /(\d{4})年(\d{1,2})月(?![\d份])/;
const YEAR = /(\d{4})年(?![度\d])/;
const MONTH_DAY = /(?<![\d年])(\d{1,2})月(\d{1,2})日/;
/** Words that end a post written before the name (原局长甲退休) or that move its holder on (调任). */
const LEAVES = ['退休', '离任', '调任'];

/** The most precise date the sentence writes, a day without a year taking the article's year. */
export function sentenceDate(sentence: string, articleDate: string | null): string | null {
  const full = FULL.exec(sentence);
  if (full) return dateValue(Number(full[1]), Number(full[2]), Number(full[3]));
  const month = MONTH.exec(sentence);
  if (month) return dateValue(Number(month[1]), Number(month[2]));
  const day = MONTH_DAY.exec(sentence);
  if (day && articleDate) return dateValue(Number(articleDate.slice(0, 4)), Number(day[1]), Number(day[2]));
  const year = YEAR.exec(sentence);
  return year ? dateValue(Number(year[1])) : null;
}

/** The posts of one sentence come one after another: remember its date rather than re-reading it. */
let last: { sentence: string; articleDate: string | null; date: string | null } | null = null;
function cachedSentenceDate(sentence: string, articleDate: string | null): string | null {
  if (last?.sentence !== sentence || last.articleDate !== articleDate)
    last = { sentence, articleDate, date: sentenceDate(sentence, articleDate) };
  return last.date;
}

export interface PostInterval {
  since?: PartialDate;
  until?: PartialDate;
}

export function postInterval(
  post: Pick<ParsedPost, 'change' | 'former'>,
  sentence: string,
  person: string,
  articleDate: string | null,
): PostInterval {
  // Most posts state no change: the sentence is read for a date only when one does (a long line of
  // repeated posts must stay linear).
  const ends =
    post.change === 'end' ||
    (post.change === undefined &&
      sentence.includes(person) &&
      LEAVES.some((w) => sentence.slice(sentence.indexOf(person) + person.length).includes(w)));
  if (post.change !== 'start' && !ends) return {};
  const value = cachedSentenceDate(sentence, articleDate) ?? articleDate;
  const at = value ? parsePartialDate(value) : null;
  if (!at) return {};
  return post.change === 'start' ? { since: at } : { until: at };
}
