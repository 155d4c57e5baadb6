import { stripLeadIn } from './descriptors';
import { LEXICON } from './lexicon';
import {
  dottedNameAt,
  longBoundaryAt,
  syllableNameAt,
  syllableWordAt,
  mayBeName,
  nameAt,
  surnameAt,
  taggedNameEndingAt,
  unknownWordAt,
  vettedNameBetween,
  wordLengthAt,
  wordSurnameNameAt,
  properOrAdjectiveWordAt,
} from './names';
import {
  bodyEndingCovers,
  isPartyCommittee,
  knownOrganization,
  looksLikeOrganization,
  mayNameOrganization,
  suffixOf,
} from './organizations';
import {
  BYLINE_RE,
  DOT_SOON,
  HAN,
  hardAt,
  LEAD_RE,
  OPENER_RE,
  OPENER_WORDS,
  APPOINT_LAST,
  type Span,
  startsWithAny,
  W,
} from './span-base';
import { parallelNames } from './parallel-names';
import { isPenName } from './pen-names';
import { isDateline, isOutletBeforeByline } from './byline-places';
import { isCountry } from './places';
import { titleEndingAt } from './titles';

/* NAME recognizers (stage 1, see spans.ts): where a person's name may stand, vetted by surnames and jieba. */

/** Does a title end inside the part of a dotted name before its first dot (领事馆总领事彼得·萨博)? */
function titleInsideDotted(s: string, i: number, dotted: string): boolean {
  const firstDot = dotted.search(/[·•・‧]/);
  for (let j = i + 2; j < i + firstDot; j++) if (titleEndingAt(s, j, i)) return true;
  return false;
}

/** 代表处代表卡洛斯·瓦特森: a word that leads names (代表) inside the first part starts the name after it. */
function leadInsideDotted(dotted: string): boolean {
  const firstPart = dotted.slice(0, dotted.search(/[·•・‧]/));
  return W.listLeads.some((w) => firstPart.indexOf(w, 1) > 0);
}

/** 任命阿迪力·艾则孜为…, 免去吾买尔江·肉孜的…: a verb that opens an appointment is not the name's first syllables. */
const APPOINTING = [...W.appoint, ...W.dismiss];
function verbOpensDotted(dotted: string): boolean {
  const firstPart = dotted.slice(0, dotted.search(/[·•・‧]/));
  return APPOINTING.some((w) => firstPart.length > w.length && firstPart.startsWith(w));
}

/** A name that may stand at `i`: a dotted name, or a Han name vetted by the surname list and jieba. */
function nameStartingAt(s: string, i: number, dots = true, afterTitle = false): string | null {
  const dotted = dots && DOT_SOON.test(s.slice(i + 1, i + 8)) ? dottedNameAt(s, i) : null;
  if (
    dotted &&
    !(surnameAt(s, i) === 0 && titleInsideDotted(s, i, dotted)) &&
    !leadInsideDotted(dotted) &&
    !verbOpensDotted(dotted)
  )
    return dotted;
  return syllableNameAt(s, i) ?? nameAt(s, i, afterTitle) ?? (afterTitle ? syllableWordAt(s, i) : null);
}

const BYLINE_DOTTED = /^[\u3400-\u9fff]{1,6}(?:·[\u3400-\u9fff]{1,8})+/;
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
const PLACE_LEVEL_END = /[省市县区镇乡]$/;
const BRAND_BRACKET =
  /^（[\u3400-\u9fff]{1,6}）[\u3400-\u9fff]{0,8}?(?:有限公司|有限责任公司|公司|集团|银行)/;

const PROVINCE_SHORTS = LEXICON.places.provinces.map((p) => p.short);

const SEAT_BRACKET = /^）[\u3400-\u9fff]{0,8}?(?:有限公司|有限责任公司|公司|集团|银行)/;

const HOLDER_IN_PARENS = /^（([\u3400-\u9fff]{2,4})）/;
/** 局长（主持工作）, 巡视员（正厅级）, 主任（蒙古族）: a qualifier of the post or of its holder, not a name. */
const NOT_A_HOLDER = /(?:级|族|职|务|工作)$/;

/**
 * 民建某市委会主委（麦嘉文）出席, 院长（向前）: the name in the parentheses opening at `open` right after a title —
 * two to four characters from a surname on, whatever jieba reads there (向前/d) — or null.
 */
export function holderInParens(s: string, open: number): string | null {
  const held = HOLDER_IN_PARENS.exec(s.slice(open, open + 7))?.[1];
  return held && surnameAt(held, 0) > 0 && !NOT_A_HOLDER.test(held) ? held : null;
}

/** The words from `start` to the next closing bracket, reaching past `end`, name a body (（农电工作部）). */
function otherBodyNameAt(s: string, start: number, end: number): boolean {
  const close = s.indexOf('）', start);
  const inner = s.slice(start, close);
  return close > end && /^[\u3400-\u9fff]{3,12}$/.test(inner) && suffixOf(inner) !== null;
}

export function nameSpans(s: string, titles: readonly Span[]): Span[] {
  const titleStart = new Set(titles.map((t) => t.start));
  const titleEnds = new Set(titles.map((t) => t.end));
  const insideTitle = new Uint8Array(s.length + 1);
  for (const t of titles) insideTitle.fill(1, t.start, t.end);
  const out: Span[] = [];
  const add = (start: number, name: string, via: NonNullable<Span['via']>) => {
    const end = start + name.length;
    // 宣传部部长: a word ending like a body is not a name, however jieba tags it.
    if (via !== 'byline' && !name.includes('·') && suffixOf(name)) return;
    // 高新区党工委书记, 文成县副县长 (jieba: 文成县/nr), 党江镇党委书记: a word ending like a place's level before a title is
    // the place, not a person.
    if (via !== 'byline' && PLACE_LEVEL_END.test(name) && (titleStart.has(end) || via === 'list')) return;
    // 铁科院副院长, 社科院研究员: a short form ending in 院 right before a title is the institute, not a person.
    if (via !== 'byline' && name.endsWith('院') && titleStart.has(end)) return;
    // 卢森堡前总理 (卢 a surname): a country is no person.
    if (isCountry(name)) return;
    // 安徽协和成药业…有限公司 (安 a surname, 和 a follower): a listed name never opens with a province's name.
    if (via === 'list' && PROVINCE_SHORTS.some((p) => name.length > p.length && name.startsWith(p))) return;
    // 西门子（中国）有限公司: a brand before a bracketed place and a company's ending is no name.
    if (BRAND_BRACKET.test(s.slice(end, end + 24))) return;
    // 卡宾服饰（石狮）有限公司: the seat in brackets inside a company's name is no name either.
    if (s.charAt(start - 1) === '（' && SEAT_BRACKET.test(s.slice(end, end + 16))) return;
    // 营销部（农电工作部）主任 (农 a surname): a body's other name in brackets is no name either.
    if (s.charAt(start - 1) === '（' && otherBodyNameAt(s, start, end)) return;
    if (insideTitle.subarray(start, end).some((x) => x > 0)) return;
    for (let k = start + 1; k < end; k++) if (titleStart.has(k)) return;
    if (out.some((n) => n.start < end && start < n.end)) return;
    out.push({ kind: 'NAME', start, end, text: name, via });
  };
  // Most sentences have no transliterated name: then no position needs the dotted-name reader.
  const dots = DOT_SOON.test(s);
  for (const t of titles) {
    const name =
      nameStartingAt(s, t.end, dots, true) ?? wordSurnameNameAt(s, t.end) ?? heldWordBeforeName(s, t.end);
    if (name) add(t.end, name, 'title');
  }
  for (const t of titles) {
    const held = holderInParens(s, t.end);
    if (held) add(t.end + 1, held, 'title');
  }
  for (const m of s.matchAll(BYLINE_RE)) {
    const first = bylineUnitEnd(s, m.index + m[0].length);
    let afterName = false;
    for (let at = first, name = bylineName(s, at); name; name = bylineName(s, at)) {
      if (!isPenName(name, m[0]) && !isDateline(s, at, name, afterName) && !isOutletBeforeByline(s, at, name))
        add(at, name, 'byline');
      afterName = true;
      at += name.length + (s.charAt(at + name.length) === '、' ? 1 : 0);
    }
  }
  // Only positions right after an opener (、，：有 …), a clause end or an appointing verb may start a listed name.
  const starts = [0];
  for (const m of s.matchAll(LEAD_RE)) starts.push(m.index + m[0].length);
  // 以及来自巴基斯坦的哈米德·阿里·汗（某协会主席）: where a guest comes from, before a foreign name.
  for (const m of s.matchAll(COMES_FROM)) {
    const i = m.index + m[0].length;
    if (DOT_SOON.test(s.slice(i + 1, i + 8))) starts.push(i);
  }
  for (const m of s.matchAll(OPENER_RE)) {
    const i = m.index + 1;
    if (APPOINT_LAST.has(m[0]) && !W.listOpeners.has(m[0]) && !OPENER_WORDS.some((w) => s.endsWith(w, i)))
      continue;
    starts.push(i);
  }
  // Cheap first: only where a name of a possible length would be followed by what follows names.
  const closes = (end: number) =>
    titleStart.has(end) || end === s.length || startsWithAny(s, end, W.nameFollowers);
  for (const i of starts) {
    // 副主任刘卫平、那日苏、张彩霞: a name of known syllables needs no surname.
    const syllables = syllableNameAt(s, i);
    if (syllables && closes(i + syllables.length)) {
      add(i, syllables, 'list');
      continue;
    }
    const surname = surnameAt(s, i);
    const dotted = dots && DOT_SOON.test(s.slice(i + 1, i + 8));
    // 和丽萍任…副主任: a surname that is an everyday word, at the start or after punctuation (not after a verb: 代表
    // 东道主), when jieba reads one name or unknown word and a title or the 任 of an appointment comes right after it.
    const wordName =
      surname === 0 && !dotted && (i === 0 || /[，、；：]/.test(s.charAt(i - 1)))
        ? wordSurnameNameAt(s, i)
        : null;
    // 市领导甲某某、滑某某、乙某某: between 、 after a name and what closes a name, it is one more listed name.
    const listed =
      wordName !== null &&
      s.charAt(i - 1) === '、' &&
      out.some((n) => n.end === i - 1) &&
      closes(i + wordName.length);
    if (
      wordName &&
      (titleStart.has(i + wordName.length) || s.charAt(i + wordName.length) === '任' || listed)
    ) {
      add(i, wordName, 'list');
      continue;
    }
    if (surname === 0 && !dotted) continue;
    if (!dotted && !closes(i + surname + 1) && !closes(i + surname + 2)) continue;
    const read = nameStartingAt(s, i, dots);
    // A word the name reader refused, which an appointment or a list of names vouches for as a name.
    const vouched =
      read === null ? (appointedWordNameAt(s, i, titleEnds) ?? listedWordNameAt(s, i, out)) : null;
    const name = read ?? vouched;
    if (!name || !closes(i + name.length)) continue;
    if (
      vouched === null &&
      !name.includes('·') &&
      !mayBeName(s, i, name.length, OPENER_WORDS) &&
      !appointedAs(s, i, name, titleEnds) &&
      !listedWordNameAt(s, i, out)
    )
      continue;
    add(i, name, 'list');
  }
  // 市发改委王伟主任: a name between a body and a title.
  for (const t of titles) {
    for (const len of [3, 2, 4]) {
      const start = t.start - len;
      // Cheap first: a body's ending must stand right before the name.
      if (start < 2 || surnameAt(s, start) === 0 || !mayNameOrganization(s.charAt(start - 1))) continue;
      if (suffixOf(s.slice(start - 2, t.start))) continue;
      // 有关部门主要负责人: the body's last character and the name's first make a word (部门).
      if (LEXICON.orgs.notAnEnding.some((w) => w.length === 2 && s.startsWith(w, start - 1))) continue;
      // 甲获委任为某会会长: the verb of election ends like a body (委), its last characters are no name.
      if (insideElected(s, start)) continue;
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
  // 某局局长甲，某局局长晴川分别发言: a word after a title is a name where the list's next item is a holder.
  for (const n of parallelNames(s, titles, out)) add(n.start, n.text, 'title');
  // 任命甲为某局局长，免去其某委副主任职务; 决定其为代理市长: 其 after such a verb is the person named before it.
  for (const m of s.matchAll(OBJECT_PRONOUN)) {
    const at = m.index + m[0].length - 1;
    const named = out.filter((n) => n.end <= at).sort((a, b) => b.end - a.end)[0];
    if (named && !out.some((n) => n.start <= at && at < n.end))
      out.push({ kind: 'NAME', start: at, end: at + 1, text: named.text, via: named.via });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** 来自某国的: where a guest comes from, said before the guest's name. */
const COMES_FROM = /来自[\u3400-\u9fff]{1,10}的/g;

/** Does a word of election (`spans.json` `elected`: 获委任为) run across position `at`? */
function insideElected(s: string, at: number): boolean {
  return W.elected.some((w) => {
    for (let k = Math.max(0, at - w.length + 1); k < at; k++) if (s.startsWith(w, k)) return true;
    return false;
  });
}

/**
 * 任命安康为某中心主任, 任命常青为监事会主席: between an appointing verb and its 为, a surname and one character are
 * the person appointed even where jieba reads a word (安康/ns, 常青/a) — the verb's object is a person; so is the
 * head of a résumé (高升，男，…). A common noun stays a word (任命方式为…) unless a post closes the clause after
 * 为 (任命关心为某市人民政府办公厅副主任): what is made a body's officer is a person. So is the head of a line of
 * a 任免 list that reads the same with no verb (严谨为某市人民政府秘书长；, 祁连山为某市人民政府代理市长:
 * blind28, 29, 30). blind21, blind22.
 */
function appointedAs(s: string, i: number, name: string, titleEnds: ReadonlySet<number>): boolean {
  const as = i + name.length;
  const appointing = verbBefore(W.appoint, s, i);
  const appointed = s.charAt(as) === '为' && appointing;
  // 免去温柔的某厅二级巡视员职务, 免去祁连为某厅副厅长职务: a dismissal's object is a person too.
  const dismissing = verbBefore(W.dismiss, s, i);
  const dismissed = '的为'.includes(s.charAt(as)) && dismissing;
  // 高升，男，汉族，1976年5月生: the head of a résumé is a person too, whatever jieba reads there.
  const resume = i === 0 && RESUME_HEAD.test(s.slice(as, as + 3));
  // ；徐海当选为监事长: who is elected is a person, where jieba reads a place's name or an adjective (not 全票).
  const elected = W.elected.some((w) => s.startsWith(w, as));
  if (
    name.length === 2 &&
    (resume || ((appointed || dismissed || elected) && properOrAdjectiveWordAt(s, i) === name))
  )
    return true;
  if (s.charAt(as) === '为') return (appointing || i === 0) && postClosesClause(s, as + 1, titleEnds);
  // 杭州的某市中级人民法院审判员职务 (a line of a 免去 list): the post a dismissal ends, 职务 after its title.
  return s.charAt(as) === '的' && (dismissing || i === 0) && postClosesClause(s, as + 1, titleEnds, POST_END);
}

const POST_END = '职务';

/** A two-character verb of `verbs` right before `i` — or before a colon there, heading a list (任命：严谨为…). */
function verbBefore(verbs: readonly string[], s: string, i: number): boolean {
  return verbs.some(
    (w) => w.length === 2 && (s.endsWith(w, i) || (s.charAt(i - 1) === '：' && s.endsWith(w, i - 1))),
  );
}

const RESUME_HEAD = /^，[男女][，,]/;

/** Does a title end the clause that starts at `from` (为某市审计局总审计师；), with a body's words before it? */
function postClosesClause(s: string, from: number, titleEnds: ReadonlySet<number>, closing = ''): boolean {
  let end = from;
  while (end < s.length && !/[，、。；：（]/.test(s.charAt(end))) end++;
  if (closing && !s.endsWith(closing, end)) return false;
  return end - from - closing.length >= 4 && titleEnds.has(end - closing.length);
}

/** The appointed name of {@link appointedAs} where the name reader refused the word jieba reads there. */
function appointedWordNameAt(s: string, i: number, titleEnds: ReadonlySet<number>): string | null {
  if (surnameAt(s, i) !== 1) return null;
  for (const len of [2, 3]) {
    const name = s.slice(i, i + len);
    if (name.length === len && HAN_RUN.test(name) && appointedAs(s, i, name, titleEnds)) return name;
  }
  return null;
}

const HAN_RUN = /^[\u3400-\u9fff]+$/;

/**
 * 副会长何必、王一、李二: right after a title, a surname and one character before 、 and a name are the first of the
 * names sharing the title, whatever word jieba reads (何必/d) — the list's next item is a person.
 */
function heldWordBeforeName(s: string, i: number): string | null {
  const name = s.slice(i, i + 2);
  if (surnameAt(s, i) !== 1 || !HAN_RUN.test(name) || name.length < 2 || s.charAt(i + 2) !== '、')
    return null;
  if (LEXICON.titleNouns.has(name) || suffixOf(name) || longBoundaryAt(s, i)) return null;
  return nameAt(s, i + 3) !== null ? name : null;
}

/**
 * 许冬梅、白玉兰、高山、陆一鸣当选为副会长, 青年作家代表李想、高原、春雨，…, 常务副会长：童心、冯远征: a surname and one
 * character between 、 in a list of names are one more name, whatever word jieba reads (高山/ns, 春雨/n, 童心/n) —
 * where the item before is a name read so far, or the item after one, and the word ends at 、, a clause's end or 当选.
 * blind26, 28, 29.
 */
function listedWordNameAt(s: string, i: number, names: readonly Span[]): string | null {
  if (surnameAt(s, i) !== 1) return null;
  const name = s.slice(i, i + 2);
  const end = i + 2;
  if (!HAN_RUN.test(name) || name.length < 2 || LEXICON.titleNouns.has(name) || suffixOf(name)) return null;
  const after =
    s.charAt(i - 1) === '、' && names.some((n) => n.end === i - 1 && (n.via === 'list' || n.via === 'title'));
  // 副主任甲、乙、黄河出席: the last of the names, before a verb of two characters that follows names — not before a
  // word that also leads names (高校代表: a noun it compounds with).
  const closed =
    end >= s.length ||
    /[、，。；]/.test(s.charAt(end)) ||
    W.elected.some((w) => s.startsWith(w, end)) ||
    (after && longBoundaryAt(s, end) && !W.listLeads.some((w) => s.startsWith(w, end)));
  if (!closed) return null;
  const before = '、：'.includes(s.charAt(i - 1)) && s.charAt(end) === '、' && nameAt(s, end + 1) !== null;
  return after || before ? name : null;
}

/** 本报, 本台, 本刊, 本网: the outlet itself, before its reporter's byline word (作者：本报记者 某某). */
const OWN_OUTLET = /^本[报台刊网站]$/;

const OBJECT_PRONOUN = new RegExp(LEXICON.objectPronouns.join('|'), 'g');

/** The words of the clause that end at `end` (after the last punctuation). */
function clauseBefore(s: string, end: number): string {
  let start = end;
  while (start > 0 && !hardAt(s, start - 1) && !'，、（）'.includes(s.charAt(start - 1))) start--;
  return s.slice(start, end);
}

/**
 * 作者：某局张文超, 文字｜品牌中心王可心: where a byline names the writer's unit before the names, the names
 * start after it (a body's ending, at most twelve characters on); else right after the byline word.
 */
export function bylineUnitEnd(s: string, at: number): number {
  const name = bylineName(s, at);
  for (let end = Math.min(s.length - 2, at + 12); end > at + 1; end--)
    // 编辑：宣传统战部李娅: a unit the first name would cut (宣传统, 战部李娅) is read as the unit.
    if (
      (name === null || end > at + name.length) &&
      // 作者：文/司马青: a unit is Han words; 文/ is the next byline word, 司 no unit's ending there.
      HAN_RUN.test(s.slice(at, end)) &&
      suffixOf(s.slice(at, end)) &&
      bylineName(s, end) !== null
    )
      return end;
  return at;
}

/**
 * 记者周子墨、林晓）, 编辑：热依拉审核：陈刚, 记者贾某某报道: a byline's names end at 、, a parenthesis,
 * another byline word, a closing word (报道, 摄) or the line's end; a name with no known surname needs another byline word or the end after it.
 */
function bylineName(s: string, at: number): string | null {
  const name = bylineNameAt(s, at);
  // 文字：宣传与科学传播办公室, 图文｜办公室: a body's ending (办公室) is the writer's unit, not a name (公室).
  return name && !bodyEndingCovers(s, at, at + name.length) ? name : null;
}

function bylineNameAt(s: string, at: number): string | null {
  // 责任编辑 after a name is the next byline word, not a name; 报道 closes the names; 本报记者 is the outlet's.
  if (startsWithAny(s, at, W.bylines) !== undefined || startsWithAny(s, at, W.bylineEnds) !== undefined)
    return null;
  if (OWN_OUTLET.test(s.slice(at, at + 2))) return null;
  const dotted = BYLINE_DOTTED.exec(s.slice(at, at + 30))?.[0];
  if (dotted)
    // 记者阿依古丽·买买提实习生王静怡: a dotted name ends where the next byline word starts.
    for (let end = at + dotted.length; end > at + dotted.lastIndexOf('·') + 1; end--)
      if (end === s.length || !HAN.test(s.charAt(end)) || startsWithAny(s, end, W.bylines) !== undefined)
        return s.slice(at, end);
  // 记者次仁罗布、边巴卓嘎）: a Tibetan or Mongolian name of known syllables that runs to the byline's next
  // separator is one name, though its first syllable (边) is a surname and its second (卓) one too; so is one
  // before the next byline word (记者 次仁卓玛 通讯员 某某: blind31).
  const syllables = syllableNameAt(s, at);
  if (syllables && syllables.length >= 4 && '、）】'.includes(s.charAt(at + syllables.length)))
    return syllables;
  for (let len = 6; len >= 4; len--) {
    const word = s.slice(at, at + len);
    if (startsWithAny(s, at + len, W.bylines) !== undefined && syllableNameAt(word, 0) === word) return word;
  }
  const surname = surnameAt(s, at);
  const lengths = surname === 2 ? [4, 3] : [4, 3, 2].filter((l) => surname === 1 || l < 4);
  // 文/沈欣图/王浩, 林晓报道: a name that another byline word or a closing word follows ends there.
  // 编辑：赵鹏责任编辑：…: no name runs into the start of the next byline word (责任编辑, not 编辑).
  const bylineWithin = (len: number) => {
    for (let p = at + 1; p < at + len; p++) if (startsWithAny(s, p, W.bylines) !== undefined) return true;
    return false;
  };
  const before = lengths.find(
    (len) =>
      /^[\u3400-\u9fff]+$/.test(s.slice(at, at + len)) &&
      !bylineWithin(len) &&
      (startsWithAny(s, at + len, W.bylines) ?? startsWithAny(s, at + len, W.bylineEnds)) !== undefined,
  );
  if (before !== undefined && !suffixOf(s.slice(at, at + before))) return s.slice(at, at + before);
  // 记者其其格）, 记者岩罕、王佳琪: a name with no surname, closed by 、 or a bracket, when it is known syllables
  // or one word jieba does not know (记者了解到， stays no name).
  if (surname === 0) {
    const word = syllableNameAt(s, at) ?? unknownWordAt(s, at);
    if (
      word &&
      word.length >= 2 &&
      word.length <= 4 &&
      '、）】'.includes(s.charAt(at + word.length)) &&
      s.charAt(at + word.length) !== ''
    )
      return word;
  }
  for (const len of lengths) {
    const end = at + len;
    if (!/^[\u3400-\u9fff]+$/.test(s.slice(at, end))) continue;
    // 党委宣传部周雨桐: a body's name before the names is no name.
    if (suffixOf(s.slice(at, end))) continue;
    const next = s.charAt(end);
    const closes =
      end === s.length ||
      startsWithAny(s, end, W.bylines) !== undefined ||
      startsWithAny(s, end, W.bylineEnds) !== undefined;
    if (closes || (surname > 0 && len < 4 && !HAN.test(next))) return s.slice(at, end);
    // （记者 甲乙丙 丁戊己）: the blank between two names is gone in the canonical text.
    if (surname > 0 && len < 4 && surnameAt(s, end) > 0 && bylineName(s, end) !== null)
      return s.slice(at, end);
  }
  return null;
}
