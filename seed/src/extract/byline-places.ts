import { wordsOf } from './names';
import { startsWithAny, W } from './span-base';

/**
 * 本报记者 孔令军 鄂尔多斯报道: after the reporters' names, the place the report is filed from — one word jieba
 * reads as a place (鄂尔多斯/ns) — right before 报道 is no name (blind40). A byline's first item stays a name
 * there (记者 黄河报道: a reporter may be named like a river).
 */
export function isDateline(s: string, at: number, item: string, afterName: boolean): boolean {
  if (!afterName || !s.startsWith('报道', at + item.length)) return false;
  const [head] = wordsOf(item);
  return head?.word === item && head.tag === 'ns';
}

/** 日报, 晚报, 电视台 …: the endings of an outlet's name. */
const OUTLET_END = /(?:日报|晚报|早报|商报|报社|电视台|融媒体中心)$/;

/**
 * 文字：江门日报记者 何欣: an outlet's name right before its reporter's byline word, read after another byline
 * word, is no name (blind41); 江门日报 stays the outlet.
 */
export function isOutletBeforeByline(s: string, at: number, item: string): boolean {
  return OUTLET_END.test(item) && startsWithAny(s, at + item.length, W.bylines) !== undefined;
}
