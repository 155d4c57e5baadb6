/** Moving the view, shared by the toolbar buttons and the canvas's keyboard path. */
import type { Core } from 'cytoscape';
import type { Positions } from '../graph/model';

/** Zooms about the middle of the canvas. */
export function zoomBy(cy: Core, factor: number): void {
  cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
}

export function fitAll(cy: Core): void {
  cy.fit(undefined, 40);
}

/** A node chosen by keyboard may lie outside the view: centre it then, and only then. */
export function bringIntoView(cy: Core, id: string): void {
  const node = cy.getElementById(id);
  if (node.empty()) return;
  const p = node.position();
  const ext = cy.extent();
  if (p.x < ext.x1 || p.x > ext.x2 || p.y < ext.y1 || p.y > ext.y2) cy.center(node);
}

/** Where the nodes are now (all of them, or the given ones): what undo puts back. */
export function positionsOf(cy: Core | null, ids?: readonly string[]): Positions {
  if (!cy) return {};
  const nodes = ids
    ? ids.map((id) => cy.getElementById(id)).filter((n) => n.nonempty())
    : cy.nodes().toArray();
  return Object.fromEntries(nodes.map((n) => [n.id(), { ...n.position() }]));
}
