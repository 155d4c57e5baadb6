import { articleOutlet, articleSite } from './outlet';
import { assertedFacts } from './asserted';
import type { ExtractedEvent, Extraction, PersonEventRole } from '@guanxi/schema';
import type { NormalizedArticle } from '../normalize';
import { shortReferences } from './aliases';
import { newEventOrgs, newPositions, newRoles, PersonSet } from './assemble';
import { eventOrganizations, organizerTexts } from './event-orgs';
import { findEvent, HELD_AT } from './events';
import { knownMentions, sortMentions } from './known-mentions';
import { organizationMentions } from './org-mentions';
import { CONFIDENCE } from './confidence';
import { ASSOCIATION_REF, GENERIC_ORGS, HOSPITAL_REF, type ParsedPost } from './descriptors';
import { isAssociationTitle } from './titles';
import { kindOf } from './organizations';
import { LEXICON } from './lexicon';
import { namesZone, placeFromSentence } from './jurisdiction';
import { abroadGovernment, isAbroadGovernment } from './foreign-bodies';
import { brandOf } from './brands';
import { OrgRegistry, signingParties } from './org-registry';
import { articlePlaces, visitedPlaces } from './places';
import { type Mention, sentencePeople } from './people';
import { lineRoles } from './line-roles';
import { clauseRoles } from './roles';
import { type BodyReading, confidenceOf, positionReading, withReading } from './readings';
import { postInterval } from './tenure-dates';
import { isNomination } from './nominations';
import { ledNames } from './led-names';
import { declaredUnitForms } from './unit-forms';
import { dismissedAtTopBody } from './dismissed-unit-posts';
import { endWrittenPosts } from './ended-posts';
import { canonicalLine, type Sentence, splitSentences } from './sentences';
import { splitCredits } from './credits';

export { canonicalLine, splitSentences } from './sentences';
export { scoreExtraction, type CategoryScore, type GoldLike } from './score';

/**
 * The heads of a mission (`missionHeads`: 大使; and 总领事, whose title `titles.json` keeps bare), with the station a
 * head's title may be written with (驻华大使).
 */
const MISSION_HEADS = new Set([...LEXICON.titles.missionHeads, '总领事']);
const STATION = /^驻[\u3400-\u9fff]{1,6}?(?=大使|特命全权大使|总领事)/;

/**
 * Article → extraction, by rules over a canonical text (see README.md in this folder). Pure and
 * deterministic: the same article always gives the same JSON, facts in reading order. Only the facts
 * the extractor asserts (confidence ≥ `CONFIDENCE.assertAt`, `asserted.ts`).
 */
export function extractArticle(article: NormalizedArticle): Extraction {
  return assertedFacts(readArticle(article));
}

/** Every reading of an article with its confidence, asserted or not: what confidences are fitted and calibrated on. */
export function readArticle(article: NormalizedArticle): Extraction {
  const title = canonicalLine(article.title);
  // The headline is sentence 0: it may name persons, and it names the event when the body does not.
  const sentences: Sentence[] = [{ text: title, paragraph: -1 }, ...splitSentences(article.body)];
  const text = sentences.map((s) => s.text).join('\n');

  // 1. Persons the grammar gives posts (or a byline) in each sentence; bare names wait for a role verb.
  const persons = new PersonSet();
  const posts: { person: string; post: ParsedPost; evidence: string; sentence: number; end: number }[] = [];
  const unitForms = declaredUnitForms(text);
  const outlet = articleOutlet(article.body);
  const site = articleSite(article.body);
  const read = sentences.map((s) => sentencePeople(s.text, { unitForms, outlet, site }));
  const foreignNames = foreignNameEnds(read.flatMap((r) => r.mentions));
  const mentions: Mention[][] = read.map((r, k) =>
    r.mentions.map((m) => foreignNameAgain(m, sentences[k]!.text, foreignNames)),
  );
  mentions.forEach((ms, k) => {
    const bodies: string[] = [];
    for (const m of ms) {
      if (m.posts.length === 0 && m.via !== 'byline') continue;
      persons.add(m.name, sentences[k]!.text, m.confidence, personReading(m));
      for (const p of m.posts) {
        if (isNomination(sentences[k]!.text, p)) continue;
        const org =
          p.organization &&
          abroadGovernment(placeFromSentence(p.organization, bodies, sentences[k]!.text), text);
        const post = org === p.organization ? p : { ...p, organization: org };
        if (org) bodies.push(org);
        posts.push({ person: m.name, post, evidence: sentences[k]!.text, sentence: k, end: m.end });
      }
    }
  });

  // 2. Later mentions: the full name alone, or a short reference (李会长) that fits exactly one person.
  const refs = shortReferences(
    persons.names().map((name) => ({
      name,
      titles: posts.filter((p) => p.person === name).map((p) => p.post.title),
    })),
  );
  for (const [ref, name] of refs) if (text.includes(ref)) persons.alias(name, ref);
  const known = new Set(persons.names());
  sentences.forEach((s, k) => {
    const own = mentions[k]!.map((m): Mention => {
      if (m.via !== 'bare') return m;
      // 孙景和代表…: a bare reading cut short (孙景, before 和) is the known person the text goes on to name.
      const longer = [...known].find(
        (n) => n.length > m.name.length && n.startsWith(m.name) && s.text.startsWith(n, m.nameStart),
      );
      if (longer) return { ...m, name: longer, end: m.nameStart + longer.length, via: 'known' };
      if (known.has(m.name)) return { ...m, via: 'known' };
      // 门多萨在发言中说: a bare name that is the short form of one person's foreign name is that person.
      const full = refs.get(m.name);
      return full && full.includes('·') ? { ...m, name: full, via: 'short-ref', confidence: 0.7 } : m;
    });
    const all = [...own, ...knownMentions(s.text, persons.names(), own)];
    for (const [ref, name] of refs)
      if (s.text.includes(ref))
        for (const m of knownMentions(s.text, [ref], all))
          all.push({ ...m, name, via: 'short-ref', confidence: 0.7 });
    const pronouns = read[k]!.pronouns;
    const earlier = () => mentions.slice(0, k).map((ms, j) => ({ ms, text: sentences[j]!.text }));
    const referred = pronouns.length > 0 ? pronounMentions(pronouns, all, s.text, earlier()) : [];
    mentions[k] = sortMentions([...all, ...referred]);
  });

  // 3. The event, the organizations' part in it and the persons' roles.
  const found = findEvent(title, sentences.slice(1), article.publishedAt);
  const orgRoles = organizerTexts(sentences).flatMap(eventOrganizations);
  const clauseFacts = clauseRoles(sentences, mentions);
  const roleFacts = [
    ...clauseFacts,
    ...lineRoles(
      sentences.map((s, k) => ({ text: s.text, mentions: mentions[k]! })),
      clauseFacts.reduce(
        (m, r) => m.set(r.mention, [...(m.get(r.mention) ?? []), r.role]),
        new Map<Mention, PersonEventRole[]>(),
      ),
    ),
  ];
  // A name with no post counts as a person when a role verb follows it (甲、乙先后作主旨演讲).
  for (const r of roleFacts)
    if (r.mention.via === 'bare')
      persons.add(r.mention.name, r.evidence, r.mention.confidence, `bare|${r.role}|${r.how}`);
  // 市领导甲、乙: names a leader word lists are persons even when the verb went to another line.
  read.forEach((r, k) => {
    for (const m of ledNames(sentences[k]!.text, r.mentions, sentences[k - 1]?.text))
      persons.add(m.name, sentences[k]!.text, m.confidence, 'bare|led');
  });
  let event: ExtractedEvent | null = found ? { ...found.event, confidence: CONFIDENCE.namedEvent } : null;
  // Roles need an event; without a recognisable name the headline stands for it.
  // Speaking alone (某某强调) happens outside events too; hosting or organizing implies one.
  // A headline reporting a signing (甲与乙签订合作协议) reports an occasion with guests and speakers.
  // So does one reporting a visit (到某镇调研, 检查…实施情况), in its headline or its opening sentences
  // (a WeChat headline broken over lines may lose the verb to the body).
  const { occasionVerbs, visitVerbs } = LEXICON.events;
  const occasion =
    occasionVerbs.some((v) => title.includes(v)) ||
    [title, ...sentences.slice(1, 4).map((s) => s.text)].some((t) => visitVerbs.some((v) => t.includes(v)));
  if (!event && (roleFacts.some((r) => r.role === 'host') || orgRoles.length > 0 || occasion))
    event = { name: title, date: null, place: null, evidence: title, confidence: CONFIDENCE.headlineEvent };

  // 4. Organizations: merged names, kinds, aliases, parents of sub-units, back-references resolved.
  const founded = foundedBody(event, sentences);
  const registry = new OrgRegistry(
    [
      ...founded,
      ...posts.flatMap((p) => (p.post.organization ? [p.post.organization] : [])),
      ...orgRoles.map((r) => r.organization),
      ...sentences.flatMap((s) => organizationMentions(s.text, text)),
      ...signingParties(title),
      ...passingCommittee(title, sentences, text),
    ],
    text,
    // 某联盟成立大会: posts taken there (当选理事长) are the founded body's before the organizer's.
    [...founded, ...orgRoles.filter((r) => r.role === 'organizer').map((r) => r.organization)],
    orgRoles.map((r) => r.organization),
  );
  const evidenceOf = (forms: string[]): string =>
    sentences.find((s) => forms.some((f) => s.text.includes(f)))?.text ?? title;

  const positions = newPositions();
  // Where each sentence starts in `text`: a bare reference (公司) may mean the body named last before it, up to
  // the end of its person's mention — 在甲公司，公司董事长某某，…乙公司某所副所长某某: not a body named after it.
  const sentenceStarts: number[] = [];
  sentences.reduce((start, s) => (sentenceStarts.push(start), start + s.text.length + 1), 0);
  for (const { person, post, evidence, sentence, end } of posts) {
    const qualified = post.qualifier ? registry.resolveQualifier(post.qualifier) : null;
    const opening = qualified
      ? null
      : (registry.declaredOpening(post.title) ??
        (post.organization ? registry.declaredAcross(post.organization, post.title) : null));
    const resolved = qualified ?? opening?.name ?? null;
    // 高瓴资本合伙人 with no body named and no full name to resolve to: the brand is the company.
    // 菜鸟国际广州区域总经理: the words a company's unit was written after are the company, brand ending or not.
    const brand =
      !resolved && post.qualifier && !post.organization
        ? (brandOf(post.qualifier) ?? post.brand ?? null)
        : null;
    const short = resolved ?? (brand ? registry.brand(brand) : null);
    const cut = qualified ? post.qualifier! : (opening?.form ?? brand ?? '');
    // A body read from a short form, a bare 协会 or the organizer is a guess about which body is meant.
    const indirect =
      short !== null ||
      post.expanded === true ||
      post.ofOrganizer === true ||
      GENERIC_ORGS.includes(post.organization ?? '');
    const before = text.slice(0, sentenceStarts[sentence]! + end);
    const named =
      short ??
      registry.nameOf(
        post.organization ?? post.listBody ?? null,
        post.ofOrganizer === true,
        before,
        post.title,
      ) ??
      // 省作协副主席兼秘书长: an officer's title after a short form no body of the article resolves is the
      // article's association's, as it is written with no body at all.
      (post.qualifier && !post.organization && isAssociationTitle(post.title)
        ? registry.nameOf(ASSOCIATION_REF, false, before, post.title)
        : null);
    // 副局长某某 with no body written: the body the article is about, when the title heads one of its kind.
    const subject =
      named === null && !short && post.rule !== 'byline' && post.ofOrganizer !== true
        ? registry.subjectOf(post.title, post.qualifier)
        : null;
    // 听取了医院院长某某的汇报 with no hospital of the article to name: 医院 read as written, a word of the title.
    const unnamedHospital = post.organization === HOSPITAL_REF && named === null && subject === null;
    // A correspondent's post stays at no body (people.ts).
    const organization =
      post.rule === 'byline' && !LEXICON.spans.correspondents.has(post.title)
        ? registry.publisherOf(named)
        : (subject?.name ?? named);
    const body: BodyReading =
      (indirect && !unnamedHospital) || subject
        ? 'resolved'
        : post.inherited
          ? 'inherited'
          : post.organization == null && post.listBody !== undefined
            ? 'inherited|listed'
            : organization === null
              ? post.rule === 'byline' && LEXICON.spans.correspondents.has(post.title)
                ? 'correspondent'
                : 'none'
              : text.includes(organization)
                ? 'named'
                : 'built';
    const reading = positionReading(post.rule ?? 'none', body, post.former);
    const written = subject
      ? subject.title
      : unnamedHospital
        ? HOSPITAL_REF + post.title
        : short && cut && post.title.startsWith(cut)
          ? post.title.slice(cut.length)
          : post.title;
    // 免去其海洋学院院长职务: the ended post at the unit's top body, 原 before the unit (dismissed-unit-posts.ts).
    const held =
      post.change === 'end'
        ? dismissedAtTopBody(registry.entries, organization, written)
        : { organization, title: written };
    const fact = {
      person,
      title: held.title,
      organization: held.organization,
      current: !post.former,
      ...postInterval(post, evidence, person, article.publishedAt),
      evidence,
      confidence: confidenceOf('positions', reading, post.confidence ?? CONFIDENCE.unscored),
    };
    positions.add(withReading(fact, reading));
  }

  // 李强总理 next to 国务院总理李强: the post without a body repeats the one with it.
  const kept = endWrittenPosts(
    positions
      .values()
      .filter(
        (p) =>
          p.organization !== null ||
          !positions
            .values()
            .some((q) => q.person === p.person && q.organization && q.title.endsWith(p.title)),
      ),
  );

  // A guest who also speaks or hosts anywhere in the article is a speaker or host, not a guest.
  const active = new Set(roleFacts.filter((r) => r.role !== 'guest').map((r) => r.mention.name));
  const roles = newRoles();
  const eventOrgs = newEventOrgs();
  if (event) {
    const eventReading = event.confidence === CONFIDENCE.headlineEvent ? 'headline' : 'named';
    for (const r of roleFacts)
      if (r.role !== 'guest' || !active.has(r.mention.name)) {
        const reading = `${r.mention.via}|${r.how}|${r.role}|${eventReading}`;
        roles.add(
          withReading(
            {
              person: r.mention.name,
              event: event.name,
              role: r.role,
              topic: r.topic,
              evidence: r.evidence,
              confidence: confidenceOf('roles', reading, r.confidence),
            },
            reading,
          ),
        );
      }
    for (const r of orgRoles) {
      const reading = `${r.confidence === CONFIDENCE.orgList ? 'whole-list' : 'lenient-list'}|${r.role}`;
      eventOrgs.add(
        withReading(
          {
            organization: registry.nameOf(r.organization) ?? r.organization,
            event: event.name,
            role: r.role,
            evidence: r.evidence,
            confidence: confidenceOf('event_orgs', reading, r.confidence),
          },
          reading,
        ),
      );
    }
  }

  // 5. Places: where the event was held, the jurisdictions of public bodies, provinces named on their own.
  const places = articlePlaces({
    text,
    eventPlaces: found?.places ?? [],
    heldAt: sentences.flatMap((s) => {
      const m = HELD_AT.exec(s.text);
      return m ? [m[1]!] : [];
    }),
    visited: sentences.flatMap((s) => visitedPlaces(s.text)),
    publicBodies: [...registry.entries.values()]
      .filter((e) => !e.parent && ['government', 'agency'].includes(e.kind))
      // 高新区党工委 written out as 潍坊高新区党工委: the place is the zone the text writes, not the built name.
      .filter((e) => text.includes(e.name) || !namesZone(e.name))
      // 省政府 completed with the province other bodies' names open with (浙江某某药业…): no place of the article.
      .filter(
        (e) => !registry.namedProvince || !e.name.startsWith(registry.namedProvince) || text.includes(e.name),
      )
      // 俄罗斯联邦阿穆尔州政府 a.k.a. 阿穆尔州政府 (a head's post): the foreign place the text writes abroad.
      .flatMap((e) => [e.name, ...[...e.aliases].filter((a) => isAbroadGovernment(a, text))]),
    otherBodies: [...registry.entries.values()].map((e) => e.name),
    headedMissions: posts.flatMap((p) =>
      p.post.organization && MISSION_HEADS.has(p.post.title.replace(STATION, ''))
        ? [p.post.organization]
        : [],
    ),
    // Provinces inside company or person names (上海电气, 叶辽宁) are not places the article speaks of.
    prose: [
      ...new Set([
        ...[...registry.entries.values()].flatMap((e) => [e.name, ...e.aliases]),
        ...posts.flatMap((p) => (p.post.organization ? [p.post.organization] : [])),
        ...posts.map((p) => p.post.title),
        ...persons.names(),
      ]),
    ]
      .sort((a, b) => b.length - a.length)
      .reduce((t, n) => t.split(n).join('|'), text),
  });

  return splitCredits({
    article: article.source,
    title: article.title,
    publishedAt: article.publishedAt,
    persons: persons.values(),
    // A body the text names in full is surer than one built from a title (副市长 → 市人民政府) or a reference.
    organizations: registry.values(evidenceOf).map((o) => {
      const named = text.includes(o.name);
      const reading = `${named ? 'named' : 'referred'}|${o.kind}`;
      const base = named ? CONFIDENCE.namedOrganization : CONFIDENCE.referredOrganization;
      return withReading({ ...o, confidence: confidenceOf('organizations', reading, base) }, reading);
    }),
    places: places.map((p) => p.name),
    placeDetails: places,
    events: event ? [event] : [],
    positions: kept,
    roles: roles.values(),
    event_orgs: eventOrgs.values(),
  });
}

/** 新当选的会长甲作表态发言: a short phrase ending in 的 before the descriptor still leaves the person the subject. */
const SUBJECT_LEAD = /(?:^|[，。：；）])[^，。：；（）]{1,6}的$/;

/**
 * 他表示 / 她指出: the pronoun stands for the last person named as a subject before it — a name that opens
 * a clause (李卫东详细了解…，听取赵文斌的汇报。他指出 → 李卫东), in this sentence or an earlier one.
 */
function pronounMentions(
  at: readonly number[],
  here: readonly Mention[],
  text: string,
  before: readonly { ms: readonly Mention[]; text: string }[],
): Mention[] {
  const subject = (m: Mention, t: string) =>
    m.via !== 'bare' &&
    m.via !== 'pronoun' &&
    (m.start === 0 || '，。：；）'.includes(t.charAt(m.start - 1)) || SUBJECT_LEAD.test(t.slice(0, m.start)));
  return at.flatMap((p) => {
    const last =
      here.filter((m) => m.end <= p && subject(m, text)).at(-1) ??
      before.flatMap((b) => b.ms.filter((m) => subject(m, b.text))).at(-1);
    if (!last) return [];
    return [
      {
        name: last.name,
        start: p,
        nameStart: p,
        end: p + 1,
        posts: [],
        via: 'pronoun' as const,
        confidence: CONFIDENCE.pronoun,
      },
    ];
  });
}

/** How a person was first found: the grammar line of their surest post, else how the name was read. */
function personReading(m: Mention): string {
  const rule = m.posts.find((p) => p.confidence === m.confidence)?.rule ?? m.posts[0]?.rule;
  return rule ? `${m.via}|${rule}` : m.via;
}

/** How far into the text an electing assembly still names the event the article reports. */
const OPENING_SENTENCES = 12;

/**
 * The association an event founds or renews (某某联盟成立大会 → 某某联盟; 某商会第八届理事会换届选举暨就职典礼,
 * 某协会换届大会 → the association itself), whose officers are elected there.
 */
function foundedBody(event: ExtractedEvent | null, sentences: readonly { text: string }[]): string[] {
  // A headline standing for the event may open with a WeChat label (喜讯｜).
  const name = event?.name.replace(/^[^｜|]{1,6}[｜|]/, '') ?? '';
  const m = /^(.{4,40}?)(?:正式)?(?:成立|揭牌|第[一二三四五六七八九十\d]+届|换届)/.exec(name);
  if (m && kindOf(m[1]!) === 'association') return [m[1]!];
  return electingBody(sentences);
}

/**
 * 某市人大常委会任免名单, （…某市第五届人民代表大会常务委员会第二十六次会议通过）: the standing committee whose session
 * passed a 任免 list is a body the article names (the golds of blind10, 16, 18, 19, 29, 30 and 31 list it), though
 * only inside the session's name. Written short (某市人大常委会) where the article writes it so anywhere (its 来源
 * line, blind16), else in full, its session ordinal left out as the golds of blind10, 18, 19 and 31 leave it.
 */
function passingCommittee(title: string, sentences: readonly { text: string }[], text: string): string[] {
  for (const t of [title, ...sentences.slice(0, OPENING_SENTENCES).map((s) => s.text)]) {
    const m = PASSING_COMMITTEE.exec(t);
    if (!m) continue;
    // 来源：某市人大常委会: the short form the article writes elsewhere is the name it goes by.
    const short = `${m[1]!}人大常委会`;
    return [text.includes(short) ? short : m[1]! + m[3]!];
  }
  return [];
}
const PASSING_COMMITTEE =
  /(?:^|(?<=[^\u3400-\u9fff]|日))([\u3400-\u9fff]{1,10}?(?:省|市|县|区|州|盟|旗))(第[一二三四五六七八九十]+届)?(人民代表大会常务委员会|人大常委会)(?=第[一二三四五六七八九十百]+次会议|任免名单)/;

/** The words an electing assembly is written with: only a sentence holding one is read for organizations. */
const ELECTING_WORDS = /会员(?:代表)?大会|换届/;
/** A member body's own electing assembly, right after its name: 第三届会员大会, 第八次会员代表大会, 换届. */
const ELECTING_ASSEMBLY = new RegExp(`^(?:第[一二三四五六七八九十\\d]+[届次])?(?:${ELECTING_WORDS.source})`);

/**
 * With no event name to read it from (a WeChat headline broken over lines: 热烈祝贺｜ / 某商会 / 第三届会员大会),
 * the association whose 会员大会 or 换届 the opening sentences report: only it elects officers there, not the
 * 工商联 or 科协 guiding it, named later as guests (省工商联副主席某某到会讲话; blind24-20, blind26-20).
 */
function electingBody(sentences: readonly { text: string }[]): string[] {
  for (const { text } of sentences.slice(0, OPENING_SENTENCES).filter((s) => ELECTING_WORDS.test(s.text)))
    for (const org of organizationMentions(text))
      if (kindOf(org) === 'association' && ELECTING_ASSEMBLY.test(text.slice(text.indexOf(org) + org.length)))
        return [org];
  return [];
}

/**
 * The last parts of the article's foreign (dotted) names, each of one person only: 萨尔森巴耶夫 and
 * 努尔兰诺维奇·萨尔森巴耶夫 for 阿斯兰·努尔兰诺维奇·萨尔森巴耶夫.
 */
function foreignNameEnds(all: readonly Mention[]): Map<string, string> {
  const owners = new Map<string, Set<string>>();
  for (const m of all) {
    const parts = m.name.split('·');
    for (let k = 1; k < parts.length; k++) {
      const end = parts.slice(k).join('·');
      owners.set(end, (owners.get(end) ?? new Set()).add(m.name));
    }
  }
  const out = new Map<string, string>();
  for (const [end, names] of owners) if (names.size === 1) out.set(end, [...names][0]!);
  return out;
}

/**
 * 萨尔森巴耶夫副部长表示, 阿尔-哈比卜副部长表示: a name read before a title that is the end of a foreign name's
 * last part written in full (巴耶夫 of 萨尔森巴耶夫) is that person named again, with no new post (blind16, 31).
 */
function foreignNameAgain(m: Mention, text: string, ends: ReadonlyMap<string, string>): Mention {
  if (m.via !== 'post-name' || m.name.includes('·')) return m;
  for (const [end, full] of ends) {
    const at = m.nameStart + m.name.length - end.length;
    if (end.length > m.name.length && end.endsWith(m.name) && at >= 0 && text.startsWith(end, at))
      return { ...m, name: full, nameStart: at, posts: [], via: 'short-ref', confidence: 0.7 };
  }
  return m;
}
