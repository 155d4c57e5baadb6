/** What every panel needs from the app: language, the model, and the few actions that call the API. */
import { createContext, useContext } from 'react';
import type { Curation } from './api/curation-api';
import type { GraphModel, SliceNode } from './graph/model';
import type { GraphAction } from './graph/store';
import type { CanvasActionKind, UndoEntry } from './graph/undo';
import type { Lang, Translate } from './i18n';
import type { Session } from './session/session';

export interface AppApi {
  lang: Lang;
  t: Translate;
  model: GraphModel;
  dispatch(action: GraphAction): void;
  /** Puts entities on the canvas, connected to what is already there, and optionally selects one. */
  addNodes(nodes: SliceNode[], selectId?: string): Promise<void>;
  expand(id: string): Promise<void>;
  /** Pages in the next neighbours of a super-node's "+N more" (by its canvas id). */
  pageMore(id: string): Promise<void>;
  openArticle(id: string): void;
  reportError(error: unknown): void;
  /** The tab's curator session; null when signed out (then no editing controls show). */
  session: Session | null;
  signIn(token: string): void;
  signOut(): void;
  /** A curation came back: the server names its curator, the only way to learn who is signed in. */
  noteCurator(curator: string): void;
  /** Bumped by every curation: panels showing facts refetch on it. */
  curationRevision: number;
  /**
   * Reports a curation that succeeded: learns the curator, refreshes panels and canvas, and records it
   * for undo; `again` sends the same mutation (redo).
   */
  curated(curation: Curation, again: () => Promise<Curation>): void;
  /** A canvas action that undo can take back (see graph/undo.ts). */
  record(action: CanvasActionKind, graph: GraphAction | null, subject: string | null, amend?: boolean): void;
  /** What the analyst did, newest last; `future` holds what undo took back (redo). */
  history: { past: readonly UndoEntry[]; future: readonly UndoEntry[] };
  undo(): Promise<void>;
  redo(): Promise<void>;
  /** An undo or redo of a curation is on its way to the API. */
  undoBusy: boolean;
}

export const AppContext = createContext<AppApi | null>(null);

export function useApp(): AppApi {
  const api = useContext(AppContext);
  if (!api) throw new Error('useApp outside <AppContext>');
  return api;
}
