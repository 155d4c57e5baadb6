/**
 * "Undo last change" beside the panels that curate: shown while the newest thing in the history is
 * one of this tab's curations, and undoing it through the same history as Ctrl+Z (so redo works).
 */
import { useApp } from '../app-context';

export function UndoButton() {
  const { t, session, history, undo, undoBusy } = useApp();
  const last = history.past.at(-1);
  if (!session || last?.kind !== 'curation') return null;
  return (
    <p className="undo">
      <button type="button" disabled={undoBusy} onClick={() => void undo()}>
        ↶ {t('undo')}
      </button>
    </p>
  );
}
