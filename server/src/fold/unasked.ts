import type { GraphQLResolveInfo, OperationDefinitionNode, SelectionSetNode } from '../graphql';
import type { LinkName } from '../neo4j/links';

/**
 * Stored properties that only a field of the same name reads (schema/facts.ts, node.ts, the changes
 * feed's evidence), by that field: relationship properties of facts, and a record's `aliases`.
 * `role` and `current` are always sent (records read them whatever is asked).
 */
const READ_BY_FIELD: Record<string, readonly string[]> = {
  id: ['id'],
  confidence: ['confidence'],
  status: ['status'],
  evidence: ['evidence'],
  curatedBy: ['curatedBy'],
  laterSupport: ['laterSupport'],
  topic: ['topic'],
  aliases: ['aliases'],
  firstSeen: ['firstSeen'],
  lastSeen: ['lastSeen'],
  since: ['since', 'sinceBound'],
  until: ['until', 'untilBound'],
  lastCurrent: ['lastCurrent'],
};

/** A fact's dates: also read, whatever is asked, by the orderings below. */
const DATES = ['firstSeen', 'lastSeen', 'since', 'sinceBound', 'until', 'untilBound', 'lastCurrent'];
/** A field whose resolver orders what it lists by all their dates (a person's timeline). */
const ORDERS_BY_DATES = 'timeline';
/** Links whose answers are ordered by their facts' dates whatever is asked (a post's succession). */
const DATED_LINKS: ReadonlySet<LinkName> = new Set(['positionHolders']);

function collectNames(set: SelectionSetNode | undefined, out: Set<string>): void {
  for (const s of set?.selections ?? []) {
    if (s.kind === 'Field') out.add(s.name.value);
    if (s.kind !== 'FragmentSpread') collectNames(s.selectionSet, out);
  }
}

/**
 * The stored properties no field of this operation can read: no field of their name is selected
 * anywhere in it (any type, any fragment), so a fold may leave them out. By name across the whole
 * operation, not by path, because the loaders a fold primes serve every resolver of the request (a
 * `timeline` beside `positions` reads the same personPositions answers).
 */
export function unaskedProperties(info: Pick<GraphQLResolveInfo, 'operation' | 'fragments'>): Set<string> {
  let unasked = byOperation.get(info.operation);
  if (!unasked) {
    const names = new Set<string>();
    collectNames(info.operation.selectionSet, names);
    for (const f of Object.values(info.fragments)) collectNames(f.selectionSet, names);
    unasked = new Set(
      Object.entries(READ_BY_FIELD).flatMap(([field, props]) => (names.has(field) ? [] : props)),
    );
    if (names.has(ORDERS_BY_DATES)) for (const d of DATES) unasked.delete(d);
    byOperation.set(info.operation, unasked);
  }
  return unasked;
}

/** Once per parsed operation (yoga caches documents, so one sent again brings the same node). */
const byOperation = new WeakMap<OperationDefinitionNode, Set<string>>();

/** What a link may leave out of `unasked`: a link ordered by its facts' dates keeps them. */
export function unaskedOn(link: LinkName, unasked: ReadonlySet<string>): ReadonlySet<string> {
  if (!DATED_LINKS.has(link)) return unasked;
  const kept = new Set(unasked);
  for (const d of DATES) kept.delete(d);
  return kept;
}
