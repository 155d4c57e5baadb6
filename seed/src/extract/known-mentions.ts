import type { Mention } from './people';

/**
 * Which characters existing mentions cover (1), and the last character of each name (2), so that
 * overlap checks stay linear on a sentence with thousands of names.
 */
function coverage(s: string, taken: readonly Mention[]): Uint8Array {
  const used = new Uint8Array(s.length + 1);
  for (const m of taken) {
    used.fill(1, m.start, m.end);
    if (m.end > m.start) used[m.end - 1] = 2;
  }
  return used;
}

/** Every occurrence of a name already known from elsewhere in the article, outside other mentions. */
export function knownMentions(s: string, names: readonly string[], taken: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  const present = names.filter((n) => s.includes(n));
  if (present.length === 0) return out;
  const used = coverage(s, taken);
  for (const name of present) {
    for (let at = s.indexOf(name); at >= 0; at = s.indexOf(name, at + name.length)) {
      const end = at + name.length;
      if (used.subarray(at, end).some((x) => x > 0)) continue;
      out.push({ name, start: at, nameStart: at, end, posts: [], via: 'known', confidence: 0.8 });
    }
  }
  return out;
}

/** Mentions of one sentence, in reading order. */
export function sortMentions(ms: Mention[]): Mention[] {
  return ms.sort((a, b) => a.start - b.start || a.end - b.end);
}
