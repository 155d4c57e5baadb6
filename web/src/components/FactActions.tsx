/**
 * A fact's curation row in the details panel: its status badge (who curated it), and when signed in
 * ✓ verify, ✕ retract (asking a reason inline) and ✎ correct (posts and roles). Every success goes to
 * the app, which refreshes.
 */
import { useState } from 'react';
import { retractFact, verifyFact } from '../api/curation-api';
import { useApp } from '../app-context';
import type { Correctable } from '../curation/correct';
import { factBadge } from '../curation/fact-status';
import type { SliceNode } from '../graph/model';
import { CorrectForm } from './CorrectForm';
import { useCurationAction } from './use-curation-action';

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

type Open = 'none' | 'retract' | 'correct';

/** One icon button of the row; `expanded` for the two that open a form. */
function ActionButton(props: {
  action: 'verify' | 'retract' | 'correct';
  icon: string;
  busy: boolean;
  expanded?: boolean;
  onClick: () => void;
}) {
  const { t } = useApp();
  return (
    <button
      type="button"
      className={props.action}
      disabled={props.busy}
      title={t(props.action)}
      aria-label={t(props.action)}
      aria-expanded={props.expanded}
      onClick={props.onClick}
    >
      {props.icon}
    </button>
  );
}

export function FactActions(props: {
  fact: CuratableFact;
  /** What ✎ may change; without it the fact has no ✎. */
  correct?: Correctable;
  /** A post's organization, offered first when moving it. */
  organization?: SliceNode | null;
}) {
  const { fact } = props;
  const { t, session } = useApp();
  const [open, setOpen] = useState<Open>('none');
  const [reason, setReason] = useState('');
  const { busy, error, act } = useCurationAction();
  if (!session) return null;
  const close = () => {
    setOpen('none');
    setReason('');
  };
  const toggle = (which: Open) => setOpen(open === which ? 'none' : which);

  return (
    <span className="fact-actions" data-fact-id={fact.id}>
      {fact.status !== 'VERIFIED' && (
        <ActionButton
          action="verify"
          icon="✓"
          busy={busy}
          onClick={() => void act(() => verifyFact(fact.id))}
        />
      )}
      <ActionButton
        action="retract"
        icon="✕"
        busy={busy}
        expanded={open === 'retract'}
        onClick={() => toggle('retract')}
      />
      {props.correct && (
        <ActionButton
          action="correct"
          icon="✎"
          busy={busy}
          expanded={open === 'correct'}
          onClick={() => toggle('correct')}
        />
      )}
      {open === 'retract' && (
        <form
          className="retract-form"
          onSubmit={(e) => {
            e.preventDefault();
            void act(() => retractFact(fact.id, reason), close);
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
          <button type="button" onClick={close}>
            {t('cancel')}
          </button>
        </form>
      )}
      {open === 'correct' && props.correct && (
        <CorrectForm factId={fact.id} fact={props.correct} organization={props.organization} onDone={close} />
      )}
      {error}
    </span>
  );
}
