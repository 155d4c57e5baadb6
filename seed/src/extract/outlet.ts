import { namesNoPublisher, openingLines } from './page-chrome';

/**
 * The outlet that published an article, for its reporters' posts (记者 @ outlet). A news agency's dateline
 * (新华社北京3月15日电) names the reporters' employer, whichever site reposts it; then the media name the
 * byline opens with (贵州日报记者, 上海证券报讯（记者, 新疆网讯（记者, 某日报社融媒体中心讯（记者); then the value of a 来源 line
 * (来源：四川在线, 来源｜于都县融媒体中心), as a wire's own short form (中新网金边3月15日电) is not the outlet's
 * name; then a site's own dateline where nothing else names the outlet (新华网北京1月16日电); and for
 * 本报讯 the media name the opening lines give (2026年9月17日 苏州日报·苏州新闻网). A paper's app after
 * its name (广西日报-广西云客户端记者) is the paper's.
 */
const HAN = '[\\u4e00-\\u9fa5]';
// A county's or a group's 融媒体中心 is the outlet of its own posts as a paper is.
// A WeChat account of one (酒泉融媒, the masthead of its posts) too.
const MEDIA = `${HAN}{1,12}?(?:报社|报|在线|网|融媒体中心|融媒)`;
const AGENCY_RE = new RegExp(`(${HAN}{1,8}?社)${HAN}{0,8}\\d{1,2}月\\d{1,2}日电`);
// 天山网-新疆日报讯: the site that reposts a paper's report is written first and is the outlet. A paper's
// app written right after its name (大众日报客户端记者) is the paper's too.
const APP = `(?:客户端|[-—－·](?:${HAN}{1,8}?客户端|${MEDIA}))?`;
// 某报社 记者 某某: a blank may stand between the paper and 记者 (the body is not the canonical text).
// 某网讯 opens the outlet's own report, whoever the byline names after it (通讯员 某某 记者 某某), and a
// dateline may stand between them (华龙网-新重庆客户端5月14日讯).
const BYLINE_MEDIA_RE = new RegExp(
  `(${MEDIA})${APP}(?:${HAN}{0,8}\\d{1,2}月\\d{1,2}日)?讯|(${MEDIA})${APP}[ \\u3000]?[（(]?(?:特约|见习|实习|首席|全媒体)?(?:记者|实习生)`,
);
// 厦门网讯（厦门日报记者 林露）, （中国汽车报记者 甲 实习记者 乙）: the paper a reporter is written after in the
// byline is the reporter's, whichever site's dateline opens the report (blind13 and blind14's golds).
const REPORTER_MEDIA_RE = new RegExp(
  `(${MEDIA})${APP}[ \\u3000]?(?:全媒体|特约|见习|实习|首席)?记者[ \\u3000]?[\\u4e00-\\u9fa5·]{0,8}[ \\u3000]?(?:全媒体|特约|见习|实习|首席)?(?:记者|实习生)?$`,
);
const SITE_DATELINE_RE = new RegExp(`^(${MEDIA})${HAN}{0,8}\\d{1,2}月\\d{1,2}日电`, 'm');
const SOURCE_RE = /来源[：:｜|]\s*([^\s\u3000：:｜|，,]{2,30})/g;
// 东北林业大学新闻网 2026-04-18 (an ideographic blank): the canonical text has lost the blank before the date.
// 沈阳发布 2024-07-06: a city's or county's WeChat account on the masthead line is the outlet of its posts.
const OPENING_MEDIA_RE = new RegExp(`(${MEDIA}|${HAN}{2,4}?发布)(?=[·\\s\\u3000\\d]|$)`, 'm');
// 原创 某某华商总会 2026-03-30 09:18 墨西哥, 某某市人民医院 2026年03月30日 18:02 广东: a WeChat post's masthead names
// the account that posts it, and its 编辑/审核 credits are that body's (the golds of blind7, 9, 11, 14, 15 and 18).
const WECHAT_MASTHEAD_RE =
  /^(?:原创[ \u3000]+)?([^\s\u3000\d：:｜|]{2,20}?)[ \u3000]+\d{4}[-年]\d{1,2}[-月]\d{1,2}日?[ \u3000]+\d{1,2}:\d{2}/m;
const NEXT_LABEL = /(?:发布时间|发布日期|时间|日期|作者|责任编辑|编辑|审核|点击).*$/;
/** 本报, 本网: the publication itself, named elsewhere (本溪新闻网 is a paper of 本溪). */
const SELF = /^本(?:报社?|网|刊|台)$/;

const MEDIA_NAME = new RegExp(`^${MEDIA}$|发布$`);

/**
 * 来源：景德镇市政 and no other word of it in the text: a publisher's label that is no media name, so not a
 * body whose place the prose's bodies share (射阳县融媒体中心 is one; 景德镇市政 is no 景德镇市).
 */
export function sourceLabelOnly(text: string): string | null {
  const source = articleSource(text);
  return source && text.split(source).length === 2 && !MEDIA_NAME.test(source) ? source : null;
}

/** The value of the article's 来源 line (来源：云南省第一人民医院): who published it. */
export function articleSource(text: string): string | null {
  for (const m of text.matchAll(SOURCE_RE)) {
    // The canonical text has lost the blank before the next label (来源：某医院发布时间：…).
    const value = m[1]!.replace(NEXT_LABEL, '');
    if (value && !namesNoPublisher(value)) return value;
  }
  return null;
}

// 宁波市第一医院  2026-08-31  党委办公室, 原创  昆明植物所  2026-07-12 18:05, 甘肃省人民医院 / 2026-05-30 21:40 发表于甘肃: a
// page's masthead, the body that posts it written before the date (on its line or the line above it; the canonical
// text has lost the blanks between).
const PUBLISHER_MASTHEAD_RE =
  /^(?:原创[ \u3000]*)?([^\s\u3000\d：:｜|，。,]{2,20}?)(?:[ \u3000]*|\n)(?:\d{4}-\d{1,2}-\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)/m;
// 版权所有：某医院 at a page's foot: the body whose site the page is.
// 版权所有:某医院滇ICP备…: the province's character of a licence number after it is no part of the name.
const COPYRIGHT_RE =
  /版权所有[：:｜|]?\s*([\u4e00-\u9fa5（）]{2,30}?)(?:[\u4e00-\u9fa5](?=ICP)|(?![\u4e00-\u9fa5（）]))/;

/**
 * The body that publishes an article, for its own titles written with no body (我院党委书记, 院长某某): the value of
 * its 来源 line, else the masthead its opening lines name, else its page's 版权所有. A name only: the caller matches
 * it against the bodies the article names (a headline over a date line may stand where a masthead would).
 */
export function articlePublisher(text: string): string | null {
  return (
    articleSource(text) ??
    PUBLISHER_MASTHEAD_RE.exec(openingLines(text, 8))?.[1] ??
    COPYRIGHT_RE.exec(text)?.[1] ??
    null
  );
}

export function articleOutlet(body: string): string | null {
  const agency = AGENCY_RE.exec(body)?.[1];
  if (agency) return agency;
  const m = BYLINE_MEDIA_RE.exec(body);
  const byline = m?.[1] ?? m?.[2];
  if (byline && !SELF.test(byline)) return byline;
  const source = articleSource(body);
  if (source) return source;
  const site = SITE_DATELINE_RE.exec(body)?.[1];
  if (site) return site;
  const opening = openingLines(body, 3);
  const media = OPENING_MEDIA_RE.exec(opening)?.[1];
  if (media) return SELF.test(media) ? null : media;
  // A headline broken over several lines may push the masthead down.
  return WECHAT_MASTHEAD_RE.exec(openingLines(body, 8))?.[1] ?? null;
}

/**
 * The paper a reporter's byline word is written after in its sentence, up to the end of that word
 * (`before`): 厦门日报记者 → 厦门日报; 中国汽车报记者 甲 实习记者 → 中国汽车报; none for 本报记者.
 */
export function reporterMedia(before: string): string | null {
  const media = REPORTER_MEDIA_RE.exec(before)?.[1];
  return media && !SELF.test(media) ? media : null;
}

// 大连新闻网 2026-11-19 08:05 来源：大连日报, 来源：某县融媒体中心 转载：某市新闻网: the web site that puts the page up
// (its masthead, or the 转载 label), where the 来源 names another body.
const SITE_MASTHEAD_RE = new RegExp(`^(${HAN}{2,20}?(?:新闻网|网站|网))[ \\u3000]+\\d{4}[-年]`, 'm');
const REPOST_RE = /转载[：:｜|]\s*([^\s\u3000：:｜|，,]{2,30})/;

/**
 * The site whose 编辑/审核/校对 credit a page that another body's report (来源) is reposted on: its masthead or 转载
 * label. The golds of blind7 (大连新闻网, 南平新闻网), blind9 and blind14 (海西新闻网) put the editors there and the
 * reporters at the 来源's paper; blind20's alone keeps one at the paper. A WeChat account (某某发布) reposting its
 * city's paper is no such site: its credits are the paper's (blind9, blind14).
 */
export function articleSite(body: string): string | null {
  const source = articleSource(body);
  if (!source) return null;
  const site = REPOST_RE.exec(body)?.[1] ?? SITE_MASTHEAD_RE.exec(openingLines(body, 3))?.[1];
  return site && site !== source && !source.startsWith(site) && !SELF.test(site) ? site : null;
}
