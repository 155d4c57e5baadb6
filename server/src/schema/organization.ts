import { as, toOrganizing, toTenure } from './facts';
import { EntityRef, NodeRef, OrganizationRef, OrganizingRef, PositionRef, TenureRef } from './refs';

OrganizationRef.implement({
  description: 'An agency, association, government, party organization, enterprise or other body.',
  interfaces: [NodeRef, EntityRef],
  isTypeOf: (v) => (v as { __typename?: string }).__typename === 'Organization',
  fields: (t) => ({
    positions: t.field({
      type: [PositionRef],
      description: 'Posts in this organization.',
      resolve: async (o, _a, ctx) =>
        (await ctx.loaders.organizationPositions.load(o.id)).flatMap((l) => as(l.other, 'Position') ?? []),
    }),
    people: t.field({
      type: [TenureRef],
      description: 'People holding (or having held) posts here.',
      resolve: async (o, _a, ctx) =>
        (await ctx.loaders.organizationPeople.load(o.id)).flatMap((l) => toTenure(l.other, l.via, l)),
    }),
    parent: t.field({
      type: OrganizationRef,
      nullable: true,
      description: 'The organization this one is part of (PART_OF).',
      resolve: async (o, _a, ctx) =>
        as((await ctx.loaders.organizationParent.load(o.id))[0]?.other, 'Organization'),
    }),
    units: t.field({
      type: [OrganizationRef],
      description: 'Organizations that are part of this one.',
      resolve: async (o, _a, ctx) =>
        (await ctx.loaders.organizationUnits.load(o.id)).flatMap((l) => as(l.other, 'Organization') ?? []),
    }),
    events: t.field({
      type: [OrganizingRef],
      description: 'Events organized, co-organized, undertaken, guided or supported.',
      resolve: async (o, _a, ctx) =>
        (await ctx.loaders.organizationEvents.load(o.id)).flatMap((l) => toOrganizing(o, l.other, l)),
    }),
  }),
});
