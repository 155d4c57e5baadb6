import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  mdash: '—',
  hellip: '…',
  middot: '·',
};

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[name.toLowerCase()] ?? m;
  });
}

export function looksLikeHtml(s: string): boolean {
  return /<(html|body|p|div|title|br|span|h[1-6])\b[^>]*>/i.test(s.slice(0, 20_000));
}

/** Block tags become line breaks; scripts and styles go entirely; images leave their alt text. */
function markupToText(html: string): string {
  const body = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|noscript|head|template)\b[\s\S]*?<\/\1>/gi, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(
      /<\/?(p|div|h[1-6]|li|tr|section|article|header|footer|figure|figcaption|table|ul|ol)\b[^>]*>/gi,
      '\n',
    )
    .replace(/<img\b[^>]*\balt\s*=\s*"([^"]*)"[^>]*>/gi, '\n$1\n')
    .replace(/<[^>]+>/g, '');
  return decodeEntities(body);
}

/**
 * The article's own content, as Readability (Firefox's reader view) finds it: site navigation,
 * breadcrumbs, related links and footers stay out. Null when it finds nothing article-like.
 */
function mainContent(html: string): string | null {
  try {
    const { document } = parseHTML(html);
    // Readability's default 500 characters would reject short news items; ours are often shorter.
    const found = new Readability(document as unknown as Document, { charThreshold: 100 }).parse();
    return found?.content ?? null;
  } catch {
    return null;
  }
}

/**
 * The `<title>`, the main content as text (one block per line) and the whole page as text (for the
 * dateline, which pages often put in a meta line outside the content).
 */
export function htmlToText(html: string): { title: string | null; text: string; pageText: string } {
  const titleMatch = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html);
  const title = titleMatch?.[1] ? decodeEntities(titleMatch[1].replace(/<[^>]+>/g, '')).trim() : null;
  const pageText = markupToText(html);
  const main = mainContent(html);
  return { title, text: main === null ? pageText : markupToText(main), pageText };
}
