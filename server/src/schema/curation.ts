import { LABELS } from '@guanxi/schema';
import neo4j from 'neo4j-driver';
import { builder } from '../builder';
import { checkRange } from '../errors';
import { CURATION_OPERATIONS, toCuration, type CurationRec } from '../curation/record';
import { followRemap, REMAP_CYPHER } from '../curation/remap';
import type { Db } from '../neo4j/db';
import { MAX_HISTORY } from '../neo4j/loaders';
import { isEntity } from '../neo4j/records';
import { toFact } from './facts';
import { EntityRef, FactRef } from './refs';
import { decodeCursor, encodeCursor, MAX_PAGE, offsetPageInfo } from './search';

/** The curation history: `Curation` records, `curations(entity:)` and `Entity.history`. */
export const CurationOperationEnum = builder.enumType('CurationOperation', { values: CURATION_OPERATIONS });

export const CurationRef = builder.objectRef<CurationRec>('Curation').implement({
  description:
    'One change a curator made: who, when, what, why, and the state before and after (JSON). Append-only.',
  fields: (t) => ({
    id: t.exposeID('id'),
    operation: t.field({ type: CurationOperationEnum, resolve: (c) => c.operation }),
    curator: t.exposeString('curator', { description: 'The curator’s name (`service` for API_TOKEN).' }),
    at: t.exposeString('at', { description: 'ISO 8601 time.' }),
    reason: t.exposeString('reason', { nullable: true }),
    targets: t.exposeIDList('targets', { description: 'Fact and entity ids the change touched.' }),
    before: t.exposeString('before', { nullable: true, description: 'JSON of what it changed.' }),
    after: t.exposeString('after', { nullable: true, description: 'JSON of the new state.' }),
    undoes: t.exposeID('undoes', { nullable: true, description: 'For an UNDO: the curation it reverted.' }),
    entity: t.field({
      type: EntityRef,
      nullable: true,
      description: 'The (first) entity the change is about, as it is now.',
      resolve: async (c, _a, ctx) => {
        const rec = c.entities[0] ? await ctx.loaders.node.load(c.entities[0]) : null;
        return rec && isEntity(rec) ? rec : null;
      },
    }),
    entities: t.field({
      type: [EntityRef],
      resolve: async (c, _a, ctx) =>
        (await ctx.loaders.node.loadMany(c.entities)).flatMap((r) =>
          r && !(r instanceof Error) && isEntity(r) ? [r] : [],
        ),
    }),
    facts: t.field({
      type: [FactRef],
      description:
        'The facts it touched, as they are now (retracted ones too; a fact a later merge gave a new id is found under it).',
      resolve: async (c, _a, ctx) => {
        const ids = c.targets.filter((id) => id.includes('fct_'));
        const found = await ctx.loaders.fact.loadMany(ids);
        // Only ids the loader did not find cost a remap lookup (they are rare: merged since).
        const missing = ids.filter((_, i) => !found[i] || found[i] instanceof Error);
        const moved =
          missing.length > 0 ? await ctx.loaders.fact.loadMany(await currentFactIds(ctx.db, missing)) : [];
        return [...found, ...moved].flatMap((f) => (f && !(f instanceof Error) ? (toFact(f) ?? []) : []));
      },
    }),
  }),
});

/** Fact ids as they are now: ids a merge re-derived since the record was made are followed (remap.ts). */
async function currentFactIds(db: Db, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return ids;
  const now = await followRemap(ids, async (batch) => {
    const rows = await db.read(
      REMAP_CYPHER,
      { ids: batch },
      (r) => [r.get('id') as string, r.get('next') as string | null] as const,
    );
    return new Map(rows);
  });
  return [...new Set(ids.map((id) => now.get(id)!).filter((id) => !ids.includes(id)))];
}

const CurationConnection = builder.connectionObject(
  { type: CurationRef, name: 'CurationConnection' },
  { name: 'CurationEdge' },
);

/** Newest first. Curations are few (people make them), so a label scan with a filter is enough. */
async function curationPage(
  ctx: { db: Db },
  entity: string | null,
  skip: number,
  first: number,
): Promise<CurationRec[]> {
  return ctx.db.read(
    `MATCH (c:${LABELS.Curation}) WHERE $entity IS NULL OR $entity IN c.entities
     RETURN properties(c) AS c ORDER BY c.at DESC, c.id DESC SKIP $skip LIMIT $limit`,
    { entity, skip: neo4j.int(skip), limit: neo4j.int(first + 1) },
    (r) => toCuration(r.get('c') as Record<string, unknown>),
  );
}

function page(rows: CurationRec[], skip: number, first: number) {
  const edges = rows.slice(0, first).map((node, i) => ({ node, cursor: encodeCursor(skip + i) }));
  return { edges, pageInfo: offsetPageInfo(edges, skip, rows.length > first) };
}

builder.queryField('curations', (t) =>
  t.field({
    type: CurationConnection,
    description: 'The curation history, newest first; only changes about `entity` when given.',
    args: {
      entity: t.arg.id({ required: false }),
      first: t.arg.int({ required: false, defaultValue: 20, description: `At most ${MAX_PAGE}.` }),
      after: t.arg.string({ required: false }),
    },
    resolve: async (_root, args, ctx) => {
      const first = args.first ?? 20;
      checkRange('first', first, 0, MAX_PAGE);
      const skip = args.after ? decodeCursor(args.after) + 1 : 0;
      const rows = await curationPage(ctx, args.entity ? String(args.entity) : null, skip, first);
      return page(rows, skip, first);
    },
  }),
);

builder.interfaceField(EntityRef, 'history', (t) =>
  t.field({
    type: [CurationRef],
    description: `Curations about this entity, newest first (at most ${MAX_HISTORY}; \`curations(entity:)\` pages).`,
    resolve: (e, _a, ctx) => ctx.loaders.history.load(e.id),
  }),
);
