import { builder } from '../builder';
import { badInput, checkRange } from '../errors';
import { interlocks, type InterlockRow } from '../neo4j/interlocks';
import { entityArg } from './entity-arg';
import { toTenure } from './facts';
import { PersonRef, TenureRef } from './refs';

export const INTERLOCK_LIMIT = 200;

const InterlockRef = builder.objectRef<InterlockRow>('Interlock').implement({
  description: 'A person who holds posts at two organizations, linking them (a board interlock).',
  fields: (t) => ({
    person: t.field({ type: PersonRef, resolve: (i) => i.person }),
    postsA: t.field({
      type: [TenureRef],
      description: 'Their posts at a.',
      resolve: (i) => i.postsA.flatMap((l) => toTenure(i.person, l.other, l)),
    }),
    postsB: t.field({
      type: [TenureRef],
      description: 'Their posts at b, or at every other organization when b is not given.',
      resolve: (i) => i.postsB.flatMap((l) => toTenure(i.person, l.other, l)),
    }),
  }),
});

builder.queryFields((t) => ({
  interlocks: t.field({
    type: [InterlockRef],
    description:
      'People who link organization a to b (or to any other organization) through posts: those linking the most organizations first, then by name.',
    args: {
      a: t.arg.id({ required: true, description: 'An organization.' }),
      b: t.arg.id({ required: false, description: 'Another organization; absent: any other.' }),
      first: t.arg.int({ defaultValue: 50, required: false, description: `1–${INTERLOCK_LIMIT}` }),
    },
    resolve: async (_root, args, ctx) => {
      const first = args.first ?? 50;
      checkRange('first', first, 1, INTERLOCK_LIMIT);
      const [a, b] = await Promise.all([
        entityArg(ctx, 'a', String(args.a), 'Organization'),
        args.b == null ? null : entityArg(ctx, 'b', String(args.b), 'Organization'),
      ]);
      if (b && b.id === a.id) throw badInput('a and b must be two organizations');
      const rows = await interlocks(ctx.db, a.id, b?.id ?? null, first);
      for (const row of rows) ctx.loaders.node.prime(row.person.id, row.person);
      return rows;
    },
  }),
}));
