import { FACT_TYPES, type FactType } from '@guanxi/schema';
import neo4j from 'neo4j-driver';
import { builder } from '../builder';
import { checkRange } from '../errors';
import type { Db } from '../neo4j/db';
import { toNumber } from '../neo4j/db';
import { FactTypeEnum, toFact } from './facts';
import { FactRef } from './refs';
import { decodeCursor, encodeCursor, MAX_PAGE, offsetPageInfo } from './search';

/**
 * The review queue: facts nobody has checked (status EXTRACTED, not retracted), the least certain
 * first and, among equals, those whose ends are most connected (a wrong post of a hub person
 * misleads more paths). Each comes with its evidence sentences (`Fact.evidence`).
 *
 * Cost: one pass over the fact relationships of the asked types (degrees are read from the node
 * store's counts, not traversed). Fine for the graphs curators review; an index on status and
 * confidence would be the next step for graphs of millions of facts.
 */
export function reviewCypher(types: readonly FactType[]): string {
  const parts = types.map(
    (t) => `MATCH (a)-[r:${t}]->(b) WHERE r.status = 'EXTRACTED' AND r.retracted IS NULL RETURN a, r, b`,
  );
  return `CALL () { ${parts.join(' UNION ALL ')} }
WITH r, COUNT { (a)--() } + COUNT { (b)--() } AS degree
ORDER BY coalesce(r.confidence, 1.0) ASC, degree DESC, r.id
WITH collect(r.id) AS ids
RETURN size(ids) AS total, ids[$skip..$end] AS page`;
}

async function reviewPage(db: Db, types: readonly FactType[], skip: number, first: number) {
  const rows = await db.read(
    reviewCypher(types),
    { skip: neo4j.int(skip), end: neo4j.int(skip + first) },
    (r) => ({ total: toNumber(r.get('total')), page: r.get('page') as string[] }),
  );
  return rows[0] ?? { total: 0, page: [] };
}

const FactConnection = builder.connectionObject(
  {
    type: FactRef,
    name: 'FactConnection',
    fields: (t) => ({
      totalCount: t.int({ resolve: (c) => (c as unknown as { totalCount: number }).totalCount }),
    }),
  },
  { name: 'FactEdge' },
);

builder.queryField('reviewQueue', (t) =>
  t.field({
    type: FactConnection,
    description:
      'Unverified facts for curators: lowest confidence first, then the most connected, each with its evidence.',
    args: {
      first: t.arg.int({ required: false, defaultValue: 20, description: `At most ${MAX_PAGE}.` }),
      after: t.arg.string({ required: false }),
      kinds: t.arg({ type: [FactTypeEnum], required: false }),
    },
    resolve: async (_root, args, ctx) => {
      const first = args.first ?? 20;
      checkRange('first', first, 0, MAX_PAGE);
      const skip = args.after ? decodeCursor(args.after) + 1 : 0;
      const types = args.kinds && args.kinds.length > 0 ? [...new Set(args.kinds as FactType[])] : FACT_TYPES;
      const { total, page } = await reviewPage(ctx.db, types, skip, first);
      const facts = await ctx.loaders.fact.loadMany(page);
      const edges = facts.flatMap((f, i) => {
        const rec = f && !(f instanceof Error) ? toFact(f) : null;
        return rec ? [{ node: rec, cursor: encodeCursor(skip + i) }] : [];
      });
      return { edges, totalCount: total, pageInfo: offsetPageInfo(edges, skip, skip + page.length < total) };
    },
  }),
);
