/**
 * The ✎ correct form's pure part: what a post or role can be corrected to, and the `CorrectFactInput`
 * that says only what changed (the server keeps whatever is left out).
 */
import {
  ORGANIZATION_EVENT_ROLES,
  PERSON_EVENT_ROLES,
  isOrganizationKind,
  type OrganizationEventRole,
  type PersonEventRole,
} from '@guanxi/schema';
import type { CorrectFactInput } from '../api/generated/graphql';
import type { GraphModel, SliceNode } from '../graph/model';

/** A fact as the correct form edits it. */
export type Correctable =
  | { type: 'post'; organization: string | null; title: string; current: boolean }
  | { type: 'participation'; role: PersonEventRole; topic: string | null }
  | { type: 'organizing'; role: OrganizationEventRole };

export type CorrectionResult = { ok: true; input: CorrectFactInput } | { ok: false; reason: 'unchanged' };

/** Only what differs; an empty title or topic means "leave it". */
export function correctionInput(from: Correctable, to: Correctable): CorrectionResult {
  const input: CorrectFactInput = {};
  if (from.type === 'post' && to.type === 'post') {
    if (to.organization && to.organization !== from.organization) input.organization = to.organization;
    const title = to.title.trim();
    if (title && title !== from.title) input.title = title;
    if (to.current !== from.current) input.current = to.current;
  } else if (from.type === 'participation' && to.type === 'participation') {
    if (to.role !== from.role) input.role = to.role;
    const topic = to.topic?.trim() ?? '';
    if (topic && topic !== (from.topic ?? '')) input.topic = topic;
  } else if (from.type === 'organizing' && to.type === 'organizing') {
    if (to.role !== from.role) input.role = to.role;
  }
  return Object.keys(input).length > 0 ? { ok: true, input } : { ok: false, reason: 'unchanged' };
}

/** The roles a fact of this type may take, in the schema's spelling. */
export function rolesFor(type: 'participation' | 'organizing'): readonly string[] {
  return type === 'participation' ? PERSON_EVENT_ROLES : ORGANIZATION_EVENT_ROLES;
}

/**
 * Where a post can move: the organizations on the canvas (the analyst puts the right one there by
 * searching), the post's own first.
 */
export function organizationChoices(model: GraphModel, current: SliceNode | null): SliceNode[] {
  const onCanvas = [...model.nodes.values()]
    .filter((n) => isOrganizationKind(n.kind) && n.id !== current?.id)
    .sort((a, b) => a.label.localeCompare(b.label, 'zh'));
  return current ? [current, ...onCanvas] : onCanvas;
}
