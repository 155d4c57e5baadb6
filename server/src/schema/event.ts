import { whenLoaded } from '../neo4j/loaders';
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
      resolve: (e, _a, ctx) =>
        whenLoaded(ctx.loaders.eventPlace.now(e.id), (links) => as(links[0]?.other, 'Place')),
    }),
    participants: t.field({
      type: [ParticipationRef],
      resolve: (e, _a, ctx) =>
        whenLoaded(ctx.loaders.eventParticipants.now(e.id), (links) =>
          links.flatMap((l) => toParticipation(l.other, e, l)),
        ),
    }),
    organizers: t.field({
      type: [OrganizingRef],
      resolve: (e, _a, ctx) =>
        whenLoaded(ctx.loaders.eventOrganizers.now(e.id), (links) =>
          links.flatMap((l) => toOrganizing(l.other, e, l)),
        ),
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
      resolve: (p, _a, ctx) =>
        whenLoaded(ctx.loaders.placeParent.now(p.id), (links) => as(links[0]?.other, 'Place')),
    }),
    children: t.field({
      type: [PlaceRef],
      resolve: (p, _a, ctx) =>
        whenLoaded(ctx.loaders.placeChildren.now(p.id), (links) =>
          links.flatMap((l) => as(l.other, 'Place') ?? []),
        ),
    }),
    events: t.field({
      type: [EventRef],
      resolve: (p, _a, ctx) =>
        whenLoaded(ctx.loaders.placeEvents.now(p.id), (links) =>
          links.flatMap((l) => as(l.other, 'Event') ?? []),
        ),
    }),
  }),
});
