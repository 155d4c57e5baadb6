/**
 * Split a person (two people under one name): a modal dialog listing the person's posts, events and
 * articles as ticks; the ticked ones go to a new node with the given name, which joins the canvas.
 */
import { useEffect, useRef, useState } from 'react';
import { splitEntity } from '../api/curation-api';
import type { NodeDetails } from '../api/graph-api';
import { useApp } from '../app-context';
import { splitRequest, tickArticle, tickFact, type SplitSelection } from '../curation/split';
import { roleCaption } from '../i18n';
import { useCurationAction } from './use-curation-action';

type Person = Extract<NodeDetails, { __typename: 'Person' }>;

const PROBLEM = {
  name: 'splitNeedsName',
  sameName: 'splitSameName',
  nothing: 'splitNeedsChoice',
  reason: 'splitNeedsReason',
} as const;

const empty = (): SplitSelection => ({ name: '', facts: new Set(), articles: new Set(), reason: '' });

export function SplitDialog({ person }: { person: Person }) {
  const { t, lang, session, addNodes } = useApp();
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const [sel, setSel] = useState<SplitSelection>(empty);
  const [problem, setProblem] = useState<keyof typeof PROBLEM | null>(null);
  const { busy, error, act } = useCurationAction();

  useEffect(() => {
    if (open) dialog.current?.showModal();
    else dialog.current?.close();
  }, [open]);

  if (!session) return null;
  const facts = [
    ...person.positions.map((p) => ({
      id: p.id,
      label: `${p.caption || p.title}${p.organization ? ` @ ${p.organization.name}` : ''}`,
      articles: p.evidence.map((e) => e.article.id),
    })),
    ...person.participations.map((e) => ({
      id: e.id,
      label: `${e.event.name} · ${roleCaption(lang, e.role)}`,
      articles: e.evidence.map((ev) => ev.article.id),
    })),
  ];

  return (
    <>
      <button type="button" className="split-open" onClick={() => setOpen(true)}>
        {t('split')}
      </button>
      <dialog
        ref={dialog}
        className="split-dialog"
        aria-labelledby="split-title"
        data-testid="split-dialog"
        onClose={() => setOpen(false)}
      >
        <form
          onSubmit={(e) => {
            e.preventDefault();
            const check = splitRequest(person, sel);
            setProblem(check.ok ? null : check.problem);
            if (!check.ok) return;
            void act(
              async () => {
                const { curation, created } = await splitEntity(check.request);
                if (created) void addNodes([created]);
                return curation;
              },
              () => {
                setSel(empty());
                setOpen(false);
              },
            );
          }}
        >
          <h2 id="split-title">{t('splitTitle', { name: person.name })}</h2>
          <p className="hint">{t('splitHint')}</p>
          <label>
            {t('splitName')}
            <input value={sel.name} onChange={(e) => setSel({ ...sel, name: e.target.value })} />
          </label>
          <fieldset>
            <legend>{t('splitFacts')}</legend>
            {facts.map((f) => (
              <label key={f.id} className="check">
                <input
                  type="checkbox"
                  data-split-fact={f.id}
                  checked={sel.facts.has(f.id)}
                  onChange={(e) => setSel(tickFact(sel, f.id, e.target.checked, f.articles))}
                />
                {f.label}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>{t('splitArticles')}</legend>
            {person.articles.length === 0 && <span className="hint">{t('splitNoArticles')}</span>}
            {person.articles.map((a) => (
              <label key={a.id} className="check">
                <input
                  type="checkbox"
                  data-split-article={a.id}
                  checked={sel.articles.has(a.id)}
                  onChange={(e) => setSel(tickArticle(sel, a.id, e.target.checked))}
                />
                {a.title ?? a.id}
              </label>
            ))}
          </fieldset>
          <label>
            {t('splitReason')}
            <input value={sel.reason} onChange={(e) => setSel({ ...sel, reason: e.target.value })} />
          </label>
          {problem && (
            <p className="error-text" role="alert">
              {t(PROBLEM[problem])}
            </p>
          )}
          {error}
          <div className="dialog-actions">
            <button type="submit" disabled={busy}>
              {t('splitConfirm')}
            </button>
            <button type="button" onClick={() => setOpen(false)}>
              {t('cancel')}
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
}
