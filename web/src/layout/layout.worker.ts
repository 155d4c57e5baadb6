/**
 * Runs fcose (or any layout registered here) on a headless Cytoscape off the main thread, so a
 * 10,000-node layout never freezes the page: the canvas shows cheap start positions at once and
 * takes these when they arrive.
 */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { LayoutJob, LayoutResult } from './protocol';

cytoscape.use(fcose);

// Layouts size nodes from the stylesheet; the canvas draws nodes 28 px wide (graph/style.ts).
const SIZE_ONLY = [{ selector: 'node', style: { width: 28, height: 28 } }];

function run({ job, ids, xy, edges, options }: LayoutJob): LayoutResult {
  const start = performance.now();
  const cy = cytoscape({ headless: true, styleEnabled: true, style: SIZE_ONLY });
  cy.add([
    ...ids.map((id, i) => ({
      group: 'nodes' as const,
      data: { id },
      position: { x: xy[2 * i]!, y: xy[2 * i + 1]! },
    })),
    ...edges.map(([source, target], i) => ({
      group: 'edges' as const,
      data: { id: `e${i}`, source, target },
    })),
  ]);
  // A headless instance has no viewport to fit into.
  cy.layout({ ...options, animate: false, fit: false } as cytoscape.LayoutOptions).run();
  const out = new Float64Array(ids.length * 2);
  ids.forEach((id, i) => {
    const p = cy.getElementById(id).position();
    out[2 * i] = p.x;
    out[2 * i + 1] = p.y;
  });
  cy.destroy();
  return { job, xy: out, ms: performance.now() - start };
}

self.onmessage = (e: MessageEvent<LayoutJob>) => {
  let result: LayoutResult;
  try {
    result = run(e.data);
  } catch (err) {
    result = { job: e.data.job, xy: new Float64Array(0), ms: 0, error: String(err) };
  }
  self.postMessage(result, { transfer: [result.xy.buffer] });
};
