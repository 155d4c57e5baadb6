import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import { LEXICON } from './lexicon';

const { compound, single, wordLike, japanese } = LEXICON.surnames;
/** 甲和乙: a conjunction after a name joins another name; 孙景和，… ends a name with the same character. */
const CONJUNCTIONS = new Set(LEXICON.spans.conjunctions);
const LIST_LEADS = LEXICON.spans.listLeads;
const APPOINTING = LEXICON.spans.appoint;
const COMPOUND_FIRST = new Set([...compound].map((c) => c.charAt(0)));
/** 佐佐木, 小野寺: Japanese surnames of three characters, by their first character. */
const LONG_FIRST = new Set([...japanese].filter((c) => c.length === 3).map((c) => c.charAt(0)));
const HAN = /^[\u3400-\u9fff]+$/;
/** jieba tags of words that are never names: verbs, adverbs, conjunctions, pronouns, numerals … */
const NOT_NAME_TAGS = /^(v|vn|vd|d|ad|c|p|u|r|y|e|o)/;
/** Common nouns (单位, 名单): refused only when jieba's word is exactly the candidate. */
const NOUN_TAGS = /^(n|nz|ns|nt|ng)$/;
/** Proper nouns (陆海/ns): right after a title and before what follows names, they are names too. */
const PROPER_NOUN_TAGS = /^(ns|nz)$/;
/** 阮氏芳娥: the middle name of a Vietnamese woman, written right after the surname. */
const VIETNAMESE_MIDDLE = '氏';
/**
 * Prepositions, adverbs and 等 that follow a name and that hardly end a given name (以, 从; 则, 也, 还 as in
 * 甲则表示, 乙也指出; 等 as in 甲等到场; not 为, as in 有为): jieba reads 张伟则 as one unknown word.
 */
const WORDS_AFTER_NAME = '以从对用则也亦还等';
/** Adverbs among them, which open what the person does and so never close a clause (甲也表示; not 甲也，). */
const ADVERBS_AFTER_NAME = '则也亦还';

let jieba: Jieba | null = null;
/** One segmenter per process: loading the dictionary costs ~200 ms, a cut costs microseconds. */
function segmenter(): Jieba {
  jieba ??= Jieba.withDict(dict);
  return jieba;
}

type Tagged = { word: string; tag: string };
let lastCut = '';
let lastTags: Tagged[] = [];
/**
 * The words jieba reads in `text`, in order, with their tags (x: a word jieba does not know); the last cut is kept,
 * as a name read is checked again on the same eight characters.
 */
export function wordsOf(text: string): readonly Tagged[] {
  if (text !== lastCut) {
    lastTags = segmenter().tag(text, true);
    lastCut = text;
  }
  return lastTags;
}

/** Length of the surname that starts at `i` (3 for 佐佐木, 2 for 欧阳, 1 for 王), or 0. */
export function surnameAt(text: string, i: number): number {
  const c = text.charAt(i);
  if (LONG_FIRST.has(c) && japanese.has(text.slice(i, i + 3))) return 3;
  if (COMPOUND_FIRST.has(c) && compound.has(text.slice(i, i + 2))) return 2;
  return single.has(c) ? 1 : 0;
}

/** True when a name may end at `end`: end of text, a non-Chinese character, or a word that follows names. */
export function isNameBoundary(text: string, end: number): boolean {
  if (end >= text.length) return true;
  const c = text.charAt(end);
  if (!HAN.test(c)) return true;
  return boundaryWordAt(text, end);
}

const PAUSE = /^[，、。；：）]$/;

/** Does a word that follows names start at `at`? A conjunction only where a name can follow it (甲和乙). */
function boundaryWordAt(text: string, at: number): boolean {
  // 渡边拓也，, 中村拓也、: an adverb right before a pause opens no clause (it needs its verb: 甲也表示, never
  // 甲也，); it ends a name (拓也, 哲也).
  if (ADVERBS_AFTER_NAME.includes(text.charAt(at)) && PAUSE.test(text.charAt(at + 1))) return false;
  // 主任包鸿儒与签约企业代表交换了协议文本: 与 after a name is the conjunction or the preposition (with), whatever
  // follows it — names hardly end in 与, as they do in 和 (孙景和) — but not in 与会 (attending).
  if (text.charAt(at) === '与' && text.charAt(at + 1) !== '会') return true;
  return (
    BOUNDARIES_BY_FIRST.get(text.charAt(at))?.some(
      (w) => text.startsWith(w, at) && (!CONJUNCTIONS.has(w) || joinsName(text, at + w.length)),
    ) ?? false
  );
}

/**
 * After 和/与/及, a name may follow, or a Latin one (邱勇及MOX董事长); 关于, 对于 (a preposition jieba knows) may
 * not: 陈景和关于… ends in 和; nor a word that follows names: 聂庆和出席 ends in 和 too.
 */
function joinsName(text: string, at: number): boolean {
  if (/[A-Za-z]/.test(text.charAt(at))) return true;
  if (!HAN.test(text.charAt(at))) return false;
  // 孙景和代表学会: 代表 both follows names and leads them, so it may be a noun after the conjunction.
  if (longBoundaryAt(text, at) && !LIST_LEADS.some((w) => text.startsWith(w, at))) return false;
  // 罗永和作企业创新分享: a one-character verb that follows names (作) after 和 is what the person does.
  if (
    ONE_CHARACTER_ACTS.includes(text.charAt(at)) &&
    segmenter().tag(text.slice(at, at + 4), true)[0]?.word.length === 1
  )
    return false;
  // 任命孟庆和为某局局长: 为 after the conjunction, in a clause that appoints, is the appointment's; 和 ends the name.
  if (text.charAt(at) === '为' && APPOINTING.some((w) => text.lastIndexOf(w, at) >= 0)) return false;
  const [head] = segmenter().tag(text.slice(at, at + 4), true);
  return !((head?.word.length ?? 0) >= 2 && head?.tag === 'p');
}

/** One-character verbs that follow names and open what the person does (作报告, 做分享). */
const ONE_CHARACTER_ACTS = '作做';

/** What opens the title of a work (《报告》, “题目”) after 作/做: a one-character verb is no part of the name. */
const WORK_TITLE_OPENS = '《“';

/** Does a word of two or more characters that follows names start at `at` (出任, 留任, 主持)? */
export function longBoundaryAt(text: string, at: number): boolean {
  return (
    BOUNDARIES_BY_FIRST.get(text.charAt(at))?.some((w) => w.length >= 2 && text.startsWith(w, at)) ?? false
  );
}

/** Boundary words by their first character: one look-up rules most positions out. */
const BOUNDARIES_BY_FIRST = new Map<string, string[]>();
for (const w of LEXICON.nameBoundaries) {
  const list = BOUNDARIES_BY_FIRST.get(w.charAt(0)) ?? [];
  list.push(w);
  BOUNDARIES_BY_FIRST.set(w.charAt(0), list);
}

/**
 * 董事长于海峰以《…》为题, 副行长于春光，: after a title, a preposition that is also a surname (于, 向) and a
 * two-character noun make a name when punctuation, a verb of two characters that follows names, or a one-character
 * verb before the title of a work comes next (院长向大会作报告 stays a preposition: 作 opens no work's title there).
 */
function prepositionSurnameName(
  text: string,
  i: number,
  second: { word: string; tag: string } | undefined,
  fits: readonly number[],
): boolean {
  if (second?.word.length !== 2 || !/^n[rs]?$/.test(second.tag) || !fits.includes(3)) return false;
  const at = i + 3;
  return (
    /^[，、。；：]/.test(text.charAt(at)) ||
    longBoundaryAt(text, at) ||
    (boundaryWordAt(text, at) && WORK_TITLE_OPENS.includes(text.charAt(at + 1)))
  );
}

/**
 * Does a name of one of the lengths that fit end inside jieba's second word, one it reads as a name or an
 * unknown word (何国/r + 华为/nr for 何国华 + 为)? A verb there (关于/p + 聘任/v) is no name's end.
 */
function runsOverEnd(
  first: string,
  second: { word: string; tag: string } | undefined,
  fits: readonly number[],
): boolean {
  if (!second || !/^(nr|x)/.test(second.tag)) return false;
  const secondEnd = first.length + second.word.length;
  // 包头/v + 天和磁材/x: what the name leaves of jieba's word must be one character, a word that follows names
  // (华为 → 为); a name cut out of a longer word (包头天 of 包头天和磁材科技) is no name.
  return fits.some((len) => len > first.length && len === secondEnd - 1);
}

/**
 * 馆长金城当选, 副主席文华主持, 一级巡视员方正，: right after a title, a surname and one character that jieba
 * reads as a common noun (金城, 文华, 方正) are a name when the text ends there, or punctuation or a verb of two
 * characters that follows names (主持, 当选, 出席) comes next — a title is followed by its holder, not by a noun
 * (blind21, blind22, blind23: such names after a title, in a 换届 list and before 主持/出席).
 */
function closesWordName(text: string, at: number): boolean {
  // 律师代表、, 副会长单位、: a word that follows names itself, or a noun a title compounds with, is no name.
  if (longBoundaryAt(text, at - 2) || LEXICON.titleNouns.has(text.slice(at - 2, at))) return false;
  return (
    at >= text.length ||
    /^[，、。；]/.test(text.charAt(at)) ||
    longBoundaryAt(text, at) ||
    oneWordVerbAt(text, at)
  );
}

/**
 * 局长金钢就企业提出的问题作了回应, 研究员田野在论坛上作报告: 就, 在 or 作 opening what the person does, before
 * a word of two characters or more — a title's holder, not a noun the title compounds with (blind28: 金钢, 田野).
 */
const ONE_CHARACTER_VERBS = '就在作';
function oneWordVerbAt(text: string, at: number): boolean {
  if (!ONE_CHARACTER_VERBS.includes(text.charAt(at)) || !HAN.test(text.charAt(at + 1))) return false;
  // 任期在明年届满: a time after 在 says when, not what a person does.
  const [next] = segmenter().tag(text.slice(at + 1, at + 9), true);
  return (next?.word.length ?? 0) >= 2 && next?.tag !== 't';
}

/**
 * 董事长何必当选为会长, 总经理丰收当选为会长: after a title, a surname and one character that jieba reads as an adverb or
 * a verb (何必/d, 丰收/v) are the holder's name where 当选 follows — the title's holder is who is elected (blind27,
 * blind28). Before anything else such a word stays a word (书记强调，).
 */
function electedAt(text: string, at: number): boolean {
  return CONCURRENT_OR_ELECTED.some((w) => text.startsWith(w, at));
}
/**
 * 签约仪式由市政府秘书长查理主持。, 会议由…主任付强主持。: 主持 closing the clause after a title is done by the
 * title's holder, so a surname and one character jieba reads as a verb or a pronoun (查理/v, 付强/v, 何方/r) there
 * are the holder's name (blind32, 34, 36). An adverb stays one (由市长亲自主持, 共同主持).
 */
function hostsAt(text: string, at: number): boolean {
  return text.startsWith('主持', at) && (at + 2 >= text.length || /^[，。；、）]/.test(text.charAt(at + 2)));
}

/**
 * 董事长高远在发言中说, 会长高远（the line's end）, 副总经理周到: after a title, the end of the text, a verb of two
 * characters that follows names or a one-character verb before what the person does closes the title's holder
 * (a pause does not: 关爱青年律师成长，), so a surname and one character jieba reads as an adverb or a verb (高远/d, 周到/v) are the name
 * (blind29, 33, 34, 38). Before anything else such a word stays a word (主任高度评价).
 */
function closesHolder(text: string, at: number): boolean {
  return at >= text.length || longBoundaryAt(text, at) || oneWordVerbAt(text, at);
}

/** 当选 and 兼任 (二级巡视员毕升兼任某中心主任: blind29): what the title's holder becomes. */
const CONCURRENT_OR_ELECTED = [...LEXICON.spans.elected, '兼任'];

/**
 * A person's name starting at `i`, as in 副厅长安文建在…: a surname plus one or two given characters,
 * ending where a boundary word or punctuation starts. When both a two- and a three-character reading
 * fit (王伟在致辞 — 王伟 / 王伟在), jieba's segmentation decides, and failing that the three-character
 * reading wins unless its last character begins a boundary word.
 */
export function nameAt(text: string, i: number, afterTitle = false): string | null {
  const name = readNameAt(text, i, afterTitle);
  return name && !brandEndAt(text, i + name.length) && !endsInsideWord(text, i, name.length) ? name : null;
}

/** jieba's tags of everyday words a name never ends inside: nouns, verbs, adjectives, adverbs, idioms. */
const EVERYDAY_WORD_TAGS = /^(n|ns|vn|v|a|ad|d|l|i)$/;

/**
 * 战略合作协议, 南亚合作前景, 专家普遍认为: characters jieba reads as an everyday word (战略/n, 普遍认为/l) whose
 * would-be name ends inside that word or the everyday word after it (合作/vn) are no name — a name's end is a
 * word's end (blind19–21, 25, 36, 39). A word jieba reads as a name or does not know (何国/r + 华为/nr, 赵勤/x)
 * says nothing about where the name ends.
 */
function endsInsideWord(text: string, i: number, length: number): boolean {
  const words = wordsOf(text.slice(i, i + 8));
  const head = words[0];
  if (!head || head.word.length < 2 || !EVERYDAY_WORD_TAGS.test(head.tag)) return false;
  let at = 0;
  for (const w of words) {
    const end = at + w.word.length;
    if (end === length) return false;
    if (end > length) return w.word.length >= 2 && EVERYDAY_WORD_TAGS.test(w.tag);
    at = end;
  }
  return false;
}

/**
 * 会长 / 松禾资本创始合伙人某某: a brand's ending (`org-suffixes.json` `brandEnds`: 资本, 控股, 创投 …) right after
 * the characters makes them a company's brand, not a person's name (blind33: 松禾资本); 中国 follows names too.
 */
const NAME_BRAND_ENDS = LEXICON.orgs.brandEnds.filter((w) => w !== '中国');
function brandEndAt(text: string, at: number): boolean {
  return NAME_BRAND_ENDS.some((w) => text.startsWith(w, at));
}

function readNameAt(text: string, i: number, afterTitle: boolean): string | null {
  const s = surnameAt(text, i);
  if (s === 0) return null;
  // 阮氏芳娥, 黎氏萍: a Vietnamese woman's name has 氏 after the surname, then one or two given characters.
  const lengths = s === 3 ? [4, 5] : s === 2 || text.charAt(i + 1) === VIETNAMESE_MIDDLE ? [3, 4] : [2, 3];
  const fitting = (len: number) => {
    const cand = text.slice(i, i + len);
    return cand.length === len && HAN.test(cand) && isNameBoundary(text, i + len);
  };
  const fits = lengths.filter(fitting);
  // 三浦健太郎, 佐佐木健太郎: a Japanese given name of three characters, where no shorter name may end.
  const japaneseLong = fits.length === 0 && japanese.has(text.slice(i, i + s)) ? s + 3 : 0;
  if (japaneseLong && fitting(japaneseLong)) return text.slice(i, i + japaneseLong);
  // 局长甘露主持: a name that is an everyday word, which jieba would refuse (`word-names.txt`).
  const wordName = afterTitle ? LEXICON.wordNames.find((w) => text.startsWith(w, i)) : undefined;
  if (wordName && fits.includes(wordName.length)) return wordName;
  // jieba is the costly part: skip it where not even a two-character name could stand.
  if (fits.length === 0 && !HAN.test(text.slice(i, i + s + 1))) return null;
  const [head, second] = wordsOf(text.slice(i, i + 8));
  const first = head?.word ?? '';
  // 宣读了 after 秘书长 is a verb, not 宣 + 读了: a common non-noun word opening the candidate rules it out —
  // unless jieba's next word runs over a word that follows names (何国华为监事长: jieba's 何国/r + 华为), or,
  // after a title, one more character closes a name of a length that fits (市委书记何国强: 何国/r + 强).
  const gluedPronoun =
    afterTitle && head?.tag === 'r' && second?.word.length === 1 && fits.includes(first.length + 1);
  // 局长包立新，: jieba's verb 包立 and the adjective 新 make a name of three characters when punctuation closes it,
  // or a verb of two characters that follows names (董事长包立新出席签约仪式: blind18, blind21); the last character
  // may be a bound noun too (副校长安立民出席会议: 安立/v + 民/ng, blind35).
  const gluedVerb =
    afterTitle &&
    /^v/.test(head?.tag ?? '') &&
    first.length === 2 &&
    second?.word.length === 1 &&
    /^(a|ng)$/.test(second.tag) &&
    fits.includes(3) &&
    (/^[，、。；]/.test(text.charAt(i + 3)) || longBoundaryAt(text, i + 3));
  // 主任同时当选: a conjunction, pronoun or word of time is no name.
  const electedWord =
    afterTitle &&
    s === 1 &&
    first.length === 2 &&
    !/^(c|p|r|m|t|f|u)/.test(head?.tag ?? '') &&
    electedAt(text, i + 2);
  // 由秘书长查理主持。: the holder before 主持 closing the clause, a word jieba reads as a verb or a pronoun.
  const hostWord =
    afterTitle &&
    s === 1 &&
    first.length === 2 &&
    /^(v|r)$/.test(head?.tag ?? '') &&
    !longBoundaryAt(text, i) &&
    hostsAt(text, i + 2);
  // 董事长高远在发言中说, 副总经理周到（line end）: the holder's name, a word jieba reads as an adverb or a verb.
  const closedWord =
    afterTitle &&
    s === 1 &&
    first.length === 2 &&
    /^(d|v|ad)$/.test(head?.tag ?? '') &&
    !longBoundaryAt(text, i) &&
    closesHolder(text, i + 2);
  if (electedWord || hostWord || closedWord) return first;
  // 鲜于志宏: jieba's word is the compound surname itself (鲜于/v), which says nothing about the name.
  if (
    first.length >= 2 &&
    first.length !== s &&
    NOT_NAME_TAGS.test(head?.tag ?? '') &&
    !runsOverEnd(first, second, fits) &&
    !gluedPronoun &&
    !gluedVerb
  )
    return null;
  // 院长向大会作报告: a preposition before a word jieba knows is not a surname — unless that word runs over
  // a word that follows names (总经理向明为副会长: jieba's 明为).
  if (
    first.length === 1 &&
    /^(p|c)$/.test(head?.tag ?? '') &&
    (second?.word.length ?? 0) >= 2 &&
    !/^(x|nr)/.test(second?.tag ?? '') &&
    !(afterTitle && fits.includes(2) && (second?.word.length ?? 0) === 2) &&
    !(afterTitle && prepositionSurnameName(text, i, second, fits))
  )
    return null;
  // 副市长陆海出席: after a title, a place name jieba knows, followed by what follows names, is a name.
  const exactNoun =
    NOUN_TAGS.test(head?.tag ?? '') &&
    isNameBoundary(text, i + first.length) &&
    !(afterTitle && PROPER_NOUN_TAGS.test(head?.tag ?? '')) &&
    !(afterTitle && first.length === 2 && closesWordName(text, i + 2));
  if (fits.length === 0) {
    // No boundary word we know follows, but jieba sees an unknown or person word here (陈宗年当选…).
    // …but not 陈述了: a name is not followed by a particle.
    const unknown =
      /^(x|nr)/.test(head?.tag ?? '') &&
      first.length >= s + 1 &&
      first.length <= s + 2 &&
      !/^u/.test(second?.tag ?? '');
    if (!unknown || !HAN.test(first)) return null;
    // 主任古丽米拉等: after a title, an unknown word and a name jieba splits off it (古丽/x 米拉/nrt) are one
    // name when a name may end only after both (a Uyghur or Tibetan name has no surname to measure it by).
    const both = first.length + (second?.word.length ?? 0);
    const joined =
      afterTitle &&
      !isNameBoundary(text, i + first.length) &&
      /^(x|nr)/.test(second?.tag ?? '') &&
      both <= 4 &&
      HAN.test(second?.word ?? '') &&
      isNameBoundary(text, i + both);
    if (joined) return text.slice(i, i + both);
    return givenCharacterAfter(text, i, first, second) ? text.slice(i, i + first.length + 1) : first;
  }
  if (fits.length === 1) return exactNoun && fits[0] === first.length ? null : text.slice(i, i + fits[0]!);
  // 徐浩作《…》报告: a verb that follows names, before the title of a work, beats jieba's 徐浩作.
  if (
    fits.length === 2 &&
    boundaryWordAt(text, i + fits[0]!) &&
    (WORK_TITLE_OPENS.includes(text.charAt(i + fits[1]!)) ||
      (ONE_CHARACTER_ACTS.includes(text.charAt(i + fits[0]!)) &&
        /[0-9０-９]/.test(text.charAt(i + fits[1]!))))
  )
    return text.slice(i, i + fits[0]!);
  // 李明出任总经理, 刘洋连任会长: a two-character word that follows names beats jieba's 李明出.
  if (fits.length === 2 && longBoundaryAt(text, i + fits[0]!)) return text.slice(i, i + fits[0]!);
  // 王俊以视频方式致辞, 张伟则表示: jieba's unknown 王俊以 runs over a preposition or adverb that opens what
  // the person does.
  if (
    fits.length === 2 &&
    first.length === fits[1] &&
    /^x/.test(head?.tag ?? '') &&
    WORDS_AFTER_NAME.includes(text.charAt(i + fits[0]!)) &&
    HAN.test(text.charAt(i + fits[1]!))
  )
    return text.slice(i, i + fits[0]!);
  // 胡俊作交流发言: 作 before a word that follows names (交流) is the verb, not the last character of the name.
  if (fits.length === 2 && '作做'.includes(text.charAt(i + fits[0]!)) && longBoundaryAt(text, i + fits[1]!))
    return text.slice(i, i + fits[0]!);
  const long = fits[1]!;
  if (fits.includes(first.length)) return text.slice(i, i + first.length);
  return boundaryWordAt(text, i + long - 1) ? text.slice(i, i + fits[0]!) : text.slice(i, i + long);
}

/** jieba's tags of a lone character that ends a given name (远/a of 赵勤远, 睿/nrt of 马磊睿). */
const GIVEN_CHARACTER_TAGS = /^(a|ag|nr|nrt|nrfg)$/;

/**
 * 赵勤远报告题目, 马磊睿主任医师: jieba reads a surname and one given character as an unknown word (赵勤/x) and
 * leaves the last given character alone, an adjective or a name's character, before a noun of two characters or
 * more: the lone character is the name's third (blind9, blind35). Before a verb it opens what the person does
 * (李明新建成 stays 李明).
 */
function givenCharacterAfter(
  text: string,
  i: number,
  first: string,
  second: { word: string; tag: string } | undefined,
): boolean {
  if (first.length !== 2 || surnameAt(text, i) !== 1 || second?.word.length !== 1) return false;
  if (!GIVEN_CHARACTER_TAGS.test(second.tag) || !HAN.test(second.word)) return false;
  const [next] = segmenter().tag(text.slice(i + 3, i + 9), true);
  return (next?.word.length ?? 0) >= 2 && /^n/.test(next?.tag ?? '') && HAN.test(next?.word ?? '');
}

/**
 * A name right after a title whose surname is also an everyday word (党组成员和丽娟): jieba must read
 * surname and given name as one unknown or person word of three characters, and what follows names
 * must come after it.
 */
export function wordSurnameNameAt(text: string, i: number): string | null {
  if (!wordLike.has(text.charAt(i))) return null;
  const [head, second] = segmenter().tag(text.slice(i, i + 8), true);
  // 合伙人区少华: jieba may read the surname alone and the given name as a name or proper noun (区/n + 少华/nz).
  // 副厅长滑建军，: or the surname as a verb and the given name as a common noun or a place's name (会长区永康，:
  // 区/n 永康/ns, blind27), when punctuation closes it (not a conjunction or preposition: 会长和会员，).
  const nounSplit =
    /^(n|ns)$/.test(second?.tag ?? '') &&
    !/^(c|p)$/.test(head?.tag ?? '') &&
    /^[，、。；]/.test(text.charAt(i + 3));
  const split =
    head?.word.length === 1 && second?.word.length === 2 && (/^(x|nr|nz)/.test(second.tag) || nounSplit);
  const name = split ? text.slice(i, i + 3) : head?.word;
  if (name?.length !== 3 || (!split && !/^(x|nr)/.test(head?.tag ?? '')) || !HAN.test(name)) return null;
  return isNameBoundary(text, i + 3) ? name : null;
}

/**
 * A name that ends exactly at `end` (习近平 in 习近平总书记), recognised by jieba as a person name —
 * without a title before it there is no pattern to lean on, so only the dictionary/HMM tag counts.
 */
export function taggedNameEndingAt(text: string, end: number): string | null {
  const from = Math.max(0, end - 8);
  let pos = from;
  let before: { word: string; tag: string } | undefined;
  // The title after the name is part of the window: jieba needs it to see where the name stops.
  for (const { word, tag } of segmenter().tag(text.slice(from, end + 4), true)) {
    pos += word.length;
    if (pos > end) break;
    if (pos === end && /^nr/.test(tag) && word.length >= 2 && word.length <= 4) {
      const start = end - word.length;
      if (surnameAt(text, start) === 0) return null;
      return surnameLeftOff(text, start, word, before) ? text.slice(start - 1, end) : word;
    }
    before = { word, tag };
  }
  return null;
}

/**
 * 钟海涛书记, 由蒙海涛会长主持: jieba reads the given name alone as a person's (海涛/nr) and leaves the surname
 * before it, alone as a name's character (钟/nr) or glued to a preposition as a word it does not know (由蒙/x):
 * the surname is the name's (blind8, blind25). Only a name read anyway is made whole: 王雪松书记 (雪 no surname)
 * is left to the later mentions of a name known from the text.
 */
function surnameLeftOff(
  text: string,
  start: number,
  word: string,
  before: { word: string; tag: string } | undefined,
): boolean {
  if (word.length !== 2 || !before || surnameAt(text, start - 1) !== 1) return false;
  if (before.word.length === 1) return /^nr/.test(before.tag);
  return (
    before.tag === 'x' &&
    before.word.length === 2 &&
    /^(p|c)$/.test(headWord(before.word.charAt(0))?.tag ?? '')
  );
}

/** Length of the verbs or adverbs that open `text` (走进…, 先后来到…), by jieba's tags, at most two words. */
export function leadingVerbLength(text: string): number {
  let n = 0;
  for (const { word, tag } of segmenter().tag(text.slice(0, 8), true).slice(0, 2)) {
    if (!/^(v|vd|d|p|ad)$/.test(tag)) break;
    n += word.length;
  }
  return n;
}

/** Separators inside transliterated names (买买提·艾力): the middle dot and its look-alikes. */
const NAME_DOTS = '·•・‧';
/** A part of a transliterated name; a hyphen joins two (让-皮埃尔, 施密特-霍夫曼). */
const HYPHENS = '-‐－';
const PART = `[\\u3400-\\u9fff]{1,8}(?:[${HYPHENS}][\\u3400-\\u9fff]{1,8})?`;
/** 苏里亚·K·辛格, 大卫·W·帕克: a middle initial, a Latin letter between two dots. */
const INITIAL = `(?:[A-Z][.．]?[${NAME_DOTS}])?`;
const DOTTED = new RegExp(
  `^[\\u3400-\\u9fff]{1,6}(?:[${HYPHENS}][\\u3400-\\u9fff]{1,6})?(?:[${NAME_DOTS}]${INITIAL}${PART})+`,
);

/**
 * A transliterated name with middle dots (买买提·艾力, 阿依古丽·吐尔逊) starting at `i`: its parts need no
 * surname; the last part ends at the first boundary word after at least two characters, or after one
 * where punctuation or a word of two characters that follows names comes next (沙希德·阿齐兹·汗，, 史蒂芬·李等).
 */
export function dottedNameAt(text: string, i: number): string | null {
  const m = DOTTED.exec(text.slice(i, i + 40));
  if (!m) return null;
  const lastDot = Math.max(...[...NAME_DOTS].map((d) => m[0].lastIndexOf(d)));
  const end = i + m[0].length;
  const hyphenAt = (at: number) => at < end && HYPHENS.includes(text.charAt(at));
  const one = i + lastDot + 2;
  // 穆罕默德·阿里夫·汗则表示: an adverb after a last part of one character opens what the person does.
  const adverbThenBoundary = WORDS_AFTER_NAME.includes(text.charAt(one)) && isNameBoundary(text, one + 1);
  // 总裁戴维·林和夷陵区区长谭某: a last part that is one Chinese surname (林, 李, 陈) before 和, 与 or 及 is the
  // family name of a Chinese name written in the Western order; the conjunction joins the next party —
  const surnameThenConjunction = surnameAt(text, one - 1) === 1 && '和与及'.includes(text.charAt(one));
  if (
    one <= end &&
    !hyphenAt(one) &&
    (!HAN.test(text.charAt(one)) ||
      text.charAt(one) === '等' ||
      longBoundaryAt(text, one) ||
      adverbThenBoundary)
  )
    return text.slice(i, one);
  for (let at = i + lastDot + 3; at <= end; at++)
    if (!hyphenAt(at) && isNameBoundary(text, at))
      return text.slice(i, at + (boundaryOverlapped(text, at) ? 1 : 0));
  // …only where no longer last part ends the name (策·孟和其其格，: 孟和 is a Mongolian syllable).
  return surnameThenConjunction && one <= end ? text.slice(i, one) : null;
}

/**
 * 艾合买提出席: the word that follows names at `at` (提出) runs into another one a character later (出席), so
 * the character is the name's last (买买提, 艾买提 end many Uyghur names) and the later word follows it.
 */
function boundaryOverlapped(text: string, at: number): boolean {
  const here = BOUNDARIES_BY_FIRST.get(text.charAt(at))?.find((w) => w.length >= 2 && text.startsWith(w, at));
  return here !== undefined && longBoundaryAt(text, at + 1) && HAN.test(text.charAt(at));
}

/** Syllables of names without a surname (`name-parts.txt`), by first character, longest first. */
const PARTS_BY_FIRST = new Map<string, string[]>();
for (const w of [...LEXICON.nameParts].sort((a, b) => b.length - a.length)) {
  const list = PARTS_BY_FIRST.get(w.charAt(0)) ?? [];
  list.push(w);
  PARTS_BY_FIRST.set(w.charAt(0), list);
}

/**
 * A Tibetan or Mongolian name starting at `i` (才让东智, 苏和巴特尔, 那日苏): two or more known syllables, or
 * one of three characters or more, opening with one of two characters or more, 3 to 6 characters in all,
 * ending where a name may end. The longest reading wins.
 */
export function syllableNameAt(text: string, i: number): string | null {
  const first = PARTS_BY_FIRST.get(text.charAt(i));
  if (!first?.some((p) => p.length >= 2 && text.startsWith(p, i))) return null;
  let best = 0;
  const walk = (at: number, parts: number): void => {
    const len = at - i;
    if (len >= 3 && len > best && isNameBoundary(text, at)) best = len;
    if (len >= 6) return;
    for (const p of PARTS_BY_FIRST.get(text.charAt(at)) ?? [])
      if ((parts > 0 || p.length >= 2) && len + p.length <= 6 && text.startsWith(p, at))
        walk(at + p.length, parts + 1);
  };
  walk(i, 0);
  return best > 0 ? text.slice(i, i + best) : null;
}

/**
 * A name that is one known syllable of two characters or more (宝音, 塔娜, 达娃), starting at `i` and ending where
 * a name may end: too short to read anywhere, it is read right after a title (市政府秘书长宝音) or alone on a line.
 */
export function syllableWordAt(text: string, i: number): string | null {
  const part = PARTS_BY_FIRST.get(text.charAt(i))?.find(
    (p) => p.length >= 2 && text.startsWith(p, i) && isNameBoundary(text, i + p.length),
  );
  return part ?? null;
}

/** The surname of a full name (欧阳 of 欧阳明远). */
export function surnameOf(name: string): string {
  return name.slice(0, surnameAt(name, 0) || 1);
}

/**
 * Is `text[start, end)` a person's name that stands before a title (市发改委王伟主任)? A surname, one or
 * two given characters, and no word jieba knows as something else (a verb, an adverb, a common noun).
 */
export function vettedNameBetween(text: string, start: number, end: number): boolean {
  const s = surnameAt(text, start);
  const len = end - start;
  if (s === 0 || len < s + 1 || len > s + 2 || !HAN.test(text.slice(start, end))) return false;
  const [head] = segmenter().tag(text.slice(start, end), true);
  const first = head?.word ?? '';
  // 高级副总裁: an adjective before a title is part of it, not a name.
  if (first.length >= 2 && (NOT_NAME_TAGS.test(head?.tag ?? '') || /^a/.test(head?.tag ?? ''))) return false;
  // 市侨联海外顾问: a place word (海外/s, 境外) is no name either.
  return !(first.length === len && (NOUN_TAGS.test(head?.tag ?? '') || head?.tag === 's'));
}

/** Could the word at `start` of length `len` be a name for jieba (a person's name, or a word it does not know)? */
export function mayBeName(
  text: string,
  start: number,
  len: number,
  openerWords: readonly string[] = [],
): boolean {
  // 有关负责同志: a name starts a word; one that the character before opens is no name.
  if (start > 0 && HAN.test(text.charAt(start - 1))) {
    const from = Math.max(0, start - 3);
    let at = from;
    for (const { word } of segmenter().tag(text.slice(from, start + len), true)) {
      if (at < start && at + word.length > start) return false;
      at += word.length;
      // 涉及巴旦木, 认为: the one-character opener before the name is the end of another word.
      if (at === start && word.length >= 2 && !openerWords.includes(word)) return false;
      if (at >= start) break;
    }
  }
  const [head] = segmenter().tag(text.slice(start, start + len + 2), true);
  const first = head?.word ?? '';
  // 负责同志应邀出席: jieba's person word runs over the word that follows names (应邀出席/nr); the candidate alone is
  // a verb or an adverb (应邀/v), no name.
  if (first.length > len && /^nr/.test(head?.tag ?? '') && isNameBoundary(text, start + len)) {
    const [alone] = segmenter().tag(text.slice(start, start + len), true);
    if (alone?.word.length === len && NOT_NAME_TAGS.test(alone.tag)) return false;
  }
  return first.length < 2 || /^(nr|x)/.test(head?.tag ?? '') || first.length < len;
}

/** The word jieba reads at `start` when it reads it as a person's name or a word it does not know (岩罕/x), else null. */
export function unknownWordAt(text: string, start: number): string | null {
  const [head] = segmenter().tag(text.slice(start, start + 8), true);
  return head && /^(nr|x)/.test(head.tag) && HAN.test(head.word) ? head.word : null;
}

/**
 * The word jieba reads at `start` when it is a proper noun or an adjective (安康/ns, 常青/a), not a common noun
 * (方式/n, 文件/n): what a name that is a word may be read as, where the shape asks for a person.
 */
export function properOrAdjectiveWordAt(text: string, start: number): string | null {
  const [head] = segmenter().tag(text.slice(start, start + 8), true);
  return head && /^(ns|nz|nr|a|x)/.test(head.tag) && HAN.test(head.word) ? head.word : null;
}

/** Does a word jieba reads in `text` run across `at` (中国—中东欧国家合|作秘书处: 合作)? */
export function wordCrosses(text: string, at: number): boolean {
  let end = 0;
  for (const word of segmenter().cut(text, true)) {
    if (end < at && end + word.length > at) return true;
    end += word.length;
    if (end >= at) return false;
  }
  return false;
}

/** Length of the word jieba reads at `start` (得主约翰 → 2 at 得, 约翰 → 2 at 约). */
export function wordLengthAt(text: string, start: number): number {
  return segmenter().tag(text.slice(start, start + 8), true)[0]?.word.length ?? 0;
}

/**
 * 西安市长安区融媒体中心: does the name of a district, county or town jieba reads (长安区/ns) open on the character
 * before `end` and run past it? Then that character is the place's first, not a title's last (市长: blind39).
 */
// 长安区, not 长江 or 长沙 (市长沙明远, 董事长江浩然: a name opening with a place's character follows many titles).
const PLACE_LEVEL_WORD = /^[\u3400-\u9fff]{2,4}(区|县|市|镇|乡|旗)$/;
const PLACE_LEVEL_SOON = /[区县市镇乡旗]/;
export function placeOpensBefore(text: string, end: number): boolean {
  // Cheap first: a level's character must come within four characters of the title's last.
  if (!PLACE_LEVEL_SOON.test(text.slice(end, end + 4))) return false;
  const from = Math.max(0, end - 6);
  let at = from;
  for (const { word, tag } of segmenter().tag(text.slice(from, end + 6), true)) {
    if (at === end - 1) return tag === 'ns' && PLACE_LEVEL_WORD.test(word);
    at += word.length;
    if (at >= end) return false;
  }
  return false;
}

/** The word jieba reads at the start of `text` when it tags it as a place's name (深圳/ns, 萍乡/ns), else null. */
export function placeWordAt(text: string): string | null {
  const head = headWord(text);
  return head?.tag === 'ns' && HAN.test(head.word) ? head.word : null;
}

/** The word jieba reads at `start` of `text`, with its tag (甘露/v, 岩温/x). */
export function taggedWordAt(text: string, start: number): { word: string; tag: string } | undefined {
  return headWord(text.slice(start));
}

/** The first word jieba reads in `text`, with its tag. */
function headWord(text: string): { word: string; tag: string } | undefined {
  return segmenter().tag(text.slice(0, 8), true)[0];
}

/** jieba tags of a proper noun or a word it does not know (芝加哥/ns, 贝尔格莱德/nrt, Nexon/eng, 岩罕/x). */
const PROPER_OR_UNKNOWN_TAGS = /^(nr|ns|nz|nt|eng|x)/;

/** Does `text` open with a proper noun or a word jieba does not know (贝尔格莱德大学), not a common word (铁路公司)? */
export function opensWithProperWord(text: string): boolean {
  const head = headWord(text);
  return head !== undefined && PROPER_OR_UNKNOWN_TAGS.test(head.tag);
}
