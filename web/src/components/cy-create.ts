/**
 * Creating the Cytoscape instance. The renderer (canvas or WebGL) is fixed at creation, so the canvas
 * component re-creates `cy` — elements, positions and viewport carried over — when a graph crosses
 * the large-graph threshold.
 */
import cytoscape, { type Core, type NodeSingular } from 'cytoscape';
import type { StylesheetJson } from 'cytoscape';

export interface CyEvents {
  tap(id: string | null): void;
  dbltap(id: string): void;
  zoom(): void;
}

/** WebGL texture atlases of 4096² hold more labels per draw call than the mobile-sized default. */
const WEBGL_OPTIONS = { name: 'canvas', webgl: true, webglTexSize: 4096, webglBatchSize: 16384 };

export function createCy(
  container: HTMLElement,
  webgl: boolean,
  style: StylesheetJson,
  events: CyEvents,
): Core {
  const cy = cytoscape({
    container,
    style,
    minZoom: 0.02,
    maxZoom: 4,
    boxSelectionEnabled: false,
    // One device pixel per CSS pixel: WebGL's cost grows with the pixels it fills.
    ...(webgl ? { renderer: WEBGL_OPTIONS, pixelRatio: 1 } : {}),
  });
  cy.on('tap', (e) => {
    if (e.target === cy) events.tap(null);
  });
  cy.on('tap', 'node', (e) => events.tap((e.target as NodeSingular).id()));
  cy.on('dbltap', 'node', (e) => events.dbltap((e.target as NodeSingular).id()));
  cy.on('zoom', () => events.zoom());
  return cy;
}

/** A new instance with the other renderer, holding what `old` held; `old` is destroyed. */
export function recreateCy(
  old: Core,
  container: HTMLElement,
  webgl: boolean,
  style: StylesheetJson,
  events: CyEvents,
): Core {
  const elements = old.elements().jsons();
  const viewport = { zoom: old.zoom(), pan: { ...old.pan() } };
  old.destroy();
  const cy = createCy(container, webgl, style, events);
  cy.batch(() => cy.add(elements as unknown as cytoscape.ElementDefinition[]));
  cy.viewport(viewport);
  return cy;
}
