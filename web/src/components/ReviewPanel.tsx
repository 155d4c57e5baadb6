/**
 * The review view: the queue's facts one at a time — the fact, its evidence with the names marked,
 * the source article, the confidence — answered with a (verify), r (retract, reason editable), s (skip).
 */
import { useEffect, useRef, useState } from 'react';
import { fetchReviewQueue, retractFact, verifyFact } from '../api/curation-api';
import { useApp } from '../app-context';
import { confidencePercent } from '../curation/fact-status';
import { progress, reviewCommand, summarizeItem, type ReviewItem } from '../curation/review';
import { addPage, needsMore, nextAfter, noPages, skip, type ReviewPages } from '../curation/review-pages';
import { describeError } from '../errors';
import { relationCaption, roleCaption } from '../i18n';
import { EvidenceList } from './details-parts';
import { UndoButton } from './UndoButton';

const BATCH = 20;

type Queue = { status: 'loading' | 'done'; pages: ReviewPages } | { status: 'error'; error: unknown };

function Item({ item }: { item: ReviewItem }) {
  const { t, lang } = useApp();
  const s = summarizeItem(item);
  const relation =
    item.__typename === 'Tenure'
      ? s.relation
      : item.__typename === 'SubunitLink'
        ? relationCaption(lang, 'PART_OF')
        : roleCaption(lang, s.relation);
  return (
    <div className="review-item" data-testid="review-item" data-fact-id={item.id}>
      <p className="fact">
        <strong>{s.subject?.name}</strong> · {relation}{' '}
        {s.object && (
          <>
            {' '}
            · <strong>{s.object.name}</strong>
          </>
        )}
      </p>
      <p>
        {t('confidence')}: {confidencePercent(item.confidence) ?? '—'}
      </p>
      <EvidenceList evidence={item.evidence} terms={s.terms} />
    </div>
  );
}

export function ReviewPanel({ onClose }: { onClose(): void }) {
  const { t, session, curated } = useApp();
  const [queue, setQueue] = useState<Queue>({ status: 'loading', pages: noPages });
  const [index, setIndex] = useState(0);
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const panel = useRef<HTMLElement>(null);

  const pages = queue.status === 'error' ? noPages : queue.pages;
  const wantMore = queue.status !== 'error' && needsMore(pages, index);
  const after = nextAfter(pages);

  // A new token starts a new queue; learning the curator's name must not restart it.
  useEffect(() => {
    setQueue({ status: 'loading', pages: noPages });
    setIndex(0);
    panel.current?.focus();
  }, [session?.token]);

  // The next batch is fetched while the last loaded item is shown (and when the first is due).
  useEffect(() => {
    if (!wantMore) return;
    const abort = new AbortController();
    fetchReviewQueue(BATCH, after, { signal: abort.signal })
      .then((page) =>
        setQueue((q) => (q.status === 'error' ? q : { status: 'done', pages: addPage(q.pages, page) })),
      )
      .catch((e: unknown) => {
        if ((e as Error).name !== 'AbortError') setQueue({ status: 'error', error: e });
      });
    return () => abort.abort();
  }, [wantMore, after, pages.items.length]);

  const items = pages.items;
  const item = items[index];
  const next = (skipped: boolean) => {
    if (skipped) setQueue((q) => (q.status === 'error' ? q : { ...q, pages: skip(q.pages) }));
    setIndex((i) => i + 1);
    setRejecting(false);
    setError(null);
    panel.current?.focus();
  };
  const act = (work: () => ReturnType<typeof verifyFact>) => {
    setBusy(true);
    setError(null);
    work()
      .then((c) => {
        curated(c, work);
        next(false);
      })
      .catch(setError)
      .finally(() => setBusy(false));
  };

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (!item || busy || e.target instanceof HTMLInputElement) return;
    const command = reviewCommand(e);
    if (!command) return;
    e.preventDefault();
    if (command === 'skip') next(true);
    else if (command === 'accept') act(() => verifyFact(item.id));
    else {
      setReason(t('defaultRejectReason'));
      setRejecting(true);
    }
  };

  const { index: shown, total } = progress(index, pages.total);
  return (
    <section
      className="panel review"
      ref={panel}
      tabIndex={-1}
      aria-label={t('review')}
      data-testid="review"
      onKeyDown={onKeyDown}
    >
      <h2>
        {t('review')}{' '}
        {items.length > 0 && (
          <span className="progress" data-testid="review-progress">
            {t('reviewProgress', { index: shown, total })}
          </span>
        )}
      </h2>
      <button type="button" className="close" onClick={onClose}>
        {t('closeReview')}
      </button>
      <p className="hint">{t('reviewKeys')}</p>
      <UndoButton />
      {queue.status === 'loading' && !item && <p className="hint">{t('loading')}</p>}
      {queue.status === 'error' && (
        <p className="hint error-text" role="alert">
          {describeError(t, queue.error)}
        </p>
      )}
      {queue.status === 'done' && items.length === 0 && <p className="hint">{t('reviewEmpty')}</p>}
      {queue.status === 'done' && items.length > 0 && !item && !wantMore && (
        <p className="hint">{t('reviewDone')}</p>
      )}
      {item && (
        <>
          <Item item={item} />
          <div className="review-actions">
            <button type="button" disabled={busy || !session} onClick={() => act(() => verifyFact(item.id))}>
              {t('accept')} (a)
            </button>
            <button
              type="button"
              disabled={busy || !session}
              onClick={() => {
                setReason(t('defaultRejectReason'));
                setRejecting(true);
              }}
            >
              {t('reject')} (r)
            </button>
            <button type="button" disabled={busy} onClick={() => next(true)}>
              {t('skip')} (s)
            </button>
          </div>
          {rejecting && (
            <form
              className="retract-form"
              onSubmit={(e) => {
                e.preventDefault();
                act(() => retractFact(item.id, reason));
              }}
            >
              <label>
                <span className="visually-hidden">{t('retractReason')}</span>
                <input value={reason} onChange={(e) => setReason(e.target.value)} required autoFocus />
              </label>
              <button type="submit" disabled={busy}>
                {t('confirmRetract')}
              </button>
              <button type="button" onClick={() => setRejecting(false)}>
                {t('cancel')}
              </button>
            </form>
          )}
        </>
      )}
      {error !== null && (
        <p className="error-text" role="alert">
          {describeError(t, error)}
        </p>
      )}
    </section>
  );
}
