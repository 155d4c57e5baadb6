import type { Extraction, OrganizationKind } from '@guanxi/schema';
import { organizationId, personId } from './ids';
import { mentionsOf, type OrgMention } from './mentions';
import { resolveMentions, type KnownNode, type Mention, type Resolution } from './resolver';

/**
 * Resolution of a batch of extractions: which node every person and organization name means,
 * across the batch and against the nodes the database already holds.
 */
export interface KnownNodes {
  persons: KnownNode[];
  organizations: KnownNode[];
}

export interface BatchResolution {
  persons: Resolution;
  organizations: Resolution;
  /** The sharpest kind any mention gives each organization (`other` only when none says more). */
  kindOf: Map<string, OrganizationKind>;
  /** Per extraction, in batch order: the names it mentions. */
  mentions: { persons: Mention[]; organizations: OrgMention[] }[];
}

export function resolveBatch(
  extractions: readonly Extraction[],
  known: KnownNodes,
  idPrefix = '',
): BatchResolution {
  const mentions = extractions.map(mentionsOf);
  const persons = resolveMentions(
    mentions.flatMap((m) => m.persons),
    known.persons,
    (n) => idPrefix + personId(n),
  );
  const organizations = resolveMentions(
    mentions.flatMap((m) => m.organizations),
    known.organizations,
    (n) => idPrefix + organizationId(n),
  );
  const kindOf = new Map<string, OrganizationKind>();
  for (const m of mentions.flatMap((a) => a.organizations)) {
    const id = organizations.idOf.get(m.name);
    if (id && (kindOf.get(id) ?? 'other') === 'other') kindOf.set(id, m.kind);
  }
  return { persons, organizations, kindOf, mentions };
}

/** Name → id for one article: its own aliases first (李会长 here is 李毅中), then the batch's. */
export interface ArticleNames {
  person: (name: string) => string;
  organization: (name: string) => string;
}

export function articleNames(batch: BatchResolution, index: number, idPrefix = ''): ArticleNames {
  const local = (list: readonly Mention[], global: Map<string, string>): Map<string, string> => {
    const m = new Map<string, string>();
    for (const mention of list) {
      const id = global.get(mention.name);
      if (!id) continue;
      for (const n of [mention.name, ...mention.aliases]) if (!m.has(n)) m.set(n, id);
    }
    return m;
  };
  const own = batch.mentions[index] ?? { persons: [], organizations: [] };
  const p = local(own.persons, batch.persons.idOf);
  const o = local(own.organizations, batch.organizations.idOf);
  return {
    person: (n) => p.get(n) ?? batch.persons.idOf.get(n) ?? idPrefix + personId(n),
    organization: (n) => o.get(n) ?? batch.organizations.idOf.get(n) ?? idPrefix + organizationId(n),
  };
}
