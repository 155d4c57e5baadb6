import { LEXICON } from './lexicon';
import {
  dottedNameAt,
  mayBeName,
  nameAt,
  surnameAt,
  taggedNameEndingAt,
  vettedNameBetween,
  wordLengthAt,
} from './names';
import {
  looksLikeOrganization,
  mayNameOrganization,
  SHORT_FORM,
  suffixOf,
  isPartyCommittee,
  knownOrganization,
} from './organizations';
import { stripLeadIn } from './descriptors';
import { titleEndingAt } from './titles';

/**
 * Stage 1 of the person/post core: typed spans. Each recognizer marks the spans of one kind in a
 * sentence; `recognize` lays them out as one left-to-right sequence with the text between them typed as
 * ORG (words before a title or a name that describe a body) or OTHER. The grammar (grammar.ts) then
 * reads the sequence by its one-letter codes.
 */
export const SPAN_CODES = {
  ORG: 'O',
  TITLE: 'T',
  NAME: 'N',
  SEP: 'S',
  CONJ: 'C',
  COMMA: 'P',
  OPEN: 'L',
  CLOSE: 'R',
  ELECT: 'E',
  AS: 'W',
  APPOINT: 'A',
  DISMISS: 'D',
  BYLINE: 'B',
  PRONOUN: 'K',
  JOIN: 'J',
  STOP: '.',
  OTHER: 'X',
} as const;
export type SpanKind = keyof typeof SPAN_CODES;

export interface Span {
  readonly kind: SpanKind;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** How a NAME was found: after a title, in a list, before a title (习近平总书记), after a byline word. */
  readonly via?: 'title' | 'list' | 'org-name' | 'post-name' | 'byline';
}

const W = LEXICON.spans;
/** Characters that end a clause: no span but a parenthesis or a list reaches across them. */
const HARD = new Set('。；：！？“”‘’《》「」【】—…'.split(''));
const HAN = /^[\u3400-\u9fff]$/;
/** First characters of each word list: most positions are ruled out by one look-up before any startsWith. */
const FIRST = new Map<readonly string[], Set<string>>();
function startsWithAny(s: string, at: number, words: readonly string[]): string | undefined {
  let first = FIRST.get(words);
  if (!first) FIRST.set(words, (first = new Set(words.map((w) => w.charAt(0)))));
  return first.has(s.charAt(at)) ? words.find((w) => s.startsWith(w, at)) : undefined;
}

/** （集团） inside a company name and （以下简称“X”） declarations are part of the words around them. */
export function softParentheses(s: string): Set<number> {
  const soft = new Set<number>();
  for (const m of s.matchAll(SHORT_FORM)) for (let k = m.index; k < m.index + m[0].length; k++) soft.add(k);
  for (let i = s.indexOf('（'); i >= 0; i = s.indexOf('（', i + 1)) {
    const close = s.indexOf('）', i);
    if (
      close > i &&
      close - i <= 8 &&
      /^[\u3400-\u9fff]+$/.test(s.slice(i + 1, close)) &&
      !nameAtOpen(s, i)
    ) {
      soft.add(i);
      soft.add(close);
    }
  }
  return soft;
}

/** 王伟（院长）: a parenthesis right after a name holds posts, never a part of a company name. */
function nameAtOpen(s: string, i: number): boolean {
  const inner = s.slice(i + 1, s.indexOf('）', i));
  return titleEndingAt(inner, inner.length) !== null;
}

/** TITLE: every maximal title (modifiers and 原/前 included) not continued by a longer title or a word. */
export function titleSpans(s: string, soft: Set<number>): Span[] {
  const out: Span[] = [];
  let floor = 0;
  for (let e = 1; e <= s.length; e++) {
    const c = s.charAt(e - 1);
    if ((HARD.has(c) || c === '，') && !soft.has(e - 1)) floor = e;
    const tm = titleEndingAt(s, e, floor);
    if (!tm || W.notAfterTitle.has(s.charAt(e))) continue;
    if ([1, 2].some((k) => (titleEndingAt(s, e + k, floor)?.start ?? e) <= tm.start)) continue;
    const prev = out.at(-1);
    if (prev && tm.start < prev.end) {
      if (tm.start > prev.start) continue;
      out.pop();
    }
    out.push({ kind: 'TITLE', start: tm.start, end: e, text: tm.title });
  }
  return out;
}

/** Does a title end inside the part of a dotted name before its first dot (领事馆总领事彼得·萨博)? */
function titleInsideDotted(s: string, i: number, dotted: string): boolean {
  const firstDot = dotted.search(/[·•・‧]/);
  for (let j = i + 2; j < i + firstDot; j++) if (titleEndingAt(s, j, i)) return true;
  return false;
}

const DOT_SOON = /[·•・‧]/;
/** Words that may end right before a listed name (以及, 聘任 …): not the end of an unrelated word (涉及). */
const OPENER_WORDS = [...W.conjunctions, ...W.appoint, ...W.dismiss, ...W.bylines, ...W.listLeads];
const APPOINT_LAST = new Set([...W.appoint, ...W.dismiss].map((w) => w.charAt(w.length - 1)));
const charClass = (chars: Iterable<string>) => `[${[...chars].join('').replace(/[\]\\^-]/g, '\\$&')}]`;
/** Characters after which a listed name may start. */
const OPENER_RE = new RegExp(charClass(new Set([...W.listOpeners, ...HARD, ...APPOINT_LAST])), 'g');
/** First characters of every marker: punctuation, bylines, appointing verbs, pronouns. */
const MARKER_START = new RegExp(
  charClass(
    new Set([
      '、',
      '，',
      '（',
      '）',
      ...HARD,
      ...[...W.bylines, ...W.appoint, ...W.dismiss, ...W.pronouns].map((w) => w.charAt(0)),
    ]),
  ),
  'g',
);
/** Words after which names are listed with no title of their own (市领导甲、乙出席). */
const LEAD_RE = new RegExp(W.listLeads.join('|'), 'g');
/** 等, 等10人, 等三位 closing a list of names before a shared 当选. */
const LIST_CLOSE = new RegExp(`^(?:${W.listClosers.join('|')})(?:[\\d一二三四五六七八九十]+(?:人|位|名))?`);
/** A byline word, with the colon that may follow it (编辑：). */
const BYLINE_RE = new RegExp(`(?:${W.bylines.join('|')})：?`, 'g');

/** A name that may stand at `i`: a dotted name, or a Han name vetted by the surname list and jieba. */
function nameStartingAt(s: string, i: number, dots = true): string | null {
  const dotted = dots && DOT_SOON.test(s.slice(i + 1, i + 8)) ? dottedNameAt(s, i) : null;
  if (dotted && !(surnameAt(s, i) === 0 && titleInsideDotted(s, i, dotted))) return dotted;
  return nameAt(s, i);
}

const DOTTED_END = /[\u3400-\u9fff]{1,8}(?:[·•・‧][\u3400-\u9fff]{1,8})+$/;

/** A dotted name ending at `end` whose first part starts a word (得主约翰·史密斯 → 约翰·史密斯). */
function dottedNameEndingAt(s: string, end: number): string | null {
  const m = DOTTED_END.exec(s.slice(Math.max(0, end - 30), end));
  if (!m) return null;
  const firstDot = m[0].search(/[·•・‧]/);
  for (let len = 2; len <= Math.min(4, firstDot); len++) {
    const start = end - m[0].length + firstDot - len;
    if (dottedNameAt(s, start) === s.slice(start, end) && wordLengthAt(s, start) === len)
      return s.slice(start, end);
  }
  return null;
}

/**
 * NAME: after a title (局长王伟), after a list opener when what follows reads as the end of a name
 * (出席的有：王伟、李强), between a body and a title (市发改委王伟主任), before a title jieba knows as a
 * name (习近平总书记), and after a byline word (记者王伟).
 */
export function nameSpans(s: string, titles: readonly Span[]): Span[] {
  const titleStart = new Set(titles.map((t) => t.start));
  const insideTitle = new Uint8Array(s.length + 1);
  for (const t of titles) insideTitle.fill(1, t.start, t.end);
  const out: Span[] = [];
  const add = (start: number, name: string, via: NonNullable<Span['via']>) => {
    const end = start + name.length;
    // 宣传部部长: a word ending like a body is not a name, however jieba tags it.
    if (via !== 'byline' && !name.includes('·') && suffixOf(name)) return;
    if (insideTitle.subarray(start, end).some((x) => x > 0)) return;
    for (let k = start + 1; k < end; k++) if (titleStart.has(k)) return;
    if (out.some((n) => n.start < end && start < n.end)) return;
    out.push({ kind: 'NAME', start, end, text: name, via });
  };
  // Most sentences have no transliterated name: then no position needs the dotted-name reader.
  const dots = DOT_SOON.test(s);
  for (const t of titles) {
    const name = nameStartingAt(s, t.end, dots);
    if (name) add(t.end, name, 'title');
  }
  for (const m of s.matchAll(BYLINE_RE)) {
    const first = m.index + m[0].length;
    for (let at = first, name = bylineName(s, at); name; name = bylineName(s, at)) {
      add(at, name, 'byline');
      at += name.length + (s.charAt(at + name.length) === '、' ? 1 : 0);
    }
  }
  // Only positions right after an opener (、，：有 …), a clause end or an appointing verb may start a listed name.
  const starts = [0];
  for (const m of s.matchAll(LEAD_RE)) starts.push(m.index + m[0].length);
  for (const m of s.matchAll(OPENER_RE)) {
    const i = m.index + 1;
    if (APPOINT_LAST.has(m[0]) && !W.listOpeners.has(m[0]) && !OPENER_WORDS.some((w) => s.endsWith(w, i)))
      continue;
    starts.push(i);
  }
  for (const i of starts) {
    const surname = surnameAt(s, i);
    const dotted = dots && DOT_SOON.test(s.slice(i + 1, i + 8));
    if (surname === 0 && !dotted) continue;
    // Cheap first: only where a name of a possible length would be followed by what follows names.
    const closes = (end: number) =>
      titleStart.has(end) || end === s.length || startsWithAny(s, end, W.nameFollowers);
    if (!dotted && !closes(i + surname + 1) && !closes(i + surname + 2)) continue;
    const name = nameStartingAt(s, i, dots);
    if (!name || !closes(i + name.length)) continue;
    if (!name.includes('·') && !mayBeName(s, i, name.length, OPENER_WORDS)) continue;
    add(i, name, 'list');
  }
  // 市发改委王伟主任: a name between a body and a title.
  for (const t of titles) {
    for (const len of [3, 2, 4]) {
      const start = t.start - len;
      // Cheap first: a body's ending must stand right before the name.
      if (start < 2 || surnameAt(s, start) === 0 || !mayNameOrganization(s.charAt(start - 1))) continue;
      if (suffixOf(s.slice(start - 2, t.start))) continue;
      const body = stripLeadIn(clauseBefore(s, start));
      if (body.length < 2) continue;
      if (!(looksLikeOrganization(body) || isPartyCommittee(body) || knownOrganization(body))) continue;
      if (!vettedNameBetween(s, start, t.start)) continue;
      add(start, s.slice(start, t.start), 'org-name');
      break;
    }
  }
  // 习近平总书记: a name jieba knows, before a title that follows names; 约翰·史密斯教授: a dotted one.
  for (const t of titles) {
    if (!LEXICON.titles.postName.includes(t.text)) continue;
    const dotted = dots ? dottedNameEndingAt(s, t.start) : null;
    if (dotted) {
      add(t.start - dotted.length, dotted, 'post-name');
      continue;
    }
    const name = taggedNameEndingAt(s, t.start);
    if (name && name.length > surnameAt(name, 0)) add(t.start - name.length, name, 'post-name');
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The words of the clause that end at `end` (after the last punctuation). */
function clauseBefore(s: string, end: number): string {
  let start = end;
  while (start > 0 && !HARD.has(s.charAt(start - 1)) && !'，、（）'.includes(s.charAt(start - 1))) start--;
  return s.slice(start, end);
}

/**
 * 记者周子墨、林晓）, 编辑：热依拉审核：陈刚: a byline's names end at 、, a parenthesis, another byline
 * word or the line's end; a name with no known surname needs another byline word or the end after it.
 */
function bylineName(s: string, at: number): string | null {
  const surname = surnameAt(s, at);
  const lengths = surname === 2 ? [4, 3] : [4, 3, 2].filter((l) => surname === 1 || l < 4);
  for (const len of lengths) {
    const end = at + len;
    if (!/^[\u3400-\u9fff]+$/.test(s.slice(at, end))) continue;
    const next = s.charAt(end);
    const closes = end === s.length || startsWithAny(s, end, W.bylines) !== undefined;
    if (closes || (surname > 0 && len < 4 && !HAN.test(next))) return s.slice(at, end);
  }
  return null;
}

/** The marker spans between names and titles: separators, brackets, 当选/为/聘任, 他/她. */
function markerSpans(s: string, fixed: readonly Span[], soft: Set<number>): Span[] {
  const out: Span[] = [];
  const after = new Map(fixed.map((x) => [x.end, x]));
  const before = new Set(fixed.map((x) => x.start));
  const taken = new Uint8Array(s.length + 1);
  for (const x of fixed) taken.fill(1, x.start, x.end);
  const push = (kind: SpanKind, start: number, len: number) => {
    out.push({ kind, start, end: start + len, text: s.slice(start, start + len) });
    taken.fill(1, start, start + len);
  };
  // Markers can only start at punctuation, right after a name or title, or at a marker word's first
  // character: visit those positions alone, in order.
  const at = new Set<number>(after.keys());
  for (const m of s.matchAll(MARKER_START)) at.add(m.index);
  for (const i of [...at].sort((a, b) => a - b)) {
    if (i >= s.length || taken[i]) continue;
    const c = s.charAt(i);
    const prev = after.get(i);
    if (soft.has(i)) continue;
    const byline = startsWithAny(s, i, W.bylines);
    const colon = byline && s.charAt(i + byline.length) === '：' ? 1 : 0;
    if (byline && before.has(i + byline.length + colon)) push('BYLINE', i, byline.length + colon);
    else if (c === '、') push('SEP', i, 1);
    else if (c === '，') push('COMMA', i, 1);
    else if (c === '）') push('CLOSE', i, 1);
    else if (c === '（') push('OPEN', i, 1 + (startsWithAny(s, i + 1, W.parenLeads)?.length ?? 0));
    else if (HARD.has(c)) push('STOP', i, 1);
    else if (prev?.kind === 'NAME') {
      const conj = startsWithAny(s, i, W.conjunctions);
      // 甲、乙等10人当选为: the closing 等…人 goes with 当选.
      const closer = LIST_CLOSE.exec(s.slice(i, i + 8))?.[0] ?? '';
      const elected = startsWithAny(s, i + closer.length, W.elected);
      const as = startsWithAny(s, i, W.as);
      if (conj && before.has(i + conj.length)) push('CONJ', i, conj.length);
      else if (elected) push('ELECT', i, closer.length + elected.length);
      else if (as) push('AS', i, as.length);
    } else if (prev?.kind === 'TITLE') {
      const join = startsWithAny(s, i, W.titleJoiners);
      if (join) push('JOIN', i, join.length);
    } else {
      // 选举甲为会长, 选举某公司董事长甲为会长: the verb is marked wherever it stands; lines decide.
      const appoint = startsWithAny(s, i, W.appoint);
      const dismiss = startsWithAny(s, i, W.dismiss);
      const pronoun = pronounAt(s, i);
      if (appoint) push('APPOINT', i, appoint.length);
      else if (dismiss && before.has(i + dismiss.length)) push('DISMISS', i, dismiss.length);
      else if (pronoun) push('PRONOUN', i, pronoun.length);
    }
  }
  return out;
}

/** 他 or 她 opening a clause (他指出), not inside a word (其他, 她们 are no references). */
function pronounAt(s: string, i: number): string | undefined {
  const p = startsWithAny(s, i, W.pronouns);
  if (
    !p ||
    (i > 0 && HAN.test(s.charAt(i - 1)) && s.charAt(i - 1) !== '，') ||
    s.charAt(i + p.length) === '们'
  )
    return undefined;
  return p;
}

function pronounSpans(s: string): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < s.length; i++) {
    const p = pronounAt(s, i);
    if (p) out.push({ kind: 'PRONOUN', start: i, end: i + p.length, text: p });
  }
  return out;
}

/**
 * The sentence as one sequence of typed spans. The text between two spans is an ORG when it comes right
 * before a title, a name that a title follows, or a list separator and reads as a body (lead-ins such as
 * 会议由 or dates are left out as OTHER); otherwise it is OTHER.
 */
export function recognize(s: string): Span[] {
  const soft = softParentheses(s);
  const titles = titleSpans(s, soft);
  const names = nameSpans(s, titles);
  // Every grammar line needs a name: a sentence without one only needs its pronouns (他指出).
  if (names.length === 0) return pronounSpans(s);
  const fixed = [...titles, ...names].sort((a, b) => a.start - b.start);
  const spans = [...fixed, ...markerSpans(s, fixed, soft)].sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  let at = 0;
  for (let k = 0; k <= spans.length; k++) {
    const next = spans[k];
    const end = next?.start ?? s.length;
    if (end > at) out.push(...gapSpans(s, at, end, next, spans[k + 1]));
    if (next) {
      out.push(next);
      at = next.end;
    }
  }
  return out;
}

function gapSpans(
  s: string,
  start: number,
  end: number,
  next: Span | undefined,
  after: Span | undefined,
): Span[] {
  const text = s.slice(start, end);
  const other: Span[] = [{ kind: 'OTHER', start, end, text }];
  const beforeTitle =
    next?.kind === 'TITLE' || (next?.kind === 'NAME' && next.via === 'org-name' && after?.kind === 'TITLE');
  if (!beforeTitle && next?.kind !== 'SEP' && next?.kind !== 'JOIN') return other;
  // Lead-ins are judged with the title after them (在副市长: 在 is a lead-in, not a body).
  const tail = beforeTitle && next ? s.slice(next.start, after?.kind === 'TITLE' ? after.end : next.end) : '';
  const read = stripLeadIn(text + tail);
  const body = read.endsWith(tail) ? read.slice(0, read.length - tail.length) : '';
  if (body.length === 0 || (!beforeTitle && !looksLikeOrganization(body))) return other;
  const cut = end - body.length;
  const org: Span = { kind: 'ORG', start: cut, end, text: body };
  return cut > start ? [{ kind: 'OTHER', start, end: cut, text: s.slice(start, cut) }, org] : [org];
}

/** The codes of a span sequence, one character per span, for the grammar's patterns. */
export function codesOf(spans: readonly Span[]): string {
  return spans.map((x) => SPAN_CODES[x.kind]).join('');
}
