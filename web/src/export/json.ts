/** The JSON export of a view: what is shown, where, and what is selected and highlighted. */
import type { Position } from 'cytoscape';
import { type GraphModel, visibleEdges, visibleNodes } from '../graph/model';

export interface ViewJson {
  format: 'guanxi-view/1';
  selected: string | null;
  nodes: { id: string; label: string; kind: string; pinned: boolean; position: Position | null }[];
  edges: { id: string; source: string; target: string; type: string; label: string | null }[];
  highlighted: string[];
}

export function viewToJson(model: GraphModel, positions: ReadonlyMap<string, Position>): ViewJson {
  return {
    format: 'guanxi-view/1',
    selected: model.selected,
    nodes: visibleNodes(model).map((n) => ({
      id: n.id,
      label: n.label,
      kind: n.kind,
      pinned: n.pinned,
      position: positions.get(n.id) ?? null,
    })),
    edges: visibleEdges(model).map(({ id, source, target, type, label }) => ({
      id,
      source,
      target,
      type,
      label,
    })),
    highlighted: [...model.highlighted],
  };
}
