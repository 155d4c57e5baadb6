/**
 * Model → Cytoscape element definitions: a pure function, so what the canvas shows is unit-tested
 * without a browser. Labels are data (Cytoscape draws them as text, never as markup).
 */
import type { ElementDefinition } from 'cytoscape';
import { relationCaption, type Lang } from '../i18n';
import { type GraphModel, visibleEdges, visibleNodes, visibleTies } from './model';
import { isFaded } from './time-filter';

/** Past these sizes the canvas switches to its large-graph rendering (see ./style.ts). */
export const LARGE_GRAPH = { nodes: 500, edges: 1000 } as const;

export function isLargeGraph(nodeCount: number, edgeCount: number): boolean {
  return nodeCount > LARGE_GRAPH.nodes || edgeCount > LARGE_GRAPH.edges;
}

export function edgeCaption(lang: Lang, type: string, label: string | null): string {
  return label ?? relationCaption(lang, type);
}

export function toElements(model: GraphModel, lang: Lang = 'zh'): ElementDefinition[] {
  const nodes = visibleNodes(model);
  const edges = visibleEdges(model);
  const out: ElementDefinition[] = [];
  for (const n of nodes) {
    const classes = [`kind-${n.kind}`];
    if (n.pinned) classes.push('pinned');
    if (model.highlighted.has(n.id)) classes.push('path');
    out.push({
      group: 'nodes',
      data: { id: n.id, label: n.label, kind: n.kind },
      classes: classes.join(' '),
      selected: model.selected === n.id,
      locked: n.pinned,
    });
  }
  for (const e of edges) {
    const classes = [`rel-${e.type}`];
    // Extracted facts are the default look; a curator's hand shows as its own line style.
    if (e.status && e.status !== 'EXTRACTED') classes.push(`status-${e.status}`);
    if (model.highlighted.has(e.id)) classes.push('path');
    if (isFaded(model.timeFilter, e.id)) classes.push('faded');
    out.push({
      group: 'edges',
      data: {
        id: e.id,
        source: e.source,
        target: e.target,
        type: e.type,
        label: edgeCaption(lang, e.type, e.label),
        status: e.status,
      },
      classes: classes.join(' '),
    });
  }
  for (const t of visibleTies(model)) {
    out.push({
      group: 'edges',
      data: {
        id: t.id,
        source: t.source,
        target: t.target,
        type: t.kind,
        label: String(t.weight),
        weight: t.weight,
      },
      classes: `tie tie-${t.kind}`,
    });
  }
  return out;
}
