/**
 * Round trips: each export is read back with a real parser (fast-xml-parser for GraphML and GEXF,
 * csv-parse for CSV) and must give back the same nodes, edges and attributes.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { emptyModel, mergeSlice } from '../graph/model';
import { edgesCsv, nodesCsv, EDGE_COLUMNS, NODE_COLUMNS } from './csv';
import { toGEXF } from './gexf';
import { toGraphML } from './graphml';
import { type ExportEdge, type ExportNode, type ExportTable, exportTable, splitList } from './table';

const NASTY = '<b>"李毅中" & 吴\'s, 会长\n（原）\t</b>';
const model = mergeSlice(emptyModel, {
  nodes: [
    { id: 'per_li', label: '李毅中', kind: 'person' },
    { id: 'per_x', label: NASTY, kind: 'person' },
    { id: 'org_c', label: '中国工业经济联合会', kind: 'association' },
    { id: 'evt_m', label: '现场会', kind: 'event' },
    { id: 'art_1', label: '文章,"一"', kind: 'article' },
  ],
  edges: [
    { id: 'per_li>pos_1', source: 'per_li', target: 'org_c', type: 'HOLDS', label: '会长' },
    {
      id: 'per_x-PARTICIPATED:speaker-evt_m',
      source: 'per_x',
      target: 'evt_m',
      type: 'PARTICIPATED',
      label: NASTY,
    },
    {
      id: 'org_c-ORGANIZED:organizer-evt_m',
      source: 'org_c',
      target: 'evt_m',
      type: 'ORGANIZED',
      label: '主办',
    },
    { id: 'art_1-MENTIONS-per_li', source: 'art_1', target: 'per_li', type: 'MENTIONS', label: null },
  ],
});
const table = exportTable(model, {
  titles: new Map([
    ['per_li', ['会长', '原部长']],
    ['per_x', [NASTY]],
    ['art_1', ['文章,"一"']],
  ]),
  nodeArticles: new Map([
    ['per_li', ['art_1', 'art_2']],
    ['org_c', ['art_1']],
  ]),
  edgeArticles: new Map([
    ['per_li>pos_1', ['art_1']],
    ['per_x-PARTICIPATED:speaker-evt_m', ['art_1', 'art_2']],
    ['art_1-MENTIONS-per_li', ['art_1']],
  ]),
});

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  htmlEntities: true,
  isArray: (name, _path, _leaf, isAttribute) =>
    !isAttribute && ['key', 'node', 'edge', 'data', 'attribute', 'attributes', 'attvalue'].includes(name),
});

type Attrs = Record<string, string>;
const node = (kind: string, label: string, titles: string, articles: string): Omit<ExportNode, 'id'> => ({
  label,
  kind: kind as ExportNode['kind'],
  titles: splitList(titles),
  articles: splitList(articles),
});
const edge = (
  type: string,
  label: string,
  articles: string,
): Pick<ExportEdge, 'type' | 'label' | 'articles'> => ({
  type: type as ExportEdge['type'],
  label,
  articles: splitList(articles),
});

function fromGraphML(text: string): ExportTable {
  const doc = xml.parse(text) as {
    graphml: { key: Attrs[]; graph: { edgedefault: string; node?: NodeXml[]; edge?: EdgeXml[] } };
  };
  type Data = { key: string; '#text'?: string };
  type NodeXml = { id: string; data: Data[] };
  type EdgeXml = NodeXml & { source: string; target: string };
  expect(doc.graphml.graph.edgedefault).toBe('directed');
  const name = new Map(doc.graphml.key.map((k) => [k.id, `${k.for}:${k['attr.name']}`]));
  const values = (d: Data[]) => Object.fromEntries(d.map((x) => [name.get(x.key)!, x['#text'] ?? '']));
  return {
    nodes: (doc.graphml.graph.node ?? []).map((n) => {
      const v = values(n.data);
      return { id: n.id, ...node(v['node:kind']!, v['node:label']!, v['node:titles']!, v['node:articles']!) };
    }),
    edges: (doc.graphml.graph.edge ?? []).map((e) => {
      const v = values(e.data);
      return {
        id: e.id,
        source: e.source,
        target: e.target,
        ...edge(v['edge:type']!, v['edge:label']!, v['edge:articles']!),
      };
    }),
  };
}

function fromGEXF(text: string): ExportTable {
  type Values = { attvalues: { attvalue?: { for: string; value: string }[] } };
  const doc = xml.parse(text) as {
    gexf: {
      version: string;
      graph: {
        defaultedgetype: string;
        attributes: { class: string; attribute: Attrs[] }[];
        nodes: { node?: (Attrs & Values)[] };
        edges: { edge?: (Attrs & Values)[] };
      };
    };
  };
  const g = doc.gexf.graph;
  expect(doc.gexf.version).toBe('1.3');
  expect(g.defaultedgetype).toBe('directed');
  const title = new Map(g.attributes.flatMap((a) => a.attribute.map((x) => [`${a.class}:${x.id}`, x.title])));
  const values = (cls: string, v: Values) =>
    Object.fromEntries((v.attvalues.attvalue ?? []).map((a) => [title.get(`${cls}:${a.for}`)!, a.value]));
  return {
    nodes: (g.nodes.node ?? []).map((n) => {
      const v = values('node', n);
      return { id: n.id!, ...node(v.kind!, n.label!, v.titles!, v.articles!) };
    }),
    edges: (g.edges.edge ?? []).map((e) => {
      const v = values('edge', e);
      return { id: e.id!, source: e.source!, target: e.target!, ...edge(v.type!, e.label!, v.articles!) };
    }),
  };
}

function fromCsv(nodesText: string, edgesText: string): ExportTable {
  const read = (text: string, columns: readonly string[]) => {
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = parseCsv(text, { bom: true, record_delimiter: '\r\n' }) as string[][];
    expect(header).toEqual(columns);
    return rows.map((r) => Object.fromEntries(columns.map((c, i) => [c, r[i]!])));
  };
  return {
    nodes: read(nodesText, NODE_COLUMNS).map((r) => ({
      id: r.id!,
      ...node(r.kind!, r.label!, r.titles!, r.articles!),
    })),
    edges: read(edgesText, EDGE_COLUMNS).map((r) => ({
      id: r.id!,
      source: r.source!,
      target: r.target!,
      ...edge(r.type!, r.label!, r.articles!),
    })),
  };
}

describe('interoperable exports', () => {
  it('carry every node and edge with kind, label, titles and evidence', () => {
    expect(table.nodes.find((n) => n.id === 'per_li')).toEqual({
      id: 'per_li',
      label: '李毅中',
      kind: 'person',
      titles: ['会长', '原部长'],
      articles: ['art_1', 'art_2'],
    });
    expect(table.edges.find((e) => e.type === 'MENTIONS')?.label).toBe('');
  });

  it('GraphML is well-formed and reads back the same', () => {
    const text = toGraphML(table);
    expect(XMLValidator.validate(text)).toBe(true);
    expect(fromGraphML(text)).toEqual(table);
  });

  it('GEXF is well-formed and reads back the same', () => {
    const text = toGEXF(table);
    expect(XMLValidator.validate(text)).toBe(true);
    expect(fromGEXF(text)).toEqual(table);
    expect(text).toContain('<viz:color r="0" g="114" b="178"/>'); // person, #0072B2
  });

  it('CSV (RFC 4180, with a BOM) reads back the same', () => {
    const [n, e] = [nodesCsv(table), edgesCsv(table)];
    expect(n.split('\r\n')[0]).toBe('\uFEFF"id","label","kind","titles","articles"');
    expect(fromCsv(n, e)).toEqual(table);
  });

  it('an empty canvas exports empty but valid files', () => {
    const empty = exportTable(emptyModel, {
      titles: new Map(),
      nodeArticles: new Map(),
      edgeArticles: new Map(),
    });
    expect(fromGraphML(toGraphML(empty))).toEqual(empty);
    expect(fromGEXF(toGEXF(empty))).toEqual(empty);
    expect(fromCsv(nodesCsv(empty), edgesCsv(empty))).toEqual(empty);
  });

  it('drops characters XML cannot carry instead of writing a broken file', () => {
    const bad = exportTable(
      mergeSlice(emptyModel, {
        nodes: [{ id: 'per_c', label: 'a\u0000b\u001Fc\uD800', kind: 'person' }],
        edges: [],
      }),
      { titles: new Map(), nodeArticles: new Map(), edgeArticles: new Map() },
    );
    for (const text of [toGraphML(bad), toGEXF(bad)]) {
      expect(XMLValidator.validate(text)).toBe(true);
      expect(text).toContain('abc');
    }
  });
});
