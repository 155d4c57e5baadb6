/**
 * The canvas's side of the layout worker: send the graph, apply the positions that come back. Only
 * the latest job's answer is applied (a newer graph makes an older layout stale).
 */
import type { Core, LayoutOptions, NodeSingular } from 'cytoscape';
import type { LayoutJob, LayoutResult } from './protocol';

let worker: Worker | null = null;
let lastJob = 0;

function layoutWorker(): Worker {
  worker ??= new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
  return worker;
}

/** The job's graph, read from `cy` now (positions as they stand are the layout's start). */
export function jobFor(cy: Core, job: number, options: LayoutOptions): LayoutJob {
  const nodes = cy.nodes();
  const ids: string[] = [];
  const xy = new Float64Array(nodes.length * 2);
  nodes.forEach((n, i) => {
    const p = (n as NodeSingular).position();
    ids.push(n.id());
    xy[2 * i] = p.x;
    xy[2 * i + 1] = p.y;
  });
  const edges = cy.edges().map((e) => [e.source().id(), e.target().id()] as const);
  return { job, ids, xy, edges, options };
}

/**
 * Lays `cy` out in the worker. Resolves with the worker's time once the positions are applied, or
 * with null when a newer job overtook this one or the canvas went away meanwhile.
 */
export function layoutOffThread(cy: Core, options: LayoutOptions): Promise<number | null> {
  const job = ++lastJob;
  const w = layoutWorker();
  const message = jobFor(cy, job, options);
  return new Promise((resolve, reject) => {
    const onMessage = (e: MessageEvent<LayoutResult>) => {
      if (e.data.job !== job) return;
      w.removeEventListener('message', onMessage);
      if (e.data.error) return reject(new Error(e.data.error));
      if (job !== lastJob || cy.destroyed()) return resolve(null);
      applyPositions(cy, message.ids, e.data.xy);
      if ((options as { fit?: boolean }).fit) cy.fit(undefined, 40);
      resolve(e.data.ms);
    };
    w.addEventListener('message', onMessage);
    w.postMessage(message);
  });
}

function applyPositions(cy: Core, ids: readonly string[], xy: Float64Array): void {
  const index = new Map(ids.map((id, i) => [id, i]));
  cy.batch(() => {
    // Nodes added since the job was sent keep their start position; the next layout takes them in.
    cy.nodes().positions((n) => {
      const i = index.get(n.id());
      return i === undefined ? { ...(n as NodeSingular).position() } : { x: xy[2 * i]!, y: xy[2 * i + 1]! };
    });
  });
}
