import { ENTITY_KINDS, KIND_DISPLAY, type EntityKind } from '@guanxi/schema';
import { builder } from '../builder';
import { entityKind } from '../neo4j/records';
import { ArticleRef, EntityRef, NodeRef } from './refs';

const kindValues = Object.fromEntries(
  ENTITY_KINDS.map((k) => [k.toUpperCase(), { value: k, description: KIND_DISPLAY[k].caption.en }]),
) as Record<Uppercase<EntityKind>, { value: EntityKind; description: string }>;

/** Entity kinds from @guanxi/schema; organizations are split by their kind. */
export const EntityKindEnum = builder.enumType('EntityKind', { values: kindValues });

EntityRef.implement({
  description: 'A person, organization, event or place: something with a name that articles mention.',
  interfaces: [NodeRef],
  resolveType: (e) => e.__typename,
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    aliases: t.exposeStringList('aliases'),
    kind: t.field({ type: EntityKindEnum, resolve: (e) => entityKind(e) }),
    articles: t.field({
      type: [ArticleRef],
      description: 'Articles that mention this entity.',
      resolve: async (e, _args, ctx) =>
        (await ctx.loaders.entityArticles.load(e.id)).flatMap((l) =>
          l.other.__typename === 'Article' ? [l.other] : [],
        ),
    }),
  }),
});
