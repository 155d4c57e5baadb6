import type { FactStatus, OrganizationEventRole, PartialDate, PersonEventRole } from '@guanxi/schema';
import { builder } from '../builder';
import type {
  ArticleRec,
  EntityRec,
  EventRec,
  OrganizationRec,
  PersonRec,
  PlaceRec,
  PositionRec,
} from '../neo4j/records';

/**
 * Every output type's ref, declared before any is implemented, so the domain files can point at
 * each other without import cycles.
 */
export const NodeRef = builder.nodeInterfaceRef();
export const EntityRef = builder.interfaceRef<EntityRec>('Entity');
export const PersonRef = builder.objectRef<PersonRec>('Person');
export const OrganizationRef = builder.objectRef<OrganizationRec>('Organization');
export const EventRef = builder.objectRef<EventRec>('Event');
export const PlaceRef = builder.objectRef<PlaceRec>('Place');
export const PositionRef = builder.objectRef<PositionRec>('Position');
export const ArticleRef = builder.objectRef<ArticleRec>('Article');

/** Provenance as stored on a relationship: encoded (article id, sentence) strings. */
export interface Sourced {
  evidence: string[];
}

/** What every fact (a fact relationship: HOLDS, PART_OF, PARTICIPATED, ORGANIZED) carries. */
export interface FactBase extends Sourced {
  id: string;
  confidence: number | null;
  status: FactStatus;
  retracted: boolean;
  curatedBy: string[];
  /** Articles that stated it after it was retracted (for the reviewer). */
  laterSupport: string[];
  /** The earliest and latest article dates of its evidence. */
  firstSeen: PartialDate | null;
  lastSeen: PartialDate | null;
}

/** A person holding a post (HOLDS), seen from the person, the post or the organization. */
export interface TenureRec extends FactBase {
  __typename: 'Tenure';
  person: PersonRec;
  position: PositionRec;
  current: boolean;
  since: PartialDate | null;
  until: PartialDate | null;
  /** The latest article date that calls the post current: the end lies after it. */
  lastCurrent: PartialDate | null;
}
export const TenureRef = builder.objectRef<TenureRec>('Tenure');

/** A person taking part in an event (PARTICIPATED). */
export interface ParticipationRec extends FactBase {
  __typename: 'Participation';
  person: PersonRec;
  event: EventRec;
  role: PersonEventRole;
  topic: string | null;
}
export const ParticipationRef = builder.objectRef<ParticipationRec>('Participation');

/** An organization's part in an event (ORGANIZED). */
export interface OrganizingRec extends FactBase {
  __typename: 'Organizing';
  organization: OrganizationRec;
  event: EventRec;
  role: OrganizationEventRole;
}
export const OrganizingRef = builder.objectRef<OrganizingRec>('Organizing');

/** A sub-unit of an organization (PART_OF). */
export interface SubunitLinkRec extends FactBase {
  __typename: 'SubunitLink';
  unit: OrganizationRec;
  parent: OrganizationRec;
}
export const SubunitLinkRef = builder.objectRef<SubunitLinkRec>('SubunitLink');

export type FactRec = TenureRec | ParticipationRec | OrganizingRec | SubunitLinkRec;
export const FactRef = builder.interfaceRef<FactRec>('Fact');
