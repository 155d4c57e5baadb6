import type { ExtractedEvent, Extraction } from '@guanxi/schema';
import type { NormalizedArticle } from '../normalize';
import { shortReferences } from './aliases';
import { newEventOrgs, newPositions, newRoles, PersonSet } from './assemble';
import type { ParsedPost } from './descriptors';
import { eventOrganizations } from './event-orgs';
import { findEvent, HELD_AT } from './events';
import {
  knownMentions,
  type Mention,
  parentheticalMentions,
  postNameMentions,
  sortMentions,
  titledMentions,
} from './mentions';
import { organizationMentions } from './org-mentions';
import { kindOf } from './organizations';
import { OrgRegistry } from './org-registry';
import { articlePlaces, visitedPlaces } from './places';
import { sentenceRoles } from './roles';
import { canonicalLine, type Sentence, splitSentences } from './sentences';

export { canonicalLine, splitSentences } from './sentences';
export { scoreExtraction, type CategoryScore, type GoldLike } from './score';

/**
 * Article → extraction, by rules over a canonical text (see README.md in this folder). Pure and
 * deterministic: the same article always gives the same JSON, facts in reading order.
 */
export function extractArticle(article: NormalizedArticle): Extraction {
  const title = canonicalLine(article.title);
  // The headline is sentence 0: it may name persons, and it names the event when the body does not.
  const sentences: Sentence[] = [{ text: title, paragraph: -1 }, ...splitSentences(article.body)];
  const text = sentences.map((s) => s.text).join('\n');

  // 1. Persons introduced by their titles (or before a title), with the posts those titles give.
  const persons = new PersonSet();
  const posts: { person: string; post: ParsedPost; evidence: string }[] = [];
  const mentions: Mention[][] = sentences.map((s) => {
    const titled = titledMentions(s.text);
    const listed = [...titled, ...parentheticalMentions(s.text, titled)];
    return sortMentions([...listed, ...postNameMentions(s.text, listed)]);
  });
  mentions.forEach((ms, k) => {
    for (const m of ms) {
      persons.add(m.name, sentences[k]!.text);
      for (const post of m.posts) posts.push({ person: m.name, post, evidence: sentences[k]!.text });
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
  sentences.forEach((s, k) => {
    const all = [...mentions[k]!, ...knownMentions(s.text, persons.names(), mentions[k]!)];
    for (const [ref, name] of refs)
      for (const m of knownMentions(s.text, [ref], all)) all.push({ ...m, name, via: 'short-ref' });
    mentions[k] = sortMentions(all);
  });

  // 3. The event, the organizations' part in it and the persons' roles.
  const found = findEvent(title, sentences.slice(1), article.publishedAt);
  const orgRoles = sentences.flatMap((s) => eventOrganizations(s.text));
  const roleFacts = sentences.flatMap((s, k) =>
    sentenceRoles(s.text, mentions[k]!).map((r) => ({ ...r, evidence: s.text })),
  );
  let event: ExtractedEvent | null = found?.event ?? null;
  // Roles need an event; without a recognisable name the headline stands for it.
  // Speaking alone (某某强调) happens outside events too; hosting or organizing implies one.
  if (!event && (roleFacts.some((r) => r.role === 'host') || orgRoles.length > 0))
    event = { name: title, date: null, place: null, evidence: title };

  // 4. Organizations: merged names, kinds, aliases, parents of sub-units, back-references resolved.
  const registry = new OrgRegistry(
    [
      ...foundedBody(event),
      ...posts.flatMap((p) => (p.post.organization ? [p.post.organization] : [])),
      ...orgRoles.map((r) => r.organization),
      ...sentences.flatMap((s) => organizationMentions(s.text)),
    ],
    text,
    // 某联盟成立大会: posts taken there (当选理事长) are the founded body's before the organizer's.
    [...foundedBody(event), ...orgRoles.filter((r) => r.role === 'organizer').map((r) => r.organization)],
  );
  const evidenceOf = (forms: string[]): string =>
    sentences.find((s) => forms.some((f) => s.text.includes(f)))?.text ?? title;

  const positions = newPositions();
  for (const { person, post, evidence } of posts) {
    const short = post.qualifier ? registry.resolveQualifier(post.qualifier) : null;
    positions.add({
      person,
      title:
        short && post.title.startsWith(post.qualifier!)
          ? post.title.slice(post.qualifier!.length)
          : post.title,
      organization: short ?? registry.nameOf(post.organization, post.ofOrganizer === true),
      current: !post.former,
      evidence,
    });
  }

  // 李强总理 next to 国务院总理李强: the post without a body repeats the one with it.
  const kept = positions
    .values()
    .filter(
      (p) =>
        p.organization !== null ||
        !positions.values().some((q) => q.person === p.person && q.organization && q.title.endsWith(p.title)),
    );

  // A guest who also speaks or hosts anywhere in the article is a speaker or host, not a guest.
  const active = new Set(roleFacts.filter((r) => r.role !== 'guest').map((r) => r.mention.name));
  const roles = newRoles();
  const eventOrgs = newEventOrgs();
  if (event) {
    for (const r of roleFacts)
      if (r.role !== 'guest' || !active.has(r.mention.name))
        roles.add({
          person: r.mention.name,
          event: event.name,
          role: r.role,
          topic: r.topic,
          evidence: r.evidence,
        });
    for (const r of orgRoles)
      eventOrgs.add({
        organization: registry.nameOf(r.organization) ?? r.organization,
        event: event.name,
        role: r.role,
        evidence: r.evidence,
      });
  }

  // 5. Places: where the event was held, the jurisdictions of public bodies, provinces named on their own.
  const places = articlePlaces({
    eventPlaces: found?.places ?? [],
    heldAt: sentences.flatMap((s) => {
      const m = HELD_AT.exec(s.text);
      return m ? [m[1]!] : [];
    }),
    visited: sentences.flatMap((s) => visitedPlaces(s.text)),
    publicBodies: [...registry.entries.values()]
      .filter((e) => !e.parent && ['government', 'agency'].includes(e.kind))
      .map((e) => e.name),
    otherBodies: [...registry.entries.values()].map((e) => e.name),
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

  return {
    article: article.source,
    title: article.title,
    publishedAt: article.publishedAt,
    persons: persons.values(),
    organizations: registry.values(evidenceOf),
    places: places.map((p) => p.name),
    placeDetails: places,
    events: event ? [event] : [],
    positions: kept,
    roles: roles.values(),
    event_orgs: eventOrgs.values(),
  };
}

/** The body an event founds (某某联盟成立大会 → 某某联盟), if the event is its founding. */
function foundedBody(event: ExtractedEvent | null): string[] {
  const m = event ? /^(.{4,40}?)(?:正式)?(?:成立|揭牌)/.exec(event.name) : null;
  return m && kindOf(m[1]!) === 'association' ? [m[1]!] : [];
}
