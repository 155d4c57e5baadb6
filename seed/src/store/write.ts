import { LABELS, ID_PREFIX, RELATION_TYPES, type Extraction } from '@guanxi/schema';
import type { Driver, ManagedTransaction, QueryResult } from 'neo4j-driver';
import { withoutMarkupNames, type NormalizedArticle } from '../normalize/index';
import {
  lookupNames,
  mentionsOf,
  organizationId,
  personId,
  type KnownNode,
  type Mention,
} from '../resolve/index';
import { buildPlan, withWritten, type EntityCounts, type PlanInput, type WritePlan } from './plan';
import {
  ARTICLE_QUERY,
  createRelationQuery,
  EVENT_QUERY,
  exactLookupQuery,
  aliasLookupQuery,
  ORGANIZATION_QUERY,
  PERSON_QUERY,
  PLACE_QUERY,
  POSITION_QUERY,
  relationQuery,
} from './queries';
import { nodeRefs, relationParams } from './relation-params';

export interface IngestResult {
  articleId: string;
  alreadyPresent: boolean;
  nodesCreated: number;
  relationshipsCreated: number;
  propertiesSet: number;
  entities: EntityCounts;
}

export interface WriteOptions {
  /** Prepended to every id written (tests and benchmarks write into their own id space). */
  idPrefix?: string;
  /** Called after each batch inside the transaction; throwing rolls the whole write back (tests). */
  onBatch?: (batch: string) => void | Promise<void>;
}

export interface BatchResult {
  articles: { articleId: string; alreadyPresent: boolean; entities: EntityCounts }[];
  nodesCreated: number;
  relationshipsCreated: number;
  propertiesSet: number;
}

/** Lucene allows 1,024 clauses per query; stay well under it. */
const NAMES_PER_FULLTEXT_QUERY = 200;

function fulltextQueries(names: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < names.length; i += NAMES_PER_FULLTEXT_QUERY) {
    const terms = names.slice(i, i + NAMES_PER_FULLTEXT_QUERY).map((n) => `"${n.replace(/[\\"]/g, '\\$&')}"`);
    out.push(`aliases:(${terms.join(' OR ')})`);
  }
  return out;
}

async function lookup(
  tx: ManagedTransaction,
  label: typeof LABELS.Person | typeof LABELS.Organization,
  mentions: readonly Mention[],
  idPrefix: string,
): Promise<KnownNode[]> {
  const names = lookupNames(mentions);
  if (names.length === 0) return [];
  const derive = label === LABELS.Person ? personId : organizationId;
  const idStart = `${idPrefix}${ID_PREFIX[label]}_`;
  const nodes = new Map<string, KnownNode>();
  const add = (res: QueryResult): void => {
    for (const r of res.records) {
      const id = r.get('id') as string;
      if (!nodes.has(id))
        nodes.set(id, { id, name: r.get('name') as string, aliases: r.get('aliases') as string[] });
    }
  };
  add(await tx.run(exactLookupQuery(label), { names, ids: names.map((n) => idPrefix + derive(n)), idStart }));
  const named = new Set([...nodes.values()].map((n) => n.name));
  const unnamed = names.filter((n) => !named.has(n));
  if (unnamed.length > 0)
    add(
      await tx.run(aliasLookupQuery(label), { names: unnamed, queries: fulltextQueries(unnamed), idStart }),
    );
  return [...nodes.values()];
}

/**
 * Resolution lookups (in the caller's transaction) and the pure plan built from them. `written`: a
 * plan committed after what this transaction sees (plan-ahead.ts), whose nodes count as known.
 */
export async function planInTx(
  tx: ManagedTransaction,
  inputs: readonly PlanInput[],
  idPrefix = '',
  written: WritePlan | null = null,
): Promise<WritePlan> {
  inputs = inputs.map((i) => ({ ...i, extraction: withoutMarkupNames(i.extraction) }));
  const mentions = inputs.map((i) => mentionsOf(i.extraction));
  const known = {
    persons: await lookup(
      tx,
      LABELS.Person,
      mentions.flatMap((m) => m.persons),
      idPrefix,
    ),
    organizations: await lookup(
      tx,
      LABELS.Organization,
      mentions.flatMap((m) => m.organizations),
      idPrefix,
    ),
  };
  return buildPlan(inputs, written ? withWritten(known, written) : known, idPrefix);
}

/**
 * Runs a plan: one UNWIND … MERGE per node label and per relationship type. `rowsPerQuery` splits
 * the rows (the benchmark's naive baseline uses 1: one MERGE per round trip, same Cypher).
 */
export async function runPlanInTx(
  tx: ManagedTransaction,
  plan: WritePlan,
  options: WriteOptions = {},
  rowsPerQuery = Number.POSITIVE_INFINITY,
): Promise<BatchResult> {
  const totals = { nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0 };
  const add = (res: QueryResult): void => {
    const c = res.summary.counters.updates();
    totals.nodesCreated += c.nodesCreated;
    totals.relationshipsCreated += c.relationshipsCreated;
    totals.propertiesSet += c.propertiesSet;
  };
  const run = async (query: string, rows: readonly object[], params = {}): Promise<QueryResult[]> => {
    const out: QueryResult[] = [];
    for (let i = 0; i < rows.length; i += Math.min(rowsPerQuery, rows.length)) {
      const res = await tx.run(query, { ...params, rows: rows.slice(i, i + rowsPerQuery) });
      add(res);
      out.push(res);
    }
    return out;
  };
  // Sorted rows take locks in one order, which keeps concurrent writers from deadlocking often.
  const byId = <T extends { id: string }>(rows: T[]): T[] => [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));

  const existed = new Map<string, boolean>();
  // Id → element id of every node written, for the relationship statements' ends (queries.ts MATCH_ENDS).
  const nodes = new Map<string, string>();
  for (const res of await run(ARTICLE_QUERY, plan.articles)) {
    for (const r of res.records) {
      existed.set(r.get('id') as string, r.get('existed') as boolean);
      nodes.set(r.get('id') as string, r.get('node') as string);
    }
  }
  await options.onBatch?.('Article');
  const nodeBatches: [string, string, { id: string }[]][] = [
    ['Person', PERSON_QUERY, plan.persons],
    ['Organization', ORGANIZATION_QUERY, plan.organizations],
    ['Event', EVENT_QUERY, plan.events],
    ['Place', PLACE_QUERY, plan.places],
    ['Position', POSITION_QUERY, plan.positions],
  ];
  const created = new Set<string>();
  for (const a of plan.articles) if (existed.get(a.id) === false) created.add(a.id);
  for (const [name, query, rows] of nodeBatches) {
    if (rows.length === 0) continue;
    for (const res of await run(query, byId(rows))) {
      const r = res.records[0];
      if (!r) continue;
      for (const id of r.get('created') as string[]) created.add(id);
      const ids = r.get('ids') as string[];
      (r.get('nodes') as string[]).forEach((node, i) => nodes.set(ids[i]!, node));
    }
    await options.onBatch?.(name);
  }
  const refs = nodeRefs(nodes);
  for (const type of RELATION_TYPES) {
    const rows = plan.relations[type];
    if (rows.length === 0) continue;
    // A relationship of a node created above cannot exist yet: CREATE it, MERGE only the others.
    const fresh = rows.filter((r) => created.has(r.from) || created.has(r.to));
    const other = fresh.length === 0 ? rows : rows.filter((r) => !created.has(r.from) && !created.has(r.to));
    const params = { nodePrefix: refs.prefix };
    if (fresh.length > 0) await run(createRelationQuery(type), relationParams(type, fresh, refs), params);
    if (other.length > 0) await run(relationQuery(type), relationParams(type, other, refs), params);
    await options.onBatch?.(type);
  }
  return {
    ...totals,
    articles: plan.articles.map((a) => ({
      articleId: a.id,
      alreadyPresent: existed.get(a.id) ?? false,
      entities: plan.entities.get(a.id) ?? {
        persons: 0,
        organizations: 0,
        positions: 0,
        events: 0,
        places: 0,
      },
    })),
  };
}

/** Writes extractions of one or more articles in the caller's transaction (about fifteen queries). */
export async function writePlanInTx(
  tx: ManagedTransaction,
  inputs: readonly PlanInput[],
  options: WriteOptions = {},
): Promise<BatchResult> {
  return runPlanInTx(tx, await planInTx(tx, inputs, options.idPrefix), options);
}

/**
 * Writes many articles in one transaction (bulk loading: seed directories, benchmarks), planned in
 * it or, given `plan`, as planned ahead (plan-ahead.ts).
 */
export async function writeBatch(
  driver: Driver,
  database: string,
  inputs: readonly PlanInput[],
  options: WriteOptions = {},
  plan: WritePlan | null = null,
): Promise<BatchResult> {
  const session = driver.session({ database });
  try {
    // The function may run again on a transient error (deadlock); it recomputes everything but a
    // plan made ahead, which a retry writes again as the batch's MERGEs allow (nothing is duplicated).
    return await session.executeWrite((tx) =>
      plan ? runPlanInTx(tx, plan, options) : writePlanInTx(tx, inputs, options),
    );
  } finally {
    await session.close();
  }
}

/** Writes one article's extraction in one transaction: all of it or nothing. Idempotent. */
export async function writeExtraction(
  driver: Driver,
  database: string,
  article: NormalizedArticle,
  extraction: Extraction,
  options: WriteOptions = {},
): Promise<IngestResult> {
  const session = driver.session({ database });
  try {
    return await session.executeWrite((tx) => writeArticleInTx(tx, { article, extraction }, options));
  } finally {
    await session.close();
  }
}

/**
 * One article's write in the caller's managed transaction (the server's database door). Prepare the
 * article first, outside the transaction, since the transaction may run again.
 */
export async function writeArticleInTx(
  tx: ManagedTransaction,
  prepared: PlanInput,
  options: WriteOptions = {},
): Promise<IngestResult> {
  const res = await writePlanInTx(tx, [prepared], options);
  const a = res.articles[0]!;
  return {
    articleId: a.articleId,
    alreadyPresent: a.alreadyPresent,
    nodesCreated: res.nodesCreated,
    relationshipsCreated: res.relationshipsCreated,
    propertiesSet: res.propertiesSet,
    entities: a.entities,
  };
}
