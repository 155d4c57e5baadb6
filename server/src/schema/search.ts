import type { EntityKind } from '@guanxi/schema';
import { builder } from '../builder';
import { badInput, checkRange } from '../errors';
import { fold } from '../fold/fold';
import { fieldsAt } from '../fold/plan';
import { MAX_QUERY_CHARS } from '../neo4j/lucene';
import { searchEntities } from '../neo4j/search';
import { EntityKindEnum } from './node';
import { EntityRef } from './refs';

export const MAX_PAGE = 100;

/** Cursors are opaque offsets into the ranked list (`o:<n>`, base64url). */
export const encodeCursor = (offset: number): string => Buffer.from(`o:${offset}`).toString('base64url');
/** Relay page info for an offset page: the one place search, reviewQueue and curations build it. */
export function offsetPageInfo(edges: readonly { cursor: string }[], skip: number, hasNextPage: boolean) {
  return {
    hasNextPage,
    hasPreviousPage: skip > 0,
    startCursor: edges[0]?.cursor ?? null,
    endCursor: edges.at(-1)?.cursor ?? null,
  };
}

export function decodeCursor(cursor: string): number {
  const m = /^o:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!m?.[1]) throw badInput('after is not a cursor this server issued');
  return Number(m[1]);
}

const EntityConnection = builder.connectionObject(
  {
    type: EntityRef,
    name: 'EntityConnection',
    fields: (t) => ({
      totalCount: t.int({
        description: 'Matches in all (counted over the best 10,000).',
        resolve: (c) => (c as unknown as { totalCount: number }).totalCount,
      }),
    }),
  },
  { name: 'EntityEdge' },
);

builder.queryField('search', (t) =>
  t.field({
    type: EntityConnection,
    description:
      'Entities whose name or alias matches, ranked (exact name first). Chinese, partial names (毅中) and pinyin (li yizhong, liyizhong, lyz) all work.',
    args: {
      query: t.arg.string({ required: true }),
      kinds: t.arg({ type: [EntityKindEnum], required: false }),
      first: t.arg.int({ required: false, defaultValue: 20, description: `At most ${MAX_PAGE}.` }),
      after: t.arg.string({ required: false }),
    },
    resolve: async (_root, args, ctx, info) => {
      const first = args.first ?? 20;
      checkRange('first', first, 0, MAX_PAGE);
      if (args.query.length > MAX_QUERY_CHARS)
        throw badInput(`query is longer than ${MAX_QUERY_CHARS} characters`);
      const skip = args.after ? decodeCursor(args.after) + 1 : 0;
      const kinds = (args.kinds ?? null) as EntityKind[] | null;
      const { total, hits } = await searchEntities(ctx.db, args.query, kinds, skip, first);
      for (const h of hits) ctx.loaders.node.prime(h.id, h);
      // What the page's nodes reach through links: one more statement for all of them.
      const sel = { schema: info.schema, fragments: info.fragments };
      const nodes = fieldsAt(sel, info.fieldNodes, [
        ['edges', 'EntityConnection'],
        ['node', 'EntityEdge'],
      ]);
      await fold(
        ctx,
        info,
        nodes,
        hits.map((h) => h.id),
      );
      const edges = hits.map((node, i) => ({ node, cursor: encodeCursor(skip + i) }));
      return { edges, totalCount: total, pageInfo: offsetPageInfo(edges, skip, skip + hits.length < total) };
    },
  }),
);
