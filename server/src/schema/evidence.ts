import { decodeEvidence, type Evidence } from '@guanxi/schema';
import { builder } from '../builder';
import { notFound } from '../errors';
import type { ArticleRec } from '../neo4j/records';
import { ArticleRef } from './refs';

export const EvidenceRef = builder.objectRef<Evidence>('Evidence').implement({
  description: 'Where a fact comes from: the article and the sentence that states it.',
  fields: (t) => ({
    sentence: t.exposeString('sentence'),
    article: t.field({
      type: ArticleRef,
      resolve: async (e, _args, ctx) => {
        const rec = await ctx.loaders.node.load(e.articleId);
        if (rec?.__typename !== 'Article') throw notFound(`article ${e.articleId} not found`);
        return rec satisfies ArticleRec;
      },
    }),
  }),
});

/** The stored, encoded evidence strings of a relationship, decoded. */
export function decodeAll(evidence: readonly string[]): Evidence[] {
  return evidence.map(decodeEvidence);
}

/** A list-of-strings relationship property (evidence, aliases); anything else reads as empty. */
export function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}
