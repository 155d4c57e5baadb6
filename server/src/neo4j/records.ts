import type { Node as Neo4jNode } from 'neo4j-driver';
import {
  ID_PREFIX,
  LABELS,
  labelOfId,
  isOrganizationKind,
  ORGANIZATION_KINDS,
  type EntityKind,
  type NodeKind,
  type OrganizationKind,
  type ArticleCredit,
} from '@guanxi/schema';

/**
 * Plain objects the resolvers work with. `__typename` names the GraphQL type, which is how the
 * Node and Entity interfaces resolve (the relay plugin reads `__typename` too).
 */
interface Named {
  id: string;
  name: string;
  aliases: string[];
}
export interface PersonRec extends Named {
  __typename: 'Person';
}
export interface OrganizationRec extends Named {
  __typename: 'Organization';
  kind: OrganizationKind;
}
export interface EventRec extends Named {
  __typename: 'Event';
  date: string | null;
}
export interface PlaceRec extends Named {
  __typename: 'Place';
}
export interface PositionRec {
  __typename: 'Position';
  id: string;
  title: string;
  organizationId: string | null;
  name: string;
}
export interface ArticleRec {
  __typename: 'Article';
  id: string;
  title: string;
  url: string | null;
  publishedAt: string | null;
  text: string;
  /** Bylines and credit lines (记者, 编辑 …): the article's provenance, not facts of the graph. */
  credits: ArticleCredit[];
}
export type EntityRec = PersonRec | OrganizationRec | EventRec | PlaceRec;
export type NodeRec = EntityRec | PositionRec | ArticleRec;

/** The record types, in the order toRec tries a node's labels. */
const REC_TYPES = [
  'Person',
  'Organization',
  'Event',
  'Place',
  'Position',
  'Article',
] as const satisfies readonly NodeRec['__typename'][];

/** Whether a label (as labelOf names it) is one a record is made of. */
export const isRecordType = (label: string): label is NodeRec['__typename'] =>
  (REC_TYPES as readonly string[]).includes(label);

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const strOrNull = (v: unknown): string | null => (typeof v === 'string' ? v : null);
/** An article's `credits` property (JSON the writer made); articles stored before credits existed have none. */
function creditsOf(v: unknown): ArticleCredit[] {
  if (typeof v !== 'string') return [];
  try {
    const list: unknown = JSON.parse(v);
    return Array.isArray(list)
      ? list.flatMap((c: Partial<ArticleCredit> | null) =>
          c && typeof c.name === 'string'
            ? [{ name: c.name, title: str(c.title), organization: strOrNull(c.organization) }]
            : [],
        )
      : [];
  } catch {
    return [];
  }
}
const strList = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x) => typeof x === 'string') : []);

/**
 * Cypher for node variable `x`, known to be a `type`, as the values of its record in a fixed order
 * (recOf makes the record of them): only the properties that type's record has are read (a whole
 * node also carries pinyin keys), and a list rather than a map because the driver decodes every map
 * key of every row as a fresh string — on a profile's or a neighbourhood's hundreds of nodes the
 * keys cost more than the values. Labels and kinds come from @guanxi/schema. With `aliases` in
 * `skip` (no field of the operation reads them, fold/unasked.ts) the aliases are sent as `[]`.
 */
export function recCypher(
  type: NodeRec['__typename'],
  x: string,
  skip: ReadonlySet<string> = new Set(),
): string {
  const s = (k: string): string => `coalesce(${x}.${k}, '')`;
  const aliases = skip.has('aliases') ? '[]' : `coalesce(${x}.aliases, [])`;
  const named = `${x}.id, ${s('name')}, ${aliases}`;
  switch (type) {
    case 'Person':
    case 'Place':
      return `[${named}]`;
    case 'Organization': {
      const kinds = ORGANIZATION_KINDS.map((k) => `'${k}'`).join(', ');
      return `[${named}, CASE WHEN ${x}.kind IN [${kinds}] THEN ${x}.kind ELSE 'other' END]`;
    }
    case 'Event':
      return `[${named}, ${x}.date]`;
    case 'Position':
      return `[${x}.id, ${s('title')}, ${x}.organizationId,
        CASE WHEN coalesce(${x}.name, '') = '' THEN coalesce(${x}.title, '') ELSE ${x}.name END]`;
    case 'Article':
      return `[${x}.id, ${s('title')}, ${x}.url, ${x}.publishedAt, ${s('text')}, ${x}.credits]`;
  }
}

/**
 * The record of `type` whose values recCypher listed, from `v[at]` on (strings and lists as Cypher
 * made them); records.int.test.ts checks it reads every type as toRec reads the whole node. One
 * object literal per type rather than a loop over a field table: on the hot path of every read the
 * literal is 3–5× faster (~25 against ~100 ns a record, measured 2026-11-30).
 */
export function recOf(type: NodeRec['__typename'], v: readonly unknown[], at = 0): NodeRec {
  switch (type) {
    case 'Person':
    case 'Place':
      return {
        __typename: type,
        id: v[at] as string,
        name: v[at + 1] as string,
        aliases: v[at + 2] as string[],
      };
    case 'Organization':
      return {
        __typename: type,
        id: v[at] as string,
        name: v[at + 1] as string,
        aliases: v[at + 2] as string[],
        kind: v[at + 3] as OrganizationKind,
      };
    case 'Event':
      return {
        __typename: type,
        id: v[at] as string,
        name: v[at + 1] as string,
        aliases: v[at + 2] as string[],
        date: (v[at + 3] as string | null) ?? null,
      };
    case 'Position':
      return {
        __typename: type,
        id: v[at] as string,
        title: v[at + 1] as string,
        organizationId: (v[at + 2] as string | null) ?? null,
        name: v[at + 3] as string,
      };
    case 'Article':
      return {
        __typename: type,
        id: v[at] as string,
        title: v[at + 1] as string,
        url: (v[at + 2] as string | null) ?? null,
        publishedAt: (v[at + 3] as string | null) ?? null,
        text: v[at + 4] as string,
        credits: creditsOf(v[at + 5]),
      };
  }
}

/**
 * Cypher for node variable `x` of any label: its type name, then recCypher's values (anyRecOf reads
 * them); null outside the model.
 */
export const anyRecCypher = (x: string, skip: ReadonlySet<string> = new Set()): string =>
  `CASE ${REC_TYPES.map((t) => `WHEN ${x}:${LABELS[t]} THEN ['${t}'] + ${recCypher(t, x, skip)}`).join(' ')} ELSE null END`;

/** The record anyRecCypher listed, or null (a node outside the model). */
export function anyRecOf(v: unknown): NodeRec | null {
  if (!Array.isArray(v)) return null;
  const type = v[0] as unknown;
  return typeof type === 'string' && isRecordType(type) ? recOf(type, v, 1) : null;
}

/** A record of a known type (recCypher's list), or of any type (anyRecCypher's) when `type` is null. */
export const nodeRecOf = (type: NodeRec['__typename'] | null, v: unknown): NodeRec | null =>
  type ? (Array.isArray(v) ? recOf(type, v) : null) : anyRecOf(v);

/** A whole Neo4j node as a record, by its labels; null for nodes outside the model. */
export function toRec(node: Pick<Neo4jNode, 'labels' | 'properties'>): NodeRec | null {
  const p = node.properties as Record<string, unknown>;
  const named = { id: str(p.id), name: str(p.name), aliases: strList(p.aliases) };
  const has = (l: string): boolean => node.labels.includes(l);
  if (has(LABELS.Person)) return { __typename: 'Person', ...named };
  if (has(LABELS.Organization)) {
    const kind = str(p.kind);
    return { __typename: 'Organization', ...named, kind: isOrganizationKind(kind) ? kind : 'other' };
  }
  if (has(LABELS.Event)) return { __typename: 'Event', ...named, date: strOrNull(p.date) };
  if (has(LABELS.Place)) return { __typename: 'Place', ...named };
  if (has(LABELS.Position)) {
    return {
      __typename: 'Position',
      id: named.id,
      title: str(p.title),
      organizationId: strOrNull(p.organizationId),
      name: str(p.name) || str(p.title),
    };
  }
  if (has(LABELS.Article)) {
    return {
      __typename: 'Article',
      id: named.id,
      title: str(p.title),
      url: strOrNull(p.url),
      publishedAt: strOrNull(p.publishedAt),
      text: str(p.text),
      credits: creditsOf(p.credits),
    };
  }
  return null;
}

export function isEntity(r: NodeRec): r is EntityRec {
  return r.__typename !== 'Position' && r.__typename !== 'Article';
}

export function entityKind(r: EntityRec): EntityKind {
  switch (r.__typename) {
    case 'Person':
      return 'person';
    case 'Organization':
      return r.kind;
    case 'Event':
      return 'event';
    case 'Place':
      return 'place';
  }
}

export function nodeKind(r: NodeRec): NodeKind {
  if (r.__typename === 'Position') return 'position';
  if (r.__typename === 'Article') return 'article';
  return entityKind(r);
}

/** What a node is called on the canvas. */
export function caption(r: NodeRec): string {
  if (r.__typename === 'Position') return r.name;
  if (r.__typename === 'Article') return r.title || r.id;
  return r.name;
}

const TYPE_PREFIX = new RegExp(`(?:^|_)(${Object.values(ID_PREFIX).join('|')})_[0-9a-f]+$`);

/**
 * The label an id names: its type prefix (`per_…`), also after a namespace prefix such as the
 * `t3f9a1c_` that test files and imports put in front (`t3f9a1c_per_…`).
 */
export function labelOf(id: string): ReturnType<typeof labelOfId> {
  const direct = labelOfId(id);
  if (direct) return direct;
  const m = TYPE_PREFIX.exec(id);
  return m?.[1] ? labelOfId(`${m[1]}_`) : null;
}
