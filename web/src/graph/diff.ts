/**
 * Which element definitions to add, remove and update to go from one render to the next, so the
 * canvas touches only what changed (positions stay where the layout or the analyst put them).
 */
import type { ElementDefinition } from 'cytoscape';

export interface ElementDiff {
  add: ElementDefinition[];
  remove: string[];
  update: ElementDefinition[];
}

function idOf(el: ElementDefinition): string {
  return String(el.data.id);
}

function same(a: ElementDefinition, b: ElementDefinition): boolean {
  return (
    a.classes === b.classes &&
    a.selected === b.selected &&
    a.locked === b.locked &&
    JSON.stringify(a.data) === JSON.stringify(b.data)
  );
}

export function diffElements(
  prev: readonly ElementDefinition[],
  next: readonly ElementDefinition[],
): ElementDiff {
  const before = new Map(prev.map((el) => [idOf(el), el]));
  const after = new Set<string>();
  const diff: ElementDiff = { add: [], remove: [], update: [] };
  for (const el of next) {
    const id = idOf(el);
    after.add(id);
    const old = before.get(id);
    if (!old) diff.add.push(el);
    else if (!same(old, el)) diff.update.push(el);
  }
  for (const id of before.keys()) if (!after.has(id)) diff.remove.push(id);
  return diff;
}
