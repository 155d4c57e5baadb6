/**
 * The selected person's timeline (posts as bars, events as dots, 原 marked, uncertain ends fading) or
 * the selected post's holders in succession. Picking a bar shows its evidence; a post's bar also
 * offers the succession of that post.
 */
import { useEffect, useMemo, useState } from 'react';
import { fetchHolders, fetchTimeline, type Holder, type TimelineEntry } from '../api/time-api';
import { useApp } from '../app-context';
import { describeError } from '../errors';
import { buildTimeline, type TimelineInput } from '../time/timeline';
import { EvidenceList } from './details-parts';
import { TimelineChart } from './TimelineChart';

type Row = TimelineInput & { evidence: TimelineEntry['evidence']; positionId: string | null };

const fromEntry = (e: TimelineEntry): Row => ({
  kind: e.kind,
  title: e.organization && e.kind === 'post' ? `${e.title} @ ${e.organization.name}` : e.title,
  current: e.current,
  since: e.since,
  until: e.until,
  evidence: e.evidence,
  positionId: 'position' in e.fact ? e.fact.position.id : null,
});

const fromHolder = (h: Holder): Row => ({
  kind: 'post',
  title: h.person.name,
  current: h.current,
  since: h.since ?? h.firstSeen,
  until: h.until,
  evidence: h.evidence,
  positionId: null,
});

type State = { status: 'loading' } | { status: 'done'; rows: Row[] } | { status: 'error'; error: unknown };

function useRows(load: (() => Promise<Row[]>) | null, key: string): State {
  const [state, setState] = useState<State>({ status: 'loading' });
  useEffect(() => {
    if (!load) return;
    let live = true;
    setState({ status: 'loading' });
    load()
      .then((rows) => live && setState({ status: 'done', rows }))
      .catch((error: unknown) => live && setState({ status: 'error', error }));
    return () => {
      live = false;
    };
    // `key` names what `load` fetches; the closure itself is new on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return state;
}

function Chart({ state, testId }: { state: State; testId: string }) {
  const { t } = useApp();
  const [picked, setPicked] = useState<number | null>(null);
  const rows = useMemo(() => (state.status === 'done' ? state.rows : []), [state]);
  const timeline = useMemo(() => buildTimeline(rows, new Date()), [rows]);
  const bar = picked !== null ? rows[picked] : undefined;
  if (state.status === 'loading') return <p className="hint">{t('loading')}</p>;
  if (state.status === 'error') return <p className="hint error-text">{describeError(t, state.error)}</p>;
  if (rows.length === 0) return <p className="hint">{t('timelineEmpty')}</p>;
  return (
    <>
      <TimelineChart timeline={timeline} picked={picked} onPick={setPicked} testId={testId} />
      {bar && (
        <div className="tl-picked" data-testid={`${testId}-evidence`}>
          <h4>{bar.title}</h4>
          <EvidenceList evidence={bar.evidence} />
          {bar.positionId && <Succession positionId={bar.positionId} />}
        </div>
      )}
    </>
  );
}

function Succession({ positionId }: { positionId: string }) {
  const { t } = useApp();
  const [open, setOpen] = useState(false);
  return open ? (
    <SuccessionChart positionId={positionId} />
  ) : (
    <button type="button" onClick={() => setOpen(true)}>
      {t('holdersInSuccession')}
    </button>
  );
}

function SuccessionChart({ positionId }: { positionId: string }) {
  const { t } = useApp();
  const state = useRows(async () => (await fetchHolders(positionId)).map(fromHolder), positionId);
  return (
    <>
      <h4>{t('holdersInSuccession')}</h4>
      <Chart key={positionId} state={state} testId="succession" />
    </>
  );
}

export function TimelinePanel() {
  const { t, model, curationRevision } = useApp();
  const node = model.selected ? model.nodes.get(model.selected) : undefined;
  const kind = node?.kind === 'person' || node?.kind === 'position' ? node.kind : null;
  const id = kind && node ? node.id : null;
  const state = useRows(
    id
      ? kind === 'person'
        ? async () => (await fetchTimeline(id)).map(fromEntry)
        : async () => (await fetchHolders(id)).map(fromHolder)
      : null,
    `${id ?? ''}#${curationRevision}`,
  );
  if (!node || !id) return null;
  return (
    <section className="panel timeline" aria-label={t('timeline')} data-testid="timeline">
      <h2>{kind === 'person' ? t('timelineOf', { name: node.label }) : t('holdersInSuccession')}</h2>
      <Chart key={id} state={state} testId="timeline-chart" />
    </section>
  );
}
