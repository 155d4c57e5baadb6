import { stripLeadIn } from './descriptors';
import { ministryListCommas } from './foreign-bodies';
import { bylineUnitEnd, holderInParens, nameSpans } from './name-spans';
import { looksLikeOrganization, SHORT_FORM } from './organizations';
import {
  BYLINE_BARS,
  HAN,
  hardAt,
  LIST_CLOSE,
  MARKER_START,
  SPAN_CODES,
  type Span,
  type SpanKind,
  startsWithAny,
  W,
} from './span-base';
import { LEXICON } from './lexicon';
import { placeOpensBefore } from './names';
import { titleEndingAt } from './titles';

/**
 * Stage 1 of the person/post core: typed spans. Each recognizer marks the spans of one kind in a
 * sentence; `recognize` lays them out as one left-to-right sequence with the text between them typed as
 * ORG (words before a title or a name that describe a body) or OTHER. The grammar (grammar.ts) then
 * reads the sequence by its one-letter codes.
 */

export { nameSpans } from './name-spans';
export { SPAN_CODES, type Span, type SpanKind } from './span-base';

/**
 * （集团） inside a company name, （以下简称“X”） declarations and the 、 of a foreign ministry's portfolios
 * (缅甸农业、畜牧与灌溉部) are part of the words around them.
 */
export function softParentheses(s: string): Set<number> {
  const soft = new Set<number>(ministryListCommas(s));
  for (const m of s.matchAll(SHORT_FORM)) for (let k = m.index; k < m.index + m[0].length; k++) soft.add(k);
  for (let i = s.indexOf('（'); i >= 0; i = s.indexOf('（', i + 1)) {
    const close = s.indexOf('）', i);
    if (
      close > i &&
      close - i <= 8 &&
      /^[\u3400-\u9fff]+$/.test(s.slice(i + 1, close)) &&
      !nameAtOpen(s, i) &&
      !nameAfterTitle(s, i)
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

/** 民建某市委会主委（麦嘉文）出席: a name in parentheses right after a title is the title's holder. */
const nameAfterTitle = (s: string, open: number): boolean =>
  holderInParens(s, open) !== null && titleEndingAt(s, open) !== null;

const HAN_AT = /^[\u3400-\u9fff]$/;

/** TITLE: every maximal title (modifiers and 原/前 included) not continued by a longer title or a word. */
export function titleSpans(s: string, soft: Set<number>): Span[] {
  const out: Span[] = [];
  let floor = 0;
  for (let e = 1; e <= s.length; e++) {
    const c = s.charAt(e - 1);
    if ((hardAt(s, e - 1) || c === '，') && !soft.has(e - 1)) floor = e;
    const tm = titleEndingAt(s, e, floor);
    if (!tm || W.notAfterTitle.has(s.charAt(e))) continue;
    if ([1, 2].some((k) => (titleEndingAt(s, e + k, floor)?.start ?? e) <= tm.start)) continue;
    if (HAN_AT.test(s.charAt(e)) && placeOpensBefore(s, e)) continue;
    const prev = out.at(-1);
    if (prev && tm.start < prev.end) {
      if (tm.start > prev.start) continue;
      out.pop();
    }
    out.push({ kind: 'TITLE', start: tm.start, end: e, text: tm.title });
  }
  return out;
}

/** The conjunction that may open a list's last item after a comma. */
const LIST_CLOSER = '以及';

/** Does 以及 at `at` open the last item of a list of names that 当选 (…以及某协会原会长某某当选副会长)? */
function electedListCloser(s: string, at: number): boolean {
  if (!s.startsWith(LIST_CLOSER, at)) return false;
  const clause = s.slice(at).split(/[，。；！？]/)[0] ?? '';
  return W.elected.some((w) => clause.includes(w));
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
    const colon = byline && BYLINE_BARS.includes(s.charAt(i + byline.length)) ? 1 : 0;
    // 作者：某局张文超: the writer's unit goes with the byline word.
    const names = byline ? bylineUnitEnd(s, i + byline.length + colon) : 0;
    if (byline && before.has(names)) push('BYLINE', i, names - i);
    else if (c === '、') push('SEP', i, 1);
    // 甲，乙，以及丙当选副会长: 以及 closing a list of the elected goes with the comma before it, so the list runs on
    // to 当选 (a list of guests, …以及民宿经营者丙等出席, is left as it is: its last item inherits no body).
    else if (c === '，') push('COMMA', i, electedListCloser(s, i + 1) ? 1 + LIST_CLOSER.length : 1);
    else if (c === '）') push('CLOSE', i, 1);
    else if (c === '（') push('OPEN', i, 1 + (startsWithAny(s, i + 1, W.parenLeads)?.length ?? 0));
    else if (hardAt(s, i)) push('STOP', i, 1);
    else if (prev?.kind === 'NAME') {
      // 聘任甲先生为总经理: an honorific is marked, and what follows it is read as right after the name.
      // So is a degree before the verb that gives the post (聘任甲博士为首席医学官: blind6, blind7).
      const honorific = startsWithAny(s, i, W.honorifics) ?? degreeBeforeVerb(s, i);
      if (honorific) push('HONORIFIC', i, honorific.length);
      const j = i + (honorific?.length ?? 0);
      const conj = startsWithAny(s, j, W.conjunctions);
      // 甲、乙等10人当选为, 选举甲、乙等15人为副会长: the closing 等…人 goes with 当选 or 为.
      const closer = LIST_CLOSE.exec(s.slice(j, j + 8))?.[0] ?? '';
      const elected = startsWithAny(s, j + closer.length, W.elected);
      const as = startsWithAny(s, j + closer.length, W.as);
      // 甲辞去某职务, 免去：甲的某职务: the post after the name is ending.
      const resigns = startsWithAny(s, j, W.resigns);
      const possessive = startsWithAny(s, j, W.possessive);
      // 甲此前任某公司董事长: posts the name held before, written right after it.
      const formerly = startsWithAny(s, j, W.formerly);
      // 此前，甲任某委副主任: in a sentence about the past, 任 after a name gives a post held before.
      const pastAs =
        s.startsWith('任', j) && !s.startsWith('任命', j) && startsWithAny(s, 0, W.pastOpeners) !== undefined;
      // 甲继续担任会长, 甲现任某局局长: posts that hold now (not begun here).
      const current = startsWithAny(s, j, W.current);
      if (j < s.length && taken[j]) continue;
      if (conj && before.has(j + conj.length)) push('CONJ', j, conj.length);
      else if (elected) push('ELECT', j, closer.length + elected.length);
      else if (pastAs) push('FORMERLY', j, 1);
      else if (as) push('AS', j, closer.length + as.length);
      else if (resigns) push('DISMISS', j, resigns.length);
      else if (possessive) push('POSSESSIVE', j, possessive.length);
      else if (formerly) push('FORMERLY', j, formerly.length);
      else if (current) push('CURRENT', j, current.length);
    } else if (prev?.kind === 'TITLE') {
      const join = startsWithAny(s, i, W.titleJoiners);
      const ends = startsWithAny(s, i, W.postEnds);
      if (join) push('JOIN', i, join.length);
      else if (ends) push('POSTEND', i, ends.length);
    } else {
      // 选举甲为会长, 选举某公司董事长甲为会长: the verb is marked wherever it stands; lines decide.
      const appoint = startsWithAny(s, i, W.appoint);
      const dismiss = startsWithAny(s, i, W.dismiss);
      // 甲因工作原因辞去某职务: 辞去 after the reasons; the resigned line decides.
      const resigns = startsWithAny(s, i, W.resigns);
      const pronoun = pronounAt(s, i);
      // 某某，男，1976年生，现任某市委常委: a résumé's posts, after a comma, before a body or a title.
      // A résumé paragraph is one sentence (sentences.ts): its 。 opens a clause as a comma does.
      const clauseStart = s.charAt(i - 1) === '，' || s.charAt(i - 1) === '。';
      const resume = clauseStart ? startsWithAny(s, i, W.current) : undefined;
      const formerly = clauseStart ? startsWithAny(s, i, W.formerly) : undefined;
      // 甲作工作报告，并被聘为名誉会长: what the clause's subject became, its verb after a comma (and 并).
      const linked = clauseStart || (s.charAt(i - 1) === '并' && s.charAt(i - 2) === '，');
      const elected = linked ? startsWithAny(s, i, W.elected) : undefined;
      if (resume) push('CURRENT', i, resume.length);
      else if (formerly) push('FORMERLY', i, formerly.length);
      else if (elected) push('ELECT', i, elected.length);
      else if (appoint) push('APPOINT', i, appoint.length);
      else if (dismiss && before.has(i + dismiss.length)) push('DISMISS', i, dismiss.length);
      else if (resigns) push('DISMISS', i, resigns.length);
      else if (pronoun) push('PRONOUN', i, pronoun.length);
    }
  }
  return out;
}

/** 博士 or 硕士 after a name when 为 or 当选 follows it (聘任甲博士为某公司副总裁): read through as 先生 is. */
function degreeBeforeVerb(s: string, i: number): string | undefined {
  const degree = startsWithAny(s, i, DEGREES);
  if (!degree) return undefined;
  const j = i + degree.length;
  return startsWithAny(s, j, W.as) || startsWithAny(s, j, W.elected) ? degree : undefined;
}
const DEGREES = LEXICON.titles.degrees.filter((d) => !W.honorifics.includes(d));

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
  // 某公司董事长何必当选为会长 with 何必 read as no name: a body's name never holds 当选, so the words up to it
  // are no body (the title after them would read as the company's, 董事长何必当选为会长).
  const elected = lastElectedEnd(s, start, end);
  if (elected > start)
    return [
      { kind: 'OTHER', start, end: elected, text: s.slice(start, elected) },
      ...(elected < end ? gapSpans(s, elected, end, next, after) : []),
    ];
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

/** Where the last 当选 (当选为, 当选的) in s[start, end) ends, else start. */
function lastElectedEnd(s: string, start: number, end: number): number {
  // Searched in the gap alone: a search back through the whole sentence is quadratic on a long line.
  const inGap = s.slice(start, end).lastIndexOf(ELECTED_IN_GAP);
  if (inGap < 0) return start;
  const at = start + inGap;
  return /[为的]/.test(s.charAt(at + ELECTED_IN_GAP.length)) && at + ELECTED_IN_GAP.length < end
    ? at + ELECTED_IN_GAP.length + 1
    : at + ELECTED_IN_GAP.length;
}
const ELECTED_IN_GAP = '当选';

/** The codes of a span sequence, one character per span, for the grammar's patterns. */
export function codesOf(spans: readonly Span[]): string {
  return spans.map((x) => SPAN_CODES[x.kind]).join('');
}
