import { LEXICON } from './lexicon';

const { bases, modifiers, former: formerMarks, rewrittenMarks, envoys, envoyBodies } = LEXICON.titles;
const MAX_BASE = Math.max(...[...bases].map((b) => b.length));
/** The mark of an acting post written after its title, kept in it: 市长（代）. */
export const ACTING = '（代）';
/** 助理 after a head's title: 院长助理. */
const ASSISTANT = '助理';
/** Last characters of titles: most positions of a text can be ruled out by one look-up. */
const LAST_CHARS = new Set([...bases].map((b) => b.charAt(b.length - 1)));

export interface TitleMatch {
  /** Index where the title (with its modifiers and 原/前) starts. */
  readonly start: number;
  /** The title as written, e.g. 原部长, 执行副会长, 一级巡视员. */
  readonly title: string;
  readonly former: boolean;
}

/** 总工会: a federation of trade unions, whose name a title 工会主席 would otherwise cut. */
const FEDERATION_OF_UNIONS = '总工会';
/**
 * The longest title that ends exactly at `end` in `text` and starts at or after `min`: a base title
 * (会长) extended leftwards by its modifiers (执行副) and a former-post mark (原).
 */
export function titleEndingAt(text: string, end: number, min = 0): TitleMatch | null {
  // 市长（代）, 总经理（代）: an acting post keeps its mark as written (3 of the 5 rounds that meet it).
  if (text.endsWith(ACTING, end)) {
    const held = titleEndingAt(text, end - ACTING.length, min);
    return held && { ...held, title: held.title + ACTING };
  }
  const envoy = envoyStart(text, end, min);
  if (envoy >= 0) return { start: envoy, title: text.slice(envoy, end), former: false };
  if (!LAST_CHARS.has(text.charAt(end - 1))) return null;
  let start = -1;
  for (let len = Math.min(MAX_BASE, end - min); len >= 2; len--) {
    if (bases.has(text.slice(end - len, end))) {
      start = end - len;
      break;
    }
  }
  // 省总工会主席: 总 before 工会主席 ends the body's name (总工会), whose 主席 the title is — not a company's 工会主席.
  if (
    start > min &&
    text.startsWith(FEDERATION_OF_UNIONS, start - 1) &&
    bases.has(text.slice(start + 2, end))
  )
    start += 2;
  if (start < 0) start = chiefOfficerStart(text, end, min);
  if (start < 0) start = chiefMasterStart(text, end, min);
  // 院长助理, 总裁助理, 行政总裁助理: an assistant to any head is a title of its own (blind7, 16, 17, 18, 20).
  if (start < 0 && text.endsWith(ASSISTANT, end)) {
    const head = titleEndingAt(text, end - ASSISTANT.length, min);
    return head && { ...head, title: head.title + ASSISTANT };
  }
  if (start < 0) return null;
  // Modifiers stack (常务 + 副), so keep extending while one matches.
  for (let grown = true; grown;) {
    grown = false;
    for (const m of modifiers) {
      if (start - m.length >= min && text.startsWith(m, start - m.length)) {
        start -= m.length;
        grown = true;
        break;
      }
    }
  }
  // 前任执行会长, 新任会长: the mark goes with the title, written as the golds write it (前执行会长, 会长).
  for (const [mark, becomes] of rewrittenMarks)
    if (start - mark.length >= min && text.startsWith(mark, start - mark.length))
      return {
        start: start - mark.length,
        title: becomes + text.slice(start, end),
        former: formerMarks.includes(becomes),
      };
  let isFormer = false;
  for (const f of formerMarks) {
    if (start - f.length >= min && text.startsWith(f, start - f.length)) {
      start -= f.length;
      isFormer = true;
      break;
    }
  }
  return { start, title: text.slice(start, end), former: isFormer };
}

/** 某农机公司中国区代表马雷克·卡明斯基: a company's region (中国区, 大中华区) is its unit, 代表 its post there (blind34). */
const ENVOY_BODIES = [...envoyBodies, ...LEXICON.orgs.companyUnits.regions];

/** A foreign name's first part and its dot (若昂·门德斯). */
const DOTTED_NEXT = /^[\u3400-\u9fff]{1,8}[·•・‧]/;

/**
 * 安哥拉国家银行代表若昂·门德斯, 某组织驻华代表处代表卡洛斯·瓦特森: 代表 between a body and a foreign guest's
 * name is the post the guest holds there (blind8, 10, 21, 28 give it); where it starts, or -1.
 */
function envoyStart(text: string, end: number, min: number): number {
  for (const w of envoys) {
    if (!text.endsWith(w, end)) continue;
    const at = end - w.length;
    // At the text's end: a descriptor the spans cut before the name (某银行代表), read again.
    const named = end === text.length || DOTTED_NEXT.test(text.slice(end, end + 10));
    if (at >= min && named && ENVOY_BODIES.some((b) => text.endsWith(b, at))) return at;
  }
  return -1;
}

/** 首席…官 is a title whatever the office (首席可持续发展官, 首席人才官): where it starts, or -1. */
function chiefOfficerStart(text: string, end: number, min: number): number {
  if (text.charAt(end - 1) !== '官') return -1;
  for (let at = end - 4; at >= Math.max(min, end - 10); at--)
    if (text.startsWith('首席', at)) return /^[\u3400-\u9fff]+$/.test(text.slice(at, end)) ? at : -1;
  return -1;
}

const BODY_AFTER_CHIEF = '部院局行会公社厂站队';
/** 总…师 is a title whatever the field (总农艺师, 总畜牧师, 总审计师): where it starts, or -1. */
function chiefMasterStart(text: string, end: number, min: number): number {
  if (text.charAt(end - 1) !== '师') return -1;
  for (const at of [end - 4, end - 5])
    if (
      at >= min &&
      text.charAt(at) === '总' &&
      // 总部药师, 总院医师: 总 opens a body there, not the title.
      !BODY_AFTER_CHIEF.includes(text.charAt(at + 1)) &&
      /^[\u3400-\u9fff]+$/.test(text.slice(at + 1, end - 1))
    )
      return at;
  return -1;
}

/** A title with its 原/前 and modifiers removed: 原常务副会长 → 会长 (what a short reference uses). */
export function baseTitle(title: string): string {
  let t = title.endsWith(ACTING) ? title.slice(0, -ACTING.length) : title;
  for (const f of formerMarks) if (t.startsWith(f)) t = t.slice(f.length);
  for (let grown = true; grown;) {
    grown = false;
    for (const m of modifiers) {
      if (t.startsWith(m) && t.length > m.length && bases.has(t.slice(m.length))) {
        t = t.slice(m.length);
        grown = true;
      }
    }
  }
  return t;
}

export function isAssociationTitle(title: string): boolean {
  return LEXICON.titles.associationTitles.includes(baseTitle(title));
}

/** 副主席, 常务副主席 written alone: a chair an association's board has, as others have (`associationChairs`). */
export function isAssociationChair(title: string): boolean {
  return LEXICON.titles.associationChairs.includes(baseTitle(title));
}

/** 冲浪运动员, 蜜瓜种植大户: a title that describes the person, held at no body (`titles.json` `descriptions`). */
export function isDescription(title: string): boolean {
  return LEXICON.titles.descriptions.includes(baseTitle(title));
}

export function isLocalHead(title: string): boolean {
  return LEXICON.titles.localHeads.includes(baseTitle(title));
}

export function isPartyTitle(title: string): boolean {
  const base = baseTitle(title);
  return LEXICON.titles.partyTitles.includes(base) || LEXICON.titles.partyTitles.includes(title);
}

/** 总经理, 总会计师 …: posts only companies have (with no body named, the article's company). */
export function isCompanyTitle(title: string): boolean {
  return LEXICON.titles.companyTitles.includes(baseTitle(title));
}
