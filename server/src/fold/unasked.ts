import type { GraphQLResolveInfo, OperationDefinitionNode, SelectionSetNode } from '../graphql';

/**
 * Relationship properties that only a field of the same name reads (schema/facts.ts, the changes
 * feed's evidence): the others — `role`, `current` and the dates, which records and orderings read
 * whatever is asked — are always sent.
 */
const READ_BY_FIELD = ['id', 'confidence', 'status', 'evidence', 'curatedBy', 'laterSupport', 'topic'];

function collectNames(set: SelectionSetNode | undefined, out: Set<string>): void {
  for (const s of set?.selections ?? []) {
    if (s.kind === 'Field') out.add(s.name.value);
    if (s.kind !== 'FragmentSpread') collectNames(s.selectionSet, out);
  }
}

/**
 * The relationship properties no field of this operation can read: no field of their name is
 * selected anywhere in it (any type, any fragment), so a fold may leave them out. By name across
 * the whole operation, not by path, because the loaders a fold primes serve every resolver of the
 * request (a `timeline` beside `positions` reads the same personPositions answers).
 */
export function unaskedRelProperties(info: Pick<GraphQLResolveInfo, 'operation' | 'fragments'>): Set<string> {
  let unasked = byOperation.get(info.operation);
  if (!unasked) {
    const names = new Set<string>();
    collectNames(info.operation.selectionSet, names);
    for (const f of Object.values(info.fragments)) collectNames(f.selectionSet, names);
    unasked = new Set(READ_BY_FIELD.filter((k) => !names.has(k)));
    byOperation.set(info.operation, unasked);
  }
  return unasked;
}

/** Once per parsed operation (yoga caches documents, so one sent again brings the same node). */
const byOperation = new WeakMap<OperationDefinitionNode, Set<string>>();
