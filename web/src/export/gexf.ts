/**
 * GEXF 1.3 (Gephi's own format): nodes and edges carry `label`; kind, titles, type and evidence are
 * declared attributes; each node is coloured like the canvas (`viz:color` from @guanxi/schema).
 */
import { KIND_DISPLAY } from '@guanxi/schema';
import { type ExportTable, joinList } from './table';
import { XML_DECLARATION, escapeXml } from './xml';

export const GEXF_ATTRIBUTES = {
  node: ['kind', 'titles', 'articles'],
  edge: ['type', 'articles'],
} as const;

const attvalues = (values: Record<string, string>) =>
  `<attvalues>${Object.entries(values)
    .map(([id, v]) => `<attvalue for="${id}" value="${escapeXml(v)}"/>`)
    .join('')}</attvalues>`;

function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `<viz:color r="${r}" g="${g}" b="${b}"/>`;
}

export function toGEXF(table: ExportTable): string {
  const declare = (cls: 'node' | 'edge') => [
    `    <attributes class="${cls}">`,
    ...GEXF_ATTRIBUTES[cls].map((id) => `      <attribute id="${id}" title="${id}" type="string"/>`),
    '    </attributes>',
  ];
  const nodes = table.nodes.map(
    (n) =>
      `      <node id="${escapeXml(n.id)}" label="${escapeXml(n.label)}">` +
      attvalues({ kind: n.kind, titles: joinList(n.titles), articles: joinList(n.articles) }) +
      `${rgb(KIND_DISPLAY[n.kind].color)}</node>`,
  );
  const edges = table.edges.map(
    (e) =>
      `      <edge id="${escapeXml(e.id)}" source="${escapeXml(e.source)}" target="${escapeXml(e.target)}"` +
      ` label="${escapeXml(e.label)}">${attvalues({ type: e.type, articles: joinList(e.articles) })}</edge>`,
  );
  return [
    XML_DECLARATION,
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">',
    '  <meta><creator>guanxi</creator></meta>',
    '  <graph defaultedgetype="directed" mode="static">',
    ...declare('node'),
    ...declare('edge'),
    '    <nodes>',
    ...nodes,
    '    </nodes>',
    '    <edges>',
    ...edges,
    '    </edges>',
    '  </graph>',
    '</gexf>',
    '',
  ].join('\n');
}
