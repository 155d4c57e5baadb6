/**
 * The app shell: holds the graph model (useReducer), the language and layout, the URL sync, and lays
 * out the panels around the canvas.
 */
import type { Core } from 'cytoscape';
import { Suspense, lazy, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { connectNodes, fetchMore, fetchNeighborhood } from './api/graph-api';
import type { Curation } from './api/curation-api';
import { AppContext, type AppApi } from './app-context';
import { ActionHistory } from './components/ActionHistory';
import { ArticleReader } from './components/ArticleReader';
import { bringIntoView, fitAll, zoomBy } from './components/cy-view';
import { DETAILS_ID, DetailsPanel } from './components/DetailsPanel';
import { Filters } from './components/Filters';
import { Legend } from './components/Legend';
import { PathFinder } from './components/PathFinder';
import { ReviewPanel } from './components/ReviewPanel';
import { SearchBox } from './components/SearchBox';
import { SignIn } from './components/SignIn';
import { TimelinePanel } from './components/TimelinePanel';
import { TimeSlider } from './components/TimeSlider';
import { Toolbar } from './components/Toolbar';
import { WhatsNew } from './components/WhatsNew';
import { describeError } from './errors';
import { emptyModel, type SliceNode } from './graph/model';
import { perfModeFrom } from './graph/render-plan';
import type { GraphAction } from './graph/store';
import type { LayoutName } from './graph/layouts';
import { canvasCommand } from './graph/keyboard';
import { decodeView, encodeView } from './graph/url-state';
import { kindCaption, translate, type Lang, type MessageKey } from './i18n';
import { loadSession, rememberCurator, signIn, signOut, type Session } from './session/session';
import './test-hook';
import { useExplorer } from './use-explorer';

/** Restoring a shared link fetches one neighbourhood per id; past this many, the rest are dropped. */
const MAX_RESTORE = 200;
const CANVAS_HELP_ID = 'canvas-keys';

// Cytoscape is the largest library here: the shell, the search box and the panels paint without it.
const CytoscapeCanvas = lazy(() =>
  import('./components/CytoscapeCanvas').then((m) => ({ default: m.CytoscapeCanvas })),
);

export function App() {
  const initial = useMemo(() => decodeView(window.location.hash), []);
  const [lang, setLang] = useState<Lang>(initial.lang);
  const [layout, setLayout] = useState<LayoutName>(initial.layout);
  const [layoutRequest, setLayoutRequest] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [articleId, setArticleId] = useState<string | null>(null);
  const [cy, setCy] = useState<Core | null>(null);
  const [session, setSession] = useState<Session | null>(() => loadSession());
  const [curationRevision, setCurationRevision] = useState(0);
  const [reviewing, setReviewing] = useState(false);
  const perfMode = perfModeFrom(window.location.search);

  const t = useCallback(
    (key: MessageKey, params?: Record<string, string | number>) => translate(lang, key, params),
    [lang],
  );
  const reportError = useCallback((e: unknown) => setError(describeError(t, e)), [t]);
  const modelRef = useRef(emptyModel);
  // The explorer's dispatch (stable), for the curation callbacks the explorer itself is built with.
  const dispatchRef = useRef<(action: GraphAction) => void>(() => undefined);

  // A curation changes facts: redraw the edges of the nodes it touched (and the selected one).
  const refreshCanvas = useCallback(
    async (curation: Curation) => {
      const current = modelRef.current;
      const ids = [...new Set([current.selected, ...curation.targets])].filter(
        (id): id is string => id !== null && current.nodes.has(id),
      );
      try {
        for (const id of ids) {
          dispatchRef.current({ type: 'refreshEdges', ids: [id], slice: await fetchNeighborhood(id) });
        }
      } catch (e) {
        reportError(e);
      }
    },
    [reportError],
  );

  /** Any curation that landed (made, undone or redone): learn the curator, refresh panels and canvas. */
  const noteCuration = useCallback(
    (curation: Curation) => {
      setSession((s) => (s ? rememberCurator(s, curation.curator) : s));
      setCurationRevision((n) => n + 1);
      void refreshCanvas(curation);
    },
    [refreshCanvas],
  );

  const explorer = useExplorer(cy, noteCuration, reportError);
  const { dispatch, record } = explorer;
  dispatchRef.current = dispatch;
  const model = explorer.state.model;
  modelRef.current = model;
  const selectedNode = model.selected ? model.nodes.get(model.selected) : undefined;

  const run = useCallback(
    async (work: () => Promise<void>) => {
      setBusy(true);
      try {
        await work();
        setError(null);
      } catch (e) {
        reportError(e);
      } finally {
        setBusy(false);
      }
    },
    [reportError],
  );

  const api: AppApi = useMemo(
    () => ({
      lang,
      t,
      model,
      dispatch,
      reportError,
      openArticle: setArticleId,
      session,
      signIn: (token: string) => setSession(signIn(token)),
      signOut: () => {
        signOut();
        setSession(null);
      },
      noteCurator: (curator: string) => setSession((s) => (s ? rememberCurator(s, curator) : s)),
      curationRevision,
      curated: (curation: Curation, again: () => Promise<Curation>) => {
        noteCuration(curation);
        const selected = modelRef.current.selected;
        explorer.recordCuration(
          curation,
          again,
          selected ? (modelRef.current.nodes.get(selected)?.label ?? null) : null,
        );
      },
      history: { past: explorer.state.past, future: explorer.state.future },
      undo: explorer.undo,
      redo: explorer.redo,
      undoBusy: explorer.busy,
      record,
      addNodes: (nodes: SliceNode[], selectId?: string) =>
        run(async () => {
          const onCanvas = new Set(modelRef.current.nodes.keys());
          const fresh = nodes.filter((n) => !onCanvas.has(n.id));
          const subject = nodes[0]?.label ?? null;
          // Show the node at once; its edges to the canvas follow when the API answers (one undo step).
          record('add', { type: 'merge', slice: { nodes, edges: [] }, select: selectId }, subject);
          if (fresh.length === 0) return;
          const slice = await connectNodes(
            fresh.map((n) => n.id),
            onCanvas,
          );
          record('add', { type: 'merge', slice: { nodes: [], edges: slice.edges } }, subject, true);
        }),
      expand: (id: string) =>
        run(async () => {
          const slice = await fetchNeighborhood(id);
          record(
            'expand',
            { type: 'merge', slice, anchor: id },
            modelRef.current.nodes.get(id)?.label ?? null,
          );
        }),
      pageMore: (id: string) =>
        run(async () => {
          const more = modelRef.current.more.get(id);
          if (!more) return;
          const page = await fetchMore(more);
          dispatch({ type: 'morePaged', id, page, remaining: page.remaining, after: page.after });
        }),
    }),
    [lang, t, model, dispatch, record, reportError, run, session, curationRevision, noteCuration, explorer],
  );

  // Restore a shared view once, on load.
  useEffect(() => {
    if (initial.ids.length === 0) return;
    void run(async () => {
      const slice = await connectNodes(initial.ids.slice(0, MAX_RESTORE), new Set());
      dispatch({ type: 'merge', slice, select: initial.selected });
    });
  }, [initial, run, dispatch]);

  // Keep the URL in step with the view, without adding history entries.
  useEffect(() => {
    const ids = [...model.nodes.values()].filter((n) => !n.hidden).map((n) => n.id);
    const hash = encodeView({ ids, selected: model.selected, lang, layout });
    if (hash !== window.location.hash) {
      window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}${hash}`);
    }
  }, [model, lang, layout]);

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = translate(lang, 'appTitle');
  }, [lang]);

  const onCanvasKey = (e: React.KeyboardEvent<HTMLDivElement>) => {
    const command = canvasCommand(model, e.key);
    if (!command) return;
    e.preventDefault();
    if (command.type === 'expand') void api.expand(command.id);
    else if (command.type === 'more') void api.pageMore(command.id);
    else if (command.type === 'details') document.getElementById(DETAILS_ID)?.focus();
    else if (command.type === 'select') {
      dispatch({ type: 'select', id: command.id });
      if (command.id && cy) bringIntoView(cy, command.id);
    } else if (cy) {
      if (command.type === 'zoom') zoomBy(cy, command.factor);
      else fitAll(cy);
    }
  };

  useEffect(() => {
    window.guanxi = {
      loadSlice: (slice) => dispatch({ type: 'merge', slice }),
      clear: () => dispatch({ type: 'clear' }),
      model: () => modelRef.current,
    };
    return () => {
      delete window.guanxi;
    };
  }, [dispatch]);

  return (
    <AppContext.Provider value={api}>
      <div className="app">
        <header className="topbar">
          <h1>{t('appTitle')}</h1>
          <SearchBox />
          <button type="button" className="lang" onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}>
            {t('language')}
          </button>
          {session && (
            <button type="button" aria-pressed={reviewing} onClick={() => setReviewing(!reviewing)}>
              {t('review')}
            </button>
          )}
          <SignIn />
        </header>
        <Toolbar
          cy={cy}
          layout={layout}
          onLayout={(l) => {
            record('layout', null, null);
            setLayout(l);
            setLayoutRequest((n) => n + 1);
          }}
          onRelayout={() => {
            record('layout', null, null);
            setLayoutRequest((n) => n + 1);
          }}
        />
        {error && (
          <div role="alert" className="error">
            {error}
            <button type="button" onClick={() => setError(null)}>
              ×
            </button>
          </div>
        )}
        <main className="main">
          <aside className="side left">
            <ActionHistory />
            <PathFinder />
            <Filters />
            <WhatsNew />
            <Legend />
          </aside>
          <section className="stage">
            <TimeSlider />
            <Suspense fallback={<div className="canvas" />}>
              <CytoscapeCanvas
                model={model}
                lang={lang}
                layout={layout}
                layoutRequest={layoutRequest}
                perfMode={perfMode}
                // A "+N more" node is not an entity: a click (or double-click) pages its neighbours in.
                onSelect={(id) =>
                  id && model.more.has(id) ? void api.pageMore(id) : dispatch({ type: 'select', id })
                }
                onExpand={(id) => void (model.more.has(id) ? api.pageMore(id) : api.expand(id))}
                onReady={setCy}
                onKeyDown={onCanvasKey}
                label={t('canvasLabel')}
                helpId={CANVAS_HELP_ID}
              />
            </Suspense>
            <p className="canvas-help" id={CANVAS_HELP_ID}>
              {t('canvasKeys')}
            </p>
            <p className="visually-hidden" role="status">
              {selectedNode
                ? t('selectedNode', { name: selectedNode.label, kind: kindCaption(lang, selectedNode.kind) })
                : ''}
            </p>
            {model.nodes.size === 0 && !busy && <p className="empty">{t('emptyCanvas')}</p>}
            {busy && (
              <p className="busy" role="status">
                {t('loading')}
              </p>
            )}
            {model.truncated && <p className="truncated">{t('truncated')}</p>}
          </section>
          <aside className="side right">
            {articleId ? (
              <ArticleReader id={articleId} onClose={() => setArticleId(null)} />
            ) : reviewing && session ? (
              <ReviewPanel onClose={() => setReviewing(false)} />
            ) : (
              <>
                <DetailsPanel />
                <TimelinePanel />
              </>
            )}
          </aside>
        </main>
      </div>
    </AppContext.Provider>
  );
}
