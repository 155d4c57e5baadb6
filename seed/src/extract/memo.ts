/**
 * A pure function of a string, with the answers for recent inputs kept: the readers ask the same question of the
 * same few lines and descriptors many times. The map is dropped all at once when it reaches `size`, so a long
 * ingest holds at most that many answers.
 */
export function memoizeText<T>(fn: (text: string) => T, size = 4096): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    const hit = cache.get(text);
    if (hit !== undefined || cache.has(text)) return hit as T;
    if (cache.size >= size) cache.clear();
    const value = fn(text);
    cache.set(text, value);
    return value;
  };
}
