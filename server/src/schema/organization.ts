import { whenLoaded } from '../neo4j/loaders';
import { as, toOrganizing, toSubunitLink, toTenure } from './facts';
import {
  EntityRef,
  NodeRef,
  OrganizationRef,
  OrganizingRef,
  PositionRef,
  SubunitLinkRef,
  TenureRef,
} from './refs';

OrganizationRef.implement({
  description: 'An agency, association, government, party organization, enterprise or other body.',
  interfaces: [NodeRef, EntityRef],
  isTypeOf: (v) => (v as { __typename?: string }).__typename === 'Organization',
  fields: (t) => ({
    positions: t.field({
      type: [PositionRef],
      description: 'Posts in this organization.',
      resolve: (o, _a, ctx) =>
        whenLoaded(ctx.loaders.organizationPositions.now(o.id), (links) =>
          links.flatMap((l) => as(l.other, 'Position') ?? []),
        ),
    }),
    people: t.field({
      type: [TenureRef],
      description: 'People holding (or having held) posts here.',
      resolve: (o, _a, ctx) =>
        whenLoaded(ctx.loaders.organizationPeople.now(o.id), (links) =>
          links.flatMap((l) => toTenure(l.other, l.via, l)),
        ),
    }),
    parent: t.field({
      type: OrganizationRef,
      nullable: true,
      description: 'The organization this one is part of (PART_OF).',
      resolve: (o, _a, ctx) =>
        whenLoaded(ctx.loaders.organizationParent.now(o.id), (links) => as(links[0]?.other, 'Organization')),
    }),
    units: t.field({
      type: [OrganizationRef],
      description: 'Organizations that are part of this one.',
      resolve: (o, _a, ctx) =>
        whenLoaded(ctx.loaders.organizationUnits.now(o.id), (links) =>
          links.flatMap((l) => as(l.other, 'Organization') ?? []),
        ),
    }),
    parentLink: t.field({
      type: SubunitLinkRef,
      nullable: true,
      description: 'The PART_OF fact behind `parent`: id, confidence, status, evidence.',
      resolve: (o, _a, ctx) =>
        whenLoaded(ctx.loaders.organizationParent.now(o.id), ([link]) =>
          link ? (toSubunitLink(o, link.other, link)[0] ?? null) : null,
        ),
    }),
    unitLinks: t.field({
      type: [SubunitLinkRef],
      description: 'The PART_OF facts behind `units`.',
      resolve: (o, _a, ctx) =>
        whenLoaded(ctx.loaders.organizationUnits.now(o.id), (links) =>
          links.flatMap((l) => toSubunitLink(l.other, o, l)),
        ),
    }),
    events: t.field({
      type: [OrganizingRef],
      description: 'Events organized, co-organized, undertaken, guided or supported.',
      resolve: (o, _a, ctx) =>
        whenLoaded(ctx.loaders.organizationEvents.now(o.id), (links) =>
          links.flatMap((l) => toOrganizing(o, l.other, l)),
        ),
    }),
  }),
});
