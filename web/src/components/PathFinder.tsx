/** Pick two entities (canvas selection or search) and draw the shortest path between them. */
import { useState } from 'react';
import { fetchPath, type EntityRef } from '../api/graph-api';
import { useApp } from '../app-context';
import { SearchBox } from './SearchBox';

interface End {
  id: string;
  name: string;
}

function EndPicker(props: { label: string; value: End | null; onChange(end: End | null): void }) {
  const { t, model } = useApp();
  const sel = model.selected ? model.nodes.get(model.selected) : undefined;
  return (
    <div className="path-end">
      <span className="end-label">{props.label}</span>
      {props.value ? (
        <span className="end-value" data-testid={`path-${props.label}`}>
          {props.value.name}
          <button type="button" aria-label="×" onClick={() => props.onChange(null)}>
            ×
          </button>
        </span>
      ) : (
        <SearchBox
          compact
          label={props.label}
          onPick={(e: EntityRef) => props.onChange({ id: e.id, name: e.name })}
        />
      )}
      <button
        type="button"
        disabled={!sel}
        onClick={() => sel && props.onChange({ id: sel.id, name: sel.label })}
      >
        {t('useSelection')}
      </button>
    </div>
  );
}

export function PathFinder() {
  const { t, dispatch, reportError } = useApp();
  const [from, setFrom] = useState<End | null>(null);
  const [to, setTo] = useState<End | null>(null);
  const [result, setResult] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const find = async () => {
    if (!from || !to) return;
    setBusy(true);
    setResult(null);
    try {
      const slice = await fetchPath(from.id, to.id);
      if (!slice || slice.nodes.length === 0) {
        setResult(t('noPath'));
      } else {
        dispatch({ type: 'path', slice });
        setResult(t('pathFound', { hops: slice.edges.length }));
      }
    } catch (e) {
      reportError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel path-finder" aria-label={t('pathFinder')}>
      <h2>{t('pathFinder')}</h2>
      <EndPicker label={t('pathFrom')} value={from} onChange={setFrom} />
      <EndPicker label={t('pathTo')} value={to} onChange={setTo} />
      <div className="row">
        <button type="button" disabled={!from || !to || busy} onClick={() => void find()}>
          {t('findPath')}
        </button>
        <button
          type="button"
          onClick={() => {
            dispatch({ type: 'clearPath' });
            setResult(null);
          }}
        >
          {t('clearPath')}
        </button>
      </div>
      {result && (
        <p className="hint" role="status" data-testid="path-result">
          {result}
        </p>
      )}
    </section>
  );
}
