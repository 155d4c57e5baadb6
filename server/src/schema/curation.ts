import { mergeEntitiesInTx, MergeError } from '@guanxi/seed';
import { requireWriter } from '../auth';
import { builder } from '../builder';
import { badInput, notFound } from '../errors';
import { isEntity } from '../neo4j/records';
import { EntityRef } from './refs';

builder.mutationField('mergeEntities', (t) =>
  t.field({
    type: EntityRef,
    description:
      'Curation: `drop` is the same entity as `keep`. Its relationships, aliases and provenance move to `keep`; `drop` is deleted. Needs API_TOKEN.',
    args: { keep: t.arg.id({ required: true }), drop: t.arg.id({ required: true }) },
    resolve: async (_root, args, ctx) => {
      requireWriter(ctx);
      try {
        await ctx.db.writeTransaction((tx) => mergeEntitiesInTx(tx, String(args.keep), String(args.drop)));
      } catch (e) {
        if (e instanceof MergeError) throw e.code === 'NOT_FOUND' ? notFound(e.message) : badInput(e.message);
        throw e;
      }
      ctx.loaders.node.clear(String(args.keep));
      const kept = await ctx.loaders.node.load(String(args.keep));
      if (!kept || !isEntity(kept)) throw notFound(`no entity with id ${String(args.keep).slice(0, 80)}`);
      return kept;
    },
  }),
);
