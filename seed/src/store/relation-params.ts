import { RELATIONS, type RelationType } from '@guanxi/schema';
import type { RelationRow } from './rows';

/**
 * What a relationship statement is sent: a batch's parameters are megabytes, and packing them in
 * this thread (and unpacking them in Neo4j) grows with their size. So a row carries only the fields
 * its statement reads, and its ends as the element ids the node statements returned, without the
 * prefix they all share (`$nodePrefix`; for Neo4j 5 `4:<database id>:`, but any common prefix
 * works, an empty one included).
 */
export interface NodeRefs {
  prefix: string;
  /** Node id → its element id without `prefix`. */
  local: ReadonlyMap<string, string>;
}

export function nodeRefs(elementIds: ReadonlyMap<string, string>): NodeRefs {
  let prefix: string | null = null;
  for (const e of elementIds.values()) {
    if (prefix === null) prefix = e;
    let n = 0;
    while (n < prefix.length && n < e.length && prefix[n] === e[n]) n++;
    prefix = prefix.slice(0, n);
  }
  const p = prefix ?? '';
  const local = new Map<string, string>();
  for (const [id, e] of elementIds) local.set(id, e.slice(p.length));
  return { prefix: p, local };
}

/** The fields `relationQuery` and `createRelationQuery` read, from the schema. */
function fieldsOf(type: RelationType): string[] {
  const spec = RELATIONS[type];
  return [
    ...Object.keys(spec.properties),
    'articles',
    'evidence',
    ...(spec.fact ? ['id', 'sourceConfidence'] : []),
  ];
}

export function relationParams(
  type: RelationType,
  rows: readonly RelationRow[],
  refs: NodeRefs,
): Record<string, unknown>[] {
  const fields = fieldsOf(type);
  return rows.map((r) => {
    const a = refs.local.get(r.from);
    const b = refs.local.get(r.to);
    // Every end is a node row of the plan (plan.ts), so this is a bug, never the data's fault.
    if (a === undefined || b === undefined) throw new Error(`no node written for ${r.from} → ${r.to}`);
    const out: Record<string, unknown> = { a, b };
    const row = r as unknown as Record<string, unknown>;
    for (const f of fields) if (row[f] !== undefined) out[f] = row[f];
    return out;
  });
}
