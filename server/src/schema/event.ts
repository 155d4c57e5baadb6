import { as, toOrganizing, toParticipation } from './facts';
import { EntityRef, EventRef, NodeRef, OrganizingRef, ParticipationRef, PlaceRef } from './refs';

EventRef.implement({
  description: 'A meeting, conference or other event.',
  interfaces: [NodeRef, EntityRef],
  isTypeOf: (v) => (v as { __typename?: string }).__typename === 'Event',
  fields: (t) => ({
    date: t.exposeString('date', { nullable: true, description: 'YYYY-MM-DD when known.' }),
    place: t.field({
      type: PlaceRef,
      nullable: true,
      resolve: async (e, _a, ctx) => as((await ctx.loaders.eventPlace.load(e.id))[0]?.other, 'Place'),
    }),
    participants: t.field({
      type: [ParticipationRef],
      resolve: async (e, _a, ctx) =>
        (await ctx.loaders.eventParticipants.load(e.id)).flatMap((l) => toParticipation(l.other, e, l)),
    }),
    organizers: t.field({
      type: [OrganizingRef],
      resolve: async (e, _a, ctx) =>
        (await ctx.loaders.eventOrganizers.load(e.id)).flatMap((l) => toOrganizing(l.other, e, l)),
    }),
  }),
});

PlaceRef.implement({
  description: 'A place events are held in.',
  interfaces: [NodeRef, EntityRef],
  isTypeOf: (v) => (v as { __typename?: string }).__typename === 'Place',
  fields: (t) => ({
    parent: t.field({
      type: PlaceRef,
      nullable: true,
      description: 'The place that contains this one (泰安 in 山东).',
      resolve: async (p, _a, ctx) => as((await ctx.loaders.placeParent.load(p.id))[0]?.other, 'Place'),
    }),
    children: t.field({
      type: [PlaceRef],
      resolve: async (p, _a, ctx) =>
        (await ctx.loaders.placeChildren.load(p.id)).flatMap((l) => as(l.other, 'Place') ?? []),
    }),
    events: t.field({
      type: [EventRef],
      resolve: async (p, _a, ctx) =>
        (await ctx.loaders.placeEvents.load(p.id)).flatMap((l) => as(l.other, 'Event') ?? []),
    }),
  }),
});
