import { parseDescriptor, type ParsedPost } from './descriptors';
import { LEXICON } from './lexicon';
import { nameAt, surnameAt, taggedNameEndingAt } from './names';
import { titleEndingAt } from './titles';

/** A person named in a sentence, with the posts the words before the name give. */
export interface Mention {
  readonly name: string;
  /** Where the descriptor (or the name, if none) starts, and where the name ends. */
  readonly start: number;
  readonly nameStart: number;
  readonly end: number;
  readonly posts: readonly ParsedPost[];
  /** How the person was found: a title before the name, a title after it, or a name already known. */
  readonly via: 'title' | 'post-name' | 'known' | 'short-ref';
}

/** Characters that end the words describing a person: the descriptor never reaches across them. */
const HARD = new Set('，。；：！？“”‘’（）《》「」【】—…,;:!?()"'.split(''));

/**
 * Persons introduced by their titles: `[organization][title]、[title]…NAME`, the name read after the last
 * title (nameAt). Scanning left to right, a descriptor starts after the last hard punctuation or the
 * previous person's name, so a list (副部长甲、局长乙) gives each person their own titles.
 */
export function titledMentions(s: string): Mention[] {
  const out: Mention[] = [];
  let floor = 0;
  for (let i = 0; i < s.length; i++) {
    if (HARD.has(s.charAt(i))) {
      floor = i + 1;
      continue;
    }
    if (surnameAt(s, i) === 0) continue;
    const tm = titleEndingAt(s, i, floor);
    if (!tm) continue;
    const name = nameAt(s, i);
    if (!name) continue;
    const posts = parseDescriptor(s.slice(floor, i));
    if (posts.length === 0) continue;
    out.push({ name, start: floor, nameStart: i, end: i + name.length, posts, via: 'title' });
    floor = i + name.length;
    i = floor - 1;
  }
  return out;
}

/** Persons named before a title (习近平总书记), known to jieba as names; the title has no organization. */
export function postNameMentions(s: string, taken: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const title of LEXICON.titles.postName) {
    for (let at = s.indexOf(title); at >= 0; at = s.indexOf(title, at + 1)) {
      if (taken.some((m) => at >= m.start && at < m.end + title.length)) continue;
      const name = taggedNameEndingAt(s, at);
      if (!name) continue;
      const start = at - name.length;
      if (out.some((m) => m.start === start)) continue;
      const isTitle = !LEXICON.titles.degrees.includes(title);
      out.push({
        name,
        start,
        nameStart: start,
        end: at + title.length,
        posts: isTitle ? [{ title, organization: null, former: false }] : [],
        via: 'post-name',
      });
    }
  }
  return out;
}

/** Every occurrence of a name already known from elsewhere in the article, outside other mentions. */
export function knownMentions(s: string, names: readonly string[], taken: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const name of names) {
    for (let at = s.indexOf(name); at >= 0; at = s.indexOf(name, at + name.length)) {
      const end = at + name.length;
      if (taken.some((m) => at < m.end && end > m.start)) continue;
      out.push({ name, start: at, nameStart: at, end, posts: [], via: 'known' });
    }
  }
  return out;
}

/** Mentions of one sentence, in reading order. */
export function sortMentions(ms: Mention[]): Mention[] {
  return ms.sort((a, b) => a.start - b.start || a.end - b.end);
}
