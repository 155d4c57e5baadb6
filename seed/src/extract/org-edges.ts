/**
 * Where an organization's name starts: the words before it that are no part of it (org-suffixes.json
 * `joinWords`, `verbsBeforeNames`), read as jieba's words so that a name opening with the same character stays
 * whole (和田地区人民医院, 和林格尔新区, 对外经济贸易大学, 同济大学, 现代物流, 经济财政司). Bodies described by a
 * quantifier (各设区市商务局, 省政府各委) name none.
 */
import { LEXICON } from './lexicon';
import { memoizeText } from './memo';
import { wordsOf } from './names';
import { suffixOf } from './organizations';

const JOINS: ReadonlySet<string> = new Set(LEXICON.orgs.joinWords);
const VERBS: ReadonlySet<string> = new Set(LEXICON.orgs.verbsBeforeNames);
/** First characters of those words: most spans hold none, and jieba need not read them. */
const FIRST = new Set([...JOINS, ...VERBS].map((w) => w.charAt(0)));

/**
 * 各设区市医疗保障局, 省内各市州卫生健康委员会, 重庆市各兄弟商会: several bodies described, none named (no gold names one);
 * so is a list of places closed by 等 and their level (厚街、长安、清溪等镇台商协会, 淮北等市农业农村局): both
 * annotators of blind41 give its officers' posts no body.
 */
const SEVERAL = /各|等[省市县区镇乡村]/;
export const describesSeveral = (name: string): boolean => SEVERAL.test(name);

/**
 * The name inside `span` after the last word before it that is no part of a name: `cut` where the name may
 * start (拟任绵阳市委 → 4, 李国强在青海大学 → 4, 集团公司与兰州大学 → 5), `verb` when that word is a verb no
 * name holds (拟任, 依托, 地处: the span is no name unless what follows is one), 0 and false when there is none.
 */
export const nameStart = memoizeText(nameStartOf);

function nameStartOf(span: string): { cut: number; verb: boolean } {
  const none = { cut: 0, verb: false };
  if (![...span].some((c) => FIRST.has(c))) return none;
  let at = 0;
  let found = none;
  for (const { word: w } of wordsOf(span)) {
    at += w.length;
    if (at < span.length && (JOINS.has(w) || VERBS.has(w))) found = { cut: at, verb: VERBS.has(w) };
  }
  return found;
}

/** Does `span` hold one of the verbs no name holds (a cheap test before jieba reads it)? */
export function holdsVerbBeforeName(span: string): boolean {
  for (const v of VERBS) if (span.includes(v)) return true;
  return false;
}

/**
 * Does `text` open with `word` as a word of its own: not inside a longer word jieba knows (和 of 和中国某公司,
 * of 及省工商联 — jieba's unknown 及省 — not of 和田地区, 和林格尔新区, 与会)?
 */
export function opensWithWord(text: string, word: string): boolean {
  if (!text.startsWith(word)) return false;
  const first = wordsOf(text.slice(0, word.length + 6))[0];
  return first !== undefined && (first.word === word || first.tag === 'x');
}

/** `text` without the joining words and verbs that open it (与云南省药学会, 并获某政府某司 → 某政府某司). */
export function withoutOpeningWords(text: string): string {
  if (!FIRST.has(text.charAt(0))) return text;
  let at = 0;
  for (const { word } of wordsOf(text)) {
    if (!(JOINS.has(word) || VERBS.has(word)) || at + word.length > text.length - 2) break;
    at += word.length;
  }
  return text.slice(at);
}

/** A unit's other name in brackets after it (办公室（党委办公室）, 党委宣传部（企业文化部）): the unit's. */
const OTHER_NAME = /（([\u3400-\u9fff]{2,12})）$/;

/** `unit` without its other name in brackets (集团办公室（党委办公室） → 集团办公室), when that names a body. */
export function withoutOtherName(unit: string): string {
  const m = OTHER_NAME.exec(unit);
  return m && suffixOf(m[1]!) ? unit.slice(0, m.index) : unit;
}
