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
/** …A、B为支持单位, …提供学术支持: 为 before a labelled role, the kind of support after 提供. */
const LIST_THEN_ROLE = new RegExp(
  `^(.+?)(?:联合|共同|大力|提供|给予|为|作为)?(?:学术|技术|专业)?(${ALT})(?:单位|方)?(?:的|$)`,
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
  for (const item of list.split(/、|，|以及/)) out.push(...splitJoined(item));
  return out.map((x) => x.trim()).filter((x) => x.length > 0);
}

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
