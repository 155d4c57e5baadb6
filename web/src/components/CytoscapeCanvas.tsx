/**
 * The one component that owns the Cytoscape instance: creates it once, destroys it on unmount, applies
 * element diffs inside `cy.batch()`, runs layouts, and reports taps back to the store. Everything it
 * draws comes from `toElements(model)`.
 */
import type { Core, ElementDefinition, LayoutOptions, NodeSingular, Position } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { diffElements } from '../graph/diff';
import { isLargeGraph, toElements } from '../graph/elements';
import {
  type LayoutName,
  fullLayout,
  incrementalLayout,
  ringAround,
  spiralPositions,
} from '../graph/layouts';
import type { GraphModel } from '../graph/model';
import { type PerfMode, type RenderPlan, SMALL_PLAN, renderPlan } from '../graph/render-plan';
import { LOD_ZOOM, buildStyle } from '../graph/style';
import type { Lang } from '../i18n';
import { layoutOffThread } from '../layout/off-thread';
import { applyRenderMode } from './cy-tuning';
import { type CyEvents, createCy, recreateCy } from './cy-create';
import { loadFcose, runLayout } from './fcose';
import { detectGl } from './webgl-probe';

export interface CanvasProps {
  model: GraphModel;
  lang: Lang;
  layout: LayoutName;
  /** Bumped by the toolbar to re-run the full layout. */
  layoutRequest: number;
  /** `auto` in the app; the others are the bench's baselines (graph/render-plan.ts). */
  perfMode: PerfMode;
  onSelect(id: string | null): void;
  onExpand(id: string): void;
  onReady(cy: Core | null): void;
  /** The keyboard path (graph/keyboard.ts): the canvas is one focusable widget. */
  onKeyDown(e: React.KeyboardEvent<HTMLDivElement>): void;
  label: string;
  /** Id of the element that explains the keys. */
  helpId: string;
}

declare global {
  interface Window {
    /** The Cytoscape instance: a documented handle for tests and power users. */
    cy?: Core;
  }
}

/** Where newcomers start: around the node they came from, else the middle of the view. */
function startCenter(cy: Core, anchorId: string | null): Position {
  const anchor = anchorId ? cy.getElementById(anchorId) : null;
  if (anchor && anchor.nonempty() && anchor.isNode()) return { ...anchor.position() };
  const ext = cy.extent();
  return cy.nodes().nonempty() ? { x: (ext.x1 + ext.x2) / 2, y: (ext.y1 + ext.y2) / 2 } : { x: 0, y: 0 };
}

export function CytoscapeCanvas(props: CanvasProps) {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const rendered = useRef<ElementDefinition[]>([]);
  const plan = useRef<RenderPlan>(SMALL_PLAN);
  const labelsShown = useRef(true);
  const revision = useRef(-1);
  const placed = useRef<GraphModel['placements']>(null);
  // Handlers change every render; the cy listeners read the latest through this ref.
  const handlers = useRef(props);
  handlers.current = props;

  const events: CyEvents = {
    tap: (id) => handlers.current.onSelect(id),
    dbltap: (id) => handlers.current.onExpand(id),
    // Level of detail: restyle only when the zoom crosses the threshold, not on every step.
    zoom: () => {
      const cy = cyRef.current;
      if (!cy || !plan.current.lod) return;
      const labels = cy.zoom() >= LOD_ZOOM;
      if (labels === labelsShown.current) return;
      labelsShown.current = labels;
      cy.style(buildStyle({ large: true, labels }));
    },
  };
  const eventsRef = useRef(events);

  useEffect(() => {
    const cy = createCy(container.current!, false, buildStyle({ large: false }), eventsRef.current);
    cyRef.current = cy;
    window.cy = cy;
    void loadFcose().catch(() => undefined);
    handlers.current.onReady(cy);
    return () => {
      handlers.current.onReady(null);
      const current = cyRef.current;
      if (current && window.cy === current) delete window.cy;
      current?.destroy();
      cyRef.current = null;
      rendered.current = [];
      plan.current = SMALL_PLAN;
    };
  }, []);

  /** Switches renderer, stylesheet and renderer options when the graph changes size class. */
  const adopt = (next: RenderPlan): Core => {
    let cy = cyRef.current!;
    const before = plan.current;
    plan.current = next;
    labelsShown.current = !next.lod || cy.zoom() >= LOD_ZOOM;
    const style = buildStyle({ large: next.large, labels: labelsShown.current });
    if (next.webgl !== before.webgl) {
      cy = recreateCy(cy, container.current!, next.webgl, style, eventsRef.current);
      cyRef.current = cy;
      window.cy = cy;
      handlers.current.onReady(cy);
    } else {
      cy.style(style);
    }
    // The canvas renderer's own large-graph switches; WebGL needs none of them.
    applyRenderMode(cy, next.large && !next.webgl, next.cssViewport, next.slicedRedraw);
    return cy;
  };

  const { model, lang, perfMode, layout } = props;
  useEffect(() => {
    if (!cyRef.current) return;
    const next = toElements(model, lang);
    const nodeCount = next.filter((e) => e.group === 'nodes').length;
    const edgeCount = next.length - nodeCount;
    const wanted = renderPlan(
      perfMode,
      nodeCount,
      edgeCount,
      isLargeGraph(nodeCount, edgeCount) ? detectGl() : 'none',
    );
    const p = plan.current;
    const cy =
      wanted.large !== p.large ||
      wanted.webgl !== p.webgl ||
      wanted.lod !== p.lod ||
      wanted.cssViewport !== p.cssViewport ||
      wanted.slicedRedraw !== p.slicedRedraw
        ? adopt(wanted)
        : cyRef.current;
    const diff = diffElements(rendered.current, next);
    const placedBefore = cy.nodes().length;
    const center = startCenter(cy, model.anchor);
    const newNodes = diff.add.filter((e) => e.group === 'nodes');
    const fullStart = placedBefore === 0 && wanted.worker;
    const starts = fullStart ? spiralPositions(center, newNodes.length) : ringAround(center, newNodes.length);
    const applyStart = performance.now();
    cy.batch(() => {
      for (const id of diff.remove) cy.getElementById(id).remove();
      newNodes.forEach((el, i) => (el.position = model.placements?.[String(el.data.id)] ?? starts[i]));
      cy.add(diff.add);
      for (const el of diff.update) {
        const ele = cy.getElementById(String(el.data.id));
        ele.data(el.data);
        ele.classes(el.classes ?? '');
        if (el.locked) ele.lock();
        else ele.unlock();
        if (el.selected) ele.select();
        else ele.unselect();
      }
    });
    // Undo/redo puts nodes back where they were (a new placements object, applied once).
    if (model.placements && model.placements !== placed.current) {
      const positions = model.placements;
      cy.batch(() => {
        for (const [id, p] of Object.entries(positions)) {
          const node = cy.getElementById(id);
          if (node.nonempty()) node.position({ ...p });
        }
      });
    }
    placed.current = model.placements;
    // The spiral is the first picture of a large graph: show all of it while the worker lays it out.
    if (fullStart && newNodes.length > 0 && !model.placements) cy.fit(undefined, 40);
    performance.measure('guanxi:elements', { start: applyStart, end: performance.now() });
    rendered.current = next;
    if (model.revision === revision.current) return;
    revision.current = model.revision;
    if (newNodes.length === 0) return;
    const added = new Set(newNodes.map((el) => String(el.data.id)));
    const fixed = cy
      .nodes()
      .toArray()
      .filter((n) => !added.has(n.id()))
      .map((n) => ({ nodeId: n.id(), position: { ...(n as NodeSingular).position() } }));
    if (placedBefore > 0 && fixed.length > 0) {
      layOut(cy, incrementalLayout(fixed), wanted.worker, () => bringNewcomersIntoView(cy, added));
    } else {
      layOut(cy, fullLayout(layout, { large: wanted.large, animate: false }), wanted.worker);
    }
  }, [model, lang, perfMode, layout]);

  const { layoutRequest } = props;
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || layoutRequest === 0) return;
    const { large, worker } = plan.current;
    layOut(cy, fullLayout(layout, { large, animate: !large }), worker);
  }, [layoutRequest, layout]);

  return (
    <div
      ref={container}
      className="canvas"
      data-testid="canvas"
      tabIndex={0}
      role="application"
      aria-label={props.label}
      aria-describedby={props.helpId}
      onKeyDown={props.onKeyDown}
    />
  );
}

/** Fits the view when the incremental layout put any newcomer outside it. */
function bringNewcomersIntoView(cy: Core, added: ReadonlySet<string>): void {
  const ext = cy.extent();
  const outside = cy
    .nodes()
    .toArray()
    .some((n) => {
      if (!added.has(n.id())) return false;
      const p = (n as NodeSingular).position();
      return p.x < ext.x1 || p.x > ext.x2 || p.y < ext.y1 || p.y > ext.y2;
    });
  if (outside) cy.fit(undefined, 40);
}

/**
 * Runs a layout and records it as `guanxi:layout` (read by the render bench): in the layout worker
 * for large graphs (the main thread only applies the positions), else here. fcose works synchronously
 * inside `run()` when not animated, before it emits `layoutstart`, so the layout events would not time it.
 */
function layOut(cy: Core, options: LayoutOptions, inWorker: boolean, then?: () => void): void {
  const start = performance.now();
  if (inWorker) {
    layoutOffThread(cy, options).then(
      (ms) => {
        if (ms === null) return;
        performance.measure('guanxi:layout', { start, end: performance.now() });
        then?.();
      },
      // A failed layout leaves the start positions: the graph stays readable, the error is logged.
      (e: unknown) => console.error('layout worker failed', e),
    );
    return;
  }
  runLayout(cy, options, () => {
    const begun = performance.now();
    cy.layout(options).run();
    performance.measure('guanxi:layout', { start: begun, end: performance.now() });
    then?.();
  });
}
