import { LEXICON } from './lexicon';

/* The span kinds, their one-letter codes and the words and patterns the recognizers share. */

/** One letter per span kind: the grammar's patterns are written over these. */
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
  POSSESSIVE: 'G',
  POSTEND: 'F',
  HONORIFIC: 'H',
  BYLINE: 'B',
  PRONOUN: 'K',
  JOIN: 'J',
  CURRENT: 'M',
  FORMERLY: 'Q',
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

export const W = LEXICON.spans;
/** Characters that end a clause: no span but a parenthesis or a list reaches across them. */
export const HARD = new Set('。；：！？“”‘’《》「」【】—…'.split(''));
export const HAN = /^[\u3400-\u9fff]$/;
/** Does a clause end at `i`? A single dash between two Han characters joins a name (中国—东盟商务理事会). */
export function hardAt(s: string, i: number): boolean {
  const c = s.charAt(i);
  if (!HARD.has(c)) return false;
  return !(c === '—' && HAN.test(s.charAt(i - 1)) && HAN.test(s.charAt(i + 1)));
}
/** First characters of each word list: most positions are ruled out by one look-up before any startsWith. */
const FIRST = new Map<readonly string[], Set<string>>();
export function startsWithAny(s: string, at: number, words: readonly string[]): string | undefined {
  let first = FIRST.get(words);
  if (!first) FIRST.set(words, (first = new Set(words.map((w) => w.charAt(0)))));
  return first.has(s.charAt(at)) ? words.find((w) => s.startsWith(w, at)) : undefined;
}

export const DOT_SOON = /[·•・‧]/;
/** Words that may end right before a listed name (以及, 聘任 …): not the end of an unrelated word (涉及). */
export const OPENER_WORDS = [...W.conjunctions, ...W.appoint, ...W.dismiss, ...W.bylines, ...W.listLeads];
export const APPOINT_LAST = new Set([...W.appoint, ...W.dismiss].map((w) => w.charAt(w.length - 1)));
const charClass = (chars: Iterable<string>) => `[${[...chars].join('').replace(/[\]\\^-]/g, '\\$&')}]`;
/** Characters after which a listed name may start. */
export const OPENER_RE = new RegExp(charClass(new Set([...W.listOpeners, ...HARD, ...APPOINT_LAST])), 'g');
/** First characters of every marker: punctuation, bylines, appointing verbs, pronouns. */
export const MARKER_START = new RegExp(
  charClass(
    new Set([
      '、',
      '，',
      '（',
      '）',
      ...HARD,
      ...[
        ...W.bylines,
        ...W.appoint,
        ...W.elected,
        ...W.dismiss,
        ...W.resigns,
        ...W.pronouns,
        ...W.current,
        ...W.formerly,
      ].map((w) => w.charAt(0)),
    ]),
  ),
  'g',
);
/** Words after which names are listed with no title of their own (市领导甲、乙出席). */
export const LEAD_RE = new RegExp(W.listLeads.join('|'), 'g');
/** 等, 等10人, 等三位 closing a list of names before a shared 当选. */
export const LIST_CLOSE = new RegExp(
  `^(?:${W.listClosers.join('|')})(?:[\\d一二三四五六七八九十]+(?:人|位|名))?`,
);
/** What may stand between a byline word and its names: a colon or a bar (编辑：, 审核 | in WeChat posts, 初审丨 with the CJK stroke as its bar). */
export const BYLINE_BARS = '：|｜丨/／';
/** A byline word, with the colon or bar that may follow it. */
export const BYLINE_RE = new RegExp(`(?:${W.bylines.join('|')})[${BYLINE_BARS}]?`, 'g');
