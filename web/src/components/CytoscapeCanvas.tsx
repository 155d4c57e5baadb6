/**
 * The one component that owns the Cytoscape instance: creates it once, destroys it on unmount, applies
 * element diffs inside `cy.batch()`, runs layouts, and reports taps back to the store. Everything it
 * draws comes from `toElements(model)`.
 */
import cytoscape, { type Core, type ElementDefinition, type NodeSingular, type Position } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { diffElements } from '../graph/diff';
import { isLargeGraph, toElements } from '../graph/elements';
import { type LayoutName, fullLayout, incrementalLayout, ringAround } from '../graph/layouts';
import type { GraphModel } from '../graph/model';
import { buildStyle } from '../graph/style';
import type { Lang } from '../i18n';
import { applyRenderMode } from './cy-tuning';
import { loadFcose, runLayout } from './fcose';

export interface CanvasProps {
  model: GraphModel;
  lang: Lang;
  layout: LayoutName;
  /** Bumped by the toolbar to re-run the full layout. */
  layoutRequest: number;
  /** `off` renders large graphs like small ones (the bench's baseline). */
  perfMode: 'auto' | 'off';
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

/**
 * Runs and records a step as a `performance.measure` (read by the render bench). fcose does its work
 * synchronously inside `run()` when not animated, before it emits `layoutstart`, so the layout events
 * would not time it.
 */
function timed(name: string, step: () => void): void {
  const start = performance.now();
  step();
  performance.measure(name, { start, end: performance.now() });
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
  const large = useRef(false);
  const revision = useRef(-1);
  const placed = useRef<GraphModel['placements']>(null);
  // Handlers change every render; the cy listeners read the latest through this ref.
  const handlers = useRef(props);
  handlers.current = props;

  useEffect(() => {
    const cy = cytoscape({
      container: container.current,
      style: buildStyle({ large: false }),
      minZoom: 0.05,
      maxZoom: 4,
      boxSelectionEnabled: false,
    });
    cy.on('tap', (e) => {
      if (e.target === cy) handlers.current.onSelect(null);
    });
    cy.on('tap', 'node', (e) => handlers.current.onSelect((e.target as NodeSingular).id()));
    cy.on('dbltap', 'node', (e) => handlers.current.onExpand((e.target as NodeSingular).id()));
    cyRef.current = cy;
    window.cy = cy;
    void loadFcose().catch(() => undefined);
    handlers.current.onReady(cy);
    return () => {
      handlers.current.onReady(null);
      if (window.cy === cy) delete window.cy;
      cy.destroy();
      cyRef.current = null;
      rendered.current = [];
    };
  }, []);

  const { model, lang, perfMode, layout } = props;
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const next = toElements(model, lang);
    const diff = diffElements(rendered.current, next);
    const placedBefore = cy.nodes().length;
    const nodeCount = next.filter((e) => e.group === 'nodes').length;
    const isLarge = perfMode === 'auto' && isLargeGraph(nodeCount, next.length - nodeCount);
    if (isLarge !== large.current) {
      large.current = isLarge;
      cy.style(buildStyle({ large: isLarge }));
      applyRenderMode(cy, isLarge);
    }
    const center = startCenter(cy, model.anchor);
    const newNodes = diff.add.filter((e) => e.group === 'nodes');
    const ring = ringAround(center, newNodes.length);
    const applyStart = performance.now();
    cy.batch(() => {
      for (const id of diff.remove) cy.getElementById(id).remove();
      newNodes.forEach((el, i) => (el.position = model.placements?.[String(el.data.id)] ?? ring[i]));
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
      const options = incrementalLayout(fixed);
      runLayout(cy, options, () => {
        timed('guanxi:layout', () => cy.layout(options).run());
        bringIntoView(cy, added);
      });
    } else {
      const options = fullLayout(layout, { large: isLarge, animate: false });
      runLayout(cy, options, () => timed('guanxi:layout', () => cy.layout(options).run()));
    }
  }, [model, lang, perfMode, layout]);

  const { layoutRequest } = props;
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || layoutRequest === 0) return;
    const options = fullLayout(layout, { large: large.current, animate: !large.current });
    runLayout(cy, options, () => cy.layout(options).run());
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
function bringIntoView(cy: Core, added: ReadonlySet<string>): void {
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
