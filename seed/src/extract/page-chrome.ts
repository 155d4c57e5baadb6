/**
 * The header and footer a scraped page wraps an article in (a WeChat post's 点击蓝字关注我们 / 来源：本网综合 /
 * 编辑：融媒体中心 block, its 阅读原文 / 分享 / 点赞 / 在看 footer): lines that state no fact of the article.
 * Readers of the opening lines (masthead, dateline, first sentences) look past them, as a reader does.
 */

/**
 * 来源：本网综合, 来源：网络, 来源：综合整理: a reposting page's 来源 that names no publisher; the article's own
 * 来源 line (来源：四川在线) may come after it.
 */
const NO_PUBLISHER = /^(?:本(?:报社?|网|刊|台|站)|网络|互联网|综合|网友|公众号)|(?:综合|整理|转载|投稿)$/;

export const namesNoPublisher = (value: string): boolean => NO_PUBLISHER.test(value);

const BAR = '[：:｜|丨]';
const NO_PUBLISHER_SOURCE = new RegExp(`^来源${BAR}\\s*(\\S+)$`);
/** 编辑：融媒体中心, 审核：新闻中心: a staff label whose value is an office, not a person (编辑：张三 is a byline). */
const OFFICE_STAFF = new RegExp(
  `^(?:责任编辑|编辑|责编|审核|校对|排版|美编|监制|出品|[一二三初复终]审)${BAR}\\s*[\\u4e00-\\u9fa5]{0,10}(?:中心|编辑部|办公室|部|室)$`,
);
/** The calls of a WeChat page (点击蓝字关注我们, 点击“阅读原文”了解更多, 分享, 点赞, 在看, - END -). */
const CALL = /^(?:点击(?:蓝字|上方|“?阅读原文).*|阅读原文|分享|点赞|在看|收藏|转发|[-—\s]*END[-—\s]*)$/i;

/** A line of the page around the article (see above): it names no person, body or publisher of the article. */
export function isPageChrome(line: string): boolean {
  const t = line.trim();
  if (CALL.test(t) || OFFICE_STAFF.test(t)) return true;
  const source = NO_PUBLISHER_SOURCE.exec(t)?.[1];
  return source !== undefined && namesNoPublisher(source);
}

/** The first `n` lines of `text` that are no page chrome: where a masthead or a dateline stands. */
export function openingLines(text: string, n: number): string {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    if (out.length === n) break;
    if (!isPageChrome(line)) out.push(line);
  }
  return out.join('\n');
}
