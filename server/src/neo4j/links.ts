import { LABELS, type Label } from '@guanxi/schema';

/**
 * One-hop relations the profile fields follow, as Cypher patterns over `k` (the node we start from,
 * of label `from`), `r` (the relationship whose properties carry role/current/evidence) and `o`
 * (the node at the other end); `v` is the position passed through on folded person–organization hops.
 * Labels and types come from @guanxi/schema; nothing here is built from input.
 */
export interface LinkSpec {
  readonly from: Label;
  readonly match: string;
  readonly via?: boolean;
}

const { Person, Organization, Position, Event, Place, Article, Entity } = LABELS;

export const LINKS = {
  personPositions: { from: Person, match: `(k)-[r:HOLDS]->(o:${Position})` },
  personEvents: { from: Person, match: `(k)-[r:PARTICIPATED]->(o:${Event})` },
  positionHolders: { from: Position, match: `(k)<-[r:HOLDS]-(o:${Person})` },
  organizationPositions: { from: Organization, match: `(k)<-[r:AT]-(o:${Position})` },
  organizationPeople: {
    from: Organization,
    match: `(k)<-[:AT]-(v:${Position})<-[r:HOLDS]-(o:${Person})`,
    via: true,
  },
  organizationParent: { from: Organization, match: `(k)-[r:PART_OF]->(o:${Organization})` },
  organizationUnits: { from: Organization, match: `(k)<-[r:PART_OF]-(o:${Organization})` },
  organizationEvents: { from: Organization, match: `(k)-[r:ORGANIZED]->(o:${Event})` },
  eventParticipants: { from: Event, match: `(k)<-[r:PARTICIPATED]-(o:${Person})` },
  eventOrganizers: { from: Event, match: `(k)<-[r:ORGANIZED]-(o:${Organization})` },
  eventPlace: { from: Event, match: `(k)-[r:HELD_IN]->(o:${Place})` },
  placeEvents: { from: Place, match: `(k)<-[r:HELD_IN]-(o:${Event})` },
  placeParent: { from: Place, match: `(k)-[r:IN]->(o:${Place})` },
  placeChildren: { from: Place, match: `(k)<-[r:IN]-(o:${Place})` },
  entityArticles: { from: Entity, match: `(k)<-[r:MENTIONS]-(o:${Article})` },
  articleMentions: { from: Article, match: `(k)-[r:MENTIONS]->(o:${Entity})` },
} as const satisfies Record<string, LinkSpec>;

export type LinkName = keyof typeof LINKS;

/** Per start node, at most this many links (a hub organization can have thousands of people). */
export const MAX_LINKS = 500;

/**
 * One batched statement for many start nodes; the per-node LIMIT keeps a hub from flooding it.
 * Retracted facts are skipped: a curator said they are wrong.
 */
export function linkCypher(spec: LinkSpec): string {
  const via = 'via' in spec && spec.via ? 'v' : 'null';
  return `UNWIND $ids AS id
MATCH (k:${spec.from} {id: id})
CALL (k) {
  MATCH ${spec.match}
  WHERE r.retracted IS NULL
  RETURN r, o, ${via} AS v
  ORDER BY coalesce(o.name, o.title, o.id), o.id
  LIMIT $cap
}
RETURN id AS key, properties(r) AS rel, o AS other, v AS via`;
}
