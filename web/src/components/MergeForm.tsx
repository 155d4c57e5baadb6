/**
 * Merge another canvas node into the selected one (the selected node is kept). A reason is required;
 * the dropped node leaves the canvas and the panel refreshes with what moved over.
 */
import { useState } from 'react';
import { mergeEntities } from '../api/curation-api';
import { useApp } from '../app-context';
import { mergeCandidates } from '../curation/merge';
import { describeError } from '../errors';

export function MergeForm({ keepId }: { keepId: string }) {
  const { t, session, model, dispatch, curated } = useApp();
  const [drop, setDrop] = useState('');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const candidates = mergeCandidates(model, keepId);
  if (!session || candidates.length === 0) return null;
  const chosen = candidates.some((c) => c.id === drop) ? drop : '';
  return (
    <details className="merge" data-testid="merge">
      <summary>{t('mergeInto')}</summary>
      <p className="hint">{t('mergeHint')}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!chosen) return;
          setBusy(true);
          setError(null);
          const merge = async () => {
            const c = await mergeEntities(keepId, chosen, reason);
            dispatch({ type: 'remove', ids: [chosen] });
            return c;
          };
          merge()
            .then((c) => {
              curated(c, merge);
              setReason('');
              setDrop('');
            })
            .catch(setError)
            .finally(() => setBusy(false));
        }}
      >
        <label>
          {t('mergeDrop')}
          <select value={chosen} onChange={(e) => setDrop(e.target.value)} required>
            <option value="">—</option>
            {candidates.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('mergeReason')}
          <input value={reason} onChange={(e) => setReason(e.target.value)} required />
        </label>
        <button type="submit" disabled={busy || !chosen}>
          {t('mergeInto')}
        </button>
      </form>
      {error !== null && (
        <p className="error-text" role="alert">
          {describeError(t, error)}
        </p>
      )}
    </details>
  );
}
