import { LEXICON } from './lexicon';
import type { Mention } from './people';

/** 市领导, 县领导, 校领导 …: words that say the names listed after them are persons (leaders), verb or none. */
const LEADER_WORDS = LEXICON.spans.listLeads.filter((w) => w.endsWith('领导'));
const AFTER_LEADER = /[：:]?$/;

/**
 * The bare names of a sentence that a leader word opens (县领导王明、李强 / 参加调研, where a WeChat line
 * break takes the verb away): the first right after the word, or first in the sentence when the line before
 * ends with it (县领导 / 王明、李强), the others joined to it by 、 or 和.
 */
export function ledNames(text: string, mentions: readonly Mention[], previous = ''): Mention[] {
  const lineLed = LEADER_WORDS.some((w) => previous.replace(AFTER_LEADER, '').endsWith(w));
  if (!lineLed && !text.includes('领导')) return [];
  const led: Mention[] = [];
  // Where the last led name ends, or -1 when the list broke off.
  let lastEnd = -1;
  for (const m of [...mentions].sort((a, b) => a.nameStart - b.nameStart)) {
    const before = text.slice(0, m.nameStart).replace(AFTER_LEADER, '');
    const opens = (lineLed && before === '') || LEADER_WORDS.some((w) => before.endsWith(w));
    const joined = lastEnd >= 0 && /^[、和及与]$/.test(text.slice(lastEnd, m.nameStart));
    lastEnd = opens || joined ? m.nameStart + m.name.length : -1;
    if (lastEnd >= 0 && m.via === 'bare') led.push(m);
  }
  return led;
}
