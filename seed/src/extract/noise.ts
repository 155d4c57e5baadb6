import { createRng, type Rng } from '../generate/rng';

/**
 * Scrape noise, one kind at a time: what real pages do to a clean article (`score:noise` measures how much
 * each kind costs the extractor). Every kind is seeded, so the same article, kind and seed always give the
 * same text, and none adds or removes a fact: the gold of the clean article still holds.
 */
export const NOISE_KINDS = ['name-spaces', 'blanks', 'punctuation', 'html', 'markers', 'wechat'] as const;
export type NoiseKind = (typeof NOISE_KINDS)[number];

export interface NoiseOptions {
  readonly seed: number;
  /** The article's person names (from its gold): where typesetting pads two-character names. */
  readonly names: readonly string[];
}

const HAN = /[\u3400-\u9fff]/;
const TWO_HAN = /^[\u3400-\u9fff]{2}$/;
const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const lines = (text: string): string[] => text.split('\n');

/** 吴淦 → 吴\u3000淦 or 吴  淦, as Chinese typesetting pads a two-character name to the width of three. */
function nameSpaces(text: string, rng: Rng, names: readonly string[]): string {
  const two = [...new Set(names.filter((n) => TWO_HAN.test(n)))];
  if (two.length === 0) return text;
  const re = new RegExp(two.map(escapeRe).join('|'), 'g');
  return text.replace(re, (n) => (rng.chance(0.6) ? `${n[0]}${rng.pick(['\u3000', '  ', ' '])}${n[1]}` : n));
}

const ODD_SPACES = ['\u00A0', '\u3000', '\u2002', '\u200B', '\u200C', '\u2060', '\uFEFF', '\t'] as const;

/**
 * Non-breaking, full-width, ideographic and zero-width spaces and tabs between characters, a first-line
 * indent of ideographic spaces, trailing blanks, CRLF line ends.
 */
function blanks(text: string, rng: Rng): string {
  const out = lines(text).map((line, i) => {
    let s = '';
    for (const ch of line) {
      s += ch;
      if (HAN.test(ch) && rng.chance(0.015)) s += rng.pick(ODD_SPACES);
    }
    if (i > 0 && rng.chance(0.5)) s = `${rng.pick(['　　', '\u00A0\u00A0', '\t', '    '])}${s}`;
    if (rng.chance(0.4)) s += rng.pick([' ', '  ', '\t', '\u3000', '\u00A0']);
    return s;
  });
  return out.join('\r\n');
}

const TO_HALF: Record<string, string> = {
  '，': ',',
  '：': ':',
  '；': ';',
  '（': '(',
  '）': ')',
  '“': '"',
  '”': '"',
};
const TO_FULL: Record<string, string> = { ',': '，', ':': '：', ';': '；', '(': '（', ')': '）' };
/** A heading: short, no punctuation, before a paragraph (会议现场 / 11月6日，…). */
const HEADING_LIKE = /^[\u3400-\u9fff0-9A-Za-z]{2,12}$/;
const LONG_LINE = 40;

/**
 * Half-width punctuation where full-width is usual (， ： ； （ ） “ ” → , : ; ( ) ") and the reverse, ASCII
 * digits and letters written full-width (２０２４, ＡＩ), and headings before a paragraph written in 【】 or [],
 * a 【heading】 as [heading].
 */
function punctuation(text: string, rng: Rng): string {
  const all = lines(text);
  return all
    .map((line, i) => {
      let s = '';
      for (const ch of line) {
        const half = TO_HALF[ch];
        const full = TO_FULL[ch];
        if (half !== undefined && rng.chance(0.4)) s += half;
        else if (full !== undefined && rng.chance(0.4)) s += full;
        else if (/[0-9A-Za-z]/.test(ch) && rng.chance(0.3))
          s += String.fromCharCode(ch.charCodeAt(0) + 0xfee0);
        else s += ch;
      }
      const beforeParagraph = (all[i + 1]?.trim().length ?? 0) > LONG_LINE;
      if (i > 0 && beforeParagraph && HEADING_LIKE.test(s.trim()) && rng.chance(0.5))
        s = rng.chance(0.5) ? `【${s.trim()}】` : `[${s.trim()}]`;
      else if (/^【[^】]+】$/.test(s.trim()) && rng.chance(0.5)) s = `[${s.trim().slice(1, -1)}]`;
      return s;
    })
    .join('\n');
}

const STRAY_TAGS = [
  '<strong>',
  '</strong>',
  '<span style="color:#333">',
  '</span>',
  '<b>',
  '</b>',
  '<em>',
  '</em>',
];

/**
 * HTML left in a text scraped without a parser: entities for spaces, quotes and dashes, <br> and <p> around
 * lines, stray inline tags between words. The first line (the title) stays clean.
 */
function html(text: string, rng: Rng): string {
  // Half the articles keep tags (read as HTML), half only entities and inline tags (read as text).
  const tags = rng.chance(0.5);
  return lines(text)
    .map((line, i) => {
      if (i === 0) return line;
      let s = '';
      for (const ch of line) {
        if (ch === '“' && rng.chance(0.6)) s += '&ldquo;';
        else if (ch === '”' && rng.chance(0.6)) s += '&rdquo;';
        else if (ch === '—' && rng.chance(0.6)) s += '&mdash;';
        else if (ch === '&') s += '&amp;';
        else if (ch === '，' && rng.chance(0.05)) s += `，${rng.pick(STRAY_TAGS)}`;
        else s += ch;
      }
      if (rng.chance(0.4)) s = `&nbsp;&nbsp;${s}`;
      const wrap = tags ? rng.next() : 1;
      if (wrap < 0.3) s = `<p>${s}</p>`;
      else if (wrap < 0.5) s += '<br>';
      return s;
    })
    .join('\n');
}

const MARKERS = ['▲', '▶', '●', '■', '◆', '★', '►', '👉', '🔴', '📢', '✅', '🎉 ', '▲ ', '● '] as const;

/** Bullets, arrows and emoji at line starts (▲ captions, ● items, 👉 calls to read). */
function markers(text: string, rng: Rng): string {
  return lines(text)
    .map((line, i) =>
      i > 0 && line.trim().length > 0 && rng.chance(0.35) ? `${rng.pick(MARKERS)}${line}` : line,
    )
    .join('\n');
}

const HEADER = ['点击蓝字关注我们', '来源：本网综合', '编辑：融媒体中心', '审核：新闻中心'];
const FOOTER = [
  '- END -',
  '来源：本网综合',
  '编辑：融媒体中心',
  '点击“阅读原文”了解更多',
  '分享',
  '点赞',
  '在看',
  '阅读原文',
];

/**
 * A WeChat post: lines broken after ， and 、 and between a title and the name after it, a blank line between
 * every line, a 来源/编辑 header block under the title and a share/like footer.
 */
function wechat(text: string, rng: Rng, names: readonly string[]): string {
  const [title = '', ...body] = lines(text);
  const nameRe =
    names.length > 0
      ? new RegExp(`(?<=[\\u3400-\\u9fff])(?=(?:${names.map(escapeRe).join('|')}))`, 'g')
      : null;
  const broken = body.map((line) => {
    let s = line.replace(/([，、])/g, (p) => (rng.chance(0.3) ? `${p}\n` : p));
    if (nameRe) s = s.replace(nameRe, () => (rng.chance(0.3) ? '\n' : ''));
    return s;
  });
  const blankBetween = (ls: string[]): string => ls.join('\n\n');
  return [
    title,
    '',
    blankBetween(HEADER),
    '',
    blankBetween(broken.flatMap(lines)),
    '',
    blankBetween(FOOTER),
  ].join('\n');
}

/** The article with one kind of scrape noise, or with all of them (`all`), the same for the same seed. */
export function addNoise(text: string, kind: NoiseKind | 'all', options: NoiseOptions): string {
  const rng = createRng(options.seed);
  const apply = (t: string, k: NoiseKind): string => {
    switch (k) {
      case 'name-spaces':
        return nameSpaces(t, rng, options.names);
      case 'blanks':
        return blanks(t, rng);
      case 'punctuation':
        return punctuation(t, rng);
      case 'html':
        return html(t, rng);
      case 'markers':
        return markers(t, rng);
      case 'wechat':
        return wechat(t, rng, options.names);
    }
  };
  if (kind !== 'all') return apply(text, kind);
  // Line structure first (wechat), then characters, then blanks and CRLF last, as a scraper adds them.
  const order: NoiseKind[] = ['wechat', 'name-spaces', 'punctuation', 'markers', 'html', 'blanks'];
  return order.reduce(apply, text);
}
