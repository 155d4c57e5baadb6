/**
 * An entity's aliases in the details panel; signed in, each can be removed and new ones added, with a
 * reason (names found in articles resolve through aliases, so the history should say why one changed).
 */
import { useState } from 'react';
import { addAlias, removeAlias } from '../api/curation-api';
import { useApp } from '../app-context';
import { useCurationAction } from './use-curation-action';

export function AliasEditor({ id, aliases }: { id: string; aliases: readonly string[] }) {
  const { t, session } = useApp();
  const [removing, setRemoving] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [alias, setAlias] = useState('');
  const [reason, setReason] = useState('');
  const { busy, error, act } = useCurationAction();
  if (aliases.length === 0 && !session) return null;
  const reset = () => {
    setRemoving(null);
    setAdding(false);
    setAlias('');
    setReason('');
  };
  const reasonField = (
    <label>
      {t('aliasReason')}
      <input value={reason} onChange={(e) => setReason(e.target.value)} required />
    </label>
  );

  return (
    <div className="aliases" data-testid="aliases">
      <span>{t('aliases')}: </span>
      {aliases.length === 0 && <span className="hint">—</span>}
      <ul className="alias-list">
        {aliases.map((a) => (
          <li key={a} data-alias={a}>
            {a}
            {session && (
              <button
                type="button"
                className="remove-alias"
                aria-label={t('removeAliasNamed', { alias: a })}
                title={t('removeAlias')}
                aria-expanded={removing === a}
                onClick={() => {
                  setAdding(false);
                  setRemoving(removing === a ? null : a);
                }}
              >
                ×
              </button>
            )}
          </li>
        ))}
      </ul>
      {session && !adding && (
        <button
          type="button"
          className="add-alias"
          onClick={() => {
            setRemoving(null);
            setAdding(true);
          }}
        >
          + {t('addAlias')}
        </button>
      )}
      {removing !== null && (
        <form
          className="alias-form"
          onSubmit={(e) => {
            e.preventDefault();
            void act(() => removeAlias(id, removing, reason), reset);
          }}
        >
          {reasonField}
          <button type="submit" disabled={busy}>
            {t('removeAliasNamed', { alias: removing })}
          </button>
          <button type="button" onClick={reset}>
            {t('cancel')}
          </button>
        </form>
      )}
      {adding && (
        <form
          className="alias-form"
          onSubmit={(e) => {
            e.preventDefault();
            void act(() => addAlias(id, alias, reason), reset);
          }}
        >
          <label>
            {t('newAlias')}
            <input value={alias} onChange={(e) => setAlias(e.target.value)} required autoFocus />
          </label>
          {reasonField}
          <button type="submit" disabled={busy}>
            {t('addAlias')}
          </button>
          <button type="button" onClick={reset}>
            {t('cancel')}
          </button>
        </form>
      )}
      {error}
    </div>
  );
}
