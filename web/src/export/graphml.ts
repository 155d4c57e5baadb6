/**
 * GraphML (yEd, Gephi, Cytoscape desktop, networkx): one directed graph, attributes declared as
 * `<key>`s. Node and edge attributes get distinct key ids because edges also have a `label`.
 */
import { type ExportTable, joinList } from './table';
import { XML_DECLARATION, escapeXml } from './xml';

export const GRAPHML_KEYS = {
  node: { label: 'n_label', kind: 'n_kind', titles: 'n_titles', articles: 'n_articles' },
  edge: { type: 'e_type', label: 'e_label', articles: 'e_articles' },
} as const;

const data = (key: string, value: string) => `<data key="${key}">${escapeXml(value)}</data>`;

export function toGraphML(table: ExportTable): string {
  const keys = (['node', 'edge'] as const).flatMap((target) =>
    Object.entries(GRAPHML_KEYS[target]).map(
      ([name, id]) => `  <key id="${id}" for="${target}" attr.name="${name}" attr.type="string"/>`,
    ),
  );
  const k = GRAPHML_KEYS;
  const nodes = table.nodes.map(
    (n) =>
      `    <node id="${escapeXml(n.id)}">${data(k.node.label, n.label)}${data(k.node.kind, n.kind)}` +
      `${data(k.node.titles, joinList(n.titles))}${data(k.node.articles, joinList(n.articles))}</node>`,
  );
  const edges = table.edges.map(
    (e) =>
      `    <edge id="${escapeXml(e.id)}" source="${escapeXml(e.source)}" target="${escapeXml(e.target)}">` +
      `${data(k.edge.type, e.type)}${data(k.edge.label, e.label)}${data(k.edge.articles, joinList(e.articles))}</edge>`,
  );
  return [
    XML_DECLARATION,
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"' +
      ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keys,
    '  <graph id="guanxi" edgedefault="directed">',
    ...nodes,
    ...edges,
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}
