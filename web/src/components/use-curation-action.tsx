/**
 * One curation call from a form: busy while it runs, its error shown beside the form, and a success
 * handed to the app (which learns the curator, keeps it for undo and refreshes the panels).
 */
import { useState, type ReactNode } from 'react';
import type { Curation } from '../api/curation-api';
import { useApp } from '../app-context';
import { describeError } from '../errors';

export function useCurationAction(): {
  busy: boolean;
  error: ReactNode;
  act(work: () => Promise<Curation>, onDone?: () => void): Promise<void>;
} {
  const { t, curated } = useApp();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const act = async (work: () => Promise<Curation>, onDone?: () => void) => {
    setBusy(true);
    setError(null);
    try {
      curated(await work(), work);
      onDone?.();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return {
    busy,
    act,
    error:
      error === null ? null : (
        <span className="error-text" role="alert">
          {describeError(t, error)}
        </span>
      ),
  };
}
