import type { PersonEventRole } from '@guanxi/schema';
import { LEXICON } from './lexicon';
import { looksLikeOrganization } from './organizations';
import type { Mention } from './people';
import type { Sentence } from './sentences';

const { person: VERBS, topicAfter, topicBefore } = LEXICON.roles;
/**
 * Text between two names that only joins them (甲、乙出席): the second name's verb applies to both. A name's
 * Latin spelling in brackets (马里奥·蒙蒂亚尼（Mario Montiani），) joins as well, and so do a name's posts in
 * brackets (甲（某商会副会长）、乙（某集团主席）等先后发言).
 */
const { titles: TITLES } = LEXICON;
/**
 * A title written after a name (江德育院士、卢建平院士分别作报告; 索萨局长先后致辞): it only addresses the person, so
 * it joins like 先生 does.
 */
const TITLE_AFTER = [
  ...new Set([
    ...TITLES.bases,
    ...TITLES.postName,
    ...TITLES.degrees,
    ...TITLES.academicRanks,
    ...TITLES.missionHeads,
  ]),
]
  .sort((a, b) => b.length - a.length)
  .join('|');
/**
 * What a person is, said before a name in place of a post (，以及茶企代表甲; 以及来自某国的律师乙): the list goes on
 * (so does 来自, where the next descriptor starts after it).
 * Only after 以及/及/和 or a list separator, and only a short phrase with no verb of a role in it.
 */
const PERSON_NOUN = `(?:[，、]?(?:以及|及|和)|[，、])(?:来自[^，。；、]{1,10}的)?[^，。；、\\d]{0,8}?(?:${VERBS.personNouns.join('|')})`;
export const JOINER = new RegExp(
  `^(${PERSON_NOUN}|来自[^，。；、]{1,10}的|来自|、|，|和|与|及|以及|等|(?:副|原|前)?(?:${TITLE_AFTER})|（[A-Za-z][A-Za-z .'’-]*）|（[^（）]{2,40}）(?=[、，]))*$`,
);
/**
 * A group label that goes on with a list (甲，某市领导乙、丙出席; 甲，以及区领导乙…; 甲，以及特邀代表、某公司董事长乙先后发言): the persons before it share the
 * verb of those after it. Only after a separator, so 甲向市领导乙汇报 does not join 甲 to 乙.
 */
const GROUP_LABEL = new RegExp(
  `^[，、；]\\s*(?:以及|及|和)?\\s*\\p{Script=Han}{0,12}?(?:${VERBS.groupLabels.join('|')})、?$`,
  'u',
);
/** Names of gatherings that hold a speaker word (发布会 holds 发布): the gathering is no verb of the person's. */
const EVENT_NOUNS = new RegExp(VERBS.eventNouns.join('|'), 'g');
/**
 * A label that opens a line of persons and names their part (主持人：某局局长甲; 对话嘉宾：甲、乙): the part of those
 * after it with no verb of their own. Only a role noun (…人, …嘉宾, 主持): 宣布：聘任甲为… announces, 甲 does not.
 */
const ROLE_NOUN = /([^\s，。；：:]{1,8})$/;
const ROLE_NOUN_END = /(?:人|嘉宾|主持)$/;
function labelRoles(s: string, at: number, panel: boolean): PersonEventRole[] {
  const colon = Math.max(s.lastIndexOf('：', at - 1), s.lastIndexOf(':', at - 1));
  if (colon < 0) return [];
  const label = ROLE_NOUN.exec(s.slice(Math.max(0, colon - 8), colon))?.[1] ?? '';
  if (!ROLE_NOUN_END.test(label)) return [];
  // 圆桌对话主持人：甲 hosts the panel it names.
  const roles = /主持人?$/.test(label) ? ['host' as const] : rolesIn(label);
  // 圆桌对话 / 由甲主持 / 嘉宾：乙、丙: the guests of a panel are its speakers.
  return roles.length === 0 && label === '嘉宾' && (panel || PANEL.test(s.slice(0, colon)))
    ? ['speaker']
    : roles;
}
/** A panel discussion, whose guests speak (圆桌对话, 高峰对话, 圆桌讨论). */
const PANEL = /圆桌|对话|讨论|沙龙/;
/** How many sentences before a label may name the panel it lists (圆桌对话环节 / 由甲主持 / 嘉宾：…). */
const PANEL_REACH = 3;
/** The end of a clause whose list of persons goes on in the next one (甲，乙；丙出席). */
const GOES_ON = /^(、|，|等|同志|先生|女士)*；$/;
/**
 * Does the text between two persons only join them through the next person's body, which stands before the
 * words read as their descriptor (甲，某社会科学院（某中心）副院长乙: the bracket kept the body out of it)?
 * A name with no post of its own (西门子 read as a name) is left out: a body could as well be its own.
 */
function bodyJoins(gap: string): boolean {
  const body = /^[，、](.+)$/.exec(gap)?.[1]?.replace(/（[^（）]*）/g, '');
  return body !== undefined && looksLikeOrganization(body);
}

/**
 * 甲，以及厚街、长安、清溪等镇某协会分会长乙: places or bodies listed before the next person's descriptor, whose
 * last item opens it (the descriptor read starts at 清溪): the list goes on to the next name, ending with 、.
 */
const ITEMS_BEFORE_DESCRIPTOR = /^[，、](?:以及|及|和)?(?:[\u3400-\u9fff]{1,8}、)+$/;

/**
 * Talking with a visitor (他与企业负责人甲深入交流; 与甲、乙交流): the person after 与 is talked with, which the
 * reports do not count as speaking at the event. Only the conversing words: 甲与乙签约 makes both guests.
 */
const CONVERSE = /交流|座谈|交谈/g;
const WITH_BEFORE = /(?:与|同|跟)(?!会)/;
function conversedWith(s: string, start: number): boolean {
  // The clause before the name, found walking back to its opening mark: splitting all that precedes it made a
  // sentence of many names quadratic (a pasted page of one 340,000-character line: 12 s of 29).
  let from = start;
  while (from > 0 && !CLAUSE_MARKS.includes(s.charAt(from - 1))) from--;
  return WITH_BEFORE.test(s.slice(from, start));
}
const CLAUSE_MARKS = '，。；：';

const NEXT_LABEL = /[^，。；：:\s]{1,8}[：:]$/;

const QUOTED = /《([^《》]{2,80})》|“([^“”]{2,80})”/g;

export interface RoleFact {
  readonly mention: Mention;
  readonly role: PersonEventRole;
  readonly topic: string | null;
  /** The mention's confidence, lowered when the verb was shared across a list or implied by an opening. */
  readonly confidence: number;
  /** How the verb reached the person: their own words, a verb shared across a list, or an opening. */
  readonly how: 'own' | 'shared' | 'opening';
}

/** How much a role read indirectly keeps of its mention's confidence. */
const SHARED_VERB = 0.85;
const OPENING_GUEST = 0.8;

function has(text: string, words: readonly string[]): boolean {
  return words.some((w) => text.includes(w));
}

/**
 * What a host hosts (主持圆桌对话, 主持讨论, 主持了“…”圆桌讨论): the panel's name is no speaking of the host's. Up to 并, so
 * 主持会议并讲话 still speaks.
 */
const HOSTED = /主持(?:了)?[^，。；并]*/g;
const PANEL_NOUNS = /对话|讨论|研讨|座谈|交流/g;

/**
 * What a person told a reporter (在接受记者采访时表示, 签约后接受采访时说): no speaking at the event — the golds of
 * blind23, 37, 39, 43, 44 and 47 give it no role (7 of 9 such persons; the other two speak or attend elsewhere).
 */
const INTERVIEWED = /接受[^，。；]{0,8}?采访(?:时|中)?(?:表示|说|指出|介绍|谈到)?/g;

/** Host, speaker or guest from the words after a name: host and speaker may combine, guest stands alone. */
export function rolesIn(gap: string): PersonEventRole[] {
  const text = gap
    .replace(INTERVIEWED, '')
    .replace(EVENT_NOUNS, '')
    .replace(HOSTED, (h) => h.replace(PANEL_NOUNS, ''));
  const roles: PersonEventRole[] = [];
  const hosts = has(text, VERBS.host);
  if (hosts) roles.push('host');
  if (has(text, VERBS.speaker) || (!hosts && has(text, VERBS.speakerUnlessHost))) roles.push('speaker');
  if (roles.length === 0 && has(text, VERBS.guest)) roles.push('guest');
  return roles;
}

/**
 * The title of a talk: a quoted text followed by 主旨/为题/演讲… (在“…”主旨发言中) or preceded by 题为/演讲——
 * (作了主旨演讲——《…》). A quoted document that is merely explained (对《办法》进行了解读) is no topic.
 */
export function topicIn(text: string): string | null {
  for (const m of text.matchAll(QUOTED)) {
    const inner = (m[1] ?? m[2] ?? '').trim();
    const before = text.slice(0, m.index);
    const after = text.slice(m.index + m[0].length);
    if (topicAfter.some((w) => after.startsWith(w)) || topicBefore.some((w) => before.endsWith(w)))
      return inner;
  }
  return null;
}

/**
 * Roles of the persons of one sentence. The words that count for a person run from their name to the
 * next person's descriptor; a person followed only by a joiner takes the next person's roles (甲、乙出席),
 * and an opening that announces guests (出席会议的有…) makes guests of those without a verb of their own.
 * `carried`: the roles of the next clause's first person, when that clause goes on with this one's list.
 */
export function sentenceRoles(
  s: string,
  mentions: readonly Mention[],
  carried: readonly PersonEventRole[] = [],
  panel = false,
): RoleFact[] {
  const out: RoleFact[] = [];
  const opening = mentions.length > 0 ? s.slice(0, mentions[0]!.nameStart) : '';
  const colons = s.includes('：') || s.includes(':');
  let next: { roles: PersonEventRole[]; topic: string | null; factor: number; how: RoleFact['how'] } = {
    roles: [],
    topic: null,
    factor: 1,
    how: 'own',
  };
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k]!;
    // 主持人：甲对话嘉宾：乙: a label that opens the next names is theirs, not the words of the person before it.
    const raw = s.slice(m.end, mentions[k + 1]?.start ?? s.length);
    const gap = raw.replace(NEXT_LABEL, '');
    const labelAfter = gap !== raw;
    let roles = rolesIn(conversedWith(s, m.start) ? gap.replace(CONVERSE, '') : gap);
    let topic = topicIn(gap);
    let factor = 1;
    let how: RoleFact['how'] = 'own';
    // 甲，乙；丙、丁出席: a list that goes on past a semicolon takes the verb the next clause ends with.
    if (roles.length === 0 && k === mentions.length - 1 && carried.length > 0 && GOES_ON.test(gap)) {
      roles = [...carried];
      factor = SHARED_VERB;
      how = 'shared';
    }
    if (
      roles.length === 0 &&
      !labelAfter &&
      (JOINER.test(gap) ||
        GROUP_LABEL.test(gap) ||
        ITEMS_BEFORE_DESCRIPTOR.test(gap) ||
        (m.via !== 'bare' && bodyJoins(gap))) &&
      k < mentions.length - 1
    ) {
      roles = next.roles;
      topic = null;
      factor = Math.min(next.factor, SHARED_VERB);
      how = next.how === 'opening' ? 'opening' : 'shared';
    }
    const labelled = roles.length === 0 && colons ? labelRoles(s, m.nameStart, panel) : [];
    if (labelled.length > 0) {
      roles = labelled;
      factor = OPENING_GUEST;
      how = 'opening';
    }
    if (roles.length === 0 && has(opening, VERBS.guest)) {
      roles = ['guest'];
      factor = OPENING_GUEST;
      how = 'opening';
    }
    next = { roles, topic, factor, how };
    // A person named only as an authority (习近平总书记关于…) is not a participant.
    if (m.via === 'post-name') continue;
    const confidence = Math.round(m.confidence * factor * 100) / 100;
    for (const role of roles)
      out.push({ mention: m, role, topic: role === 'speaker' ? topic : null, confidence, how });
  }
  return out.reverse();
}

/**
 * The persons' roles, sentence by sentence, last to first: a clause that opens with a person (甲，乙；丙、丁
 * 出席) lends its first person's roles to the list the clause before it ends with a semicolon.
 */
export function clauseRoles(
  sentences: readonly Sentence[],
  mentions: readonly Mention[][],
): (RoleFact & { evidence: string })[] {
  const out: (RoleFact & { evidence: string })[][] = [];
  let carried: PersonEventRole[] = [];
  for (let k = sentences.length - 1; k >= 0; k--) {
    const s = sentences[k]!;
    const panel = sentences.slice(Math.max(0, k - PANEL_REACH), k).some((b) => PANEL.test(b.text));
    // A reporter of the byline (记者甲) is not at the event as a participant; read past the name.
    const present = mentions[k]!.filter((m) => m.via !== 'byline');
    const facts = sentenceRoles(s.text, present, carried, panel);
    out.push(facts.map((r) => ({ ...r, evidence: s.text })));
    const first = present[0];
    const opensWithPerson = first !== undefined && s.text.slice(0, first.start).trim() === '';
    carried =
      opensWithPerson && sentences[k - 1]?.paragraph === s.paragraph
        ? facts.filter((f) => f.mention === first).map((f) => f.role)
        : [];
  }
  return out.reverse().flat();
}
