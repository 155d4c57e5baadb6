/**
 * Undo and redo for the explorer: one history of what the analyst did, newest last — canvas actions
 * (add, remove, hide, expand, layout) as deltas plus the node positions before them, and the signed-in
 * curator's own curations. Pure: the reducer moves entries between `past` and `future` and applies
 * canvas deltas; calling the API for a curation's undo (`undoCuration`) or redo (the same mutation
 * again) is the app's part, which then reports it here with `undo` / `redo`.
 */
import { applyDelta, combineDeltas, graphDelta, invertDelta, isEmptyDelta, type GraphDelta } from './delta';
import type { GraphModel, Positions } from './model';
import { graphReducer, type GraphAction } from './store';

export type CanvasActionKind = 'add' | 'remove' | 'hide' | 'expand' | 'layout';

export interface CanvasEntry {
  readonly id: number;
  readonly kind: 'canvas';
  readonly action: CanvasActionKind;
  /** The node the action was about (its label), for the history panel. */
  readonly subject: string | null;
  readonly delta: GraphDelta;
  /** Where the nodes were before (restored by undo) and after (restored by redo, read at undo time). */
  readonly before: Positions;
  readonly after: Positions | null;
}

export interface CurationEntry {
  readonly id: number;
  readonly kind: 'curation';
  /** `RETRACT_FACT`, `CORRECT_FACT`, … */
  readonly operation: string;
  readonly subject: string | null;
  /** The curation to undo (after a redo: the re-applied one). */
  readonly curationId: string;
  /** Re-applies the curation (the same mutation again); resolves to the new curation. */
  readonly redo: () => Promise<{ id: string }>;
}

export type UndoEntry = CanvasEntry | CurationEntry;

export interface Explorer {
  readonly model: GraphModel;
  readonly past: readonly UndoEntry[];
  readonly future: readonly UndoEntry[];
  readonly nextId: number;
}

/** Older entries fall off the history past this many. */
export const HISTORY_LIMIT = 100;

export type ExplorerAction =
  | GraphAction
  | {
      type: 'record';
      action: CanvasActionKind;
      subject: string | null;
      /** The change; null for a layout, which moves nodes only. */
      graph: GraphAction | null;
      /** Positions of the nodes on the canvas before the action. */
      positions: Positions;
      /** Folds into the last entry when it is the same action (an add whose edges come later). */
      amend?: boolean;
    }
  | {
      type: 'curated';
      operation: string;
      subject: string | null;
      curationId: string;
      redo: CurationEntry['redo'];
    }
  | { type: 'undo'; entry: number; positions: Positions }
  | { type: 'redo'; entry: number; curationId?: string };

export function initExplorer(model: GraphModel): Explorer {
  return { model, past: [], future: [], nextId: 1 };
}

function push(state: Explorer, model: GraphModel, entry: UndoEntry): Explorer {
  return {
    model,
    past: [...state.past, entry].slice(-HISTORY_LIMIT),
    future: [],
    nextId: state.nextId + 1,
  };
}

export function explorerReducer(state: Explorer, action: ExplorerAction): Explorer {
  switch (action.type) {
    case 'record':
      return record(state, action);
    case 'curated':
      return push(state, state.model, {
        id: state.nextId,
        kind: 'curation',
        operation: action.operation,
        subject: action.subject,
        curationId: action.curationId,
        redo: action.redo,
      });
    case 'undo':
      return undo(state, action.entry, action.positions);
    case 'redo':
      return redo(state, action.entry, action.curationId);
    default: {
      const model = graphReducer(state.model, action);
      return model === state.model ? state : { ...state, model };
    }
  }
}

function record(state: Explorer, a: Extract<ExplorerAction, { type: 'record' }>): Explorer {
  const model = a.graph ? graphReducer(state.model, a.graph) : state.model;
  const delta = graphDelta(state.model, model);
  const last = state.past.at(-1);
  if (a.amend && last?.kind === 'canvas' && last.action === a.action) {
    const merged: CanvasEntry = { ...last, delta: combineDeltas(last.delta, delta) };
    return { ...state, model, past: [...state.past.slice(0, -1), merged] };
  }
  if (a.action !== 'layout' && isEmptyDelta(delta)) return { ...state, model };
  return push(state, model, {
    id: state.nextId,
    kind: 'canvas',
    action: a.action,
    subject: a.subject,
    delta,
    before: a.positions,
    after: null,
  });
}

/** Undoes entry `id` (the newest, unless something was recorded while a curation's undo ran). */
function undo(state: Explorer, id: number, positionsNow: Positions): Explorer {
  const entry = state.past.find((e) => e.id === id);
  if (!entry) return state;
  const past = state.past.filter((e) => e !== entry);
  if (entry.kind === 'curation') return { ...state, past, future: [...state.future, entry] };
  const model = { ...applyDelta(state.model, invertDelta(entry.delta)), placements: entry.before };
  return { ...state, model, past, future: [...state.future, { ...entry, after: positionsNow }] };
}

function redo(state: Explorer, id: number, curationId: string | undefined): Explorer {
  const entry = state.future.find((e) => e.id === id);
  if (!entry) return state;
  const future = state.future.filter((e) => e !== entry);
  if (entry.kind === 'curation') {
    const again = { ...entry, curationId: curationId ?? entry.curationId };
    return { ...state, past: [...state.past, again], future };
  }
  const model = { ...applyDelta(state.model, entry.delta), placements: entry.after ?? {} };
  return { ...state, model, past: [...state.past, entry], future };
}

/** What Ctrl+Z and Ctrl+Shift+Z would act on. */
export const nextUndo = (s: Explorer): UndoEntry | undefined => s.past.at(-1);
export const nextRedo = (s: Explorer): UndoEntry | undefined => s.future.at(-1);

/** Ctrl+Z / Cmd+Z undo, with Shift (or Ctrl+Y) redo; null for any other key. */
export function undoKey(e: {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  shiftKey?: boolean;
  altKey?: boolean;
}): 'undo' | 'redo' | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
  const key = e.key.toLowerCase();
  if (key === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !e.shiftKey) return 'redo';
  return null;
}
