import type { ExtractedEvent, ExtractedOrganization, Extraction } from '@guanxi/schema';
import type { NormalizedArticle } from '../normalize';
import {
  enterpriseShortName,
  knownOrganizationsIn,
  mergeOrganizations,
  parentOf,
  resolveOrganization,
  shortReferences,
} from './aliases';
import { newEventOrgs, newPositions, newRoles, PersonSet, PlaceSet } from './assemble';
import { eventOrganizations, type OrgRoleFact } from './event-orgs';
import { findEvent } from './events';
import { knownMentions, type Mention, postNameMentions, sortMentions, titledMentions } from './mentions';
import { leadingPlaces, provincesIn } from './places';
import { sentenceRoles } from './roles';
import { canonicalLine, type Sentence, splitSentences } from './sentences';

export { canonicalLine, splitSentences } from './sentences';

/**
 * Article → extraction, by rules over a canonical text (see README.md in this folder). Pure and
 * deterministic: the same article always gives the same JSON, facts in reading order.
 */
export function extractArticle(article: NormalizedArticle): Extraction {
  const title = canonicalLine(article.title);
  const sentences: Sentence[] = [{ text: title, paragraph: -1 }, ...splitSentences(article.body)];
  const text = sentences.map((s) => s.text).join('\n');

  // 1. Persons introduced by titles (or before a title), and the posts those titles give.
  const persons = new PersonSet();
  const rawPositions: {
    person: string;
    title: string;
    org: string | null;
    former: boolean;
    evidence: string;
  }[] = [];
  const mentions: Mention[][] = sentences.map((s) => {
    const titled = titledMentions(s.text);
    return [...titled, ...postNameMentions(s.text, titled)];
  });
  mentions.forEach((ms, k) => {
    for (const m of sortMentions(ms)) {
      persons.add(m.name, sentences[k]!.text);
      for (const p of m.posts)
        rawPositions.push({
          person: m.name,
          title: p.title,
          org: p.organization,
          former: p.former,
          evidence: sentences[k]!.text,
        });
    }
  });

  // 2. Later mentions: the full name alone, or a short reference (李会长) that fits one person.
  const refs = shortReferences(
    persons
      .names()
      .map((name) => ({ name, titles: rawPositions.filter((p) => p.person === name).map((p) => p.title) })),
  );
  for (const [ref, name] of refs) if (text.includes(ref)) persons.alias(name, ref);
  sentences.forEach((s, k) => {
    const known = knownMentions(s.text, persons.names(), mentions[k]!);
    const all = [...mentions[k]!, ...known];
    for (const [ref, name] of refs)
      for (const m of knownMentions(s.text, [ref], all)) all.push({ ...m, name, via: 'short-ref' });
    mentions[k] = sortMentions(all);
  });

  // 3. The event, the organizations' part in it and the persons' roles.
  const found = findEvent(title, sentences.slice(1), article.publishedAt);
  const orgRoles: OrgRoleFact[] = sentences.flatMap((s) => eventOrganizations(s.text));
  const roleFacts = sentences.flatMap((s, k) => sentenceRoles(s.text, mentions[k]!));
  let event: ExtractedEvent | null = found?.event ?? null;
  if (!event && (roleFacts.length > 0 || orgRoles.length > 0))
    event = { name: title, date: null, place: null, evidence: title };

  // 4. Organizations: merged names, kinds, aliases, parents of sub-units.
  const surfaces = [
    ...rawPositions.flatMap((p) => (p.org ? [p.org] : [])),
    ...orgRoles.map((r) => r.organization),
    ...knownOrganizationsIn(text),
  ];
  const entries = mergeOrganizations(surfaces);
  for (const e of entries.values()) {
    const parent = parentOf(new Map([...entries].filter(([k]) => k !== e.name)), e.name);
    if (parent) {
      e.parent = parent.name;
      e.kind = parent.kind;
    }
    if (e.kind === 'enterprise') {
      const brand = enterpriseShortName(e.name, text);
      if (brand) e.aliases.add(brand);
    }
  }
  const orgName = (s: string | null): string | null =>
    s ? (resolveOrganization(entries, s)?.name ?? s) : null;
  const evidenceOf = (forms: string[]): string =>
    sentences.find((s) => forms.some((f) => s.text.includes(f)))?.text ?? title;
  const organizations: ExtractedOrganization[] = [...entries.values()].map((e) => ({
    name: e.name,
    kind: e.kind,
    aliases: [...e.aliases],
    ...(e.parent ? { parent: e.parent } : {}),
    evidence: evidenceOf([e.name, ...e.aliases]),
  }));

  const positions = newPositions();
  for (const p of rawPositions)
    positions.add({
      person: p.person,
      title: p.title,
      organization: orgName(p.org),
      current: !p.former,
      evidence: p.evidence,
    });

  const roles = newRoles();
  const eventOrgs = newEventOrgs();
  if (event) {
    for (const r of roleFacts)
      roles.add({
        person: r.mention.name,
        event: event.name,
        role: r.role,
        topic: r.topic,
        evidence: evidenceFor(r.mention),
      });
    for (const r of orgRoles)
      eventOrgs.add({
        organization: orgName(r.organization)!,
        event: event.name,
        role: r.role,
        evidence: r.evidence,
      });
  }
  function evidenceFor(m: Mention): string {
    return sentences[mentions.findIndex((ms) => ms.includes(m))]?.text ?? title;
  }

  // 5. Places: where the event was held, places that open organization names, provinces named.
  const places = new PlaceSet();
  for (const p of found?.places ?? []) places.add(p);
  for (const e of entries.values()) if (!e.parent) for (const p of leadingPlaces(e.name)) places.add(p);
  for (const p of provincesIn(text)) places.add({ name: p, parent: null });

  return {
    article: article.source,
    title: article.title,
    publishedAt: article.publishedAt,
    persons: persons.values(),
    organizations,
    places: places.names(),
    placeDetails: places.values(),
    events: event ? [event] : [],
    positions: positions.values(),
    roles: roles.values(),
    event_orgs: eventOrgs.values(),
  };
}
