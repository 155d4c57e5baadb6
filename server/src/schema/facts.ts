import {
  ORGANIZATION_EVENT_ROLES,
  PERSON_EVENT_ROLES,
  ROLE_CAPTION,
  type OrganizationEventRole,
  type PersonEventRole,
} from '@guanxi/schema';
import { builder } from '../builder';
import type { Link } from '../neo4j/loaders';
import type { NodeRec } from '../neo4j/records';
import { decodeAll, EvidenceRef, strings } from './evidence';
import {
  EventRef,
  OrganizationRef,
  OrganizingRef,
  ParticipationRef,
  PersonRef,
  PositionRef,
  TenureRef,
  type OrganizingRec,
  type ParticipationRec,
  type TenureRec,
} from './refs';

/** Narrows a record to one GraphQL type (links are typed by their Cypher pattern, this checks). */
export function as<K extends NodeRec['__typename']>(
  rec: NodeRec | null | undefined,
  typename: K,
): Extract<NodeRec, { __typename: K }> | null {
  return rec?.__typename === typename ? (rec as Extract<NodeRec, { __typename: K }>) : null;
}

const roleEnum = <R extends string>(name: string, roles: readonly R[]) =>
  builder.enumType(name, {
    values: Object.fromEntries(
      roles.map((r) => [r.toUpperCase(), { value: r, description: ROLE_CAPTION[r as PersonEventRole].en }]),
    ) as Record<Uppercase<R>, { value: R; description: string }>,
  });
export const PersonEventRoleEnum = roleEnum<PersonEventRole>('PersonEventRole', PERSON_EVENT_ROLES);
export const OrganizationEventRoleEnum = roleEnum<OrganizationEventRole>(
  'OrganizationEventRole',
  ORGANIZATION_EVENT_ROLES,
);

export function toTenure(person: NodeRec | null, position: NodeRec | null, link: Link): TenureRec[] {
  const per = as(person, 'Person');
  const pos = as(position, 'Position');
  if (!per || !pos) return [];
  return [
    { person: per, position: pos, current: link.rel.current !== false, evidence: strings(link.rel.evidence) },
  ];
}

export function toParticipation(
  person: NodeRec | null,
  event: NodeRec | null,
  link: Link,
): ParticipationRec[] {
  const per = as(person, 'Person');
  const evt = as(event, 'Event');
  const role = link.rel.role as PersonEventRole;
  if (!per || !evt || !PERSON_EVENT_ROLES.includes(role)) return [];
  const topic = typeof link.rel.topic === 'string' ? link.rel.topic : null;
  return [{ person: per, event: evt, role, topic, evidence: strings(link.rel.evidence) }];
}

export function toOrganizing(org: NodeRec | null, event: NodeRec | null, link: Link): OrganizingRec[] {
  const o = as(org, 'Organization');
  const evt = as(event, 'Event');
  const role = link.rel.role as OrganizationEventRole;
  if (!o || !evt || !ORGANIZATION_EVENT_ROLES.includes(role)) return [];
  return [{ organization: o, event: evt, role, evidence: strings(link.rel.evidence) }];
}

TenureRef.implement({
  description: 'A person holding a post (HOLDS → Position → AT → Organization).',
  fields: (t) => ({
    person: t.field({ type: PersonRef, resolve: (r) => r.person }),
    position: t.field({ type: PositionRef, resolve: (r) => r.position }),
    title: t.string({
      description: 'The post, without 原/前 (see `current`).',
      resolve: (r) => r.position.title,
    }),
    caption: t.string({
      description: 'The post as read: 原部长 for a former post.',
      resolve: (r) => (r.current ? r.position.title : `原${r.position.title}`),
    }),
    current: t.exposeBoolean('current'),
    organization: t.field({
      type: OrganizationRef,
      nullable: true,
      resolve: async (r, _a, ctx) =>
        r.position.organizationId
          ? as(await ctx.loaders.node.load(r.position.organizationId), 'Organization')
          : null,
    }),
    evidence: t.field({ type: [EvidenceRef], resolve: (r) => decodeAll(r.evidence) }),
  }),
});

ParticipationRef.implement({
  description: 'A person taking part in an event (PARTICIPATED).',
  fields: (t) => ({
    person: t.field({ type: PersonRef, resolve: (r) => r.person }),
    event: t.field({ type: EventRef, resolve: (r) => r.event }),
    role: t.field({ type: PersonEventRoleEnum, resolve: (r) => r.role }),
    roleCaption: t.string({
      description: 'The role in Chinese (主持, 发言, 出席).',
      resolve: (r) => ROLE_CAPTION[r.role].zh,
    }),
    topic: t.exposeString('topic', { nullable: true }),
    evidence: t.field({ type: [EvidenceRef], resolve: (r) => decodeAll(r.evidence) }),
  }),
});

OrganizingRef.implement({
  description: "An organization's part in an event (ORGANIZED).",
  fields: (t) => ({
    organization: t.field({ type: OrganizationRef, resolve: (r) => r.organization }),
    event: t.field({ type: EventRef, resolve: (r) => r.event }),
    role: t.field({ type: OrganizationEventRoleEnum, resolve: (r) => r.role }),
    roleCaption: t.string({
      description: 'The role in Chinese (主办, 协办, 承办 …).',
      resolve: (r) => ROLE_CAPTION[r.role].zh,
    }),
    evidence: t.field({ type: [EvidenceRef], resolve: (r) => decodeAll(r.evidence) }),
  }),
});
