/**
 * The Cytoscape stylesheet, derived from the schema's display hints (colour and shape per kind), so a
 * new kind in @guanxi/schema is styled without touching the explorer.
 */
import type { StylesheetJson } from 'cytoscape';
import { KIND_DISPLAY, NODE_KINDS } from '@guanxi/schema';

/** CJK fonts first: Debian's fonts-noto-cjk, macOS PingFang, Windows YaHei. */
export const FONT_FAMILY = '"Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

export interface StyleOptions {
  /** Large graphs: straight haystack edges, no edge labels, labels only when zoomed in. */
  large: boolean;
  /**
   * Large graphs only: every node's label (zoomed in past `LOD_ZOOM`). Without it only the selected
   * node, its neighbours and the path are labelled — the WebGL renderer draws every label it is given
   * (it ignores `min-zoomed-font-size`), and 10,000 label textures cost more than the shapes.
   */
  labels?: boolean;
}

/**
 * Curated facts: verified ones solid and green, hand-asserted ones dashed blue, corrected ones dotted
 * orange — line style as well as colour, so they differ for colour-blind readers too. Exported for the legend.
 */
export const CURATED_EDGE_LOOK = {
  VERIFIED: { color: '#1E8449', line: 'solid' },
  ASSERTED: { color: '#1F5FA8', line: 'dashed' },
  CORRECTED: { color: '#C05A00', line: 'dotted' },
} as const;

const CURATED_EDGES = Object.entries(CURATED_EDGE_LOOK).map(([status, look]) => ({
  selector: `edge.status-${status}`,
  style: {
    'line-color': look.color,
    'target-arrow-color': look.color,
    'line-style': look.line,
    width: 2.5,
  },
}));

/** Zoom from which a large graph shows every label (13 px labels are readable from here). */
export const LOD_ZOOM = 0.9;

/** Labels, arrows and edge captions a large graph keeps for the analyst's focus. */
const FOCUS_NODES = 'node:selected, node.near, node.path, node.more';
const FOCUS_EDGES = 'edge.near, edge.path';

export function buildStyle({ large, labels = false }: StyleOptions): StylesheetJson {
  const kinds = NODE_KINDS.map((kind) => ({
    selector: `node.kind-${kind}`,
    style: { 'background-color': KIND_DISPLAY[kind].color, shape: KIND_DISPLAY[kind].shape },
  }));
  return [
    {
      selector: 'node',
      style: {
        label: large && !labels ? '' : 'data(label)',
        'font-family': FONT_FAMILY,
        'font-size': 13,
        color: '#1a1a1a',
        // A white halo keeps labels legible over edges and other nodes.
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-wrap': 'ellipsis',
        'text-max-width': '160px',
        'background-color': '#888888',
        width: 28,
        height: 28,
        'border-width': 1,
        'border-color': '#ffffff',
        // Hide labels that would be too small to read anyway; a big win on large graphs.
        'min-zoomed-font-size': large ? 10 : 6,
      },
    },
    ...kinds,
    {
      selector: 'edge',
      style: large
        ? { 'curve-style': 'haystack', 'haystack-radius': 0, width: 1, 'line-color': '#b8b8b8', opacity: 0.7 }
        : {
            'curve-style': 'bezier',
            width: 1.5,
            'line-color': '#a0a0a0',
            'target-arrow-shape': 'triangle',
            'target-arrow-color': '#a0a0a0',
            'arrow-scale': 0.8,
            label: 'data(label)',
            'font-family': FONT_FAMILY,
            'font-size': 10,
            color: '#555555',
            'text-rotation': 'autorotate',
            'text-outline-color': '#ffffff',
            'text-outline-width': 2,
            'min-zoomed-font-size': 8,
          },
    },
    // Ties: undirected, width by weight (1 → 2 px, 12 or more → 10 px).
    {
      selector: 'edge.tie',
      style: {
        width: 'mapData(weight, 1, 12, 2, 10)',
        'target-arrow-shape': 'none',
        'line-style': 'solid',
        opacity: 0.75,
      },
    },
    { selector: 'edge.tie-coAppearance', style: { 'line-color': '#2E7D32' } },
    { selector: 'edge.tie-interlock', style: { 'line-color': '#6A1B9A' } },
    // Outside the time slider's window: still there, barely.
    { selector: 'edge.faded', style: { opacity: 0.12 } },
    ...CURATED_EDGES,
    ...(large ? focusRules(labels) : []),
    ...MORE_RULES,
    {
      selector: 'node.pinned',
      style: { 'border-width': 3, 'border-color': '#222222', 'border-style': 'double' },
    },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#FFB000' } },
    { selector: 'node.path', style: { 'border-width': 4, 'border-color': '#E4003A', 'z-index': 10 } },
    {
      selector: 'edge.path',
      style: {
        'line-color': '#E4003A',
        'target-arrow-color': '#E4003A',
        width: 4,
        'z-index': 10,
        color: '#E4003A',
      },
    },
  ];
}

/** A super-node's "+N more": a dashed button-like node on a dashed link; a click pages them in. */
const MORE_RULES: StylesheetJson = [
  {
    selector: 'node.more',
    style: {
      label: 'data(label)',
      shape: 'round-rectangle',
      width: 110,
      height: 24,
      'background-color': '#ffffff',
      'border-width': 1.5,
      'border-style': 'dashed',
      'border-color': '#555555',
      'font-size': 11,
      'text-valign': 'center',
      'text-margin-y': 0,
      'text-outline-width': 0,
      'min-zoomed-font-size': 0,
    },
  },
  {
    selector: 'edge.more-link',
    style: {
      'curve-style': 'straight',
      'line-style': 'dashed',
      'line-color': '#999999',
      width: 1,
      label: '',
      'target-arrow-shape': 'none',
    },
  },
];

/** Level of detail for large graphs: what stays labelled and directed when the rest is drawn bare. */
function focusRules(labels: boolean): StylesheetJson {
  return [
    ...(labels ? [] : [{ selector: FOCUS_NODES, style: { label: 'data(label)' } }]),
    {
      selector: FOCUS_EDGES,
      style: {
        'curve-style': 'straight',
        width: 1.5,
        'line-color': '#707070',
        opacity: 1,
        'target-arrow-shape': 'triangle',
        'target-arrow-color': '#707070',
        'arrow-scale': 0.8,
        label: 'data(label)',
        'font-family': FONT_FAMILY,
        'font-size': 10,
        color: '#555555',
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
      },
    },
  ];
}
