/**
 * ✎ on a post or role: move a post to another organization (one on the canvas), change its title,
 * mark it former; change an event role or topic. A reason is required; only what changed is sent.
 */
import { useState } from 'react';
import { correctFact } from '../api/curation-api';
import { useApp } from '../app-context';
import { correctionInput, organizationChoices, rolesFor, type Correctable } from '../curation/correct';
import type { SliceNode } from '../graph/model';
import { roleCaption } from '../i18n';
import { useCurationAction } from './use-curation-action';

export function CorrectForm(props: {
  factId: string;
  fact: Correctable;
  organization?: SliceNode | null;
  onDone(): void;
}) {
  const { t, lang, model } = useApp();
  const [edit, setEdit] = useState<Correctable>(props.fact);
  const [reason, setReason] = useState('');
  const [unchanged, setUnchanged] = useState(false);
  const { busy, error, act } = useCurationAction();

  return (
    <form
      className="correct-form"
      data-testid="correct-form"
      onSubmit={(e) => {
        e.preventDefault();
        const change = correctionInput(props.fact, edit);
        setUnchanged(!change.ok);
        if (change.ok) void act(() => correctFact(props.factId, change.input, reason), props.onDone);
      }}
    >
      {edit.type === 'post' && (
        <>
          <label>
            {t('correctOrganization')}
            <select
              value={edit.organization ?? ''}
              onChange={(e) => setEdit({ ...edit, organization: e.target.value || null })}
            >
              {!props.organization && <option value="">—</option>}
              {organizationChoices(model, props.organization ?? null).map((o) => (
                <option key={o.id} value={o.id}>
                  {o.label}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('correctTitle')}
            <input value={edit.title} onChange={(e) => setEdit({ ...edit, title: e.target.value })} />
          </label>
          <label className="check">
            <input
              type="checkbox"
              checked={edit.current}
              onChange={(e) => setEdit({ ...edit, current: e.target.checked })}
            />
            {t('current')}
          </label>
        </>
      )}
      {(edit.type === 'participation' || edit.type === 'organizing') && (
        <label>
          {t('role')}
          <select
            value={edit.role}
            onChange={(e) => setEdit({ ...edit, role: e.target.value } as Correctable)}
          >
            {rolesFor(edit.type).map((r) => (
              <option key={r} value={r}>
                {roleCaption(lang, r)}
              </option>
            ))}
          </select>
        </label>
      )}
      {edit.type === 'participation' && (
        <label>
          {t('topic')}
          <input value={edit.topic ?? ''} onChange={(e) => setEdit({ ...edit, topic: e.target.value })} />
        </label>
      )}
      <label>
        {t('correctReason')}
        <input value={reason} onChange={(e) => setReason(e.target.value)} required />
      </label>
      <button type="submit" disabled={busy}>
        {t('confirmCorrect')}
      </button>
      <button type="button" onClick={props.onDone}>
        {t('cancel')}
      </button>
      {unchanged && (
        <span className="error-text" role="alert">
          {t('correctUnchanged')}
        </span>
      )}
      {error}
    </form>
  );
}
