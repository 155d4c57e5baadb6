/**
 * CSV per RFC 4180: CRLF line ends, every field quoted (so commas, quotes and line breaks inside a
 * name survive), quotes doubled. A UTF-8 byte-order mark in front, without which Excel reads the
 * Chinese as mojibake.
 */
import { type ExportTable, joinList } from './table';

const BOM = '\uFEFF';

const field = (value: string) => `"${value.replace(/"/g, '""')}"`;

export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return BOM + [header, ...rows].map((r) => r.map(field).join(',') + '\r\n').join('');
}

export const NODE_COLUMNS = ['id', 'label', 'kind', 'titles', 'articles'] as const;
export const EDGE_COLUMNS = ['id', 'source', 'target', 'type', 'label', 'articles'] as const;

export function nodesCsv(table: ExportTable): string {
  return toCsv(
    NODE_COLUMNS,
    table.nodes.map((n) => [n.id, n.label, n.kind, joinList(n.titles), joinList(n.articles)]),
  );
}

export function edgesCsv(table: ExportTable): string {
  return toCsv(
    EDGE_COLUMNS,
    table.edges.map((e) => [e.id, e.source, e.target, e.type, e.label, joinList(e.articles)]),
  );
}
