import DataLoader from 'dataloader';
import neo4j, { type Node as Neo4jNode } from 'neo4j-driver';
import { LABELS, type FactType } from '@guanxi/schema';
import { factByIdCypher } from '../curation/fact-store';
import { toCuration, type CurationRec } from '../curation/record';
import type { Db } from './db';
import { LINKS, MAX_LINKS, linkCypher, relOf, type LinkName } from './links';
import { anyRecOf, isRecordType, labelOf, nodeRecOf, recCypher, recOf, toRec, type NodeRec } from './records';

/** Entity.history shows at most this many curations (`curations(entity:)` pages through all). */
export const MAX_HISTORY = 100;

export interface Link {
  /** Properties of the relationship: `current`, `role`, `topic`, `evidence`, `articles`. */
  rel: Record<string, unknown>;
  other: NodeRec;
  /** The position a folded person–organization link goes through. */
  via: NodeRec | null;
}

/** A fact relationship loaded by id, with both ends. */
export interface RawFact {
  id: string;
  type: FactType;
  a: NodeRec | null;
  b: NodeRec | null;
  rel: Record<string, unknown>;
}

/**
 * A DataLoader whose primed answers can also be read at once: a resolver on data a fold (or an
 * earlier batch) primed returns it without a promise, so the executor stays on its synchronous
 * path for the whole folded tree. What was primed is what `load` would answer.
 */
export class KnownLoader<V> extends DataLoader<string, V> {
  private readonly known = new Map<string, V>();

  override prime(key: string, value: V | PromiseLike<V> | Error): this {
    // DataLoader keeps the first answer for a key; so does this.
    if (!this.known.has(key) && !(value instanceof Error) && !isThenable(value)) this.known.set(key, value);
    return super.prime(key, value);
  }

  override clear(key: string): this {
    this.known.delete(key);
    return super.clear(key);
  }

  override clearAll(): this {
    this.known.clear();
    return super.clearAll();
  }

  /** The answer for `key`: at once when primed, else through the batch. */
  now(key: string): V | Promise<V> {
    return this.known.has(key) ? (this.known.get(key) as V) : this.load(key);
  }
}

const isThenable = (v: unknown): v is PromiseLike<unknown> =>
  typeof (v as PromiseLike<unknown> | null)?.then === 'function';

/** `f` of a value that may still be coming: at once when it is there (not named `then`: a module exporting `then` is a thenable to dynamic import). */
export function whenLoaded<T, U>(value: T | Promise<T>, f: (v: T) => U): U | Promise<U> {
  return value instanceof Promise ? value.then(f) : f(value);
}

export type Loaders = {
  node: KnownLoader<NodeRec | null>;
  fact: DataLoader<string, RawFact | null>;
  /** Curations about each entity, newest first (Entity.history). */
  history: DataLoader<string, CurationRec[]>;
} & Record<LinkName, KnownLoader<Link[]>>;

/** Per entity, its newest curations; one statement for a whole list of entities. */
export async function loadHistories(db: Db, ids: readonly string[], cap: number): Promise<CurationRec[][]> {
  const rows = await db.read(
    `UNWIND $ids AS id
     CALL (id) {
       MATCH (c:${LABELS.Curation}) WHERE id IN c.entities
       RETURN c ORDER BY c.at DESC, c.id DESC LIMIT $cap
     }
     RETURN id, properties(c) AS c`,
    { ids, cap: neo4j.int(cap) },
    (r) => ({ id: r.get('id') as string, c: toCuration(r.get('c') as Record<string, unknown>) }),
  );
  const out = new Map<string, CurationRec[]>(ids.map((id) => [id, []]));
  for (const row of rows) out.get(row.id)?.push(row.c);
  return ids.map((id) => out.get(id) ?? []);
}

/** Facts by id (retracted ones too: curation and review show them). */
export async function loadFacts(db: Db, ids: readonly string[]): Promise<(RawFact | null)[]> {
  const rows = await db.read(factByIdCypher(), { ids }, (r) => ({
    id: r.get('id') as string,
    type: r.get('type') as FactType,
    a: toRec(r.get('a') as Neo4jNode),
    b: toRec(r.get('b') as Neo4jNode),
    rel: r.get('rel') as Record<string, unknown>,
  }));
  const byId = new Map(rows.map((f) => [f.id, f]));
  return ids.map((id) => byId.get(id) ?? null);
}

/**
 * Nodes by id, in one statement: ids are grouped by the label their prefix names, so every lookup
 * uses that label's uniqueness constraint (a label-less `MATCH (n) WHERE n.id IN …` would scan).
 */
export async function loadNodes(db: Db, ids: readonly string[]): Promise<(NodeRec | null)[]> {
  const byLabel = new Map<string, string[]>();
  for (const id of ids) {
    const label = labelOf(id);
    if (label) byLabel.set(label, [...(byLabel.get(label) ?? []), id]);
  }
  const found = new Map<string, NodeRec>();
  if (byLabel.size > 0) {
    // Curators and curations are not records: their ids find nothing here.
    const labels = [...byLabel.keys()].filter(isRecordType);
    const parts = labels.map(
      (l) => `MATCH (n:${LABELS[l]}) WHERE n.id IN $ids.${l} RETURN ['${l}'] + ${recCypher(l, 'n')} AS n`,
    );
    if (parts.length > 0) {
      const cypher = `CALL () { ${parts.join(' UNION ')} } RETURN n`;
      const rows = await db.read(cypher, { ids: Object.fromEntries(byLabel) }, (r) => anyRecOf(r.get('n')));
      for (const rec of rows) if (rec) found.set(rec.id, rec);
    }
  }
  return ids.map((id) => found.get(id) ?? null);
}

/** The post a folded person–organization link passes through (recCypher's list), if any. */
const viaOf = (v: unknown): NodeRec | null => (Array.isArray(v) ? recOf('Position', v) : null);

/** Fresh per request, so nothing is cached across users or writes. */
export function createLoaders(db: Db): Loaders {
  const node = new KnownLoader<NodeRec | null>((ids) => loadNodes(db, ids), { maxBatchSize: 1000 });
  const link = (name: LinkName): KnownLoader<Link[]> =>
    new KnownLoader<Link[]>(
      async (ids) => {
        const rows = await db.read(linkCypher(LINKS[name]), { ids, cap: neo4j.int(MAX_LINKS) }, (r) => ({
          key: r.get('key') as string,
          rel: relOf(LINKS[name], r.get('rel') as unknown[]),
          other: nodeRecOf(LINKS[name].other, r.get('other')),
          via: viaOf(r.get('via')),
        }));
        const out = new Map<string, Link[]>(ids.map((id) => [id, []]));
        for (const row of rows) {
          if (!row.other) continue;
          // Later levels ask for these nodes by id (position → organization): answer from memory.
          node.prime(row.other.id, row.other);
          if (row.via) node.prime(row.via.id, row.via);
          out.get(row.key)?.push({ rel: row.rel, other: row.other, via: row.via });
        }
        return ids.map((id) => out.get(id) ?? []);
      },
      { maxBatchSize: 1000 },
    );
  const links = Object.fromEntries(
    (Object.keys(LINKS) as LinkName[]).map((name) => [name, link(name)]),
  ) as Record<LinkName, KnownLoader<Link[]>>;
  const fact = new DataLoader<string, RawFact | null>((ids) => loadFacts(db, ids), { maxBatchSize: 500 });
  const history = new DataLoader<string, CurationRec[]>((ids) => loadHistories(db, ids, MAX_HISTORY), {
    maxBatchSize: 500,
  });
  return { node, fact, history, ...links };
}
