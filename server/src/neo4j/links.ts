import { LABELS, type Label, type RelationType } from '@guanxi/schema';
import { anyRecCypher, recCypher, type NodeRec } from './records';

/**
 * One-hop relations the profile fields follow, as Cypher patterns over `k` (the node we start from,
 * of label `from`), `r` (the relationship whose properties carry role/current/evidence) and `o`
 * (the node at the other end); `v` is the position passed through on folded person–organization hops.
 * Labels and types come from @guanxi/schema; nothing here is built from input.
 */
export interface LinkSpec {
  readonly from: Label;
  readonly match: string;
  /** The record type of `o`; null where it can be any entity. */
  readonly other: NodeRec['__typename'] | null;
  readonly via?: boolean;
}

const { Person, Organization, Position, Event, Place, Article, Entity } = LABELS;

export const LINKS = {
  personPositions: { from: Person, match: `(k)-[r:HOLDS]->(o:${Position})`, other: 'Position' },
  personEvents: { from: Person, match: `(k)-[r:PARTICIPATED]->(o:${Event})`, other: 'Event' },
  positionHolders: { from: Position, match: `(k)<-[r:HOLDS]-(o:${Person})`, other: 'Person' },
  organizationPositions: { from: Organization, match: `(k)<-[r:AT]-(o:${Position})`, other: 'Position' },
  organizationPeople: {
    from: Organization,
    match: `(k)<-[:AT]-(v:${Position})<-[r:HOLDS]-(o:${Person})`,
    via: true,
    other: 'Person',
  },
  organizationParent: {
    from: Organization,
    match: `(k)-[r:PART_OF]->(o:${Organization})`,
    other: 'Organization',
  },
  organizationUnits: {
    from: Organization,
    match: `(k)<-[r:PART_OF]-(o:${Organization})`,
    other: 'Organization',
  },
  organizationEvents: { from: Organization, match: `(k)-[r:ORGANIZED]->(o:${Event})`, other: 'Event' },
  eventParticipants: { from: Event, match: `(k)<-[r:PARTICIPATED]-(o:${Person})`, other: 'Person' },
  eventOrganizers: { from: Event, match: `(k)<-[r:ORGANIZED]-(o:${Organization})`, other: 'Organization' },
  eventPlace: { from: Event, match: `(k)-[r:HELD_IN]->(o:${Place})`, other: 'Place' },
  placeEvents: { from: Place, match: `(k)<-[r:HELD_IN]-(o:${Event})`, other: 'Event' },
  placeParent: { from: Place, match: `(k)-[r:IN]->(o:${Place})`, other: 'Place' },
  placeChildren: { from: Place, match: `(k)<-[r:IN]-(o:${Place})`, other: 'Place' },
  entityArticles: { from: Entity, match: `(k)<-[r:MENTIONS]-(o:${Article})`, other: 'Article' },
  articleMentions: { from: Article, match: `(k)-[r:MENTIONS]->(o:${Entity})`, other: null },
} as const satisfies Record<string, LinkSpec>;

export type LinkName = keyof typeof LINKS;

/** Per start node, at most this many links (a hub organization can have thousands of people). */
export const MAX_LINKS = 500;

/** What every fact relationship carries that the fact records read (schema/facts.ts). */
const FACT_PROPERTIES = [
  'id',
  'confidence',
  'status',
  'evidence',
  'curatedBy',
  'laterSupport',
  'firstSeen',
  'lastSeen',
];

/**
 * Per relationship type, the properties a Link's readers use (the fact records of schema/facts.ts,
 * the changes feed's MENTIONS evidence): a statement projects these instead of `properties(r)`,
 * which would also carry `articles`, `sourceConfidence` and the rest the writer keeps, decoded for
 * nothing. `retracted` is left out: links skip retracted facts.
 */
const REL_PROPERTIES: Record<RelationType, readonly string[]> = {
  HOLDS: [...FACT_PROPERTIES, 'current', 'since', 'sinceBound', 'until', 'untilBound', 'lastCurrent'],
  PARTICIPATED: [...FACT_PROPERTIES, 'role', 'topic'],
  ORGANIZED: [...FACT_PROPERTIES, 'role'],
  PART_OF: FACT_PROPERTIES,
  MENTIONS: ['evidence'],
  AT: [],
  HELD_IN: [],
  IN: [],
};

/** The properties a link's relationship (`r` in its pattern) carries, by its type; read once per link. */
const relKeys = new Map<LinkSpec, readonly string[]>();
function keysOf(spec: LinkSpec): readonly string[] {
  let keys = relKeys.get(spec);
  if (!keys) {
    keys = REL_PROPERTIES[/\[r:(\w+)\]/.exec(spec.match)?.[1] as RelationType];
    relKeys.set(spec, keys);
  }
  return keys;
}

/**
 * Cypher for relationship variable `r` of a link as a list of its REL_PROPERTIES' values: a list
 * rather than a map because the driver decodes every map key of every row as a fresh string, and
 * on a profile's hundreds of rows the keys cost more than the values. relOf makes the map again.
 * Properties in `skip` are sent as null, unread (a fold leaves out what its operation never asks).
 */
export const relProjection = (spec: LinkSpec, r: string, skip: ReadonlySet<string> = NONE): string =>
  `[${keysOf(spec)
    .map((k) => (skip.has(k) ? 'null' : `${r}.${k}`))
    .join(', ')}]`;
const NONE: ReadonlySet<string> = new Set();

/** A relProjection's values as the Link's `rel` map (absent properties left out, as properties(r) would). */
export function relOf(spec: LinkSpec, values: readonly unknown[]): Record<string, unknown> {
  const keys = keysOf(spec);
  const rel: Record<string, unknown> = {};
  for (let i = 0; i < keys.length; i++) if (values[i] != null) rel[keys[i]!] = values[i];
  return rel;
}

/** A node as its record: of a known type (recCypher), else by its labels (anyRecCypher). */
export const nodeCypher = (
  type: NodeRec['__typename'] | null,
  x: string,
  skip: ReadonlySet<string> = NONE,
): string => (type ? recCypher(type, x, skip) : anyRecCypher(x, skip));

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
RETURN id AS key, ${relProjection(spec, 'r')} AS rel, ${nodeCypher(spec.other, 'o')} AS other,
       ${via === 'v' ? recCypher('Position', 'v') : 'null'} AS via`;
}
