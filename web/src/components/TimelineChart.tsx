/** Gantt-like bars on one year axis (time/timeline.ts places them); a bar is a button that picks it. */
import type { Bar, Timeline, TimelineInput } from '../time/timeline';
import { useApp } from '../app-context';

const pct = (x: number): string => `${(x * 100).toFixed(2)}%`;

export function TimelineChart<T extends TimelineInput>(props: {
  timeline: Timeline<T>;
  picked: number | null;
  onPick(index: number): void;
  testId: string;
}) {
  const { t } = useApp();
  const { timeline, picked } = props;
  const span = timeline.to - timeline.from;
  return (
    <div className="tl" data-testid={props.testId}>
      <div className="tl-axis" aria-hidden="true">
        {timeline.ticks.map((y) => (
          <span key={y} style={{ left: pct((y - timeline.from) / span) }}>
            {y}
          </span>
        ))}
      </div>
      <ol className="tl-rows">
        {timeline.bars.map((bar: Bar<T>, i) => {
          const classes = ['tl-bar', `tl-${bar.entry.kind}`];
          if (bar.former) classes.push('tl-former');
          if (bar.fadingEnd) classes.push('tl-fading-end');
          if (bar.fadingStart) classes.push('tl-fading-start');
          return (
            <li key={i}>
              <button
                type="button"
                className="tl-row"
                aria-pressed={picked === i}
                data-testid="timeline-bar"
                data-kind={bar.entry.kind}
                onClick={() => props.onPick(i)}
              >
                <span className="tl-label">
                  {bar.former && <span className="badge former">原</span>}
                  {bar.entry.kind === 'event' && <span className="badge">{t('eventDot')}</span>}
                  {bar.entry.title} <span className="date">{bar.span}</span>
                  {bar.fadingEnd && <span className="visually-hidden"> ({t('uncertainEnd')})</span>}
                  {bar.fadingStart && <span className="visually-hidden"> ({t('unknownStart')})</span>}
                </span>
                <span className="tl-track" aria-hidden="true">
                  <span
                    className={classes.join(' ')}
                    style={{
                      left: pct(bar.left),
                      width:
                        bar.entry.kind === 'event' ? undefined : pct(Math.max(bar.right - bar.left, 0.01)),
                    }}
                  />
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
