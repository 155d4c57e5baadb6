/**
 * Layout options. `fcose` by default; an expansion lays out only the newcomers, with every node that
 * was already placed held where it is by fcose's `fixedNodeConstraint`.
 */
import type { LayoutOptions, Position } from 'cytoscape';

export const LAYOUT_NAMES = ['fcose', 'concentric', 'breadthfirst'] as const;
export type LayoutName = (typeof LAYOUT_NAMES)[number];

export function fullLayout(name: LayoutName, opts: { large: boolean; animate: boolean }): LayoutOptions {
  switch (name) {
    case 'concentric':
      return { name: 'concentric', animate: opts.animate, fit: true, padding: 40, minNodeSpacing: 30 };
    case 'breadthfirst':
      return { name: 'breadthfirst', animate: opts.animate, fit: true, padding: 40, spacingFactor: 1.2 };
    case 'fcose':
      return {
        name: 'fcose',
        // Quality "draft" (spectral only) is what keeps 2,000 nodes under a second or so.
        quality: opts.large ? 'draft' : 'default',
        randomize: true,
        animate: opts.animate && !opts.large,
        fit: true,
        padding: 40,
        nodeRepulsion: 6500,
        idealEdgeLength: 110,
        nodeSeparation: 90,
      } as LayoutOptions;
  }
}

export interface FixedNode {
  nodeId: string;
  position: Position;
}

/** Incremental fcose: start from current positions and keep the placed nodes fixed. */
export function incrementalLayout(fixed: FixedNode[]): LayoutOptions {
  return {
    name: 'fcose',
    quality: 'proof',
    randomize: false,
    animate: false,
    fit: false,
    nodeRepulsion: 6500,
    idealEdgeLength: 110,
    fixedNodeConstraint: fixed,
  } as LayoutOptions;
}

/** Start positions for newcomers: a ring around the node they were expanded from. */
export function ringAround(center: Position, count: number, radius = 140): Position[] {
  return Array.from({ length: count }, (_, i) => {
    const angle = (2 * Math.PI * i) / Math.max(count, 1);
    return { x: center.x + radius * Math.cos(angle), y: center.y + radius * Math.sin(angle) };
  });
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * Start positions for a whole large graph: a sunflower spiral (even density, no overlap, O(n)), so
 * the canvas draws every node at once while the real layout runs in the worker.
 */
export function spiralPositions(center: Position, count: number, spacing = 40): Position[] {
  return Array.from({ length: count }, (_, i) => {
    const r = spacing * Math.sqrt(i);
    const angle = i * GOLDEN_ANGLE;
    return { x: center.x + r * Math.cos(angle), y: center.y + r * Math.sin(angle) };
  });
}
