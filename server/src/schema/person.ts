import { whenLoaded } from '../neo4j/loaders';
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
      resolve: (p, _a, ctx) =>
        whenLoaded(ctx.loaders.personPositions.now(p.id), (links) =>
          links.flatMap((l) => toTenure(p, l.other, l)),
        ),
    }),
    events: t.field({
      type: [ParticipationRef],
      description: 'Events taken part in, with role and topic.',
      resolve: (p, _a, ctx) =>
        whenLoaded(ctx.loaders.personEvents.now(p.id), (links) =>
          links.flatMap((l) => toParticipation(p, l.other, l)),
        ),
    }),
  }),
});
