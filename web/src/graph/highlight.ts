/**
 * Splits an article's text into plain runs and mentions of recognised entities (by name or alias),
 * so the reader can render each mention as a clickable element — as text, never as markup.
 */
import type { EntityKind } from '@guanxi/schema';
export interface MentionTarget {
  id: string;
  name: string;
  kind: EntityKind;
  aliases: readonly string[];
}

export type Segment = { text: string; entity?: undefined } | { text: string; entity: MentionTarget };

/** Longest names first at each position, so 中国工业经济联合会 wins over a shorter alias inside it. */
export function segmentText(text: string, targets: readonly MentionTarget[]): Segment[] {
  const terms: { term: string; entity: MentionTarget }[] = [];
  for (const entity of targets) {
    for (const term of new Set([entity.name, ...entity.aliases])) {
      if (term.trim().length >= 2) terms.push({ term, entity });
    }
  }
  terms.sort((a, b) => b.term.length - a.term.length);
  const segments: Segment[] = [];
  let plain = '';
  let i = 0;
  while (i < text.length) {
    const hit = terms.find((t) => text.startsWith(t.term, i));
    if (hit) {
      if (plain) segments.push({ text: plain });
      plain = '';
      segments.push({ text: hit.term, entity: hit.entity });
      i += hit.term.length;
    } else {
      plain += text[i];
      i++;
    }
  }
  if (plain) segments.push({ text: plain });
  return segments;
}

/** Stored text is the title line plus the body; the reader shows the title as its heading already. */
export function articleBody(title: string, text: string): string {
  return text.startsWith(`${title}\n`) ? text.slice(title.length + 1) : text;
}
