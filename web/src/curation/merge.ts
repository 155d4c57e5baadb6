/**
 * Which canvas nodes can be merged into the selected one: entities of the same sort (a person with a
 * person, any organization kind with another, an event with an event, a place with a place). Posts and
 * articles are not entities and cannot be merged.
 */
import { isEntityKind, isOrganizationKind, type NodeKind } from '@guanxi/schema';
import type { GraphModel, SliceNode } from '../graph/model';

function sortOf(kind: NodeKind): string | null {
  if (!isEntityKind(kind)) return null;
  return isOrganizationKind(kind) ? 'organization' : kind;
}

export function mergeCandidates(model: GraphModel, keepId: string): SliceNode[] {
  const keep = model.nodes.get(keepId);
  const sort = keep ? sortOf(keep.kind) : null;
  if (!sort) return [];
  return [...model.nodes.values()]
    .filter((n) => n.id !== keepId && sortOf(n.kind) === sort)
    .sort((a, b) => a.label.localeCompare(b.label, 'zh'));
}
