/** Undoes the tab's last curation (the server records the undo as a curation of its own). */
import { useState } from 'react';
import { undoCuration } from '../api/curation-api';
import { useApp } from '../app-context';
import { describeError } from '../errors';

export function UndoButton() {
  const { t, session, lastCuration, curated } = useApp();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  if (!session || !lastCuration) return null;
  return (
    <p className="undo">
      <button
        type="button"
        disabled={busy}
        onClick={() => {
          setBusy(true);
          setError(null);
          undoCuration(lastCuration.id)
            .then(curated)
            .catch(setError)
            .finally(() => setBusy(false));
        }}
      >
        ↶ {t('undo')}
      </button>
      {error !== null && (
        <span className="error-text" role="alert">
          {describeError(t, error)}
        </span>
      )}
    </p>
  );
}
