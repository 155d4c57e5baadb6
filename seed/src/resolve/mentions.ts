import type { Extraction, OrganizationKind } from '@guanxi/schema';
import type { Mention } from './resolver';

/** The people and organizations an extraction names, for resolution. */
export interface OrgMention extends Mention {
  kind: OrganizationKind;
}

/** Persons and organizations named anywhere in the extraction, listed or only referenced. */
export function mentionsOf(x: Extraction): { persons: Mention[]; organizations: OrgMention[] } {
  const persons: Mention[] = x.persons.map((p) => ({ name: p.name, aliases: p.aliases ?? [] }));
  const seenP = new Set(persons.flatMap((p) => [p.name, ...p.aliases]));
  for (const name of [...x.positions.map((p) => p.person), ...x.roles.map((r) => r.person)]) {
    if (!seenP.has(name)) persons.push({ name, aliases: [] });
    seenP.add(name);
  }
  const organizations: OrgMention[] = x.organizations.map((o) => ({
    name: o.name,
    aliases: o.aliases ?? [],
    kind: o.kind,
  }));
  const seenO = new Set(organizations.flatMap((o) => [o.name, ...o.aliases]));
  const referenced = [
    ...x.organizations.map((o) => o.parent),
    ...x.positions.map((p) => p.organization),
    ...x.event_orgs.map((e) => e.organization),
  ];
  for (const name of referenced) {
    if (!name || seenO.has(name)) continue;
    organizations.push({ name, aliases: [], kind: 'other' });
    seenO.add(name);
  }
  return { persons, organizations };
}
