import type { ExtractedEvent, ExtractedPlace } from '@guanxi/schema';
import { LEXICON } from './lexicon';
import { SHORT_FORM } from './organizations';
import { leadingPlaces } from './places';
import type { Sentence } from './sentences';

const { suffixes, heldVerbs, heldManners } = LEXICON.events;
const HELD = heldVerbs.join('|');
/** 成功举办, 隆重召开: how an event was held, between its place and the verb. */
export const MANNER = `(?:${heldManners.join('|')})?`;
const QUOTED = /“([^“”]{4,80})”|《([^《》]{4,80})》/g;
/**
 * …在<place>(成功)举办: the place of the event. 在沪圆满落幕: a closing is 圆满 too, read here for the place only
 * (elsewhere it would move two test articles' event names, a change not measured).
 */
export const HELD_AT = new RegExp(
  `在([\\u3400-\\u9fff]{2,16}?)(?:${[...heldManners, '圆满'].join('|')})?(?:${HELD})`,
);
const SUBJECT_HELD = new RegExp(
  `(?:^|，)([^，。；]{4,80}?)(?:于[^，。；]{2,12}?)?在[\\u3400-\\u9fff]{2,16}?${MANNER}(?:${HELD})`,
);
/** 举行X。: an event held, named right after the verb up to the clause's end. */
const CONVENED = new RegExp(`(?:${HELD})([\\u3400-\\u9fff\\d]{4,30})(?:[，。；]|$)`);
/** Clauses that modify an event name: 某某主办的…, 以…为主题的…. */
const MODIFIER_ENDS = [
  '主办的',
  '承办的',
  '协办的',
  '支持的',
  '指导的',
  '举办的',
  '为主题的',
  '为主旨的',
  '召开的',
];
/** 3月6日讯 is a dateline, not the event's date. */
const DATE = /(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日(?!讯|电)/;

export interface EventResult {
  readonly event: ExtractedEvent;
  readonly places: ExtractedPlace[];
}

function isEventName(s: string): boolean {
  return s.length >= 4 && suffixes.some((x) => s.endsWith(x)) && !/[，。；：]/.test(s);
}

/** Strips what a headline wraps around the name: a date before it, 在…举办 after it. */
function cleanName(s: string): string {
  return s.replace(/^(\d{4}年)?\d{1,2}月\d{1,2}日(上午|下午|晚上|晚)?，?/, '').trim();
}

/** The event a headline announces: 主题——X在某地成功举办, 某部召开X, or a headline that is the name. */
function fromTitle(title: string): { name: string; at: string | null } | null {
  // 喜讯｜某会隆重举行: a WeChat headline's label before ｜ is no part of the name.
  const parts = title.split(/——|—|：|:|｜|\||\s+/).filter((p) => p.length > 0);
  for (const part of [...parts].reverse()) {
    const held = new RegExp(`^(.+?)(?:于.+?)?在(.{1,16}?)${MANNER}(?:${HELD})`).exec(part);
    if (held && isEventName(cleanName(held[1]!))) return { name: cleanName(held[1]!), at: held[2]! };
    const plain = new RegExp(`^(.+?)${MANNER}(?:${HELD})`).exec(part);
    if (plain && isEventName(cleanName(plain[1]!))) return { name: cleanName(plain[1]!), at: null };
    const convened = new RegExp(`(?:${HELD})(.+)$`).exec(part);
    if (convened && isEventName(convened[1]!)) return { name: convened[1]!, at: null };
    if (isEventName(cleanName(part))) return { name: cleanName(part), at: null };
  }
  return null;
}

/**
 * A headline says 某市召开X; the body says 某市X在…召开. The clause that ends with the name gives the
 * fuller name (the subject of 召开 in the headline belongs to the name in the body).
 */
function fullerName(sentence: string, name: string): string {
  const at = sentence.indexOf(name);
  const clauseStart = Math.max(sentence.lastIndexOf('，', at), sentence.lastIndexOf('：', at)) + 1;
  const fuller = cleanName(sentence.slice(clauseStart, at + name.length));
  const heldNext = new RegExp(`^(?:在|于)?[^，。]{0,16}?(?:${HELD})`).test(sentence.slice(at + name.length));
  if (heldNext && fuller.length <= name.length + 10 && /^[\u3400-\u9fff\d]+$/.test(fuller)) return fuller;
  // 主持召开宁川县民营企业家座谈会: the words between the verb and the headline's name belong to it.
  const convened = new RegExp(`(?:${HELD})([\\u3400-\\u9fff\\d]{1,8})$`).exec(
    sentence.slice(clauseStart, at),
  );
  return convened ? convened[1]! + name : name;
}

/**
 * The event name in the subject of 在…举行: a quoted name if it is one, else the words after the last
 * modifier clause (由A主办的X, 以“…”为主题的X), quotes removed.
 */
function eventSubject(raw: string): string {
  for (const m of raw.matchAll(QUOTED)) {
    const inner = cleanName(m[1] ?? m[2] ?? '');
    if (isEventName(inner)) return inner;
  }
  const cut = Math.max(...MODIFIER_ENDS.map((w) => raw.lastIndexOf(w) + (raw.includes(w) ? w.length : 0)));
  return cleanName(raw.slice(Math.max(0, cut)).replace(/[“”《》]/g, ''));
}

/** 某会15日在北京召开 (Xinhua style): the day alone; the month comes from the dateline (北京3月15日电). */
const DAY_ONLY = /(?<![月\d])(\d{1,2})日(?:上午|下午|晚上|晚)?(?:在|于|，)/;
const DATELINE = /(\d{1,2})月(\d{1,2})日(?:讯|电)/;

function dayOnlyDate(
  text: string,
  sentences: readonly Sentence[],
  publishedAt: string | null,
): string | null {
  const day = DAY_ONLY.exec(text);
  if (!day) return null;
  const line = sentences
    .slice(0, 4)
    .map((s) => DATELINE.exec(s.text))
    .find((m) => m);
  const month = line?.[1] ?? publishedAt?.split('-')[1];
  if (!month) return null;
  return isoDate([text, undefined, month, day[1]], publishedAt, '');
}

function isoDate(
  m: readonly (string | undefined)[],
  publishedAt: string | null,
  name: string,
): string | null {
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  let year = m[1] ? Number(m[1]) : NaN;
  if (Number.isNaN(year) && publishedAt) {
    const [py, pm] = publishedAt.split('-').map(Number);
    // An article published in January about a meeting on 28 December reports last year's meeting.
    year = py! - (pm !== undefined && month > pm + 1 ? 1 : 0);
  }
  if (Number.isNaN(year)) year = Number(/^(\d{4})/.exec(name)?.[1] ?? NaN);
  if (Number.isNaN(year)) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The article's event: a quoted name in the body that ends like an event (“…培训班”), else the one the
 * headline announces. Its date and place come from the sentence that says where and when it was held.
 */
export function findEvent(
  title: string,
  sentenceList: readonly Sentence[],
  publishedAt: string | null,
): EventResult | null {
  const fromHead = fromTitle(title);
  // （以下简称“某会”） declares a short name of an organization, not an event.
  const sentences = sentenceList.map((s) => ({ ...s, text: s.text.replace(SHORT_FORM, '') }));
  let name: string | null = null;
  let evidence: Sentence | undefined;
  // 10月19日，“某某”前沿研讨会在浙江杭州举行: the subject of the opening 在…举行 is the event.
  for (const s of sentences.slice(0, 4)) {
    const m = SUBJECT_HELD.exec(s.text);
    const subject = m ? eventSubject(m[1]!) : '';
    if (isEventName(subject)) {
      name = subject;
      evidence = s;
      break;
    }
  }
  // 某公司与某区人民政府举行战略合作框架协议签约仪式: an opening sentence that holds (举行) a named event.
  for (const s of name || fromHead ? [] : sentences.slice(0, 4)) {
    const m = CONVENED.exec(s.text);
    if (m && isEventName(m[1]!)) {
      name = m[1]!;
      evidence = s;
      break;
    }
  }
  for (const s of name ? [] : sentences) {
    for (const m of s.text.matchAll(QUOTED)) {
      const inner = cleanName(m[1] ?? m[2] ?? '');
      if (!isEventName(inner)) continue;
      const held = new RegExp(HELD).test(s.text.slice(m.index + m[0].length));
      if (held || (fromHead && (fromHead.name.includes(inner) || inner.includes(fromHead.name)))) {
        name = inner;
        evidence = s;
        break;
      }
    }
    if (name) break;
  }
  if (!name && fromHead) {
    name = fromHead.name;
    evidence =
      sentences.find((s) => s.text.includes(name!)) ?? sentences.find((s) => new RegExp(HELD).test(s.text));
    if (evidence?.text.includes(name)) name = fullerName(evidence.text, name);
  }
  if (!name) return null;
  const where = evidence ? HELD_AT.exec(evidence.text) : null;
  const at = where?.[1] ?? fromHead?.at ?? null;
  let places = at ? leadingPlaces(at, true) : [];
  // 在合肥滨湖国际会展中心开幕 names a venue; the headline's 在合肥开幕 names the city.
  if (places.length === 0 && fromHead?.at) places = leadingPlaces(fromHead.at, true);
  // 在宁波国际会议展览中心开幕 in an article that names 宁波市: the venue opens with the city's name.
  if (places.length === 0 && at) {
    const stem = [3, 2]
      .map((k) => at.slice(0, k))
      .find((k) => sentences.some((x) => x.text.includes(`${k}市`)));
    if (stem && /^[\u3400-\u9fff]+$/.test(stem)) places = [{ name: stem, parent: null }];
  }
  const dateSource = evidence ? [evidence, ...sentences] : sentences;
  let date: string | null = null;
  for (const s of dateSource.slice(0, 6)) {
    const m = DATE.exec(s.text);
    if (m) {
      date = isoDate(m, publishedAt, name);
      break;
    }
  }
  date ??= dayOnlyDate(evidence?.text ?? '', sentences, publishedAt);
  return {
    event: { name, date, place: places.at(-1)?.name ?? null, evidence: (evidence?.text ?? title).trim() },
    places,
  };
}
