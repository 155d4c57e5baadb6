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
    parentLink: t.field({
      type: SubunitLinkRef,
      nullable: true,
      description: 'The PART_OF fact behind `parent`: id, confidence, status, evidence.',
      resolve: async (o, _a, ctx) => {
        const link = (await ctx.loaders.organizationParent.load(o.id))[0];
        return link ? (toSubunitLink(o, link.other, link)[0] ?? null) : null;
      },
    }),
    unitLinks: t.field({
      type: [SubunitLinkRef],
      description: 'The PART_OF facts behind `units`.',
      resolve: async (o, _a, ctx) =>
        (await ctx.loaders.organizationUnits.load(o.id)).flatMap((l) => toSubunitLink(l.other, o, l)),
    }),
    events: t.field({
      type: [OrganizingRef],
      description: 'Events organized, co-organized, undertaken, guided or supported.',
      resolve: async (o, _a, ctx) =>
        (await ctx.loaders.organizationEvents.load(o.id)).flatMap((l) => toOrganizing(o, l.other, l)),
    }),
  }),
});
