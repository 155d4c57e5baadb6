/**
 * Undo / redo buttons (Ctrl+Z, Ctrl+Shift+Z) and the recent actions: canvas actions and this tab's
 * curations, newest first; what undo took back is listed above them, struck through, until redone.
 */
import { useApp } from '../app-context';
import type { UndoEntry } from '../graph/undo';
import type { MessageKey, Translate } from '../i18n';

const SHOWN = 12;

const CANVAS_LABEL = {
  add: 'actionAdd',
  remove: 'actionRemove',
  hide: 'actionHide',
  expand: 'actionExpand',
  layout: 'actionLayout',
} as const satisfies Record<string, MessageKey>;

export function describeEntry(t: Translate, entry: UndoEntry): string {
  const what =
    entry.kind === 'canvas' ? t(CANVAS_LABEL[entry.action]) : t(`op${entry.operation}` as MessageKey);
  return entry.subject ? `${what} · ${entry.subject}` : what;
}

export function ActionHistory() {
  const { t, history, undo, redo, undoBusy } = useApp();
  const last = history.past.at(-1);
  const next = history.future.at(-1);
  const undone = [...history.future].slice(-SHOWN);
  const done = [...history.past].reverse().slice(0, SHOWN);
  return (
    <section className="panel action-history" aria-label={t('actionHistory')} data-testid="action-history">
      <h2>{t('actionHistory')}</h2>
      <div className="undo-redo">
        <button
          type="button"
          disabled={!last || undoBusy}
          aria-keyshortcuts="Control+Z"
          title={last ? `${t('undoAction')}: ${describeEntry(t, last)} (Ctrl+Z)` : t('undoAction')}
          onClick={() => void undo()}
        >
          ↶ {t('undoAction')}
        </button>
        <button
          type="button"
          disabled={!next || undoBusy}
          aria-keyshortcuts="Control+Shift+Z"
          title={next ? `${t('redoAction')}: ${describeEntry(t, next)} (Ctrl+Shift+Z)` : t('redoAction')}
          onClick={() => void redo()}
        >
          ↷ {t('redoAction')}
        </button>
      </div>
      {done.length + undone.length === 0 ? (
        <p className="hint">{t('noActions')}</p>
      ) : (
        <ol className="actions">
          {undone.map((e) => (
            <li key={e.id} className="undone" data-kind={e.kind}>
              <s>{describeEntry(t, e)}</s>
              <span className="visually-hidden"> ({t('actionUndone')})</span>
            </li>
          ))}
          {done.map((e) => (
            <li key={e.id} data-kind={e.kind}>
              {describeEntry(t, e)}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
