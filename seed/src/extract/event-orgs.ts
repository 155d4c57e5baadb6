import { withoutOpeningWords } from './org-edges';
import type { OrganizationEventRole } from '@guanxi/schema';
import { LEXICON } from './lexicon';
import { CONFIDENCE } from './confidence';
import { looksLikeOrganization, SHORT_FORM } from './organizations';

export interface OrgRoleFact {
  readonly organization: string;
  readonly role: OrganizationEventRole;
  readonly evidence: string;
  readonly confidence: number;
}

const ROLE_WORDS = LEXICON.roles.organization;
const ALT = ROLE_WORDS.map(([w]) => w).join('|');
/** LIST (联合|共同)? 主办 — the role word must end the clause or be followed by 单位/的 (主办的论坛). */
/**
 * …A、B为支持单位, …提供学术支持, A担任指导单位, A为论坛学术指导单位: 为/担任 before a labelled role, the kind
 * of support (up to four characters: 战略, 学术, 媒体) after 提供/为.
 */
const LIST_THEN_ROLE = new RegExp(
  `^(.+?)(?:(?:提供|给予|为|作为|担任)(?:本次|本届)?(?:论坛|大会|峰会|会议|活动)?[\\u3400-\\u9fff]{0,4}?|联合|共同|大力|学术|技术|专业|战略)?(${ALT})(?:单位|方)?(?:的|$)`,
);
/** 主办单位：LIST / 主办方为 LIST. */
const ROLE_THEN_LIST = new RegExp(`(${ALT})(?:单位|方)(?:为|是|：|有)(.+)$`);
/** 在 LIST 的指导下 / 得到 LIST 的大力支持. */
const UNDER = new RegExp(`(?:在|得到了?|获得了?)(.+?)的(?:大力|悉心|精心)?(${ALT})`);

const ANY_ROLE = new RegExp(ALT);
/** 由A主办、B承办的…: a role word before 、 closes its own list. */
const ROLE_THEN_ENUM = new RegExp(`(${ALT})、`, 'g');

const roleOf = (w: string): OrganizationEventRole => ROLE_WORDS.find(([x]) => x === w)![1];

/**
 * Splits a list of organizations. 、 always separates; 和/与/及 only when both sides read as
 * organizations, since 和 also occurs inside names (工业和信息化部).
 */
export function splitOrgList(list: string): string[] {
  const out: string[] = [];
  const named = list
    .replace(LATIN_NAME, '')
    .replace(BRACKETED_BODY, (all, inner: string) => (looksLikeOrganization(inner) ? '' : all));
  for (const item of named.split(/、|，|以及/)) out.push(...splitJoined(item));
  // 由某所/与某学会共同主办, 并获某政府某司支持: the words that join an item to the one before are no part of it.
  return out.map((x) => withoutOpeningWords(x.trim())).filter((x) => x.length > 0);
}

/** A body's Latin name or acronym in brackets (国际可再生能源署（IRENA）): not part of its Chinese name. */
const LATIN_NAME = /（[A-Za-z][A-Za-z0-9 .&'’-]*）/g;

/** 某市发展和改革委员会（市能源局）、…: the other name of a body, in brackets after it (not 某大学（北京）). */
const BRACKETED_BODY = /（([^（）]{2,15})）(?=[、，]|$)/g;

/** Words that join two organizers inside one list item (A协会联合B研究中心, A和B). */
const JOINERS = ['联合', '携手', '会同', '和', '与', '及'];

/** A和B, A联合B: split at the first joiner whose both sides read as organizations, if any. */
function splitJoined(item: string): string[] {
  for (let at = 1; at < item.length - 1; at++) {
    const joiner = JOINERS.find((j) => item.startsWith(j, at));
    if (!joiner) continue;
    const left = item.slice(0, at);
    const right = item.slice(at + joiner.length);
    if (looksLikeOrganization(left) && looksLikeOrganization(right)) return [left, ...splitJoined(right)];
  }
  return [item];
}

/** Everything after the last 由 of a clause (本次活动由A主办 → A). */
function afterBy(text: string): string {
  const at = text.lastIndexOf('由');
  return at >= 0 ? text.slice(at + 1) : text;
}

/**
 * A list of organizers counts when every item reads as an organization, or when a list of three or more
 * has few odd items (one, or a quarter of a long list): then the items that read as organizations count,
 * with less confidence.
 */
function push(out: OrgRoleFact[], list: string, role: OrganizationEventRole, evidence: string): boolean {
  const orgs = splitOrgList(list);
  const good = orgs.filter(looksLikeOrganization);
  if (good.length === 0) return false;
  const odd = orgs.length - good.length;
  if (odd > 0 && (orgs.length < 3 || odd > Math.max(1, Math.floor(orgs.length / 4)))) return false;
  const confidence = odd === 0 ? CONFIDENCE.orgList : CONFIDENCE.orgListLenient;
  for (const organization of good) out.push({ organization, role, evidence, confidence });
  return true;
}

/**
 * Organizations and their part in the event, clause by clause: 由A主办，B、C协办，D承办;
 * 主办单位：A; 在A的指导下. A list counts only when every item reads as an organization.
 */
export function eventOrganizations(sentence: string): OrgRoleFact[] {
  if (!ANY_ROLE.test(sentence)) return [];
  const out: OrgRoleFact[] = [];
  // 由A，B主办 (a comma where 、 was meant): a clause that is only organizations joins the next list.
  let waiting: string[] = [];
  for (const clause of sentence
    .replace(SHORT_FORM, '')
    .replace(ROLE_THEN_ENUM, '$1，')
    .split(/[，；。]/)) {
    const c = clause.trim();
    if (c.length === 0) continue;
    const under = UNDER.exec(c);
    if (under && push(out, under[1]!, roleOf(under[2]!), sentence)) continue;
    const after = ROLE_THEN_LIST.exec(c);
    if (after && push(out, after[2]!, roleOf(after[1]!), sentence)) continue;
    const before = LIST_THEN_ROLE.exec(c);
    if (before && push(out, [...waiting, afterBy(before[1]!)].join('、'), roleOf(before[2]!), sentence)) {
      waiting = [];
      continue;
    }
    const items = splitOrgList(afterBy(c));
    waiting = items.length > 0 && items.every(looksLikeOrganization) ? [...waiting, ...items] : [];
  }
  return out;
}

/** A line that opens with the part its organizations play (承办, 给予指导, 提供支持, 联合主办). */
const OPENS_WITH_ROLE = new RegExp(
  `^(?:联合|共同|大力|给予|提供|担任|作为|为)?[\\u3400-\\u9fff]{0,4}?(?:${ALT})`,
);
/** A line that leads into the next: 由, a label (主办单位：), or 的 of 承办的 before the event's name. */
const LEADS_ON = /[由：的]$/;
/** 由 with no role after it yet: the list it opens goes on. */
const OPEN_BY = new RegExp(`由(?:(?!${ALT})[^，。；])*$`);
const ENDS_WITH_ROLE = new RegExp(`(?:${ALT})(?:单位|方)?$`);
const HELD = LEXICON.events.heldVerbs;
/** Lines of a label list are short; a line that ends a sentence ends the list. */
const LIST_LINE = 30;

/**
 * The texts to read organizers from: each sentence, except that a WeChat post's list broken over short
 * lines (由 / A主办 / B、C / 承办 / D / 给予指导) is read as one text, each line joined to the next directly
 * when the next opens with the role its organizations play or the line leads on (由, 的), else by a comma.
 */
export function organizerTexts(sentences: readonly { text: string; paragraph: number }[]): string[] {
  const out: string[] = [];
  const open = (t: string) => t.length <= LIST_LINE && !/[。！？；]$/.test(t);
  // The text before was a label's list (【主办单位】 / A / B): a role line after it is the next label.
  let labels = false;
  for (let k = 0; k < sentences.length; k++) {
    // 【主办单位】 / A / B, 主题… / 主办 / A: a role alone on its line is a label, read as 主办单位：, the bodies on the
    // lines after it its list, unless it closes the bodies on the line before (A、B / 承办 / C / 给予指导).
    const role = LABEL_LINE.exec(sentences[k]!.text);
    const before = sentences[k - 1]?.text;
    const label: RegExpExecArray | null =
      role && (labels || /^【|单位|方/.test(role[0]) || before === undefined || !namesBodies(before))
        ? role
        : null;
    labels = label !== null;
    let text = label ? `${label[1]}单位：` : sentences[k]!.text;
    let last = sentences[k]!;
    let lastText = text;
    const first = k;
    while (open(last.text) && k + 1 < sentences.length) {
      const next = sentences[k + 1]!;
      if (next.paragraph <= last.paragraph || next.text.length > LIST_LINE * 4) break;
      // 【承办单位】, 【嘉宾】: a bracketed heading opens a section of its own; so does a bare role line after a
      // label's list, or after a line that is no body of an open 由 list (主题… / 主办 / A: 主办 is A's label).
      if (next.text.startsWith('【')) break;
      if (LABEL_LINE.test(next.text) && (label || (!namesBodies(lastText) && !OPEN_BY.test(text)))) break;
      // 支持单位 / A / B / ▲大会现场座无虚席: a label's list ends at the first line after its items that names no body.
      if (label && k > first && !next.text.startsWith('（') && !namesBodies(next.text)) break;
      // （市能源局）: a short form in brackets on its own line goes with the name before it.
      const direct = OPENS_WITH_ROLE.test(next.text) || LEADS_ON.test(lastText) || next.text.startsWith('（');
      // 由 / A、B / C / 共同主办: after 由 and before the role, each line is one more item of the list.
      const listOpen = OPEN_BY.test(text);
      if (!direct && !listOpen && !ANY_ROLE.test(text + next.text)) break;
      // 由A与B共同主办的某会 / 在昆明召开 / C承办: a line that says the event was held ends a clause, not a list item.
      const clauseEnds = HELD.some((w) => lastText.endsWith(w));
      text +=
        (direct ? '' : listOpen || (!ENDS_WITH_ROLE.test(lastText) && !clauseEnds) ? '、' : '，') + next.text;
      last = next;
      lastText = next.text;
      k++;
    }
    out.push(text);
  }
  return out;
}

/** A role alone on its line, as a label (主办, 承办单位, 【主办单位】, 协办方：). */
const LABEL_LINE = new RegExp(`^【?(${ALT})(?:单位|方)?】?[：:]?$`);

/** Does a line name bodies (某协会、某研究院（以下简称“某院”）), so that a role on the line after it is theirs? */
function namesBodies(line: string): boolean {
  return splitOrgList(line.replace(SHORT_FORM, '')).some(looksLikeOrganization);
}
