/**
 * The toolbar's exports as files. Loaded on first use (dynamic import), so neither the writers nor
 * the parsers' worth of formatting code delay the first paint.
 */
import type { Position } from 'cytoscape';
import { fetchExportFacts } from '../api/export-facts';
import { type GraphModel, visibleEdges, visibleNodes } from '../graph/model';
import { edgesCsv, nodesCsv } from './csv';
import { toGEXF } from './gexf';
import { toGraphML } from './graphml';
import { viewToJson } from './json';
import { exportTable } from './table';

export const EXPORT_FORMATS = ['json', 'graphml', 'gexf', 'nodesCsv', 'edgesCsv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFile {
  name: string;
  type: string;
  text: string;
}

export async function buildExport(
  format: ExportFormat,
  model: GraphModel,
  positions: ReadonlyMap<string, Position>,
): Promise<ExportFile> {
  if (format === 'json') {
    const text = JSON.stringify(viewToJson(model, positions), null, 2);
    return { name: 'guanxi.json', type: 'application/json', text };
  }
  const facts = await fetchExportFacts(
    visibleNodes(model).map((n) => n.id),
    visibleEdges(model),
  );
  const table = exportTable(model, facts);
  switch (format) {
    case 'graphml':
      return { name: 'guanxi.graphml', type: 'application/graphml+xml', text: toGraphML(table) };
    case 'gexf':
      return { name: 'guanxi.gexf', type: 'application/gexf+xml', text: toGEXF(table) };
    case 'nodesCsv':
      return { name: 'guanxi-nodes.csv', type: 'text/csv;charset=utf-8', text: nodesCsv(table) };
    case 'edgesCsv':
      return { name: 'guanxi-edges.csv', type: 'text/csv;charset=utf-8', text: edgesCsv(table) };
  }
}
