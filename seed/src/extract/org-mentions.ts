import { DATE_OPENING, stripLeadIn, withoutAppositive, withoutResumeOpener } from './descriptors';
import { LEXICON } from './lexicon';
import { kindOf, mayNameOrganization, splitTopOrganization } from './organizations';
import { leadingVerbLength, surnameAt } from './names';
import { countryAt, leadingPlaces } from './places';
import { titleEndingAt } from './titles';
import { describesSeveral, holdsVerbBeforeName, nameStart, opensWithWord } from './org-edges';

/** Words that open a clause before an organization named on its own (其中，某公司…; 经民政部批准). */
const LEADS = [
  // 原任某局局长 in a résumé: the verb of a post before its body.
  '原任',
  '曾任',
  '现任',
  '历任',
  '其中',
  '包括',
  '以及',
  '会同',
  '联合',
  '由',
  '经',
  '是',
  '与',
  '和',
  '及',
  '同',
  '向',
  '对',
  '在',
  '为',
];
/** 某某大学 on its own: a university's name cannot be ordinary prose. */
const UNIVERSITY = /大学$/;
/** 建设高水平研究型大学: a university described, not named. */
const DESCRIBED = /高水平|研究型|一流|应用型|综合性|特色/;
const LEGAL = /(有限公司|有限责任公司|股份有限公司)$/;
/** 县发展改革局, 县发改委, 市自然资源局, 省高级人民法院: a department or court named by its level only (the article's place is meant). */
const LEVEL_ONLY =
  /^(?!市场|区域|县域|省级|市级|县级|区级)(省|市|区|县)([\u3400-\u9fff]{2,10}(局|厅)|[\u3400-\u9fff]{2,4}委|[\u3400-\u9fff]{0,4}(人民法院|人民检察院))$/;
/**
 * Narrative words and titles are never inside an organization's name: nor are where or for whom something
 * happens (某论坛在某大学举行, 甲还代表市政府; 在线 and 代表处 are names' own words) and a local head's title before
 * a name (某市市长甲在…, 某县副县长甲; not 某省长汀…).
 */
const NARRATIVE =
  /[的了将已等把被]|在(?!线)|代表(?!处|团|大会|室)|同志|担任|会长|书记|主任|局长|厅长|部长|处长|院长|董事长|经理|主席|秘书长|(?:副|[省市州县])[省市州县]长/;
/** 任命甲为某局副局长: a person named before 为 is no part of the body after it. */
const NAMED_AS = /^[\u3400-\u9fff]{2,4}?为/;
/** 书记, 副书记, 常委, 委员 after a Party committee: the committee's post, which the post reader gives the body it names. */
const COMMITTEE_POST = /^(?:常务)?副?书记|^常委|^委员/;

/**
 * Organizations named on their own in running text, outside titles and organizer lists: lists of
 * companies (某某股份有限公司、某某有限公司等20家企业) and bodies of a place (合肥市发展和改革委员会、…负责同志).
 * Only names that cannot be ordinary prose count: a company's legal ending, or a public body that opens
 * with its place; each must start a clause or follow a lead word.
 */
/** A clause that is a short form's declaration (以下简称某会, 简称某会). */
const DECLARED = /^(?:以下)?(?:简称|下称)/;

export function organizationMentions(sentence: string, article: string = sentence): string[] {
  const out: string[] = [];
  for (const raw of clauseChunks(sentence)) {
    // （以下简称某会）: the registry reads the declaration; its words name no body of their own.
    if (raw.length < 4 || !mayNameOrganization(raw) || DECLARED.test(raw)) continue;
    // 图为某公司董事长…, 近日某局…: the same openings as before a person's titles.
    // 某院有关负责同志: the body before those who represent it.
    const chunk = withoutResumeOpener(stripLeadIn(raw)).replace(
      /(有关)?负责(同志|人)[\u3400-\u9fff]{0,4}$/,
      '',
    );
    let rest = withoutHolder(chunk);
    // 京东方…有限公司和成都…有限公司: after one name, a joined second one is read too.
    for (let guard = 0; guard < 8 && rest.length >= 4; guard++) {
      const org = firstOrganization(rest, article);
      if (!org) break;
      // 宁晋县中医院和南和区人民医院: the name joined before the one read first is one too.
      const before = rest.slice(0, rest.indexOf(org)).replace(/(和|与|及|以及)$/, '');
      if (before.length >= 4 && acceptedAt(before, 0) === before) out.push(before);
      // 专家授课某大学: what opens the name read (appositives.txt) is no part of it; a clause is not cut there, as
      // a body may stand before such a word (赴某公司开展现场教学).
      const own = withoutAppositive(org);
      const after = rest.slice(rest.indexOf(org) + org.length);
      // 某集团党委书记、董事长甲 (安徽交控党委书记, 海南橡胶党委书记): the post is the body's own 党委书记, so its
      // Party committee is no body of its own here; the body before it is, when it reads as one.
      const body = own.replace(/(?:党工委|党委)$/, '');
      if (body !== own && COMMITTEE_POST.test(after)) {
        if (acceptedAt(body, 0) === body) out.push(body);
      } else out.push(own !== org && acceptedAt(own, 0) === own ? own : org);
      rest = after.replace(/^(和|与|及|以及)/, '');
    }
  }
  for (const org of declaredNames(sentence, out)) if (!out.includes(org)) out.push(org);
  return out;
}

/** The words before a short form's declaration: 介绍了某某集团有限公司（以下简称“某某集团”）. */
const BEFORE_DECLARATION = /([^，。；：、“”（）《》！？\s]{4,40})（(?:以下)?(?:简称|下称)/g;
/** Where a name may open inside prose: after a verb's 了, a lead word or 的 (论坛由某医院, 介绍了某公司). */
const PROSE_BREAK = /[了的由与和及是在对向为]/g;

/**
 * 郭某在发言中介绍了山东某某集团有限公司（以下简称“某某集团”）: a body whose short form the text declares is named,
 * whatever prose stands before it in its clause (介绍了, 在…中): the name that cannot be ordinary prose and ends where
 * the declaration opens, read from the first break in the prose that gives one (the clause's start last), unless
 * the clause's own reading found it.
 */
function declaredNames(sentence: string, found: readonly string[]): string[] {
  if (!sentence.includes('简称')) return [];
  const out: string[] = [];
  for (const m of sentence.matchAll(BEFORE_DECLARATION)) {
    const words = m[1]!;
    // 某港务（集团）股份有限公司（以下简称…）: the words after an inner bracket are the tail of a name, read whole above.
    if (sentence.charAt(m.index - 1) === '）' || found.some((org) => words.endsWith(org))) continue;
    const breaks = [...words.matchAll(PROSE_BREAK)].map((b) => b.index + 1);
    for (const start of [...breaks, 0]) {
      const org = start + 4 <= words.length ? acceptedAt(words, start) : null;
      if (org && words.slice(start) === org) {
        out.push(org);
        break;
      }
    }
  }
  return out;
}

const CHUNK_END = /[，。；：、“”（）《》！？\s]/g;
/** A short bracket between two characters of a name: 某某（集团）股份有限公司, 中国（浙江）自由贸易试验区. */
const INNER_BRACKET = /(?<=[\u3400-\u9fff])（([\u3400-\u9fff]{2,6})）(?=[\u3400-\u9fff])/g;

/**
 * The sentence cut at punctuation, except a short bracket inside a name (某某（集团）股份有限公司,
 * 国能（福建）某有限公司): cut there, the name lost its head. A bracket holding a title (副局长（副总经理）)
 * is a post, not part of a name.
 */
function clauseChunks(sentence: string): string[] {
  const inner = new Set<number>();
  if (sentence.includes('（'))
    for (const m of sentence.matchAll(INNER_BRACKET))
      if (!titleEndingAt(m[1]!, m[1]!.length)) inner.add(m.index).add(m.index + m[0].length - 1);
  const out: string[] = [];
  let from = 0;
  for (const m of sentence.matchAll(CHUNK_END)) {
    if (inner.has(m.index)) continue;
    out.push(sentence.slice(from, m.index));
    from = m.index + 1;
  }
  out.push(sentence.slice(from));
  return out;
}

/** 谷建勋任某公司…, 甲此前任某集团…: a person and the verb of a post before the body are no part of it. */
const HOLDER = /^[\u3400-\u9fff]{2,4}?(?:此前任|曾任|现任|继续担任|担任|出任|调任|兼任|任)/;
function withoutHolder(chunk: string): string {
  const m = HOLDER.exec(chunk);
  if (m && surnameAt(chunk, 0) > 0) return chunk.slice(m[0].length);
  // 行长兼某理财有限公司董事长, 副市长兼市国资委主任: a title joined by 兼 opens the next post, not a body.
  const join = chunk.indexOf('兼');
  return join > 0 && titleEndingAt(chunk, join)?.start === 0 ? chunk.slice(join + 1) : chunk;
}

function firstOrganization(chunk: string, article: string): string | null {
  for (const start of starts(chunk, article)) {
    const org = acceptedAt(chunk, start);
    if (org) return org;
  }
  // 某学术会议在某大学举行: where an event is held, a university is a body; other places there are venues
  // (在某区冰雪会客厅, 在某科学会堂), so only a university is read after 在 inside a clause.
  for (const m of chunk.matchAll(/在(?!线)/g)) {
    const org = m.index > 1 ? acceptedAt(chunk, m.index + 1) : null;
    if (org && UNIVERSITY.test(org)) return org;
  }
  return null;
}

/** The organization that `chunk` names from `start` on, if it is one that cannot be ordinary prose. */
function acceptedAt(chunk: string, start: number): string | null {
  const found = splitTopOrganization(chunk.slice(start));
  if (!found || NARRATIVE.test(found.org) || found.org.length > 30 || describesSeveral(found.org))
    return null;
  if (NAMED_AS.test(found.org) && surnameAt(found.org, 0) > 0) return null;
  const org = found.org;
  if (!readsAsName(org)) {
    // 王文韬到福建医科大学附属第一医院: a name after a verb, which hides it from the reading as a whole.
    const edge = holdsVerbBeforeName(org) ? nameStart(org) : null;
    return edge?.verb ? acceptedAt(org, edge.cut) : null;
  }
  // 拟任绵阳市委, 长沙依托中南大学, 现国泰海通证券股份有限公司: words before the name are no part of it; after a verb
  // (地处, 设有) the span is no name unless what follows is one.
  const edge = nameStart(org);
  if (edge.cut === 0) return org;
  const inner = acceptedAt(org, edge.cut);
  return inner || edge.verb ? inner : org;
}

/** Does `org` name a body that cannot be ordinary prose? */
function readsAsName(org: string): boolean {
  const publicBody = ['government', 'agency'].includes(kindOf(org)) && leadingPlaces(org).length > 0;
  if ((LEGAL.test(org) && org.length >= 6) || (publicBody && org.length >= 5)) return true;
  // 县发改委, 区科技局: four characters are enough where the level opens a department's name.
  if (LEVEL_ONLY.test(org) && org.length >= 4) return true;
  if (UNIVERSITY.test(org) && org.length >= 4 && !DESCRIBED.test(org)) return true;
  // 邢台市第三医院, 宁晋县中医院: a hospital that opens with its place cannot be ordinary prose either.
  if (org.endsWith('医院') && leadingPlaces(org).length > 0 && org.length >= 6) return true;
  // 某市某某产业协会 on its own (a headline's 某市某协会召开…): an association that opens with its place, or with a
  // country (an overseas chamber of commerce, 某国某某商会).
  if (kindOf(org) === 'association' && (leadingPlaces(org).length > 0 || countryAt(org)) && org.length >= 6)
    return true;
  return foreignBody(org);
}

/** Words that describe bodies rather than name one (美国多家公司, 日本知名企业). */
const DESCRIBING = /[多各些家]|大型|知名|中小|相关|主要|有关/;

/**
 * 澜沧江公司与老挝国家电力公司签署…, 天津市商务局与塞尔维亚投资发展署签署…: a body that opens with a foreign
 * country and goes on with a name of its own (four characters or more) is no ordinary prose either.
 */
function foreignBody(org: string): boolean {
  const state = countryAt(org);
  if (!state || state.country === '中国' || DESCRIBING.test(org)) return false;
  // 某国副总理兼财政部: a head's post and the ministry after it are no one body's name.
  for (let end = state.written.length + 2; end < org.length; end++) if (titleEndingAt(org, end)) return false;
  return org.length - state.written.length >= 5;
}

/** How often `word` occurs in `text` (at least `n` times?). */
function occursTimes(text: string, word: string, n: number): boolean {
  let count = 0;
  for (let at = text.indexOf(word); at >= 0 && count < n; at = text.indexOf(word, at + word.length)) count++;
  return count >= n;
}

/**
 * Verbs of visiting inside a clause (某某一行来到某公司, 察看了某公司某基地建设现场): a name may start right after
 * them, and after the 了 that closes the verb.
 */
const VISIT = /(?:来到|走进|前往|深入|莅临|走访|考察|调研|察看|参观|视察|赴)了?/g;

/**
 * Where a name may start: the chunk's start, after a lead word, after opening verbs (走进…). A generator,
 * so that jieba reads the opening verbs only when no earlier start gave a name.
 */
function* starts(chunk: string, article: string): Generator<number> {
  // Later starts first: 走进某公司 must not read as a company named 走进某….
  for (const m of chunk.matchAll(VISIT)) yield m.index + m[0].length;
  // 某公司与某大学有着…, 本次研讨会是某大学…, 任命甲为某局局长: the name starts after the joining word.
  for (const m of chunk.matchAll(/[与和及是为]/g)) if (m.index > 1) yield m.index + 1;
  // 对外经济贸易大学, 和田地区: a lead word is one where jieba reads it as a word of its own.
  for (const w of LEADS) if (opensWithWord(chunk, w)) yield w.length;
  // 10月18日晚某商会…举行: a date written with no comma after it opens the clause, not the name.
  const date = DATE_OPENING.exec(chunk);
  if (date) yield date[0].length;
  const verbs = mayOpenAcceptedBody(chunk) ? leadingVerbLength(chunk) : 0;
  // 远航科技股份有限公司 (远航 is a verb to jieba): a name the article writes again is a name, not verb + name.
  const whole = verbs > 0 ? acceptedAt(chunk, 0) : null;
  if (verbs > 0 && !(whole && occursTimes(article, whole, 2))) yield verbs;
  yield 0;
}

/** Opening verbs are at most two words of the first eight characters (leadingVerbLength). */
const VERB_REACH = 8;
/** 市, 区 … end a place that opens a body two to four characters after it starts (places.ts LEVEL). */
const PLACE_END = /[省市区县州旗]/;

/**
 * Could a body that firstOrganization accepts start after opening verbs? Every one it accepts has a
 * legal ending (有限公司), is a 大学, or opens with a place or a level (省, 某市 …); where none of these can
 * stand within reach, jieba need not read the verbs — the answer is the same, and most chunks of running
 * text are ruled out here.
 */
function mayOpenAcceptedBody(chunk: string): boolean {
  if (chunk.includes('有限') || chunk.includes('大学')) return true;
  if (PLACE_END.test(chunk.slice(1, VERB_REACH + 7))) return true;
  const head = chunk.slice(1, VERB_REACH + 6);
  return LEXICON.places.provinces.some((p) => head.includes(p.short));
}
