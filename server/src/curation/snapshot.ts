import { ENTITY_KINDS, LABELS, RELATIONS, RELATION_TYPES, labelsOf, type RelationType } from '@guanxi/schema';
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { badInput } from '../errors';

/**
 * A node as it was — labels, properties and every relationship (type, direction, the other end, its
 * properties) — kept in a curation record so an undo can put back what a merge deleted. Values are
 * plain JSON (driver integers become numbers). Labels and types are written back only when they are
 * in the schema's allow-lists, because Cypher cannot take them as parameters.
 */
export interface RelSnap {
  type: RelationType;
  /** True when the relationship starts at the snapshotted node. */
  out: boolean;
  other: string;
  /** The other end's label used to find it by id (a uniqueness constraint, not a scan). */
  otherLabel: string;
  props: Record<string, unknown>;
}

export interface NodeSnap {
  id: string;
  labels: string[];
  props: Record<string, unknown>;
  rels: RelSnap[];
}

const KNOWN_LABELS = new Set<string>([...Object.values(LABELS), ...ENTITY_KINDS.flatMap((k) => labelsOf(k))]);
const LOOKUP_LABELS = [
  LABELS.Person,
  LABELS.Organization,
  LABELS.Event,
  LABELS.Place,
  LABELS.Position,
  LABELS.Article,
];

export function plain(v: unknown): unknown {
  if (neo4j.isInt(v)) return v.toNumber();
  if (Array.isArray(v)) return v.map(plain);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)]));
  return v;
}

export async function snapshotNodes(
  tx: ManagedTransaction,
  label: string,
  ids: readonly string[],
): Promise<NodeSnap[]> {
  if (!LOOKUP_LABELS.includes(label as (typeof LOOKUP_LABELS)[number]))
    throw new Error(`not a lookup label: ${label}`);
  const res = await tx.run(
    `UNWIND $ids AS id MATCH (n:${label} {id: id})
     OPTIONAL MATCH (n)-[r]-(o)
     RETURN n.id AS id, labels(n) AS labels, properties(n) AS props,
            collect(CASE WHEN r IS NULL THEN null ELSE {type: type(r), out: startNode(r) = n, other: o.id,
                    labels: labels(o), props: properties(r)} END) AS rels`,
    { ids },
  );
  return res.records.map((r) => ({
    id: r.get('id') as string,
    labels: r.get('labels') as string[],
    props: plain(r.get('props')) as Record<string, unknown>,
    rels: (
      r.get('rels') as { type: RelationType; out: boolean; other: string; labels: string[]; props: object }[]
    )
      // A loop appears twice (once per direction); keep the outgoing one.
      .filter(
        (x, i, all) =>
          x.other !== r.get('id') || all.findIndex((y) => y.other === x.other && y.type === x.type) === i,
      )
      .map((x) => ({
        type: x.type,
        out: x.out,
        other: x.other,
        otherLabel: LOOKUP_LABELS.find((l) => x.labels.includes(l)) ?? LABELS.Entity,
        props: plain(x.props) as Record<string, unknown>,
      })),
  }));
}

/** What makes two relationships of a node the same one: type, direction, other end, key properties. */
export function relKey(
  type: RelationType,
  out: boolean,
  other: string,
  props: Record<string, unknown>,
): string {
  const keys = Object.entries(RELATIONS[type].properties as Record<string, string>)
    .filter(([, rule]) => rule === 'key')
    .map(([k]) => String(props[k] ?? ''));
  return [type, out ? '>' : '<', other, ...keys].join('|');
}

/** Creates a node from its snapshot (without relationships). */
export async function recreateNode(tx: ManagedTransaction, snap: NodeSnap): Promise<void> {
  const labels = snap.labels.filter((l) => KNOWN_LABELS.has(l));
  if (labels.length === 0) throw badInput(`cannot restore ${snap.id}: no known label`);
  const exists = await tx.run(`MATCH (n:${labels[0]} {id: $id}) RETURN n.id`, { id: snap.id });
  if (exists.records.length > 0) throw badInput(`${snap.id} exists again; merge it instead of undoing`);
  await tx.run(`CREATE (n:${labels.join(':')}) SET n = $props`, { props: snap.props });
}

/** Writes relationships back from snapshots of their start (or end) node, one statement per type. */
export async function recreateRels(
  tx: ManagedTransaction,
  nodeLabel: string,
  snaps: readonly NodeSnap[],
): Promise<void> {
  const rows = snaps.flatMap((s) => s.rels.map((r) => ({ ...r, node: s.id })));
  for (const type of RELATION_TYPES) {
    for (const otherLabel of [...LOOKUP_LABELS, LABELS.Entity]) {
      for (const out of [true, false]) {
        const batch = rows.filter((r) => r.type === type && r.otherLabel === otherLabel && r.out === out);
        if (batch.length === 0) continue;
        const pattern = out ? '(n)-[r:' + type + ']->(o)' : '(o)-[r:' + type + ']->(n)';
        await tx.run(
          `UNWIND $rows AS row
           MATCH (n:${nodeLabel} {id: row.node}) MATCH (o:${otherLabel} {id: row.other})
           CREATE ${pattern} SET r = row.props`,
          { rows: batch },
        );
      }
    }
  }
}
