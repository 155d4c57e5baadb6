import { pinyin } from 'pinyin-pro';

/** Names past this many syllables (long organization names) skip the space-separated form. */
const MAX_SPACED_SYLLABLES = 8;

/** Toneless syllables, lower-case; a run of Latin letters or digits stays one token (2023, CEO). */
export function syllables(name: string): string[] {
  const tokens: string[] = [];
  let run = '';
  for (const ch of name) {
    if (/[\p{Script=Han}]/u.test(ch)) {
      if (run) tokens.push(run);
      run = '';
      tokens.push(pinyin(ch, { toneType: 'none', v: true }).toLowerCase());
    } else if (/[\p{L}\p{N}]/u.test(ch)) {
      run += ch.toLowerCase();
    } else {
      if (run) tokens.push(run);
      run = '';
    }
  }
  if (run) tokens.push(run);
  return tokens.filter((t) => t.length > 0);
}

/**
 * Names recur across a load's batches (a person named in many articles, every alias of a known
 * node), and pinyin-pro's phrase lookup was a third of a batch plan's JavaScript: keep the keys of
 * recent names. Emptied when full, which bounds memory on a 100,000-article load.
 */
const KEYS_CACHE_SIZE = 50_000;
const keysCache = new Map<string, readonly string[]>();

/** Pinyin of one name: joined (`liyizhong`), spaced (`li yi zhong`) and initials (`lyz`). */
export function pinyinKeysOf(name: string): string[] {
  let keys = keysCache.get(name);
  if (!keys) {
    if (keysCache.size >= KEYS_CACHE_SIZE) keysCache.clear();
    keys = computeKeys(name);
    keysCache.set(name, keys);
  }
  return [...keys];
}

function computeKeys(name: string): string[] {
  const s = syllablesInContext(name);
  if (s.length === 0) return [];
  const keys = [s.join(''), s.map((x) => x[0]).join('')];
  if (s.length > 1 && s.length <= MAX_SPACED_SYLLABLES) keys.push(s.join(' '));
  return keys;
}

/**
 * Character-by-character pinyin gets polyphones wrong (重庆 → zhong qing); pinyin-pro reads the
 * whole name with its phrase dictionary, so use that when it yields one syllable per Han character.
 */
function syllablesInContext(name: string): string[] {
  const whole = pinyin(name, { toneType: 'none', type: 'array', v: true, nonZh: 'removed' });
  const han = [...name].filter((ch) => /[\p{Script=Han}]/u.test(ch)).length;
  if (han > 0 && whole.length === han && han === [...name].length) {
    return whole.map((x) => x.toLowerCase());
  }
  return syllables(name);
}

/** Pinyin keys for a name and its aliases, deduplicated, in a stable order. */
export function pinyinKeys(names: readonly string[]): string[] {
  const out = new Set<string>();
  for (const n of names) for (const k of pinyinKeysOf(n)) out.add(k);
  return [...out];
}
