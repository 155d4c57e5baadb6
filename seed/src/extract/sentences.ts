import { knownOrganizationsIn } from './aliases';
import { memoizeText } from './memo';
import { LEXICON } from './lexicon';
import {
  dottedNameAt,
  isNameBoundary,
  longBoundaryAt,
  nameAt,
  surnameAt,
  syllableNameAt,
  syllableWordAt,
  taggedWordAt,
} from './names';
import { BYLINE_BARS } from './span-base';
import { endsWithInternationalBody, suffixOf } from './organizations';
import { MANNER } from './events';
import { titleEndingAt } from './titles';
import { isPageChrome } from './page-chrome';
import { isCountry } from './places';

/**
 * Canonical text for the rules: ASCII punctuation becomes its full-width form (so every rule only knows
 * one comma, one colon …) and blanks next to Chinese characters go (names padded with full-width spaces,
 * `2023 年`). Then sentences: split at 。！？；and line ends, never inside 《》, so a quoted title stays whole.
 */
const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff';
const CJK_OR_PUNCT = `${CJK}\\u3000-\\u303f\\uff00-\\uffef“”‘’—…`;

/**
 * Emoji, a country's flag (🇿🇦南非某部: regional indicators, no pictographs) and a keycap's enclosing mark inside a
 * line (第1️⃣名 → 第1 名: the digit stays).
 */
const EMOJI = /[\p{Extended_Pictographic}\p{Regional_Indicator}\uFE0F\u200D]|\u20E3/gu;
/**
 * Qualifiers of a post that the golds leave out of the title (挂职 in 11 of 15 rounds, 兼 in 14 of 16, 主持工作 in 4 of
 * 6); （代） is not among them: 3 of the 5 rounds that meet it keep 市长（代） as written (blind13, 14, 21; `titles.ts`).
 */
const POST_QUALIFIER = /（(?:挂职|兼职|兼|兼任|专职|代理|主持工作|[正副]?[厅局处科部省地县司职]长?级)）/g;
const ACTING_AFTER = '（代理）';
/**
 * 某法院院长（代理）, 乡长（代理）: the acting mark goes before the title it follows (代理院长), as the golds write it
 * (blind31 代理院长, blind8 代乡长), not dropped as 挂职 is; written anywhere else it goes as a qualifier does.
 */
function actingFirst(line: string): string {
  let out = line;
  for (let at = out.indexOf(ACTING_AFTER); at >= 0; at = out.indexOf(ACTING_AFTER, at + 1)) {
    const t = titleEndingAt(out, at);
    if (t)
      out = `${out.slice(0, t.start)}代理${out.slice(t.start, at)}${out.slice(at + ACTING_AFTER.length)}`;
  }
  return out.replace(ACTING_LISTED, (whole, post: string, at: number) =>
    titleEndingAt(out, at) !== null && titleEndingAt(post, post.length)?.start === 0 ? `、${post}` : whole,
  );
}
/** 任命甲为某市人民政府副市长，代理市长；: the acting post closing the clause is one more post of the titles before it. */
const ACTING_LISTED = /，(代理[\u3400-\u9fff]{1,6})(?=[；。]|$)/g;

/** （兼） between a title and what follows it: before another body's title (not a name), it joins two posts. */
const CONCURRENT_MARK = /（兼任?）(?=([\u3400-\u9fff]{4,30}))/g;
/**
 * 常务副市长（兼）某开发区党工委书记刘某: a title ends inside what follows, with a body before it and a name after —
 * unless a name opens what follows, closed by what follows names (局长（兼）何冬梅与某集团总裁某某代表双方签约:
 * the mark is the qualifier of the post before the name, and goes; blind31).
 */
function joinsAPost(mark: string, rest: string): string {
  const name = nameAt(rest, 0, true);
  if (name && longNameEnd(rest, name.length)) return mark;
  for (let end = 4; end <= rest.length - 2; end++)
    if ((titleEndingAt(rest, end)?.start ?? 0) >= 2) return '兼';
  return mark;
}
/** A name ends at `at` before 与/和 and another word, or before a word of two characters that follows names. */
function longNameEnd(text: string, at: number): boolean {
  return /^[与和][\u3400-\u9fff]{2}/.test(text.slice(at)) || longBoundaryAt(text, at);
}
/** 某中心副主任、挂职某市人民政府副市长的某某: a secondment written as a verb before the post, 的 before the name. */
const SECONDED_POST =
  /(^|[、，])挂职(?:锻炼)?([\u3400-\u9fff]{2,30}?)的(?=[\u3400-\u9fff]{2,4}[，、。；（]|[\u3400-\u9fff]{2,4}$)/g;
/** The post stays (挂职 goes, as golds drop it) where a title ends it and a name follows the 的. */
function secondedPost(whole: string, lead: string, post: string, at: number, line: string): string {
  const name = at + whole.length;
  return titleEndingAt(post, post.length) !== null && surnameAt(line, name) > 0 ? lead + post : whole;
}
/**
 * 挂职某厅副厅长的某部某院处长某某: the secondment before the person's home post and name is one more post of the
 * same person, listed with 、 (挂职 goes as above).
 */
const SECONDED_BEFORE_POST = /(^|[、，])挂职(?:锻炼)?([\u3400-\u9fff]{2,30}?)的(?=[\u3400-\u9fff]{4})/g;
function secondedBeforePost(whole: string, lead: string, post: string, at: number, line: string): string {
  if (titleEndingAt(post, post.length) === null) return whole;
  const after = line.slice(at + whole.length, at + whole.length + 40);
  for (let end = 4; end < after.length; end++)
    if ((titleEndingAt(after, end)?.start ?? 0) >= 2 && surnameAt(after, end) > 0) return `${lead}${post}、`;
  return whole;
}
const PERSONAL_NOTE =
  /(?<=[\u3400-\u9fff])（(?:[女男](?:[，、][\u3400-\u9fff]{1,4}族)?|[\u3400-\u9fff]{1,4}族)）/g;
/** A name in quotes before a company's kind of business (“卡斯皮”农业控股公司, “远东农业控股”公司). */
const QUOTED_FIRM = /“([\u3400-\u9fff]{1,12})”(?=[\u3400-\u9fff]{0,8}?(?:公司|集团|控股))/g;

/**
 * 哈萨克斯坦“卡斯皮”农业控股公司首席执行官某某: a foreign company's own name quoted after its country is part of
 * the company's name (the golds write it without the quotes, blind12, blind31), so the body reaches its title.
 */
function unquoteFirm(whole: string, name: string, at: number, line: string): string {
  for (let k = Math.max(0, at - 8); k <= at - 2; k++) if (isCountry(line.slice(k, at))) return name;
  return whole;
}

/** A Malaysian honour before a name (拿督斯里, 丹斯里, 拿督), with the dot some write after it. */
const TITLE_OF_HONOUR = new RegExp(`(?:${LEXICON.spans.titlesOfHonour.join('|')})[·•・‧]?`, 'g');

/**
 * 秘书长拿督哈斯南·阿卜杜拉, 卸任会长丹斯里陈国耀, 学者拿督·林国华: the honour is no part of the name, which the
 * golds write without it (blind5, 27, 30). Only before a name: a Han name after it, or a dotted one written
 * with no dot after the honour (拿督·阿都拉·哈林 reads the honour as the name's first part, as blind15's gold does).
 */
function dropTitleOfHonour(whole: string, at: number, line: string): string {
  const end = at + whole.length;
  const dotted = /[·•・‧]$/.test(whole);
  if (dottedNameAt(line, end) !== null) return dotted ? whole : '';
  return surnameAt(line, end) > 0 ? '' : whole;
}

/**
 * 某大学（某医学科学院）副校长（副院长）, 某烟草专卖局（公司）党组成员: one body with two names, and a title with its
 * twin's, written in brackets. The bracketed body goes, before a title; the bracketed title is one more post (兼).
 */
// 某协会（以下简称某会）会长: a declared short form is no twin name; the registry reads it (blind22-15).
const TWIN_BODY =
  /(?<=[\u3400-\u9fff]{2})（(?!以下|简称|下称)([\u3400-\u9fff]{2,20})）(?=[\u3400-\u9fff]{2})/g;
function twinBody(whole: string, inner: string, at: number, line: string): string {
  const before = line.slice(Math.max(0, at - 20), at);
  const after = line.slice(at + whole.length);
  // Both sides are bodies (某大学 / 某研究院, 某局 / 公司), and a title follows at once; a unit's twin (某大学某学院（某学院）院长)
  // is part of the title, as blind13's gold keeps it; so is a company's unit's (某电力公司营销部（农电工作部）主任:
  // both annotators of blind40 keep it whole, as blind37's gold does 集团办公室（党委办公室）主任).
  const unit = /大学[\u3400-\u9fff]+$/.test(before) || /公司[\u3400-\u9fff]+(?<!公司)$/.test(before);
  return suffixOf(inner) && suffixOf(before)?.level === 'top' && !unit && titleOpens(after) ? '' : whole;
}
/**
 * 某省档案局（馆）党组书记、局（馆）长: a body whose twin differs in its ending alone, the twin's ending in brackets,
 * in the body's name and in its head's title. The twin goes, as TWIN_BODY's does (the golds put the posts at the
 * first name: blind8-17, blind16-08), so 局（馆）长 is 局长.
 */
const TWIN_ENDING = /([局馆院厅委所社站])（([局馆院厅委所社站])）(?=[\u3400-\u9fff])/g;
function twinEnding(whole: string, own: string, twin: string, at: number, line: string): string {
  const after = line.slice(at + whole.length);
  return twin !== own && (titleOpens(after) || titleOpens(own + after)) ? own : whole;
}
// Before a name, BRACKET_BEFORE_NAME lists it (副主任（二级巡视员）某某 → 副主任、二级巡视员某某).
const TWIN_TITLE = /(?<=[\u3400-\u9fff])（([\u3400-\u9fff]{2,8})）(?=职务|[^\u3400-\u9fff]|$)/g;
function twinTitle(whole: string, inner: string, at: number, line: string): string {
  const own = titleEndingAt(inner, inner.length)?.start === 0;
  return own && titleEndingAt(line, at) !== null ? `兼${inner}` : whole;
}
const SPACE_NEAR_CJK = new RegExp(`(?<=[${CJK_OR_PUNCT}]) +| +(?=[${CJK_OR_PUNCT}])`, 'g');

const BYLINE_WORD = new RegExp(LEXICON.spans.bylines.join('|'));
const ENDS_WITH_BYLINE_WORD = new RegExp(`(?:${LEXICON.spans.bylines.join('|')})[${BYLINE_BARS}]?$`);
const OPENS_WITH_BYLINE_WORD = new RegExp(
  `^(?:${[...LEXICON.spans.bylines, ...LEXICON.spans.bylineEnds].join('|')})`,
);
/** A field's label (时间：, 浏览次数：, 来源｜): what follows it is no name. */
const OPENS_WITH_LABEL = /^[\u3400-\u9fff]{1,6}[：｜|丨]/;
/** One Han character before what is no Han (露 of 林 露）): half a name padded to width, as 陆 of 陆  川. */
const ONE_HAN_FIRST = /^[\u3400-\u9fff](?![\u3400-\u9fff])/;
/** What a byline field is written with; a field with anything else (露）昨日，…) ends the byline. */
const NOT_BYLINE = /[^\u3400-\u9fff·：｜|丨/]/;
const HAN_AT = (s: string, i: number): boolean => /[\u3400-\u9fff]/.test(s.charAt(i));

/**
 * 记者 塔娜 刘子墨, 作者：才让卓玛  陆  川 审核：殷晓辉 浏览次数：1862: after a byline word, a blank between
 * Han characters separates two names (、: 记者 阿依努尔·买买提 李振华 too), or a name from the next field's
 * label (，: 时间 is no name). It goes, as blanks next to Chinese go elsewhere, after a byline word or a unit
 * (作者：中建七局 张文超), before a byline word or a closing word (报道), and between the halves of a name padded
 * to a width (陆  川, 编辑：韦 静).
 */
function separateBylineNames(line: string): string {
  const at = line.search(BYLINE_WORD);
  if (at < 0 || !line.includes(' ', at)) return line;
  const [first, ...fields] = line.slice(at).split(/ +/);
  if (NOT_BYLINE.test(first!.replace(/：$/, ''))) return line;
  let out = first!;
  // The Han characters of the field written last, after its label or byline word.
  let last = /[\u3400-\u9fff]*$/.exec(first!.replace(ENDS_WITH_BYLINE_WORD, ''))![0];
  // How many one-character fields wrote `last` (钱 多 → 2), when it is a name padded character by character.
  let padded = last.length === 1 ? 1 : 0;
  let ended = false;
  for (const [k, next] of fields.entries()) {
    const paddedOn = paddedNameGoesOn(last, padded, next, fields[k + 1]);
    if (ended || !HAN_AT(out, out.length - 1) || !HAN_AT(next, 0)) out += ` ${next}`;
    else if (OPENS_WITH_BYLINE_WORD.test(next)) out += next;
    else if (OPENS_WITH_LABEL.test(next)) out += `，${next}`;
    else if (
      ENDS_WITH_BYLINE_WORD.test(out) ||
      suffixOf(last) ||
      (last.length === 1 && ONE_HAN_FIRST.test(next)) ||
      paddedOn
    )
      out += next;
    else out += `、${next}`;
    const own = /^[\u3400-\u9fff]*/.exec(next)![0];
    const grows = own.length === 1 && (last.length === 1 || paddedOn);
    const byline = OPENS_WITH_BYLINE_WORD.test(next);
    last = byline
      ? /[\u3400-\u9fff]*$/.exec(next.replace(ENDS_WITH_BYLINE_WORD, ''))![0]
      : grows
        ? last + own
        : own;
    padded = byline ? (last.length === 1 ? 1 : 0) : grows ? padded + 1 : own.length === 1 ? 1 : 0;
    ended ||= NOT_BYLINE.test(next);
  }
  return line.slice(0, at) + out;
}

/**
 * 记者 莫 言 之）, 编辑：上 官 婉 清: a name of three characters (four with a compound surname) padded to a width,
 * one character a field, goes on into its third (and fourth) character — unless a field of one character follows
 * that one too, and so two names of two characters are padded in a row (记者 王 伟 李 强). blind44 writes 7 bylines so.
 */
function paddedNameGoesOn(last: string, padded: number, next: string, after: string | undefined): boolean {
  if (padded < 2 || last.length !== padded || !ONE_HAN_FIRST.test(next)) return false;
  const compound = surnameAt(last, 0) === 2;
  if (padded >= (compound ? 4 : 3)) return false;
  return compound || after === undefined || !ONE_HAN_FIRST.test(after);
}

/** 1. or 1． opening a line before Chinese text (a numbered list's item; not 1.5亿元). */
const LIST_NUMBER = /^([\s\u3000]*\d{1,2})[.．][\s\u3000]*(?=[\u3400-\u9fff])/;

const HELD_THEN_BLANK = /((?:举行|举办|召开|开幕|闭幕|落幕|启动|开班|签约)) +(?=[\u3400-\u9fff])/g;

/** One line of text with ASCII punctuation made full-width where it is prose punctuation, not numbers. */
export const canonicalLine = memoizeText(readCanonicalLine);

function readCanonicalLine(line: string): string {
  // Blanks, full-width digits and ASCII quotes have one form already (`normalize/surface.ts`).
  const punctuated = line
    // 1. 王一，男，…现任…: a list item's number before a full stop; read as 1、 is, so a name may open the item.
    .replace(LIST_NUMBER, '$1、')
    // Emoji decorate WeChat posts (🎤 某院士, 👏👏👏典礼由…); they are no part of a name or a body.
    .replace(EMOJI, ' ')
    .replace(/(?<!\d),|,(?!\d)/g, '，')
    .replace(/;/g, '；')
    // A full stop after Chinese text ends a sentence; 11.3 and www.example.com keep theirs.
    .replace(new RegExp(`(?<=[${CJK}”）])\\.(?!\\d)`, 'g'), '。')
    .replace(/(?<!\d):|:(?!\d)/g, '：')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/!/g, '！')
    .replace(/\?/g, '？')
    // 某论坛在唐山举行 某某出席: a headline's blank after what says an event took place ends a clause.
    .replace(HELD_THEN_BLANK, '$1，');
  const spaced = actingFirst(separateBylineNames(punctuated).replace(SPACE_NEAR_CJK, ''))
    // 副镇长（挂职）陈博: a qualifier of the post, which the gold leaves out of the title, would stand between the
    // title and the name (总经理（代）刘振东 keeps its mark: it is read as part of the title).
    .replace(CONCURRENT_MARK, joinsAPost)
    .replace(SECONDED_POST, secondedPost)
    .replace(SECONDED_BEFORE_POST, secondedBeforePost)
    .replace(POST_QUALIFIER, '')
    // 任命苏婉清（女）为…, 金哲洙（朝鲜族）为…, 甲（女，壮族）为…: a person's sex or nationality stands between
    // the name and its post.
    .replace(PERSONAL_NOTE, '')
    .replace(TITLE_OF_HONOUR, dropTitleOfHonour)
    .replace(QUOTED_FIRM, unquoteFirm)
    .replace(TWIN_ENDING, twinEnding)
    .replace(TWIN_BODY, twinBody)
    .replace(TWIN_TITLE, twinTitle)
    .replace(LATIN_SHORT_FORM, bodyGloss)
    .replace(LATIN_NAME, nameGloss);
  return joinConcurrentPost(markLastTerm(spaced))
    .replace(AWARD_BEFORE_NAME, dropAward)
    .replace(BRACKET_BEFORE_NAME, unbracketPost)
    .replace(CONCURRENT_IN_BRACKET, concurrentPost)
    .replace(/ {2,}/g, ' ')
    .trim();
}

/**
 * ，兼任 (or ，兼 alone: 某委员会副总裁，兼某公司副总经理, blind22-22) after a title: the same person's next
 * post (甲任某委副主任，兼任某局局长), listed as 兼 lists it; a 的
 * closing it before the name goes too (某行行长，兼任某公司董事长的甲介绍 → 某行行长兼某公司董事长甲介绍).
 * ，并担任 / ，同时担任 after a title is one more post too (选举甲为某公司董事长，并担任战略委员会主任委员).
 * ，挂职任 is one more post the same way (某大学副校长，挂职任某市人民政府副市长): the secondment is a post the
 * person holds besides the home one, and golds drop 挂职 as they do in 挂职某市副市长的某某.
 */
const CONCURRENT =
  /，(?:(?:并|同时)?兼(?:任|(?![顾具备容收听职]))|(?:并|同时)担任|挂职任)(?:([^，。；：]{2,40}?)的(?=[\u3400-\u9fff]))?/g;
const CONCURRENT_VERB = /^，(?:(?:并|同时)?兼任?|(?:并|同时)担任|挂职任)/;

function joinConcurrentPost(line: string): string {
  if (!line.includes('兼') && !line.includes('挂职任') && !line.includes('担任')) return line;
  return line.replace(CONCURRENT, (whole, post: string | undefined, at: number) => {
    if (titleEndingAt(line, at) === null) return whole;
    if (post === undefined) return '兼';
    const end = at + whole.length;
    return titleEndingAt(post, post.length) !== null && surnameAt(line, end) > 0
      ? `兼${post}`
      : whole.replace(CONCURRENT_VERB, '兼');
  });
}

/** What continues a word that only ends like a title (上届理事会). */
const NOT_AFTER_TITLE = new Set(LEXICON.spans.notAfterTitle);

/**
 * 上届会长赵某 → 原会长赵某, 署理会长（上届）冯某 → 原署理会长冯某: a post of the last term has ended, and the
 * gold writes it with 原, as the guide's 原 rule does for any ended post. Anything else (上届理事会) stays.
 */
function markLastTerm(line: string): string {
  if (!line.includes('上届')) return line;
  let out = line;
  for (let at = out.indexOf('（上届）'); at >= 0; at = out.indexOf('（上届）', at + 1)) {
    const t = titleEndingAt(out, at);
    if (t && !t.former) out = `${out.slice(0, t.start)}原${out.slice(t.start, at)}${out.slice(at + 4)}`;
  }
  for (let at = out.indexOf('上届'); at >= 0; at = out.indexOf('上届', at + 1))
    for (let end = at + 4; end <= Math.min(out.length, at + 12); end++) {
      const t = titleEndingAt(out, end);
      if (t?.start === at + 2 && !NOT_AFTER_TITLE.has(out.charAt(end))) {
        out = `${out.slice(0, at)}原${out.slice(at + 2)}`;
        break;
      }
    }
  return out;
}

const SECONDMENT = /^(?:挂职(?:锻炼)?|任职|借调)期间/;

/** A Latin short form in brackets before more Chinese text (国际航空运输协会（IATA）北亚区副总裁). */
// Its name in Latin letters too, in words (（Plant & Food Research）, （Asociación de Productores de Yerba Mate）:
// blind42), up to 48 characters.
const LATIN_SHORT_FORM = /（[\p{Script=Latin}][\p{Script=Latin}0-9&.'’ -]{1,47}）(?=[\u3400-\u9fff])/gu;

/**
 * What ends a body's name though no organization ending of the lexicon (科学技术院, 劳合社, 准则理事会: a
 * council is a unit elsewhere, but one with its Latin short form after it is a body of its own).
 */
const GLOSSED_BODY_END = /[\u3400-\u9fff]{3}(?:院|社|理事会|委员会)$/;

/**
 * 国际可持续准则理事会（ISSB）副主席, 新加坡港务集团（PSA）东南亚区域首席执行官: a body's Latin short form stands
 * between the body and the title it is held at (blind6, 7, 8, 13, 14, 15; 韩国科学技术院（KAIST）, 英国劳合社
 * （Lloyd's）: blind27, 29), so it goes; elsewhere it stays.
 */
function bodyGloss(whole: string, at: number, line: string): string {
  const before = line.slice(Math.max(0, at - 16), at);
  if (!suffixOf(before.slice(-12)) && !endsWithInternationalBody(before) && !GLOSSED_BODY_END.test(before))
    return whole;
  // Only before a title: 某协会（IFFA）和某政府主办 keeps it, the alias of the body (org-registry's LATIN_FORM).
  const run = /^[\u3400-\u9fff]{2,16}/.exec(line.slice(at + whole.length))?.[0] ?? '';
  if (/^[和与及]/.test(run)) return whole;
  for (let end = run.length; end >= 2; end--) if (titleEndingAt(run, end)) return '';
  return whole;
}

/** A person's name in Latin letters, in brackets (（Katherine Miller）, （David W. Parke）). */
const LATIN_NAME = /（[A-Z][A-Za-z.'-]*(?: [A-Z][A-Za-z.'-]*){1,3}）(?=[\u3400-\u9fff])/g;

/**
 * 凯瑟琳·米勒（Katherine Miller）教授以…为题, 克里斯托弗·巴克（Christopher Barker）教授: the name as written in its
 * own language stands between the name and the title said after it, which the golds give as a post (blind18,
 * 19, 31), so it goes where a title follows.
 */
function nameGloss(whole: string, at: number, line: string): string {
  const end = at + whole.length;
  for (let k = end + 2; k <= Math.min(line.length, end + 6); k++)
    if (titleEndingAt(line, k)?.start === end) return '';
  return whole;
}

/** An abbreviation in Latin capitals (CEO, CTO, CMO). */
const LATIN_GLOSS = /^[A-Z]{2,6}$/;

/** 、全国五一劳动奖章获得者 between a title and a name: an honour the person won, no post. */
const AWARD_BEFORE_NAME = /、[\u3400-\u9fff“”]{2,24}?(?:获得者|获奖者|得主)(?=[\u3400-\u9fff])/g;

/**
 * 某公司项目经理、全国五一劳动奖章获得者某某, 教授、国家杰出青年科学基金获得者某某: the award between the titles
 * and the name goes, so the titles reach the name (the golds of blind6 and blind15 give no post for it; blind10's
 * one gold that does is not read either way).
 */
function dropAward(whole: string, at: number, line: string): string {
  const end = at + whole.length;
  return titleEndingAt(line, at) !== null && surnameAt(line, end) > 0 ? '' : whole;
}

/** A bracket between a title and the name it belongs to (副厅长（一级巡视员）朱明亮). */
// A body's own name in Latin words between its head's title and the name (协会主席（Asociación de …）某某·某某) too.
const BRACKET_BEFORE_NAME =
  /（([^（）。；]{2,24}|[\p{Script=Latin}][\p{Script=Latin}0-9&.'’ -]{1,47})）(?=[\u3400-\u9fff])/gu;

/**
 * 副厅长（一级巡视员）朱明亮, 局长（市乡村振兴局局长）苏高峰, 董事长（兼总裁）陈楠舟: a post in brackets
 * between a title and a name is one more post of the name, listed as 、 or 兼 would list it; any other
 * note there (（分管医疗）, （法定代表人）) is left out, as the gold leaves the qualifiers out.
 */
function unbracketPost(whole: string, inner: string, at: number, line: string): string {
  if (titleEndingAt(line, at) === null) return whole;
  // 副总经理（兼任某公司董事长）: 兼任 inside the bracket joins the second post as 兼 does, also after a
  // note of when (（挂职锻炼期间兼任某局副局长）).
  const held = inner.replace(SECONDMENT, '');
  if (held.startsWith('兼')) return held.replace(/^兼任/, '兼');
  // 首席技术官（CTO）: a Latin abbreviation repeats the title before it; a gloss, not one more post.
  if (!LATIN_GLOSS.test(inner) && titleEndingAt(inner, inner.length) !== null) return `、${inner}`;
  if (holdsTheName(inner, line, at + whole.length)) return whole;
  return surnameAt(line, at + whole.length) > 0 ||
    /[·•・‧]/.test(line.slice(at + whole.length, at + whole.length + 8))
    ? ''
    : whole;
}

/**
 * 市工信局副局长（孙伟）解读了…, 院长（向前）作了…: the bracket after a title is its holder when it reads as a
 * name and no name follows it — the verb after it may open with a surname's character (解读, 向, 和) without
 * being a name (blind41, 43, 44, 46, 47 write a holder so; blind47-04 lost it before 解读).
 */
function holdsTheName(inner: string, line: string, end: number): boolean {
  return (
    inner.length <= 4 &&
    !/(?:级|族|职|务|工作)$/.test(inner) &&
    nameAt(inner, 0, true) === inner &&
    nameAt(line, end, true) === null
  );
}

/** A bracket closing a clause after a title, holding a second post (任命甲为某局局长（兼任某局局长）。). */
const CONCURRENT_IN_BRACKET = /（(兼任?[^（）。；，]{2,24})）(?=[。；，]|$)/g;

/** 甲为某局局长（兼任某局局长）: the second post is listed as 兼 lists it, when a title ends both. */
function concurrentPost(whole: string, inner: string, at: number, line: string): string {
  if (titleEndingAt(line, at) === null || titleEndingAt(inner, inner.length) === null) return whole;
  return inner.replace(/^兼任/, '兼');
}

export interface Sentence {
  /** Canonical text of the sentence, end punctuation included. */
  readonly text: string;
  /** Index of its paragraph (line). */
  readonly paragraph: number;
}

/** A line that is a heading (【现场】) or a label line (主办单位：…) never continues another. */
// An image file (图片4.png) and a caption (图为…) stand alone too: the caption ends without 。.
const STANDS_ALONE = /^(【[^】]*】|[\u3400-\u9fff]{2,6}[：:]|图为)|^\S{1,30}\.(png|jpe?g|gif|webp)$/i;
/**
 * WeChat section headings stand alone as well: a numbered one (01 开幕致辞), one wrapped in emoji
 * (✨ 新老交接 ✨), one after a bullet mark (▌开幕式, 🔹主旨演讲, 📍企业发言, ■圆桌对话; not ✅ 增补 or 🎤 某公司, which open an item), and a line of emoji alone (👇👇👇).
 */
const HEADING =
  /^\d{1,2}[\s.、]*[\u3400-\u9fff]{2,10}$|^\p{Extended_Pictographic}.*\p{Extended_Pictographic}\uFE0F?$|^[^\p{L}\p{N}]+$/u;
const BULLET_HEADING = /^[▌▍▎▋■□◆◇●○▶►★☆｜|🔹🔸🔷🔶📍📌]+\s*[\u3400-\u9fff]{2,10}$/u;
/**
 * A heading (above). A bullet line naming a body or a body's title (🔹 某某股份有限公司, 🔹 某集团副总裁) is no
 * heading but the first line of a speaker's item: it goes on into the title and name on the lines after it.
 */
function isHeading(line: string): boolean {
  if (HEADING.test(line)) return true;
  if (!BULLET_HEADING.test(line)) return false;
  const l = canonicalLine(line).trim();
  return !((titleEndingAt(l, l.length)?.start ?? 0) > 0 || endsWithBody(l));
}
/** A line opening with a label (常务副会长：某某). */
const BARE_LABEL_FIRST = /^[\u3400-\u9fff]{2,6}[：:]/;
/** A label line whose value is on the lines after it (常务副会长： / 陈海燕、周立新; 副会长（按姓氏笔画排序）：). */
const BARE_LABEL = /^[\u3400-\u9fff]{2,6}(?:（[^（）]{1,12}）)?[：:]$/;
/** A label line whose list breaks after 、 (常务副会长：甲、 / 乙): its value goes on on the next line. */
const LABEL_LIST_GOES_ON = /^[\u3400-\u9fff]{2,6}[：:].*、$/;
/** The note of a label (（按姓氏笔画排序）), which goes when the label is joined to its value. */
const LABEL_NOTE = /（[^（）]{1,12}）(?=[：:]$)/;
/** One person of a list, a line each: 方立新（某某科技股份有限公司副总裁）. */
const PERSON_ITEM = /^[\u3400-\u9fff·]{2,10}（[^（）]{2,60}）$/;
const isPersonItem = (l: string): boolean => PERSON_ITEM.test(l) && (surnameAt(l, 0) > 0 || l.includes('·'));
const SHORT_LINE = 40;
/**
 * A WeChat post written a phrase a line, each item its own line with no end mark, is no one sentence: a run of
 * more short lines than this is read line by line (and joined only where a line goes on into the next).
 */
const MAX_RUN = 16;
/** A line opening with a date starts a paragraph; one with a clock time (2024-05-22 09:15) is metadata. */
const DATE_FIRST = /^[\d０-９]{1,4}[年月][\d０-９]{1,2}[月日]/;
const CLOCK = /[\d０-９]{1,2}[:：][\d０-９]{2}/;
/** A résumé's first line (某某，女，1978年生，…) opens a paragraph: the line before it (附：任免人员简要说明) is a heading. */
const RESUME_FIRST = /^[\u3400-\u9fff·]{2,10}[，,]\s*[男女][，,]/;

/**
 * WeChat-style posts break sentences over short lines (某局局长某某\n介绍了…。). A run of short lines, none
 * a heading or label line, closed by a line that ends a sentence, is one paragraph.
 */
export function joinBrokenLines(body: string): string[] {
  const lines = joinHardBreaks(body.split('\n'));
  const out: string[] = [];
  const unpunctuated = !/[。！？]/.test(body);
  const short = (l: string | undefined) =>
    l !== undefined &&
    l.trim().length > 0 &&
    l.trim().length <= SHORT_LINE &&
    (!STANDS_ALONE.test(l.trim()) || BARE_LABEL.test(l.trim()) || LABEL_LIST_GOES_ON.test(l.trim())) &&
    !isHeading(l.trim()) &&
    !CLOCK.test(l);
  const goesOn = (l: string | undefined) =>
    short(l) && !DATE_FIRST.test(l!.trim()) && !RESUME_FIRST.test(l!.trim());
  // The last line of a run too long to be one sentence: up to it, lines are read one by one.
  let lineByLine = -1;
  for (let i = 0; i < lines.length;) {
    let j = i;
    while ((j === i ? short(lines[j]) : goesOn(lines[j])) && !/[。！？]$/.test(lines[j]!.trim())) j++;
    // A post written with no sentence end at all: a run closed by where the event was held is one sentence.
    if (unpunctuated && !/[。！？]$/.test(lines[j]?.trim() ?? '')) j = heldRunEnd(lines, i);
    if (j - i >= MAX_RUN && j < lines.length) lineByLine = j;
    if (j > i && i > lineByLine && goesOn(lines[j])) {
      // Keep the line count, so paragraph indexes still point at the first line of the joined text.
      const block = lines.slice(i, j + 1).map((l) => l.trim());
      out.push(joinLines(block), ...block.slice(1).map(() => ''));
      i = j + 1;
    } else {
      // 某局局长某某\n介绍了…: a short open line goes on into lines that open with what a name does.
      let k = i;
      while (
        // 会长：某某 stands alone as a label's line, but a post in brackets on the next line is still its own.
        (short(lines[k]) || (labelledName(lines[k]!.trim()) && isBracketedPost(lines[k + 1] ?? ''))) &&
        !/[。！？；，]$/.test(lines[k]!.trim()) &&
        continues(lines[k]!, lines[k + 1], lines[k + 2])
      )
        k++;
      const block = lines.slice(i, k + 1).map((l) => l.trim());
      out.push(k > i ? joinLines(block) : lines[i]!, ...block.slice(1).map(() => ''));
      i = k + 1;
    }
  }
  return out;
}

/**
 * A WeChat editor breaks a paragraph wherever the phone's line ends: after ， or 、, and between a title and
 * the name it belongs to (…长江科学院名誉院长 / 史秀静，…). Where a long line is broken so, the parts are one line
 * again; the line count stays, as below. Two short parts are joined only where the sentence goes on, break by
 * break, to a long line (某院院长甲， / 某局局长 / 乙，某公司董事长丙…出席。): a run of short lines that reaches none
 * is left to the run reader below, which reads a phrase-a-line post's items as their own lines.
 */
function joinHardBreaks(lines: readonly string[]): string[] {
  const out = [...lines];
  const breaksAfter = (l: string, t: string): boolean => {
    if (l.length === 0 || t.length === 0 || STANDS_ALONE.test(t) || isHeading(t)) return false;
    return HARD_BREAKS.some((c) => c.test(l, t, undefined));
  };
  const long = (l: string): boolean => l.length > SHORT_LINE;
  // reachesLong[i]: line i is long, or breaks into a line that does.
  const reachesLong = lines.map((l) => long(l.trim()));
  for (let i = lines.length - 2; i >= 0; i--)
    reachesLong[i] ||= reachesLong[i + 1]! && breaksAfter(lines[i]!.trim(), lines[i + 1]!.trim());
  for (let i = 0; i + 1 < out.length; i++) {
    const l = out[i]!.trim();
    const t = out[i + 1]!.trim();
    if (!long(l) && !long(t) && !reachesLong[i + 1]) continue;
    if (breaksAfter(l, t)) {
      out[i + 1] = `${l}${t}`;
      out[i] = '';
    }
  }
  // The joined text stands on the last line of its parts: move it up to the first, blanks after it.
  for (let i = out.length - 1; i > 0; i--)
    if (out[i]!.length > 0 && out[i - 1] === '' && lines[i - 1]!.trim().length > 0) {
      out[i - 1] = out[i]!;
      out[i] = '';
    }
  return out;
}

/** Does the line open with a name: a surname and one to three characters, then punctuation or what a name does? */
function opensWithName(line: string): boolean {
  if (opensWithKnownBody(line)) return false;
  if (dottedNameAt(line, 0) !== null || syllableNameAt(line, 0) !== null) return true;
  const s = surnameAt(line, 0);
  if (s === 0) return false;
  for (let n = s + 1; n <= Math.min(4, line.length); n++) if (isNameBoundary(line, n)) return true;
  return false;
}

/**
 * In a post written with no sentence end at all, where a run of lines from `i` on closes with where an event
 * was held (某会第八届理事会 / 就职典礼 / 在某地某酒店隆重举行): that line's index, else the lines' count. A run
 * naming organizers (由A主办 / B承办) is left to the organizer reader, which reads such lines one by one.
 */
function heldRunEnd(lines: readonly string[], i: number): number {
  let run = '';
  for (let j = i; j < Math.min(lines.length, i + HELD_RUN); j++) {
    const l = canonicalLine(lines[j]!.trim());
    if (l.length === 0 || l.length > SHORT_LINE || ORGANIZER_WORD.test(l) || (j > i && DATE_FIRST.test(l)))
      break;
    run += l;
    if (j > i && HELD_AT_END.test(run)) return j;
  }
  return lines.length;
}
const HELD_RUN = 6;
const HELD_AT_END = new RegExp(`在[\u3400-\u9fff]{2,16}?${MANNER}(?:举行|举办|召开)$`);
const ORGANIZER_WORD = /主办|承办|协办|指导|支持/;
const ORGANIZER_AT_END = /(?:主办|承办|协办|指导|支持)$/;

/** A line that is only a person's name (黄文彬): in a run of lines, the next item starts after it. */
const NAME_ONLY = /^[\u3400-\u9fff]{2,4}$/;

/**
 * The lines of one paragraph as one text. A line ending with a person, before another person's line, ends its
 * item, so a comma follows it (市工商联党组书记 / 黄文彬 / 市民政局副局长 / 林志航 → …黄文彬，市民政局副局长林志航).
 */
function joinLines(block: readonly string[]): string {
  return block
    .map((l, k) => {
      if (BARE_LABEL.test(l)) return l.replace(LABEL_NOTE, '');
      const next = block[k + 1];
      if (next === undefined) return l;
      // 副会长： / 方立新（…） / 孙佳琪（…）: the persons of a label's list, one a line, are its items.
      if (isPersonItem(l) && isPersonItem(next)) return `${l}、`;
      // 陈某 / 当选第五届理事会会长, 某公司代表理事 杨某 / 为第三届会长: the next line says what the person
      // became, it is no next person's title.
      const verb = LEXICON.spans.elected.some((w) => next.startsWith(w)) || becameLine(next);
      if (endsWithPerson(l) && !verb && (endsWithPerson(next) || endsWithTitle(next))) return `${l}，`;
      // 某公司技术中心副总监 某某 / 会议由某某主持。: a line opening with a noun as its subject is a clause of its own.
      if (endsWithPerson(l) && !verb && opensClause(next)) return `${l}，`;
      // 为常务副会长 / 张某为秘书长: a line saying what the persons before it became ends their clause.
      if (becameLine(l) && opensWithName(next)) return `${l}，`;
      // 某学会某分会主任委员 / 某医院某科主任 / 某某: a second body's title line is one more post of the same
      // person, listed as 、 lists it; written together, the first title would read as part of the second body.
      // After a person's line (某某教授) the next body's titles are the next person's.
      if (!opensWithBodyTitle(next)) return l;
      // 开幕式由某局副局长某某主持 / 某市人民政府副市长: the first clause ends with what its person did; 当选会长 /
      // 某公司总裁 某某: so does one saying what a person became (the next line's titles are the next person's),
      // not 某某 当选 / 第五届理事会会长, whose post is on the next line.
      if (nameLine(l) || endsWithRoleVerb(l) || (saysElected(l) && endsWithTitle(l))) return `${l}，`;
      // 某协会承办 / 某市政府新闻办副主任, 联合主办 / 某市委组织部副部长: a line saying what bodies did for the event
      // ends its clause; the verb is no part of the next line's body.
      if (ORGANIZER_AT_END.test(l)) return `${l}，`;
      return endsWithTitle(l) ? `${l}、` : l;
    })
    .join('');
}

/**
 * Does the line open a clause of its own with a noun of two characters or more as its subject (会议由…, 活动现场…),
 * not with what the persons before it do (出席, 等) or a person's name?
 */
function opensClause(line: string): boolean {
  const l = canonicalLine(line);
  if (PERSON_VERBS.some((w) => l.startsWith(w)) || surnameAt(l, 0) > 0) return false;
  const head = taggedWordAt(l, 0);
  return head !== undefined && head.word.length >= 2 && /^(n|nz|nt|vn)$/.test(head.tag);
}

const ROLE_VERBS = [...new Set(Object.values(LEXICON.roles.person).flat())];
const endsWithRoleVerb = (line: string): boolean => ROLE_VERBS.some((w) => line.endsWith(w));

/**
 * 支持单位, 主办方: the label of the bodies that play a part in the event, on a line of its own (桂林某公司 / 📌支持单位,
 * blind39, blind47) — though 支 opens names, no person.
 */
const EVENT_ORG_LABEL = new RegExp(
  `^(?:${LEXICON.roles.organization.map(([w]) => w).join('|')})(?:单位|方)$`,
);

/** Does the line end with a person: a name alone (黄文彬), or a name after a title (海昕电气总裁刘博文)? */
function endsWithPerson(line: string): boolean {
  const l = canonicalLine(line);
  if (EVENT_ORG_LABEL.test(l)) return false;
  // 党委书记 alone is a title, though 党 is a surname.
  if (NAME_ONLY.test(l) && surnameAt(l, 0) > 0) return titleEndingAt(l, l.length)?.start !== 0;
  for (const n of [2, 3, 4]) {
    const at = l.length - n;
    if (at > 0 && NAME_ONLY.test(l.slice(at)) && surnameAt(l, at) > 0 && titleEndingAt(l, at) !== null)
      return true;
  }
  return false;
}

/** 会长：某某, 会长 某某: a label's title, then one name, alone on a line. */
function labelledName(line: string): boolean {
  const m = /^(.{2,12}?)[：\s]+([\u3400-\u9fff]{2,4})$/.exec(canonicalLine(line).trim());
  return m !== null && titleEndingAt(m[1]!, m[1]!.length)?.start === 0 && surnameAt(m[2]!, 0) > 0;
}

/** 甲、乙、丙: a line ending with a name listed after 、. */
function endsWithListedName(line: string): boolean {
  const m = /、([\u3400-\u9fff]{2,4})$/.exec(canonicalLine(line));
  return m !== null && surnameAt(m[1]!, 0) > 0;
}

function endsWithTitle(line: string): boolean {
  const l = canonicalLine(line);
  return titleEndingAt(l, l.length) !== null;
}

/** Words a line may open with when it says what the persons before it do (出席签约仪式, 共同见证签约). */
const PERSON_VERBS = [
  ...Object.values(LEXICON.roles.person).flat(),
  ...LEXICON.spans.nameFollowers.filter((w) => w.length >= 2),
];

/** 等23人, 等五位: the count closing a list of names (甲、乙等23人当选副会长). */
const LIST_COUNT = /^等[0-9一二三四五六七八九十百]+(?:人|名|位)/;
const LIST_LEAD_END = /的(?:还)?有[：:]?$/;

/** （以下简称“X”） on a line of its own declares the short form of the name on the line before. */
const DECLARATION = /^[（(](?:以下)?(?:简称|下称)/;

/** What a speech's title is the title of (主旨演讲, 主题报告), opening the line after 《…》的. */
const SPEECH_NOUN = /^[\u3400-\u9fff]{0,4}(?:演讲|报告|发言|讲座|分享)/;

/** A line opening with a company's legal ending (有限公司…): the name before it broke at the line's end. */
const LEGAL_ENDING_FIRST = /^(?:有限责任公司|股份有限公司|有限公司)/;

/** A line that says what names became (陈某 当选会长): no line of titles before a name. */
const saysElected = (l: string): boolean => LEXICON.spans.elected.some((w) => l.includes(w));
/** 为第三届会长, 为常务副会长: a line opening with 为 and ending with a title, the post of the names before it. */
const becameLine = (l: string): boolean => l.startsWith('为') && endsWithTitle(l);

/**
 * A name opening a line alone or nearly (某某, 扎内莱·姆巴蒂亚, 宝音 of known syllables with no surname; 多吉 推介拉萨,
 * 格桑顿珠 宣布开幕: one of known syllables before what the person does, as a surname's name may be — blind31).
 */
function nameOpens(t: string): boolean {
  return (
    (t.length <= 20 && (surnameAt(t, 0) > 0 || (syllableNameAt(t, 0) ?? syllableWordAt(t, 0)) !== null)) ||
    (t.length <= SHORT_LINE && dottedNameAt(t, 0) !== null) ||
    (syllableNameAt(t, 0) ?? syllableWordAt(t, 0)) === t
  );
}

/**
 * When a line goes on into the next: one row per case, each with lines it joins (`sentences.test.ts` joins
 * every row's example). A `hard` row reads a line of any length: a phone's break inside a sentence, which
 * `joinHardBreaks` joins first (two short parts only where the breaks reach a long line). The other rows read a
 * short line with no end mark, a phrase-a-line post's (`continues`, in `joinBrokenLines`). `line` and `next` are
 * trimmed, `after` is the line after `next`.
 */
export interface Continuation {
  readonly id: string;
  readonly hard?: true;
  readonly example: readonly string[];
  readonly test: (line: string, next: string, after: string | undefined) => boolean;
}

export const CONTINUATIONS: readonly Continuation[] = [
  {
    id: 'comma-break',
    hard: true,
    example: [
      '某省农业科学院院长贺一鸣，某市农业农村局党组书记、局长殷二平，',
      '某县副县长柏四立出席活动并致辞。',
    ],
    test: (l) => /[，、]$/.test(canonicalLine(l)),
  },
  {
    id: 'title-name-break',
    hard: true,
    example: ['会议由某市人民政府副市长贺一鸣主持，某省工业和信息化厅党组成员、副厅长', '殷二平出席并致辞。'],
    test: (l, t) => {
      const c = canonicalLine(l);
      return titleEndingAt(c, c.length) !== null && opensWithName(canonicalLine(t));
    },
  },
  // 副会长： / 吴晓东、郑丽、 / 徐永平: a label goes on into its value, a list into its next item.
  { id: 'label-value', example: ['常务副会长：', '陈海燕、周立新'], test: (l) => BARE_LABEL.test(l) },
  {
    id: 'listed-names',
    example: ['吴晓东、郑丽、', '徐永平、季海峰'],
    test: (l, t) => /、$/.test(l) && !STANDS_ALONE.test(t),
  },
  // 苍山某民宿（大理） / 有限公司董事长 某某: a company's name broken before its legal ending is one name.
  {
    id: 'legal-ending',
    example: ['某某科技', '有限公司董事长 贺一鸣'],
    test: (_, t) => LEGAL_ENDING_FIRST.test(t),
  },
  // 出席大会的还有 / 甲，乙: a line that leads into a list of persons goes on into it.
  { id: 'list-lead', example: ['出席会议的还有', '贺一鸣、殷二平'], test: (l) => LIST_LEAD_END.test(l) },
  {
    id: 'person-items',
    example: ['方一鸣（某某科技股份有限公司副总裁）', '孙二平（某某集团有限公司总经理）'],
    test: (l, t) => isPersonItem(l) && isPersonItem(t),
  },
  // 甲 被聘为 / 永远荣誉会长: a line ending with the verb goes on into the post it gives.
  {
    id: 'verb-then-post',
    example: ['原会长 邝一鸣 被聘为', '名誉会长'],
    test: (l) => LEXICON.spans.elected.some((w) => l.endsWith(w)),
  },
  // 甲、乙 / 当选常务副会长: what the names on the line before become.
  {
    id: 'names-then-elected',
    example: ['甲一、乙二', '当选常务副会长'],
    test: (_, t) => LEXICON.spans.elected.some((w) => t.startsWith(w)),
  },
  {
    id: 'name-then-verb',
    example: ['某局副局长邵一鸣', '作专题报告'],
    test: (_, t) => LEXICON.events.lineContinuations.some((w) => t.startsWith(w)),
  },
  {
    id: 'declaration',
    example: ['某某电气集团股份有限公司', '（以下简称“某某电气”）'],
    test: (_, t) => DECLARATION.test(t),
  },
  // 某某作题为 / 《某某前沿进展》 / 的主旨演讲: a speech's title broken out onto its own line goes on both ways, so
  // the speaker, the talk and its title are one clause again.
  {
    id: 'speech-title',
    example: ['某院士作题为', '《某某材料的前沿进展》', '的特邀报告'],
    test: (l, t) =>
      (/题为$/.test(l) && t.startsWith('《')) ||
      (l.endsWith('》') && t.startsWith('的')) ||
      (l.endsWith('》的') && SPEECH_NOUN.test(t)),
  },
  // 甲、乙、丙 / 等23人当选副会长: the count that closes a list of names goes on from its last name.
  {
    id: 'names-then-count',
    example: ['许文华、单立新、卓越华', '等15人当选副会长'],
    test: (l, t) => (endsWithPerson(l) || endsWithListedName(l)) && LIST_COUNT.test(t),
  },
  // 孙立伟 / 宁德新能高级副总裁 / 郑晓敏 / 代表双方签约: after a person, the list of persons goes on to its verb.
  {
    id: 'person-then-person',
    example: ['某电气副总裁孙立伟', '某新能高级副总裁郑晓敏', '代表双方签约'],
    test: (l, t) =>
      endsWithPerson(l) &&
      // 出席论坛的还有 / 某市副市长某某: a line leading into a list of its own is no verb of the persons before it.
      !LIST_LEAD_END.test(t) &&
      (PERSON_VERBS.some((w) => t.startsWith(w)) || endsWithPerson(t) || endsWithTitle(t)),
  },
  // 中车某电机有限公司 / 副总经理、党支部书记 刘振: a body alone on its line goes on into its officer's titles
  // (a line opening with a title, or ending with one or with a name after one: 政务参赞武某).
  {
    id: 'body-then-officer',
    example: ['某市交通运输局', '党组书记、局长 邢一帆等', '参加调研'],
    test: (l, t) =>
      endsWithBody(l) && (opensWithTitle(t) || endsWithTitle(t) || (!NAME_ONLY.test(t) && endsWithPerson(t))),
  },
  // 某学会某分会主任委员 / 某医院某科主任 某某: a second body's post goes on the titles before it (joinLines
  // lists it with 、), when a name follows on the line or the next.
  {
    id: 'second-body-title',
    example: ['某学会某分会主任委员', '某医院某科主任', '贺一鸣'],
    test: (l, t, after) =>
      titleEndingAt(l, l.length) !== null &&
      !nameLine(l) &&
      opensWithBodyTitle(t) &&
      (endsWithPerson(t) || nameLine(after)),
  },
  // 某协会副主席 / 兼秘书长 某某: 兼 joins the next line's title to the titles before it.
  {
    id: 'concurrent-title',
    example: ['某省篮球协会副主席', '兼秘书长 陶一鸣'],
    test: (l, t) =>
      t.startsWith('兼') &&
      titleEndingAt(l, l.length) !== null &&
      (opensWithTitle(t.slice(1)) || endsWithTitle(t) || endsWithPerson(t)),
  },
  // 某厅副厅长 / （省投资促进局局长） / 某某: a post in brackets on a line of its own is one more post of the
  // titles before it, and goes on into the name as they do.
  {
    id: 'title-then-bracketed-post',
    example: ['某市水利局党组成员、副局长', '（兼市河湖中心主任）', '罗志平'],
    test: (l, t) => endsWithTitle(l) && isBracketedPost(t),
  },
  // 会长：某某 / （某某股份有限公司董事长）: a post in brackets on the line after a person's is that person's
  // (blind6-22 会长 某某 / （某公司 原副总裁）, blind26-20).
  {
    id: 'person-then-bracketed-post',
    example: ['会长：贺一鸣', '（某某股份有限公司董事长）'],
    test: (l, t) => (endsWithPerson(l) || labelledName(l)) && isBracketedPost(t),
  },
  // A line of titles goes on into a name (扎内莱·姆巴蒂亚, 市政府秘书长 / 宝音 too), unless it says what names
  // became (陈某 当选会长).
  {
    id: 'titles-then-name',
    example: ['某国外交部副部长', '卡洛斯·门德斯'],
    test: (l, t) =>
      !saysElected(l) &&
      nameOpens(t) &&
      // 常务副会长：某某 opens the next item of a list of labels, though 常 is a surname.
      !BARE_LABEL_FIRST.test(t) &&
      (titleEndingAt(l, l.length) !== null || endsWithBracketedPost(l) || isBracketedPost(l)),
  },
];

const HARD_BREAKS = CONTINUATIONS.filter((c) => c.hard);
const OPEN_LINE_CONTINUATIONS = CONTINUATIONS.filter((c) => !c.hard);

/** Does `next` go on from the short open line `line` (a row of `CONTINUATIONS` that is no hard break)? */
function continues(line: string, next: string | undefined, after?: string): boolean {
  const t = next?.trim() ?? '';
  const l = line.trim();
  return t.length > 0 && OPEN_LINE_CONTINUATIONS.some((c) => c.test(l, t, after));
}

/** A line that is only a post in brackets (（省投资促进局局长）, （兼校友总会副会长））. */
function isBracketedPost(line: string): boolean {
  const m = /^（([^（）]{2,30})）$/.exec(canonicalLine(line.trim()));
  const inner = m?.[1]?.replace(/^兼任?/, '');
  return inner !== undefined && titleEndingAt(inner, inner.length) !== null;
}

/** 某委副主任（省能源局局长）: a line of titles may end with one more post in brackets, as it stands before a name. */
function endsWithBracketedPost(line: string): boolean {
  const l = canonicalLine(line);
  const m = /（([^（）]{2,20})）$/.exec(l);
  return m !== null && titleEndingAt(m[1]!, m[1]!.length) !== null && titleEndingAt(l, m.index) !== null;
}

/** Does the line end with an organization's name (某某有限公司, 中华人民共和国驻某国大使馆)? */
function endsWithBody(line: string): boolean {
  const l = canonicalLine(line);
  return l.length <= SHORT_LINE && suffixOf(l) !== null && titleEndingAt(l, l.length) === null;
}

/**
 * A line that is a name, alone or before its title (黄某, 黄某教授, 扎内莱·姆巴蒂亚); words that end like a body
 * are none, though a surname opens them (海关总署原副署长).
 */
function nameLine(line: string | undefined): boolean {
  const l = canonicalLine(line?.trim() ?? '').replace(/ /g, '');
  const title = titleEndingAt(l, l.length);
  const head = title === null ? l : l.slice(0, title.start);
  return (
    (NAME_ONLY.test(head) && surnameAt(head, 0) > 0 && suffixOf(head) === null) ||
    (l.length <= 20 && dottedNameAt(l, 0) !== null)
  );
}

/** 海关总署原副署长: a well-known body opens the line, though its first character is a surname (海, 商, 文). */
function opensWithKnownBody(line: string): boolean {
  return knownOrganizationsIn(line).some((o) => line.startsWith(o));
}

/** A line of a body and its title (某医院某科主任, 某局副局长 某某), not one that opens with a title or a name. */
function opensWithBodyTitle(line: string): boolean {
  const l = canonicalLine(line).replace(/ /g, '');
  // 为新一届会长, 当选会长, 兼秘书长: a line opening with a preposition, verb or 兼 names no body.
  const opener = [...LEXICON.spans.elected, ...LEXICON.spans.titleJoiners].some((w) => l.startsWith(w));
  // 黄建华，东莞市委常委、常务副市长: a line opening with a name is that person's item, no body's titles.
  if (opener || NOT_A_BODY_START.test(l) || opensWithTitle(l) || nameLine(l) || opensWithName(l))
    return false;
  return titleEndingAt(l, l.length) !== null || endsWithPerson(l);
}
const NOT_A_BODY_START = /^[为向由在对给与和被任由]/;

/** Does the line open with a title (副总经理、党支部书记 某某; 总领事 某某)? */
function opensWithTitle(line: string): boolean {
  return titleOpens(canonicalLine(line));
}

/** Does canonical `text` open with a title (副校长 of 副校长（副院长）)? Also read while a line is made canonical. */
function titleOpens(text: string): boolean {
  for (let end = 2; end <= Math.min(text.length, 12); end++)
    if (titleEndingAt(text, end)?.start === 0) return true;
  return false;
}

/** The number of a list's item opening a line (1、 — canonical for 1. —, 一、, （二）). */
const LIST_MARK =
  /^(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})、|（(?:\d{1,2}|[一二三四五六七八九十]{1,3})）)/;

/**
 * 某某，男，1978年出生，…。曾任…，现任…。: a résumé paragraph. Its later sentences name no one, yet their posts
 * are the person's, so each is read with the sentence before it (the 。 stay, as clause ends) until one
 * opens with the name again (某某先生系…).
 */
const RESUME_OPENING = new RegExp(
  `^(?:${LIST_MARK.source.slice(1)})?([\\u3400-\\u9fff·]{2,12}?)(?:先生|女士)?，[男女]，`,
);

/** Sentences of a canonical body; a 。 inside 《…》 or “…” does not end a sentence. */
export function splitSentences(body: string): Sentence[] {
  const out: Sentence[] = [];
  // A page's header and footer are no sentences of the article; blanked, not dropped, so paragraphs keep their lines.
  const article = body
    .split('\n')
    .map((l) => (isPageChrome(l) ? '' : l))
    .join('\n');
  joinBrokenLines(article).forEach((raw, paragraph) => {
    const canonical = canonicalLine(raw);
    const resumeOf = RESUME_OPENING.exec(canonical)?.[1];
    // 1、某某，男，…: the item's number is no part of the résumé, whose grammar lines open with the name.
    const line = resumeOf ? canonical.replace(LIST_MARK, '') : canonical;
    const first = out.length;
    let depth = 0;
    let start = 0;
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (c === '《' || c === '“') depth++;
      else if ((c === '》' || c === '”') && depth > 0) depth--;
      else if (depth === 0 && (c === '。' || c === '！' || c === '？' || c === '；')) {
        push(line.slice(start, i + 1));
        start = i + 1;
      }
      // A quote left open for long is a typo, not a quotation: do not let it swallow the paragraph.
      if (depth > 0 && i - start > 400) depth = 0;
    }
    push(line.slice(start));
    function push(s: string): void {
      const t = s.trim();
      const last = out.at(-1);
      if (t.length === 0) return;
      if (resumeOf && last && out.length > first && !t.startsWith(resumeOf))
        out[out.length - 1] = { text: last.text + t, paragraph };
      else out.push({ text: t, paragraph });
    }
  });
  return out;
}
