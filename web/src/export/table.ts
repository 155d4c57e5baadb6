/**
 * What the interoperable exports (GraphML, GEXF, CSV) carry: the visible canvas, each node and edge
 * with its attributes — kind, label, titles and the ids of the articles that evidence it.
 */
import type { NodeKind, RelationType } from '@guanxi/schema';
import { type GraphModel, visibleEdges, visibleNodes } from '../graph/model';

export interface ExportNode {
  id: string;
  label: string;
  kind: NodeKind;
  /** Posts a person holds (as read, 原部长 for a former one), a position's or an article's title. */
  titles: string[];
  articles: string[];
}

export interface ExportEdge {
  id: string;
  source: string;
  target: string;
  type: RelationType;
  label: string;
  articles: string[];
}

export interface ExportTable {
  nodes: ExportNode[];
  edges: ExportEdge[];
}

/** Titles and evidence looked up for the canvas (see api/export-facts.ts); absent ids have none. */
export interface ExportFacts {
  titles: ReadonlyMap<string, readonly string[]>;
  nodeArticles: ReadonlyMap<string, readonly string[]>;
  edgeArticles: ReadonlyMap<string, readonly string[]>;
}

export const NO_FACTS: ExportFacts = { titles: new Map(), nodeArticles: new Map(), edgeArticles: new Map() };

export function exportTable(model: GraphModel, facts: ExportFacts): ExportTable {
  return {
    nodes: visibleNodes(model).map((n) => ({
      id: n.id,
      label: n.label,
      kind: n.kind,
      titles: [...(facts.titles.get(n.id) ?? [])],
      articles: [...(facts.nodeArticles.get(n.id) ?? [])],
    })),
    edges: visibleEdges(model).map((e) => ({
      id: e.id,
      source: e.source,
      target: e.target,
      type: e.type,
      label: e.label ?? '',
      articles: [...(facts.edgeArticles.get(e.id) ?? [])],
    })),
  };
}

/**
 * How a list travels in one attribute or cell: `;`-separated (Gephi's and yEd's attribute editors
 * show it as text; a spreadsheet can split it). Ids never contain `;`; a title that does is split.
 */
export const LIST_SEPARATOR = ';';
export const joinList = (values: readonly string[]): string => values.join(LIST_SEPARATOR);
export const splitList = (value: string): string[] => (value === '' ? [] : value.split(LIST_SEPARATOR));
