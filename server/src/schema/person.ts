import { toParticipation, toTenure } from './facts';
import { EntityRef, NodeRef, ParticipationRef, PersonRef, TenureRef } from './refs';

PersonRef.implement({
  description: 'A person named in the news.',
  interfaces: [NodeRef, EntityRef],
  isTypeOf: (v) => (v as { __typename?: string }).__typename === 'Person',
  fields: (t) => ({
    positions: t.field({
      type: [TenureRef],
      description: 'Posts held, current and former, with their organizations.',
      resolve: async (p, _a, ctx) =>
        (await ctx.loaders.personPositions.load(p.id)).flatMap((l) => toTenure(p, l.other, l)),
    }),
    events: t.field({
      type: [ParticipationRef],
      description: 'Events taken part in, with role and topic.',
      resolve: async (p, _a, ctx) =>
        (await ctx.loaders.personEvents.load(p.id)).flatMap((l) => toParticipation(p, l.other, l)),
    }),
  }),
});
