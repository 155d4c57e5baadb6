import { LEXICON } from './lexicon';
import { isCountry } from './places';
import { longBoundaryAt, surnameAt, taggedWordAt, wordCrosses } from './names';
import { suffixOf } from './organizations';
import { HAN, hardAt, type Span } from './span-base';

/*
 * Names that are everyday words (晴川, 奇峰, 何必, 朝阳) or that have no surname the list knows (木永红, 岩温香),
 * read by the shape of a list of holders: right after a title, closed like a name, in a list whose item next to
 * it is a title and the name the title's holder (某局局长甲，某局局长晴川分别发言; 某社社长朝阳、某局总编辑乙作
 * 交流发言). blind22, 24, 25: eleven such names after a title, none read. A title alone before a word is no
 * holder's name (局长强调, 会长单位), so the neighbour's name is what makes the word one.
 */

/** What closes a name read this way: punctuation, the text's end, 等, or a word of two characters that follows names. */
function closesAt(s: string, at: number): boolean {
  return (
    at >= s.length || /^[，、。；：]/.test(s.charAt(at)) || s.charAt(at) === '等' || longBoundaryAt(s, at)
  );
}

/** jieba tags of a first word that opens no name: prepositions, particles, numerals, places in time, pronouns. */
const NO_NAME_START = /^(p|c|u|m|f|q|r|t|y|e|o)/;

/** The word of two to four characters right after a title at `at` that may be its holder's name, or null. */
function candidateAt(s: string, title: Span, titleStarts: ReadonlySet<number>): string | null {
  const at = title.end;
  if (titleStarts.has(at) || longBoundaryAt(s, at)) return null;
  // 富池镇长江干堤段: a word jieba reads across the title's end (长江) says the title is no title there.
  // A window past the title's end, not the rest of the text: cutting the rest for each title is quadratic.
  if (wordCrosses(s.slice(title.start, at + 8), at - title.start)) return null;
  const head = taggedWordAt(s, at);
  // 何/r + 黎明远: a surname jieba reads as a word of its own says nothing of the name after it.
  if (!head || (NO_NAME_START.test(head.tag) && !(head.word.length === 1 && surnameAt(s, at) > 0)))
    return null;
  for (let len = 2; len <= 4; len++) {
    const c = s.slice(at, at + len);
    if (c.length < len || ![...c].every((ch) => HAN.test(ch))) return null;
    if (!closesAt(s, at + len)) continue;
    // 与委员互动交流: an adverb is a name only where punctuation closes it (副主席何必，).
    if (/^d/.test(head.tag) && head.word === c && !/^[，、。；：]?$/.test(s.charAt(at + len))) return null;
    // 会长单位, 局长职务: a noun a title compounds with; 办公室, 分会: a body's ending; 法国: a country.
    if (LEXICON.titleNouns.has(c) || suffixOf(c) || isCountry(c)) return null;
    // 木永红, 何黎明远: three or four characters only with a surname or a word jieba does not know (岩温/x).
    if (len >= 3 && surnameAt(s, at) === 0 && !/^(x|nr)/.test(head.tag)) return null;
    return c;
  }
  return null;
}

/** Is the list item next to `[start, end)` a title and the name of its holder (`names` read so far)? */
function neighbourHolder(
  s: string,
  title: number,
  start: number,
  end: number,
  names: readonly Span[],
): boolean {
  const held = names.filter((n) => n.via === 'title');
  // Before: 某局局长甲，[某局局长]晴川 — a holder's name, a separator or conjunction, then this item's words.
  const before = held.filter((n) => n.end < start).sort((a, b) => b.end - a.end)[0];
  // …甲与委员互动: a bare title right after a conjunction is the people met, not a list's item.
  const bare = (at: number) =>
    LEXICON.spans.conjunctions.some((w) => s.startsWith(w, at) && at + w.length === title);
  if (before && opensItem(s, before.end) && !bare(before.end) && quietBetween(s, before.end, start, names))
    return true;
  // After: 晴川、[某局总编辑]乙 — a separator, then the next item's title and its holder.
  if (!'，、'.includes(s.charAt(end))) return false;
  const after = held.filter((n) => n.start > end).sort((a, b) => a.start - b.start)[0];
  return after !== undefined && quietBetween(s, end, after.start, names);
}

/** 、 or ， after a name, or 与/和/及 (总经理甲与某公司董事长包容代表双方签约): a list's next item. */
function opensItem(s: string, at: number): boolean {
  return '，、'.includes(s.charAt(at)) || LEXICON.spans.conjunctions.some((w) => s.startsWith(w, at));
}

/** No other name and no sentence break between two list items, and the items close together. */
function quietBetween(s: string, from: number, to: number, names: readonly Span[]): boolean {
  if (to - from > 40 || names.some((n) => n.start >= from && n.end <= to)) return false;
  for (let k = from; k < to; k++) if (hardAt(s, k)) return false;
  return true;
}

/** Names of list items after a title that only their neighbour's holder makes names, left to right. */
export function parallelNames(s: string, titles: readonly Span[], names: Span[]): Span[] {
  const titleStarts = new Set(titles.map((t) => t.start));
  const found: Span[] = [];
  for (const t of titles) {
    if (names.some((n) => n.start < t.end + 2 && t.end < n.end)) continue;
    const c = candidateAt(s, t, titleStarts);
    if (!c) continue;
    const span: Span = { kind: 'NAME', start: t.end, end: t.end + c.length, text: c, via: 'title' };
    if (!neighbourHolder(s, t.start, span.start, span.end, [...names, ...found])) continue;
    found.push(span);
  }
  return found;
}
