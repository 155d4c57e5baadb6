/**
 * The explorer's state with its undo history (graph/undo.ts), and the side of undo/redo that talks
 * to the API: a curation is undone with `undoCuration` and redone by sending the same mutation again
 * (the server refuses to undo an undo, and a fresh curation keeps the audit log honest: "retracted
 * again by …"). Canvas actions are undone in the model, with node positions read from `cy`.
 */
import type { Core } from 'cytoscape';
import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { undoCuration, type Curation } from './api/curation-api';
import { positionsOf } from './components/cy-view';
import { emptyModel } from './graph/model';
import type { GraphAction } from './graph/store';
import {
  explorerReducer,
  initExplorer,
  nextRedo,
  nextUndo,
  undoKey,
  type CanvasActionKind,
  type Explorer,
} from './graph/undo';

export interface ExplorerControls {
  state: Explorer;
  dispatch(action: GraphAction): void;
  /** A canvas action that Ctrl+Z can take back. */
  record(action: CanvasActionKind, graph: GraphAction | null, subject: string | null, amend?: boolean): void;
  /** A curation this tab made; `again` sends the same mutation (redo). */
  recordCuration(curation: Curation, again: () => Promise<Curation>, subject: string | null): void;
  undo(): Promise<void>;
  redo(): Promise<void>;
  busy: boolean;
}

/** Text fields keep the browser's own Ctrl+Z. */
function typingIn(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    (target instanceof HTMLElement && target.isContentEditable)
  );
}

export function useExplorer(
  cy: Core | null,
  onCuration: (curation: Curation) => void,
  onError: (error: unknown) => void,
): ExplorerControls {
  const [state, dispatch] = useReducer(explorerReducer, emptyModel, initExplorer);
  const [busy, setBusy] = useState(false);
  const stateRef = useRef(state);
  stateRef.current = state;
  const busyRef = useRef(false);

  const record = useCallback(
    (action: CanvasActionKind, graph: GraphAction | null, subject: string | null, amend = false) =>
      dispatch({ type: 'record', action, graph, subject, positions: positionsOf(cy), amend }),
    [cy],
  );

  const recordCuration = useCallback(
    (curation: Curation, again: () => Promise<Curation>, subject: string | null) =>
      dispatch({
        type: 'curated',
        operation: curation.operation,
        subject,
        curationId: curation.id,
        redo: async () => {
          const c = await again();
          onCuration(c);
          return c;
        },
      }),
    [onCuration],
  );

  /** One API call at a time: a second Ctrl+Z waits for the first to land. */
  const withApi = useCallback(
    async (work: () => Promise<void>) => {
      busyRef.current = true;
      setBusy(true);
      try {
        await work();
      } catch (e) {
        onError(e);
      } finally {
        busyRef.current = false;
        setBusy(false);
      }
    },
    [onError],
  );

  const undo = useCallback(async () => {
    const entry = nextUndo(stateRef.current);
    if (!entry || busyRef.current) return;
    if (entry.kind === 'canvas') {
      dispatch({ type: 'undo', entry: entry.id, positions: positionsOf(cy) });
      return;
    }
    await withApi(async () => {
      onCuration(await undoCuration(entry.curationId));
      dispatch({ type: 'undo', entry: entry.id, positions: {} });
    });
  }, [cy, onCuration, withApi]);

  const redo = useCallback(async () => {
    const entry = nextRedo(stateRef.current);
    if (!entry || busyRef.current) return;
    if (entry.kind === 'canvas') {
      dispatch({ type: 'redo', entry: entry.id });
      return;
    }
    await withApi(async () => {
      const again = await entry.redo();
      dispatch({ type: 'redo', entry: entry.id, curationId: again.id });
    });
  }, [withApi]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const command = undoKey(e);
      if (!command || typingIn(e.target)) return;
      e.preventDefault();
      void (command === 'undo' ? undo() : redo());
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo, redo]);

  return { state, dispatch, record, recordCuration, undo, redo, busy };
}
