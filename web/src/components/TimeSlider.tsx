/**
 * The time slider over the canvas: all time, as of a year, or a range of years. With a window, the
 * canvas asks the API which of its edges are valid or seen then (`neighborhood(at:)`/`(from:, to:)`)
 * and fades the others; nothing is removed.
 */
import { useEffect, useMemo, useState } from 'react';
import { edgesInWindow } from '../api/time-api';
import { useApp } from '../app-context';
import { visibleNodes } from '../graph/model';
import { sliderYears, type TimeWindow } from '../graph/time-filter';

type Mode = 'off' | 'at' | 'range';
/** Moving the thumb fires many changes; ask once it rests. */
const SETTLE_MS = 250;

export function TimeSlider() {
  const { t, model, dispatch, reportError } = useApp();
  const years = useMemo(() => sliderYears(new Date()), []);
  const last = years[years.length - 1] ?? new Date().getFullYear();
  const [mode, setMode] = useState<Mode>('off');
  const [at, setAt] = useState(last);
  const [from, setFrom] = useState(last - 5);
  const [to, setTo] = useState(last);
  const nodeKey = visibleNodes(model)
    .map((n) => n.id)
    .join(',');
  const span: TimeWindow | null = useMemo(
    () =>
      mode === 'off'
        ? null
        : mode === 'at'
          ? { at: String(at) }
          : { from: String(Math.min(from, to)), to: String(Math.max(from, to)) },
    [mode, at, from, to],
  );

  useEffect(() => {
    if (!span) {
      dispatch({ type: 'timeFilter', filter: null });
      return;
    }
    const abort = new AbortController();
    const timer = setTimeout(() => {
      edgesInWindow(nodeKey ? nodeKey.split(',') : [], span, { signal: abort.signal })
        .then((inWindow) => dispatch({ type: 'timeFilter', filter: { window: span, inWindow } }))
        .catch((e: unknown) => {
          if ((e as Error).name !== 'AbortError') reportError(e);
        });
    }, SETTLE_MS);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [span, nodeKey, dispatch, reportError]);

  const slider = (label: string, value: number, set: (y: number) => void, testId: string) => (
    <label className="time-range">
      {label}
      <input
        type="range"
        min={years[0]}
        max={last}
        step={1}
        value={value}
        data-testid={testId}
        onChange={(e) => set(Number(e.target.value))}
      />
      <output>{value}</output>
    </label>
  );
  const shown = span ? ('at' in span ? span.at : `${span.from}–${span.to}`) : '';
  return (
    <fieldset className="time-slider" data-testid="time-slider">
      <legend>{t('timeSlider')}</legend>
      {(['off', 'at', 'range'] as const).map((m) => (
        <label key={m} className="time-mode">
          <input type="radio" name="time-mode" value={m} checked={mode === m} onChange={() => setMode(m)} />
          {t(m === 'off' ? 'timeOff' : m === 'at' ? 'timeAt' : 'timeRange')}
        </label>
      ))}
      {mode === 'at' && slider(t('timeYear'), at, setAt, 'time-at')}
      {mode === 'range' && (
        <>
          {slider(t('timeFrom'), from, setFrom, 'time-from')}
          {slider(t('timeTo'), to, setTo, 'time-to')}
        </>
      )}
      {span && (
        <p className="hint" role="status">
          {t('timeShowing', { window: shown })}
        </p>
      )}
    </fieldset>
  );
}
