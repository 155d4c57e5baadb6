import { createHash } from 'node:crypto';
import { checkGivenDate, datelineDate, handleDate, textDate } from './article-date';
import { htmlToText, looksLikeHtml } from './html';
import { cleanLine, cleanLines, withoutMarkupRemnants } from './surface';

/** Refuse articles past this size: a news report is tens of KB; 2 MB is a wrong file, not an article. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

export interface ArticleInput {
  /** UTF-8 text (title on the first line) or HTML, as a string or the raw bytes of a file. */
  content: string | Uint8Array;
  /** The file name or other handle, echoed as `article` in the extraction. */
  source?: string;
  url?: string | null;
  /** Overrides the title found in the content. */
  title?: string | null;
  /** Overrides the date found in the content: `YYYY-MM-DD`, `YYYY-MM` or `YYYY` (as precise as known). */
  publishedAt?: string | null;
}

export interface NormalizedArticle {
  /**
   * `art_` + 24 hex of sha256 of the text as read before the surface step (`identityLines`): the same text is
   * the same article, whatever its file name, and keeps its id when the surface cleaning improves.
   */
  id: string;
  source: string;
  title: string;
  /** Body text without the title line, whitespace normalized, one paragraph per line. */
  body: string;
  /** Title + body: what is stored and hashed. */
  text: string;
  url: string | null;
  /** A PartialDate value (2023, 2023-10, 2023-10-25): see article-date.ts for where it comes from. */
  publishedAt: string | null;
}

export class ArticleError extends Error {
  constructor(
    message: string,
    readonly code: 'EMPTY' | 'BINARY' | 'NOT_UTF8' | 'TOO_LARGE' | 'BAD_URL' | 'BAD_DATE',
  ) {
    super(message);
    this.name = 'ArticleError';
  }
}

function decode(content: string | Uint8Array): string {
  if (typeof content === 'string') {
    if (Buffer.byteLength(content, 'utf8') > MAX_ARTICLE_BYTES) {
      throw new ArticleError(`article is larger than ${MAX_ARTICLE_BYTES} bytes`, 'TOO_LARGE');
    }
    return content;
  }
  if (content.byteLength > MAX_ARTICLE_BYTES) {
    throw new ArticleError(`article is larger than ${MAX_ARTICLE_BYTES} bytes`, 'TOO_LARGE');
  }
  if (content.includes(0)) throw new ArticleError('article looks binary (it contains NUL bytes)', 'BINARY');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch {
    throw new ArticleError('article is not valid UTF-8', 'NOT_UTF8');
  }
}

/**
 * An article's URL is shown to analysts as a link: only absolute http(s) URLs are stored, so a
 * `javascript:` or `data:` URL never reaches a page.
 */
export function checkArticleUrl(url: string | null | undefined): string | null {
  const trimmed = url?.trim();
  if (!trimmed) return null;
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    throw new ArticleError('url must be an absolute http: or https: URL', 'BAD_URL');
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new ArticleError(`url must be http: or https: (got ${parsed.protocol.slice(0, 20)})`, 'BAD_URL');
  }
  return trimmed;
}

/**
 * The text an article's id is the hash of: its lines as stored before `surface.ts` (CRLF, odd blanks and blank
 * lines only). Kept apart and frozen so that a better surface (full-width punctuation, markers, entities) does
 * not give the articles a database already holds new ids: re-ingesting them matches them, it does not add copies.
 */
function identityLines(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00A0\u3000\u2002-\u200B\uFEFF\t]/g, ' ')
    .split('\n')
    .map((l) => l.replace(/ {2,}/g, ' ').trim())
    .filter((l) => l.length > 0);
}

/** Title + body as one text: the title line, then the body's lines (a given or HTML title is not repeated). */
function joinTitle(lines: readonly string[], givenTitle: string | null): { title: string; body: string } {
  const title = givenTitle ?? lines[0] ?? '';
  const body = (givenTitle ? lines.filter((l, i) => !(i === 0 && l === title)) : lines.slice(1)).join('\n');
  return { title, body };
}

/**
 * 首页 > 政务要闻 > 省政府领导活动, 某市政府网 > 政务动态 > 领导活动, 当前位置：首页 >> 政务动态: a page's trail of
 * sections, pasted above the headline — opened by 首页 or 您的位置 (the one written after the other too), or three short
 * parts or more between arrows, an arrow written once or twice.
 */
const CRUMB_TRAIL =
  /^(?:(?:(?:当前位置|您的位置)[:：]?\s*)?(?:首页|主页)?\s*[>＞›»]|[^>＞›»]{1,15}(?:\s*[>＞›»]{1,2}\s*[^>＞›»]{1,15}){2,}$)/;

/** A page pasted with its crumb trail first: the headline is the next line, the trail stays in the body. */
function headlineFirst(lines: readonly string[]): readonly string[] {
  return lines.length > 1 && CRUMB_TRAIL.test(lines[0]!) ? [lines[1]!, lines[0]!, ...lines.slice(2)] : lines;
}

export function articleIdOf(text: string): string {
  return `art_${createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 24)}`;
}

export function normalizeArticle(input: ArticleInput): NormalizedArticle {
  const url = checkArticleUrl(input.url);
  const given = checkGivenDate(input.publishedAt);
  if (input.publishedAt?.trim() && !given)
    throw new ArticleError(
      `publishedAt must be YYYY, YYYY-MM or YYYY-MM-DD (got ${JSON.stringify(input.publishedAt.slice(0, 40))})`,
      'BAD_DATE',
    );
  const raw = decode(input.content).replace(/^\uFEFF/, '');
  if (raw.includes('\u0000'))
    throw new ArticleError('article looks binary (it contains NUL characters)', 'BINARY');
  const html = looksLikeHtml(raw) ? htmlToText(raw) : null;
  const lines = cleanLines(html ? html.text : withoutMarkupRemnants(raw));
  // A title given apart from the text gets the same surface as the text's lines.
  const givenTitle = cleanLine(input.title?.trim() || html?.title || '') || null;
  const { title, body } = joinTitle(headlineFirst(lines), givenTitle);
  const bodyLines = body.length > 0 ? body.split('\n') : [];
  if (title.length === 0 && body.length === 0) throw new ArticleError('article is empty', 'EMPTY');
  const text = `${title}\n${body}`;
  const identity = joinTitle(identityLines(html ? html.text : raw), givenTitle);
  return {
    id: articleIdOf(`${identity.title}\n${identity.body}`),
    source: input.source ?? '',
    title,
    body,
    text,
    url,
    // The dateline may sit outside the main content (a page's meta line): look there too.
    publishedAt:
      given ??
      datelineDate(lines) ??
      (html ? datelineDate(cleanLines(html.pageText)) : null) ??
      handleDate(url) ??
      handleDate(input.source) ??
      textDate(bodyLines),
  };
}
