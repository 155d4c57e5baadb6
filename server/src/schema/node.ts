import { whenLoaded } from '../neo4j/loaders';
import { ENTITY_KINDS, KIND_DISPLAY, NODE_KINDS } from '@guanxi/schema';
import { builder } from '../builder';
import { entityKind } from '../neo4j/records';
import { ArticleRef, EntityRef, NodeRef } from './refs';

/**
 * GraphQL enum values for a @guanxi/schema vocabulary: UPPERCASE names, the schema's own spelling as
 * the internal value, so resolvers and Cypher keep working in the schema's terms.
 */
export function schemaEnumValues<V extends string>(
  values: readonly V[],
  describe: (v: V) => string,
): Record<Uppercase<V>, { value: V; description: string }> {
  return Object.fromEntries(
    values.map((v) => [v.toUpperCase(), { value: v, description: describe(v) }]),
  ) as Record<Uppercase<V>, { value: V; description: string }>;
}

/** Entity kinds from @guanxi/schema; organizations are split by their kind. */
export const EntityKindEnum = builder.enumType('EntityKind', {
  values: schemaEnumValues(ENTITY_KINDS, (k) => KIND_DISPLAY[k].caption.en),
});

/** Every kind of node the graph draws: the entity kinds plus POSITION and ARTICLE. */
export const NodeKindEnum = builder.enumType('NodeKind', {
  values: schemaEnumValues(NODE_KINDS, (k) => KIND_DISPLAY[k].caption.en),
});

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
      resolve: (e, _a, ctx) =>
        whenLoaded(ctx.loaders.entityArticles.now(e.id), (links) =>
          links.flatMap((l) => (l.other.__typename === 'Article' ? [l.other] : [])),
        ),
    }),
  }),
});
