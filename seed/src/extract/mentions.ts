import { parseDescriptor, type ParsedPost } from './descriptors';
import { LEXICON } from './lexicon';
import { dottedNameAt, nameAt, surnameAt, taggedNameEndingAt } from './names';
import { SHORT_FORM } from './organizations';
import { titleEndingAt } from './titles';

/** A person named in a sentence, with the posts the words before the name give. */
export interface Mention {
  readonly name: string;
  /** Where the descriptor (or the name, if none) starts, and where the name ends. */
  readonly start: number;
  readonly nameStart: number;
  readonly end: number;
  readonly posts: readonly ParsedPost[];
  /** How the person was found: a title before the name, a title after it, or a name already known. */
  readonly via: 'title' | 'post-name' | 'known' | 'short-ref';
}

/** Characters that end the words describing a person: the descriptor never reaches across them. */
const HARD = new Set('，。；：！？“”‘’（）《》「」【】—…,;:!?()"'.split(''));

/** Does a title end inside the first part of a dotted name read from `i` (某馆总领事彼得·萨博)? */
function titleInside(s: string, i: number, dotted: string): boolean {
  const firstDot = dotted.search(/[·•・‧]/);
  for (let j = i + 2; j < i + firstDot; j++) if (titleEndingAt(s, j, i)) return true;
  return false;
}

/**
 * Persons introduced by their titles: `[organization][title]、[title]…NAME`, the name read after the last
 * title (nameAt). Scanning left to right, a descriptor starts after the last hard punctuation or the
 * previous person's name, so a list (副部长甲、局长乙) gives each person their own titles.
 */
export function titledMentions(s: string): Mention[] {
  const out: Mention[] = [];
  const soft = softParentheses(s);
  let floor = 0;
  for (let i = 0; i < s.length; i++) {
    if (HARD.has(s.charAt(i)) && !soft.has(i)) {
      floor = i + 1;
      continue;
    }
    const dotted = dottedNameAt(s, i);
    if (surnameAt(s, i) === 0 && !dotted) continue;
    // 某总领事馆总领事彼得·萨博: a dotted name starts after the last title before its first dot.
    if (dotted && surnameAt(s, i) === 0 && titleInside(s, i, dotted)) continue;
    const tm = titleEndingAt(s, i, floor);
    if (!tm || titleGoesOn(s, i, tm.start, floor)) continue;
    const name = dotted ?? nameAt(s, i);
    if (!name) continue;
    const prev = out.at(-1);
    // After 、 the floor stays on it (、 is soft); after ， it moves past it.
    const listed =
      prev &&
      ((floor === prev.end + 1 && '，、'.includes(s.charAt(prev.end))) ||
        (floor === prev.end && s.charAt(prev.end) === '、'));
    // 某局党组成员，副局长甲 (a comma where 、 was meant): the clause before is part of the titles.
    const from = listed ? floor : commaJoinedStart(s, floor, i, prev?.end ?? 0, soft);
    const posts = parseDescriptor(
      s.slice(from, i).replace(SHORT_FORM, '').replace('，', '、'),
      listed ? (prev.posts.at(-1)?.organization ?? null) : null,
    );
    if (posts.length === 0) continue;
    const after = postsAfterName(s.slice(i + name.length), appointedBefore(s, i));
    posts.push(...after);
    // 甲、乙当选副理事长: names joined by 、 share what follows the last one.
    if (after.length > 0 && listed && s.charAt(prev.end) === '、')
      out[out.length - 1] = { ...prev, posts: [...prev.posts, ...after] };
    out.push({ name, start: floor, nameStart: i, end: i + name.length, posts, via: 'title' });
    floor = i + name.length;
    // 副会长甲、乙、丙等: names listed after one title share its posts.
    for (let next = nextListedName(s, floor); next; next = nextListedName(s, floor)) {
      out.push({
        name: next,
        start: floor + 1,
        nameStart: floor + 1,
        end: floor + 1 + next.length,
        posts,
        via: 'title',
      });
      floor += 1 + next.length;
    }
    i = floor - 1;
  }
  return out;
}

/** 总工程师钱某: a title (总工) that a longer one (总工程师) continues through `i` is not followed by a name. */
function titleGoesOn(s: string, i: number, start: number, floor: number): boolean {
  for (const k of [1, 2]) {
    const longer = titleEndingAt(s, i + k, floor);
    if (longer && longer.start <= start) return true;
  }
  return false;
}

/** Start of a clause that ends with a title right before `floor`'s comma, or `floor` itself. */
function commaJoinedStart(s: string, floor: number, at: number, min: number, soft: Set<number>): number {
  if (floor < 2 || s.charAt(floor - 1) !== '，' || !titleEndingAt(s, floor - 1, min)) return floor;
  // 某院负责人，某公司总经理甲: titles that name their own body do not continue the clause before.
  if (parseDescriptor(s.slice(floor, at)).some((p) => p.organization)) return floor;
  let start = floor - 1;
  while (start > min && !(HARD.has(s.charAt(start - 1)) && !soft.has(start - 1))) start--;
  return parseDescriptor(s.slice(start, floor - 1)).some((p) => p.organization) ? start : floor;
}

/** A bare name right after 、 that ends at 、，等 or a boundary word — a list sharing one title. */
function nextListedName(s: string, at: number): string | null {
  if (s.charAt(at) !== '、') return null;
  const name = nameAt(s, at + 1);
  if (!name) return null;
  const after = s.charAt(at + 1 + name.length);
  // 、副局长乙: a title follows, so the next person has titles of their own.
  return titleEndingAt(s, at + 1 + name.length) || !'、，。；等'.includes(after || '。') ? null : name;
}

/** （集团） inside a company name: a short parenthesis of plain words does not end a descriptor. */
function softParentheses(s: string): Set<number> {
  const soft = new Set<number>();
  // 某公司（简称“某某”）总裁甲: the declaration sits inside the titles.
  for (const m of s.matchAll(SHORT_FORM)) for (let k = m.index; k < m.index + m[0].length; k++) soft.add(k);
  for (let i = s.indexOf('（'); i >= 0; i = s.indexOf('（', i + 1)) {
    const close = s.indexOf('）', i);
    if (close > i && close - i <= 8 && /^[\u3400-\u9fff]+$/.test(s.slice(i + 1, close))) {
      soft.add(i);
      soft.add(close);
    }
  }
  return soft;
}

const AFTER_PAREN = /^（(?:现任|时任|兼任|曾任|系)?([^（）]{2,40})）/;
const AFTER_ELECTED = /^(?:当选|被选举为|被推选为|当选为)(?:为)?([\u3400-\u9fff、]{2,30}?)(?=[，。；]|$)/;

/** 聘任某某为首席专家: the clause before the name appoints. */
const APPOINTS = /聘任|聘请|任命|增补/;
const AFTER_APPOINTED = /^为([\u3400-\u9fff、]{2,30}?)(?=[，。；]|$)/;

function appointedBefore(s: string, i: number): boolean {
  const head = s.slice(0, i);
  const clause = Math.max(...[...'，。；：'].map((c) => head.lastIndexOf(c)));
  return APPOINTS.test(head.slice(clause + 1));
}

/** Posts given right after a name: 杨某（现任协会名誉会长）, 陈某当选会长, (聘任)某某为首席专家. */
function postsAfterName(rest: string, appointed = false): ParsedPost[] {
  const paren = AFTER_PAREN.exec(rest);
  if (paren) return parseDescriptor(paren[1]!);
  const named = appointed ? AFTER_APPOINTED.exec(rest) : null;
  if (named) return parseDescriptor(named[1]!).map((p) => (p.organization ? p : { ...p, ofOrganizer: true }));
  const elected = AFTER_ELECTED.exec(rest);
  if (elected)
    return parseDescriptor(elected[1]!).map((p) => (p.organization ? p : { ...p, ofOrganizer: true }));
  return [];
}

/**
 * Which characters existing mentions cover (1), and the last character of each name (2), so that
 * overlap checks stay linear on a sentence with thousands of names.
 */
function coverage(s: string, taken: readonly Mention[]): Uint8Array {
  const used = new Uint8Array(s.length + 1);
  for (const m of taken) {
    used.fill(1, m.start, m.end);
    if (m.end > m.start) used[m.end - 1] = 2;
  }
  return used;
}

/**
 * 王某某（某部原副部长）、黄某某（某研究院院长）: a name at the start of a list item with its titles
 * in parentheses after it.
 */
export function parentheticalMentions(s: string, taken: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  const used = coverage(s, taken);
  for (let p = s.indexOf('（'); p >= 0; p = s.indexOf('（', p + 1)) {
    const close = s.indexOf('）', p);
    if (close < 0 || close - p > 40 || used[p - 1]) continue;
    // 买买提·艾力（某局局长）: a dotted name reaches back to the list opener before it.
    const dotted = /[\u3400-\u9fff]{1,8}[·•・‧][\u3400-\u9fff·•・‧]{1,16}$/.exec(
      s.slice(Math.max(0, p - 25), p),
    );
    const lengths = dotted ? [dotted[0].length] : [2, 3, 4];
    for (const len of lengths) {
      const start = p - len;
      const read = dotted ? dottedNameAt(s, start) : nameAt(s, start);
      if (start < 0 || read !== s.slice(start, p)) continue;
      if (start > 0 && !LIST_OPENERS.includes(s.charAt(start - 1))) continue;
      // （某委员会副主任，原某局副局长）: a comma inside the parentheses separates titles like 、.
      const inner = s.slice(p + 1, close).replace(/，/g, '、');
      if (!titleEndingAt(inner, inner.length)) continue;
      const posts = parseDescriptor(inner);
      if (posts.length === 0) continue;
      out.push({ name: s.slice(start, p), start, nameStart: start, end: p, posts, via: 'title' });
      break;
    }
  }
  return out;
}

/** What may stand right before a listed name: punctuation, or the 有/是 of 出席的有. */
const LIST_OPENERS = '：、，；有是为'.split('');

/** Persons named before a title (习近平总书记), known to jieba as names; the title has no organization. */
export function postNameMentions(s: string, taken: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  const used = coverage(s, taken);
  for (const title of LEXICON.titles.postName) {
    for (let at = s.indexOf(title); at >= 0; at = s.indexOf(title, at + 1)) {
      if (used[at] === 1 || used[at - 1] === 2) continue;
      const name = taggedNameEndingAt(s, at);
      // 诸葛会长 is a short reference, not a person named 诸葛.
      if (!name || name.length <= surnameAt(name, 0)) continue;
      const start = at - name.length;
      if (out.some((m) => m.start === start)) continue;
      const isTitle = !LEXICON.titles.degrees.includes(title);
      out.push({
        name,
        start,
        nameStart: start,
        end: at + title.length,
        posts: isTitle ? [{ title, organization: null, former: false }] : [],
        via: 'post-name',
      });
    }
  }
  return out;
}

/** Every occurrence of a name already known from elsewhere in the article, outside other mentions. */
export function knownMentions(s: string, names: readonly string[], taken: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  const used = coverage(s, taken);
  for (const name of names) {
    for (let at = s.indexOf(name); at >= 0; at = s.indexOf(name, at + name.length)) {
      const end = at + name.length;
      if (used.subarray(at, end).some((x) => x > 0)) continue;
      out.push({ name, start: at, nameStart: at, end, posts: [], via: 'known' });
    }
  }
  return out;
}

/** Mentions of one sentence, in reading order. */
export function sortMentions(ms: Mention[]): Mention[] {
  return ms.sort((a, b) => a.start - b.start || a.end - b.end);
}
