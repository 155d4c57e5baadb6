/**
 * Model → Cytoscape element definitions: a pure function, so what the canvas shows is unit-tested
 * without a browser. Labels are data (Cytoscape draws them as text, never as markup).
 */
import type { ElementDefinition } from 'cytoscape';
import { relationCaption, translate, type Lang } from '../i18n';
import { type GEdge, type GraphModel, visibleEdges, visibleNodes, visibleTies } from './model';
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
  const out = entityElements(model, lang);
  const shown = new Set(visibleNodes(model).map((n) => n.id));
  for (const m of model.more.values()) {
    if (!shown.has(m.node)) continue;
    const relation = m.relationType ? relationCaption(lang, m.relationType) : '';
    out.push(
      {
        group: 'nodes',
        data: {
          id: m.id,
          label: translate(lang, 'moreNeighbors', { count: m.count, relation }),
          more: m.node,
        },
        classes: 'more',
      },
      { group: 'edges', data: { id: `${m.id}~link`, source: m.node, target: m.id }, classes: 'more-link' },
    );
  }
  return out;
}

function entityElements(model: GraphModel, lang: Lang): ElementDefinition[] {
  const nodes = visibleNodes(model);
  const edges = visibleEdges(model);
  const near = nearSelected(model.selected, edges);
  const out: ElementDefinition[] = [];
  for (const n of nodes) {
    const classes = [`kind-${n.kind}`];
    if (n.pinned) classes.push('pinned');
    if (model.highlighted.has(n.id)) classes.push('path');
    if (near.has(n.id)) classes.push('near');
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
    if (near.has(e.id)) classes.push('near');
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

/**
 * The selected node's neighbours and its edges: a large graph keeps their labels and arrows when it
 * draws everything else bare (see ./style.ts).
 */
function nearSelected(selected: string | null, edges: readonly GEdge[]): Set<string> {
  const near = new Set<string>();
  if (!selected) return near;
  for (const e of edges) {
    if (e.source !== selected && e.target !== selected) continue;
    near.add(e.id);
    near.add(e.source === selected ? e.target : e.source);
  }
  return near;
}
