import { decodeEntities } from './html';

/**
 * One surface for every later stage: the same article scraped by another tool (zero-width spaces, tabs,
 * CRLF, &ldquo; left by a copy from a page's source, ▲ and emoji bullets, mixed-width quotes) reads the same.
 * `score:noise` (extract/noise.ts) measures what each of these costs when left in.
 */

/** Characters of no width: inside a name (吴\u200B淦) they would split it. */
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
/** Blanks of every width become one ASCII space; the canonical text drops blanks next to Chinese. */
const ODD_BLANKS = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t\v\f]/g;
/**
 * Bullets and arrows a page puts before a line (▲ caption, ● item, ▶ heading) would open the name of the body
 * or person the line starts with: they go. So do emoji there (👉 call, 🔴 item), except before a short heading
 * (🔹开幕式, ✨ 新老交接 ✨): there the emoji is what tells the sentence reader the line stands alone.
 */
const LINE_MARKERS = /^[▲△▼▽▶►▷◀●○◎■□◆◇★☆•▪▫※→➤➢➣☞✓✔]+ */;
const LINE_EMOJI = /^(?:[\p{Extended_Pictographic}\uFE0F][ ]*)+/u;
const EMOJI_HEADING = /^[\u3400-\u9fff]{2,10}$|\p{Extended_Pictographic}\uFE0F?$/u;
/**
 * A keycap (1️⃣ 某公司 / 副总裁 某某: a digit, U+FE0F, U+20E3) numbers a WeChat list item as 1、 would; it goes like a
 * bullet, or it would open the name of the body the item names (blind27-15, blind28-16).
 */
const LINE_KEYCAP = /^[0-9#*]\uFE0F?\u20E3 */u;

function withoutLineMarker(line: string): string {
  const bare = line.replace(LINE_MARKERS, '').replace(LINE_KEYCAP, '');
  const emoji = LINE_EMOJI.exec(bare)?.[0];
  if (!emoji) return bare;
  const rest = bare.slice(emoji.length);
  return EMOJI_HEADING.test(rest) ? bare : rest;
}

/** Tags a copy from a page's source leaves in plain text: block ones break the line, inline ones go. */
const BLOCK_TAG = /<\/?(?:p|div|br|h[1-6]|li|tr|section|article|blockquote)\b[^<>]*>/gi;
const INLINE_TAG = /<\/?(?:span|strong|b|em|i|u|font|a|sup|sub|small|big|img|mark|ins|del)\b[^<>]*>/gi;
const FULL_WIDTH_ALNUM = /[０-９Ａ-Ｚａ-ｚ]/g;
/**
 * Half-width , : ; ( ) next to Chinese are the full-width ones a phone keyboard or a converter did not type:
 * every later pattern (a label line 副会长（按姓氏笔画排序）：, a post in brackets) knows only those. Between
 * digits (10:30, 1,000) and in Latin text they stay.
 */
const NEAR_HAN = '\\u3400-\\u9fff\\u3000-\\u303f\\uff00-\\uffef“”‘’';
const HALF_NEAR_HAN = new RegExp(`(?<=[${NEAR_HAN}])[,:;()]|[,:;()](?=[${NEAR_HAN}])`, 'g');
const FULL_OF: Record<string, string> = { ',': '，', ':': '：', ';': '；', '(': '（', ')': '）' };
const toFull = (c: string): string => FULL_OF[c] ?? c;
/** A short heading in ASCII square brackets ([会议现场]) is the 【】 heading of another site. */
const SQUARE_HEADING = /\[([^[\]]*[\u3400-\u9fff][^[\]]*)\]/g;

/** Entities and leftover tags of a text that is not an HTML page (an HTML page goes through html.ts). */
export function withoutMarkupRemnants(text: string): string {
  if (!text.includes('&') && !text.includes('<')) return text;
  return decodeEntities(text.replace(BLOCK_TAG, '\n').replace(INLINE_TAG, ''));
}

/**
 * ASCII " read from the quotes around it: after an opening “ (full-width or read so), it closes; so a
 * half-width quote closing a full-width one (“数字化") is ” and the next pair opens again.
 */
function pairQuotes(line: string): string {
  if (!line.includes('"')) return line;
  let open = false;
  let out = '';
  for (const ch of line) {
    if (ch === '“') open = true;
    else if (ch === '”') open = false;
    if (ch === '"') {
      out += open ? '”' : '“';
      open = !open;
    } else out += ch;
  }
  return out;
}

/** One line's surface: blanks, markers, full-width letters and digits, quotes, square headings. */
export function cleanLine(line: string): string {
  return pairQuotes(
    withoutLineMarker(line.replace(ZERO_WIDTH, '').replace(ODD_BLANKS, ' ').trim())
      .replace(FULL_WIDTH_ALNUM, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
      .replace(SQUARE_HEADING, '【$1】')
      .replace(HALF_NEAR_HAN, toFull)
      // A second pass for a mark next to one just made full-width (（按姓氏笔画排序）:).
      .replace(HALF_NEAR_HAN, toFull),
  )
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** The text as non-empty, cleaned lines (CR, CRLF and LF all end a line). */
export function cleanLines(text: string): string[] {
  return text
    .split(/\r\n?|\n|\u2028|\u2029/)
    .map(cleanLine)
    .filter((l) => l.length > 0);
}
