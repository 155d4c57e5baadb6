import { nameStart } from './org-edges';
import type { OrgEntry } from './aliases';
import { LEXICON } from './lexicon';
import { articlePublisher } from './outlet';
import { baseTitle } from './titles';

/**
 * The body an article is about, for a title written with no body (省税务局局长甲出席，党委委员、副局长乙主持;
 * 院党委书记甲主持，院长乙致辞): the one its headline opens with or that speaks of itself (我院), else the one its 来源 line,
 * masthead or 版权所有 names, else the one its
 * first sentences have hold the event (某局召开…). At each of these, two bodies that fit are no answer unless
 * one of them publishes the article: the article's subject is then not one body, and nothing is guessed.
 */
export function articleSubject(
  entries: Iterable<OrgEntry>,
  text: string,
  fits: (e: OrgEntry) => boolean = () => true,
): OrgEntry | null {
  const tops = [...entries].filter((e) => !e.parent && fits(e));
  if (tops.length === 0) return null;
  const lines = text.trimStart().split('\n');
  const headline = (lines[0] ?? '').replace(/^\s*【[^】]*】/, '');
  const source = articlePublisher(text);
  const opening = lines.slice(1, 6).join('\n');
  const self = SELF_REF.exec(`${headline}\n${opening}`)?.[1];
  // 来源：国家税务总局某省税务局 names the bureau it ends with; 来源：某医院宣传中心 the body it opens with; a masthead
  // (宁波市第一医院  2026-08-31) or a page's 版权所有 the body too.
  const published: ((e: OrgEntry) => boolean)[] = [
    (e) => source !== null && formsOf(e).some((f) => source.endsWith(f)),
    (e) => source !== null && formsOf(e).some((f) => source.startsWith(f)),
  ];
  const tests: ((e: OrgEntry) => boolean)[] = [
    (e) => formsOf(e).some((f) => headline.startsWith(f)),
    // 我院召开…: the article speaks as the body whose name ends so.
    (e) => self !== undefined && (SELF_ENDINGS[self] ?? [self]).some((end) => e.name.endsWith(end)),
    ...published,
    (e) => formsOf(e).some((f) => holdsEvent(opening, f)),
  ];
  for (const test of tests) {
    const found = tops.filter(test);
    if (found.length === 1) return found[0]!;
    if (found.length > 1) return publishedOne(found, published);
  }
  return null;
}

/** 我院 with three hospitals named: the one that publishes the article, if one does. */
function publishedOne(
  found: readonly OrgEntry[],
  published: readonly ((e: OrgEntry) => boolean)[],
): OrgEntry | null {
  for (const test of published) {
    const one = found.filter(test);
    if (one.length === 1) return one[0]!;
    if (one.length > 1) return null;
  }
  return null;
}

/** A body's forms of three characters or more, with the form its place leaves out (辽宁省某办 → 省某办). */
function formsOf(e: OrgEntry): string[] {
  const out: string[] = [];
  for (const f of [e.name, ...e.aliases]) {
    if (f.length < 3) continue;
    out.push(f);
    const level = /^[\u3400-\u9fff]{2,6}?(?=[省市县区][\u3400-\u9fff]{3,})/.exec(f);
    if (level) out.push(f.slice(level[0].length));
  }
  return out;
}

/** 6月19日，某局召开…推进会: the body that holds the event, before the verb in the same clause. */
function holdsEvent(opening: string, form: string): boolean {
  const at = opening.indexOf(form);
  if (at < 0) return false;
  return HOLDS.test(opening.slice(at + form.length, at + form.length + 16));
}

/** 我院, 本局, 我校: the article speaks as its own body. */
const SELF_REF = /(?:我|本)(院|局|校|所|厅|委|办|社|馆)/;
const SELF_ENDINGS: Readonly<Record<string, readonly string[]>> = { 校: ['大学', '学院', '学校'] };

// The event's name may stand between (某商会第二届会员大会在某地召开), broken over a WeChat headline's lines.
// 会议由某委（以下简称…）主办: the body that organizes it holds it too (blind30-08).
const HOLDS = /^[^。！？；，]{0,24}?(?:召开|举行|举办|主办)/;

/**
 * The endings of the bodies a head's title heads (副局长 → 局, 院长 → 院, 副主任 → 办公室, 委员会), by the title's
 * base (`org-suffixes.json` `titleHosts`); null for a title that says nothing of its body (委员, 党委书记).
 */
export function titleHostEndings(title: string): readonly string[] | null {
  const base = baseTitle(title);
  return LEXICON.orgs.titleHosts.find(([t]) => base === t)?.[1] ?? null;
}

/** Does a body end as one the title heads (副局长 → 国家税务总局某省税务局)? */
export function headsBody(title: string, e: OrgEntry): boolean {
  const ends = titleHostEndings(title);
  return ends !== null && [e.name, ...e.aliases].some((f) => ends.some((end) => f.endsWith(end)));
}

/** A university's name opening a clause (湖南大学青年科研人员座谈会…, 中共广西大学委员会…). */
const UNIVERSITY_AT =
  /(?:^|[，。；：\n])(?:[\d年月日]+(?:上午|下午|晚上)?，?)?(?:中共)?((?:(?![与和及])[\u3400-\u9fff]){2,8}?大学)/g;

/**
 * The university a school's own news is about when no mention names it on its own: the one its headline opens
 * with (中共广西大学委员会关于…任免的通知), or, in a headline that speaks as the school (学校召开…), the one its first
 * lines open a clause with, even inside an event's name (湖南大学青年科研人员座谈会在…召开). Two different ones: none.
 */
export function namedUniversity(text: string): string | null {
  const lines = text.trimStart().split('\n');
  const headline = lines[0] ?? '';
  // 李国强在青海大学调研, 集团公司与兰州大学签署…: a headline that opens with other words before 大学 opens with no university.
  const own = /^(?:中共)?([\u3400-\u9fff]{2,8}?大学)/.exec(headline)?.[1];
  if (own && nameStart(own).cut === 0) return own;
  if (!SCHOOL_WORDS.some((w) => headline.includes(w))) return null;
  const found = new Set(
    [...lines.slice(1, 6).join('\n').matchAll(UNIVERSITY_AT)]
      .map((m) => m[1]!)
      // 来自某大学、某大学…的专家: a clause opening with a verb opens with no university.
      .filter((u) => nameStart(u).cut === 0),
  );
  return found.size === 1 ? [...found][0]! : null;
}

const SCHOOL_WORDS = ['学校', '我校', '本校'];
