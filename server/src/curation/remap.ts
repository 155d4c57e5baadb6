import { LABELS } from '@guanxi/schema';

/**
 * Fact ids a merge re-derived: an older curation may name a fact by the id it had before. A merge
 * record lists old → new (`remapFrom`/`remapTo`); one that was undone no longer counts (the undo
 * gave the facts their old ids back). Chains (a merge of a merge) are followed a few steps.
 */
export const REMAP_CYPHER = `
UNWIND $ids AS id
OPTIONAL MATCH (c:${LABELS.Curation} {operation: 'MERGE_ENTITIES'})
  WHERE id IN c.remapFrom AND NOT EXISTS { MATCH (:${LABELS.Curation} {undoes: c.id}) }
WITH id, c ORDER BY c.at DESC
WITH id, head(collect(c)) AS c
RETURN id, CASE WHEN c IS NULL THEN null
  ELSE [i IN range(0, size(c.remapFrom) - 1) WHERE c.remapFrom[i] = id | c.remapTo[i]][0] END AS next`;

export const MAX_REMAP_STEPS = 5;

/** Follows `step` (one REMAP_CYPHER round) until an id maps to nothing more. */
export async function followRemap(
  ids: readonly string[],
  step: (ids: string[]) => Promise<Map<string, string | null>>,
): Promise<Map<string, string>> {
  const result = new Map<string, string>(ids.map((id) => [id, id]));
  let pending = [...ids];
  for (let i = 0; i < MAX_REMAP_STEPS && pending.length > 0; i++) {
    const next = await step([...new Set(pending.map((id) => result.get(id)!))]);
    pending = pending.filter((id) => {
      const to = next.get(result.get(id)!);
      if (!to) return false;
      result.set(id, to);
      return true;
    });
  }
  return result;
}
