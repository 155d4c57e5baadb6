/**
 * Large-graph rendering switches. Cytoscape reads `hideEdgesOnViewport`, `textureOnViewport` and
 * `pixelRatio` only at creation, but keeps them as plain renderer fields; since the canvas creates `cy`
 * once and the graph grows later, we flip those fields when the graph crosses the threshold. With
 * `cssViewport`, pan and zoom move the last frame instead (`cy-css-viewport.ts`, `sliced`: and the node
 * layer is redrawn in slices once a full draw is slow); the viewport texture
 * stays on as the fallback should that not install.
 */
import type { Core } from 'cytoscape';
import { installCssViewport } from './cy-css-viewport';

interface RendererFields {
  hideEdgesOnViewport?: boolean;
  textureOnViewport?: boolean;
  forcedPixelRatio?: number | null;
}

const uninstallCssViewport = new WeakMap<Core, () => void>();

export function applyRenderMode(cy: Core, large: boolean, cssViewport = false, sliced = false): void {
  const r = (cy as unknown as { renderer(): RendererFields | undefined }).renderer();
  if (!r) return;
  r.hideEdgesOnViewport = large;
  r.textureOnViewport = large;
  r.forcedPixelRatio = large ? 1 : null;
  uninstallCssViewport.get(cy)?.();
  uninstallCssViewport.delete(cy);
  if (large && cssViewport) uninstallCssViewport.set(cy, installCssViewport(cy, sliced));
  // Re-match the canvas buffers to the new pixel ratio.
  cy.resize();
}
