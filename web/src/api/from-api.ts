/**
 * The one place the API's vocabulary becomes @guanxi/schema's: every `kind` (EntityKind, NodeKind)
 * and `role` (PersonEventRole, OrganizationEventRole) in a result is an UPPERCASE GraphQL enum whose
 * lower-case spelling is the schema's value. Relation types are UPPERCASE on both sides and pass.
 */
import type {
  EntityKind,
  NodeKind,
  OrganizationEventRole,
  PersonEventRole,
  RelationType,
} from '@guanxi/schema';
import type * as Api from './generated/graphql';

type Lowered = 'kind' | 'role';
type LowerEnum<V> = V extends string ? Lowercase<V> : V;

/** A result type with its kinds and roles in the schema's spelling. */
export type FromApi<T> = T extends string | number | boolean | null | undefined
  ? T
  : T extends readonly (infer U)[]
    ? FromApi<U>[]
    : { [K in keyof T]: K extends Lowered ? LowerEnum<T[K]> : FromApi<T[K]> };

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
// Fails to compile when server/schema.graphql and @guanxi/schema disagree on a vocabulary.
const vocabularyMatches: [
  Same<Lowercase<Api.EntityKind>, EntityKind>,
  Same<Lowercase<Api.NodeKind>, NodeKind>,
  Same<Lowercase<Api.PersonEventRole>, PersonEventRole>,
  Same<Lowercase<Api.OrganizationEventRole>, OrganizationEventRole>,
  Same<Api.RelationType, RelationType>,
] = [true, true, true, true, true];
void vocabularyMatches;

function lower(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(lower);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, v]) => [
      key,
      (key === 'kind' || key === 'role') && typeof v === 'string' ? v.toLowerCase() : lower(v),
    ]),
  );
}

export function fromApi<T>(value: T): FromApi<T> {
  return lower(value) as FromApi<T>;
}
