import { ArticleError, prepareArticle, writeArticleInTx } from '@guanxi/seed';
import { requireWriter } from '../auth';
import { builder } from '../builder';
import { badInput, notFound } from '../errors';
import { isEntity, type ArticleRec, type EntityRec } from '../neo4j/records';
import { ArticleRef, EntityRef } from './refs';

interface Payload {
  article: ArticleRec;
  alreadyPresent: boolean;
  nodesCreated: number;
  relationshipsCreated: number;
  entities: EntityRec[];
}

const IngestInput = builder.inputType('IngestArticleInput', {
  fields: (t) => ({
    text: t.string({
      required: true,
      description: 'The article: title on the first line, then the body (or HTML).',
    }),
    url: t.string({ required: false }),
    title: t.string({ required: false, description: 'Overrides the title found in the text.' }),
    publishedAt: t.string({
      required: false,
      description:
        'YYYY-MM-DD, YYYY-MM or YYYY (as precise as known); overrides the date found in the text, the URL or the file name.',
    }),
  }),
});

const PayloadRef = builder.objectRef<Payload>('IngestArticlePayload').implement({
  fields: (t) => ({
    article: t.field({ type: ArticleRef, resolve: (p) => p.article }),
    alreadyPresent: t.exposeBoolean('alreadyPresent', { description: 'The same text was ingested before.' }),
    nodesCreated: t.exposeInt('nodesCreated'),
    relationshipsCreated: t.exposeInt('relationshipsCreated'),
    entities: t.field({
      type: [EntityRef],
      description: 'Entities the article mentions.',
      resolve: (p) => p.entities,
    }),
  }),
});

builder.mutationField('ingestArticle', (t) =>
  t.field({
    type: PayloadRef,
    description:
      'Normalize → extract → write one article; idempotent (same text, same article). Needs API_TOKEN.',
    args: { input: t.arg({ type: IngestInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      await requireWriter(ctx);
      let prepared;
      try {
        prepared = prepareArticle({
          content: input.text,
          url: input.url ?? null,
          title: input.title ?? null,
          publishedAt: input.publishedAt ?? null,
        });
      } catch (e) {
        // Empty, binary, too large, a non-http(s) URL, a malformed date: the caller's input, not our fault.
        if (e instanceof ArticleError) throw badInput(e.message);
        throw e;
      }
      const result = await ctx.db.writeTransaction((tx) => writeArticleInTx(tx, prepared));
      const [article, mentions] = await Promise.all([
        ctx.loaders.node.load(result.articleId),
        ctx.loaders.articleMentions.load(result.articleId),
      ]);
      if (article?.__typename !== 'Article') throw notFound(`article ${result.articleId} was not stored`);
      return {
        article,
        alreadyPresent: result.alreadyPresent,
        nodesCreated: result.nodesCreated,
        relationshipsCreated: result.relationshipsCreated,
        entities: mentions.flatMap((l) => (isEntity(l.other) ? [l.other] : [])),
      };
    },
  }),
);
