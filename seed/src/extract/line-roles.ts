import type { PersonEventRole } from '@guanxi/schema';
import type { Mention } from './people';
import { JOINER, rolesIn, type RoleFact } from './roles';

/**
 * Roles of persons written a line each, with the verb or the heading on a line of its own (WeChat posts):
 *
 *   副市长甲 / 市政府秘书长乙 / 参加调研          — a verb line after a run of person lines
 *   主旨演讲 / 某院士甲 / 《题目》 / 某公司董事长乙   — a heading line before one (a title line gives the talk's topic)
 *   某协会主任委员甲， / 某大学副校长乙， / 某公司董事长丙先后发言 — person lines into a line whose first person shares a verb
 *
 * Only persons with no role of their own are given one, and only over lines that name nothing but persons.
 */

/** Bullets and emoji that open a WeChat line (🎤 某院士甲, · 某公司总经理乙). */
const DECORATION = /^[\s·•●▪◆◇■□★☆▶►▌|｜\-—\p{Extended_Pictographic}\u{FE0F}]*$/u;
/** A heading line: short, with its decorations (——学术报告——, ▌主旨报告, 【致辞嘉宾】, 出席会议的领导有：). */
const HEADING_DECORATION = /[\s·•●▪◆◇■□★☆▶►▌|｜\-—【】[\]：:\p{Extended_Pictographic}\u{FE0F}]/gu;
const HEADING_LENGTH = 10;
/** A verb line: one clause (等出席, 共400余人出席, 先后致辞, 主要负责同志参加调研, 分享ECMO团队建设经验). */
const VERB_LINE_LENGTH = 40;
/** Where a verb line's role word must start, so that a line about something else does not lend a verb. */
const VERB_WITHIN = 14;
/** A line that only carries a list on (以及各侨团、中资企业代表; 县文旅局、县农业农村局). */
const FILLER_LENGTH = 20;
/** How many person lines one verb or heading reaches. */
const MAX_RUN = 8;
/** A title line under a speaker: 《题目》 or “题目”. */
const TOPIC_LINE = /^(?:《([^《》]{2,80})》|“([^“”]{2,80})”)[。]?$/;
/** A person of the next line who shares a verb with those listed before (乙、丙先后发言; 丁分别作报告). */
const SHARED = /^[^，。]{0,12}?(?:分别|先后|依次|共同|一同)/;

/**
 * A heading names a part of the programme or those in it (主旨演讲, 典型分享, 出席嘉宾, 出席会议的领导有：); a short line that
 * goes on from names (参加调研, 共400余人出席, 先后致辞) is a verb line.
 */
const HEADING_END = /(?:嘉宾|领导|环节|演讲|报告|分享|发言|致辞|对话|讨论|交流|解读|主持|主持人)$/;
const GOES_ON_FROM_NAMES = /^(?:等|共|近|约|以及|及|和|先后|分别|依次|一同|共同|均|也|还)/;
function isHeading(text: string, bare: string): boolean {
  if (GOES_ON_FROM_NAMES.test(bare)) return false;
  return /[：:]\s*$/.test(text) || HEADING_END.test(bare);
}

/** 【嘉宾】, 特邀嘉宾: a heading of guests alone, which names no role word of its own (blind22-24, blind23-02, blind23-10). */
const GUEST_HEADING = /^(?:特邀|与会|出席)?嘉宾$/;
/** The roles a heading line gives the person lines under it. */
function headingRoles(text: string): PersonEventRole[] {
  const bare = text.replace(HEADING_DECORATION, '');
  const roles = rolesIn(bare);
  return roles.length === 0 && GUEST_HEADING.test(bare) ? ['guest'] : roles;
}

type Line = 'persons' | 'verb' | 'heading' | 'topic' | 'filler' | 'other';

/** Does the line name only persons, with their posts, separators and the titles said after a name? */
function personsOnly(text: string, ms: readonly Mention[]): boolean {
  if (ms.length === 0 || ms.some((m) => m.via === 'pronoun' || m.via === 'byline')) return false;
  // 秘书长：甲 lists an officer; a label's own names are read by roles.ts.
  if (/[：:]/.test(text)) return false;
  // 以及某商会会长甲、某同乡会会长乙: the last line of a list opens with 以及.
  if (!DECORATION.test(text.slice(0, ms[0]!.start).replace(/^(?:以及|及|和)/, ''))) return false;
  return ms.every((m, k) => {
    const gap = text.slice(m.end, ms[k + 1]?.start ?? text.length).replace(/[。；;]$/, '');
    return gap === '' || JOINER.test(gap);
  });
}

export function lineKind(text: string, ms: readonly Mention[]): Line {
  if (personsOnly(text, ms)) return 'persons';
  if (ms.length > 0) return 'other';
  if (TOPIC_LINE.test(text)) return 'topic';
  const bare = text.replace(HEADING_DECORATION, '');
  const roles = headingRoles(text);
  if (roles.length > 0 && bare.length <= HEADING_LENGTH && !/[，。]/.test(bare) && isHeading(text, bare))
    return 'heading';
  if (
    text.length <= VERB_LINE_LENGTH &&
    !/[，：:｜|]/.test(text) &&
    rolesIn(text.slice(0, VERB_WITHIN)).length > 0
  )
    return 'verb';
  if (roles.length === 0 && text.length <= FILLER_LENGTH && !/[，。：]/.test(text)) return 'filler';
  return 'other';
}

interface LineInput {
  readonly text: string;
  readonly mentions: readonly Mention[];
}

/**
 * Roles for the persons of person-only lines, from the heading before them, the clause they go on, or the verb line
 * after them. `known`: the roles persons have from their own sentences.
 */
export function lineRoles(
  lines: readonly LineInput[],
  known: ReadonlyMap<Mention, readonly PersonEventRole[]>,
): (RoleFact & { evidence: string })[] {
  const kinds = lines.map((l) => lineKind(l.text, l.mentions));
  const out: (RoleFact & { evidence: string })[] = [];
  const given = new Set<Mention>();
  const give = (
    k: number,
    roles: readonly PersonEventRole[],
    evidence: string,
    topicOf?: (m: Mention) => string | null,
  ) => {
    for (const m of lines[k]!.mentions) {
      if (known.has(m) || given.has(m)) continue;
      given.add(m);
      for (const role of roles)
        out.push({
          mention: m,
          role,
          topic: role === 'speaker' ? (topicOf?.(m) ?? null) : null,
          confidence: Math.round(m.confidence * 0.8 * 100) / 100,
          how: 'opening',
          evidence,
        });
    }
  };
  // Headings: the person lines under them (and the topics written under each person).
  for (let k = 0; k < lines.length; k++) {
    if (kinds[k] !== 'heading') continue;
    const roles = headingRoles(lines[k]!.text);
    for (let j = k + 1; j < lines.length && j - k <= MAX_RUN * 2; j++) {
      if (kinds[j] === 'topic') continue;
      if (kinds[j] !== 'persons') break;
      const next = kinds[j + 1] === 'topic' ? TOPIC_LINE.exec(lines[j + 1]!.text) : null;
      const topic = next ? (next[1] ?? next[2] ?? null) : null;
      const last = lines[j]!.mentions.at(-1);
      give(j, roles, lines[j]!.text, (m) => (m === last ? topic : null));
    }
  }
  // 参加大会的还有某局副局长甲， / 某学会理事长乙， / 某委副主任丙等: a clause that ends in a separator goes on over the person lines.
  for (let k = 1; k < lines.length; k++) {
    if (kinds[k] !== 'persons' || kinds[k - 1] !== 'other' || !/[，、]$/.test(lines[k - 1]!.text)) continue;
    const last = lines[k - 1]!.mentions.at(-1);
    const roles = last ? (known.get(last) ?? []) : [];
    if (roles.length === 0) continue;
    for (let j = k; j < lines.length && j - k < MAX_RUN && kinds[j] === 'persons'; j++) {
      give(j, roles, lines[k - 1]!.text);
      if (!/[，、]$/.test(lines[j]!.text)) break;
    }
  }
  for (let k = 0; k < lines.length; k++) {
    if (kinds[k] !== 'persons') continue;
    // The verb after the run: over person lines and fillers, to a verb line or a line opening with a person who shares one.
    let j = k + 1;
    while (j < lines.length && j - k <= MAX_RUN && (kinds[j] === 'persons' || kinds[j] === 'filler')) j++;
    const after = lines[j];
    let roles: PersonEventRole[] = [];
    // A short line read as a heading that heads no person line (马丁·某某议员 / 用西班牙语致辞) is the verb of the run.
    const heads = kinds[j + 1] === 'persons' || kinds[j + 1] === 'topic';
    if (after && (kinds[j] === 'verb' || (kinds[j] === 'heading' && !heads))) roles = rolesIn(after.text);
    else if (after && kinds[j] === 'other' && after.mentions[0]) {
      const first = after.mentions[0];
      const gap = after.text.slice(first.end, after.mentions[1]?.start ?? after.text.length);
      if (DECORATION.test(after.text.slice(0, first.start)) && SHARED.test(gap)) roles = rolesIn(gap);
    }
    if (roles.length > 0) for (let i = k; i < j; i++) if (kinds[i] === 'persons') give(i, roles, after!.text);
  }
  return out;
}
