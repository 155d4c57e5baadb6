/**
 * Large-graph rendering switches. Cytoscape reads `hideEdgesOnViewport`, `textureOnViewport` and
 * `pixelRatio` only at creation, but keeps them as plain renderer fields; since the canvas creates `cy`
 * once and the graph grows later, we flip those fields when the graph crosses the threshold.
 */
import type { Core } from 'cytoscape';

interface RendererFields {
  hideEdgesOnViewport?: boolean;
  textureOnViewport?: boolean;
  forcedPixelRatio?: number | null;
}

export function applyRenderMode(cy: Core, large: boolean): void {
  const r = (cy as unknown as { renderer(): RendererFields | undefined }).renderer();
  if (!r) return;
  r.hideEdgesOnViewport = large;
  r.textureOnViewport = large;
  r.forcedPixelRatio = large ? 1 : null;
  // Re-match the canvas buffers to the new pixel ratio.
  cy.resize();
}
