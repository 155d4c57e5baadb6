/**
 * A fact's curation row in the details panel: its status badge (who curated it), and when signed in
 * ✓ verify and ✕ retract (asking a reason inline). Every success goes to the app, which refreshes.
 */
import { useState } from 'react';
import { retractFact, verifyFact } from '../api/curation-api';
import { useApp } from '../app-context';
import { factBadge } from '../curation/fact-status';
import { describeError } from '../errors';

export interface CuratableFact {
  id: string;
  status: string;
  curatedBy: readonly string[];
}

export function FactBadge({ fact }: { fact: CuratableFact }) {
  const { t } = useApp();
  const badge = factBadge(fact.status, fact.curatedBy);
  if (!badge) return null;
  return (
    <span className={`badge curated status-${fact.status}`} data-testid="fact-status">
      {t(badge.label)}
      {badge.curators && ` · ${t('curatedBy', { names: badge.curators })}`}
    </span>
  );
}

export function FactActions({ fact }: { fact: CuratableFact }) {
  const { t, session, curated } = useApp();
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  if (!session) return null;

  const act = async (work: () => Promise<Parameters<typeof curated>[0]>) => {
    setBusy(true);
    setError(null);
    try {
      curated(await work());
      setAsking(false);
      setReason('');
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <span className="fact-actions" data-fact-id={fact.id}>
      {fact.status !== 'VERIFIED' && (
        <button
          type="button"
          className="verify"
          disabled={busy}
          title={t('verify')}
          aria-label={t('verify')}
          onClick={() => void act(() => verifyFact(fact.id))}
        >
          ✓
        </button>
      )}
      <button
        type="button"
        className="retract"
        disabled={busy}
        title={t('retract')}
        aria-label={t('retract')}
        aria-expanded={asking}
        onClick={() => setAsking(!asking)}
      >
        ✕
      </button>
      {asking && (
        <form
          className="retract-form"
          onSubmit={(e) => {
            e.preventDefault();
            void act(() => retractFact(fact.id, reason));
          }}
        >
          <label>
            <span className="visually-hidden">{t('retractReason')}</span>
            <input
              value={reason}
              placeholder={t('retractReason')}
              onChange={(e) => setReason(e.target.value)}
              required
              autoFocus
            />
          </label>
          <button type="submit" disabled={busy}>
            {t('confirmRetract')}
          </button>
          <button type="button" onClick={() => setAsking(false)}>
            {t('cancel')}
          </button>
        </form>
      )}
      {error !== null && (
        <span className="error-text" role="alert">
          {describeError(t, error)}
        </span>
      )}
    </span>
  );
}
