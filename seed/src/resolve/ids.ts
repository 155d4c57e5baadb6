import { createHash } from 'node:crypto';
import {
  FACT_ID_PREFIX,
  ID_PREFIX,
  primaryLabel,
  type EntityKind,
  type FactType,
  type Label,
} from '@guanxi/schema';

/**
 * Stable ids derived from names (schema/README.md): re-seeding the same articles gives the same
 * ids, and parallel writers of the same name MERGE onto one node under the uniqueness constraint.
 * Every id uses 16 hex digits of sha1; the article id (sha256 of the text) comes from normalize/.
 */
function sha1Hex16(text: string): string {
  return createHash('sha1').update(text, 'utf8').digest('hex').slice(0, 16);
}

type IdLabel = Exclude<Label, 'Entity' | 'Article'>;

function idOf(label: IdLabel, key: string): string {
  return `${ID_PREFIX[label]}_${sha1Hex16(key)}`;
}

/** `per_…`, `org_…` (whatever the organization kind: kind can change, the id must not), `evt_…`, `plc_…`. */
export function entityId(kind: EntityKind, name: string): string {
  return idOf(primaryLabel(kind) as IdLabel, name);
}

export function personId(name: string): string {
  return idOf('Person', name);
}

export function organizationId(name: string): string {
  return idOf('Organization', name);
}

export function eventId(name: string): string {
  return idOf('Event', name);
}

export function placeId(name: string): string {
  return idOf('Place', name);
}

/** A post is a title at an organization (or at none the text names): `pos_` + sha1(orgId + '/' + title). */
export function positionId(organizationId: string | null, title: string): string {
  return idOf('Position', `${organizationId ?? ''}/${title}`);
}

/** A former post keeps 原/前 in the extraction; the graph stores the bare title and `current: false`. */
export function splitFormerTitle(title: string): { title: string; current: boolean } {
  const m = /^[原前]+(.+)$/u.exec(title.trim());
  if (m?.[1]) return { title: m[1], current: false };
  return { title: title.trim(), current: true };
}

/**
 * A fact (a fact relationship) is identified by its type, its two ends and its key properties
 * (`role` for PARTICIPATED/ORGANIZED): `fct_` + sha1 of them. Ends are ids, so a fact keeps its id
 * across re-ingest and restarts, and a merge that moves it onto another node re-derives it.
 */
export function factId(type: FactType, from: string, to: string, role?: string | null): string {
  return `${FACT_ID_PREFIX}_${sha1Hex16(`${type}|${from}|${to}|${role ?? ''}`)}`;
}
