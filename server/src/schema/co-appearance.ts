import { builder } from '../builder';
import { checkRange } from '../errors';
import {
  CO_APPEARANCE_WEIGHT,
  coAppearances,
  MAX_SHARED,
  type CoAppearanceRow,
} from '../neo4j/co-appearances';
import { entityArg } from './entity-arg';
import { as } from './facts';
import { ArticleRef, EventRef, PersonRef } from './refs';

export const CO_APPEARANCE_LIMIT = 100;

const CoAppearanceRef = builder.objectRef<CoAppearanceRow>('CoAppearance').implement({
  description: 'Someone who attended the same events or was named in the same articles as a person.',
  fields: (t) => ({
    person: t.field({ type: PersonRef, resolve: (c) => c.person }),
    weight: t.exposeInt('weight', {
      description: `${CO_APPEARANCE_WEIGHT.event} per shared event + ${CO_APPEARANCE_WEIGHT.article} per shared article.`,
    }),
    events: t.field({
      type: [EventRef],
      description: `Events both took part in (not retracted), newest first; at most ${MAX_SHARED}.`,
      resolve: async (c, _a, ctx) =>
        (await ctx.loaders.node.loadMany(c.eventIds)).flatMap((r) => {
          if (r instanceof Error) throw r;
          return as(r, 'Event') ?? [];
        }),
    }),
    articles: t.field({
      type: [ArticleRef],
      description: `Articles naming both, newest first; at most ${MAX_SHARED}.`,
      resolve: async (c, _a, ctx) =>
        (await ctx.loaders.node.loadMany(c.articleIds)).flatMap((r) => {
          if (r instanceof Error) throw r;
          return as(r, 'Article') ?? [];
        }),
    }),
  }),
});

builder.queryFields((t) => ({
  coAppearances: t.field({
    type: [CoAppearanceRef],
    description: 'People who keep appearing with a person: heaviest first, then by name.',
    args: {
      id: t.arg.id({ required: true, description: 'A person.' }),
      first: t.arg.int({ defaultValue: 20, required: false, description: `1–${CO_APPEARANCE_LIMIT}` }),
    },
    resolve: async (_root, args, ctx) => {
      const first = args.first ?? 20;
      checkRange('first', first, 1, CO_APPEARANCE_LIMIT);
      const person = await entityArg(ctx, 'id', String(args.id), 'Person');
      const rows = await coAppearances(ctx.db, person.id, first);
      for (const row of rows) ctx.loaders.node.prime(row.person.id, row.person);
      return rows;
    },
  }),
}));
