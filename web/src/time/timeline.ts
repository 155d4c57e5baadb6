/**
 * A timeline as bars on one axis, as a pure function: posts are intervals, events dots. Dates are
 * partial (2018, 2018-05, 2018-05-03) and their ends may be uncertain: an end known only as "not after"
 * (an article calling the post 原…) or not known at all for a former post is drawn fading, so the bar
 * does not claim a date the articles do not give.
 */
export interface PartialDateIn {
  readonly value: string;
  readonly bound: string;
}

export interface TimelineInput {
  readonly kind: 'post' | 'event';
  readonly title: string;
  readonly current: boolean;
  readonly since: PartialDateIn | null;
  readonly until: PartialDateIn | null;
}

export interface Bar<T extends TimelineInput = TimelineInput> {
  readonly entry: T;
  /** Left and right edges as fractions of the axis (a dot has left = right). */
  readonly left: number;
  readonly right: number;
  /** The start is not known: the bar begins at the axis' start, faded in. */
  readonly fadingStart: boolean;
  /** The end is uncertain (NOT_AFTER, or a former post with no end): faded out. */
  readonly fadingEnd: boolean;
  /** 原/前: the articles say the post has ended. */
  readonly former: boolean;
  /** "2018-05 – 2021", "2018 – ?", "– 2024" … for the bar's text. */
  readonly span: string;
}

export interface Timeline<T extends TimelineInput = TimelineInput> {
  readonly from: number;
  readonly to: number;
  /** Whole years on the axis (at most nine), for tick labels. */
  readonly ticks: number[];
  readonly bars: Bar<T>[];
}

/** A partial date as a year with a fraction: 2018 → 2018.0, 2018-07 → 2018.5, 2018-07-02 → ~2018.5. */
export function yearOf(value: string): number | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return null;
  const month = m[2] ? Number(m[2]) - 1 : 0;
  const day = m[3] ? Number(m[3]) - 1 : 0;
  return Number(m[1]) + month / 12 + day / 365;
}

/** The last moment a partial date covers: 2018 → 2019.0, 2018-05 → 2018-06. */
function endOf(value: string): number | null {
  const start = yearOf(value);
  if (start === null) return null;
  const parts = value.split('-').length;
  return start + (parts === 1 ? 1 : parts === 2 ? 1 / 12 : 1 / 365);
}

export function buildTimeline<T extends TimelineInput>(entries: readonly T[], now: Date): Timeline<T> {
  const today = now.getFullYear() + now.getMonth() / 12 + (now.getDate() - 1) / 365;
  const known = entries.flatMap((e) =>
    [e.since && yearOf(e.since.value), e.until && endOf(e.until.value)].filter(
      (x): x is number => typeof x === 'number',
    ),
  );
  const anyOpen = entries.some((e) => e.kind === 'post' && e.current && !e.until);
  const from = Math.floor(known.length ? Math.min(...known) : today - 1);
  const to = Math.ceil(Math.max(from + 1, ...known, ...(anyOpen || known.length === 0 ? [today] : [])));
  const x = (year: number): number => (year - from) / (to - from);
  const bars = entries.map((entry): Bar<T> => {
    const start = entry.since ? yearOf(entry.since.value) : null;
    if (entry.kind === 'event') {
      const at = x(start ?? from);
      return {
        entry,
        left: at,
        right: at,
        fadingStart: false,
        fadingEnd: false,
        former: false,
        span: entry.since?.value ?? '?',
      };
    }
    const end = entry.until ? endOf(entry.until.value) : null;
    const former = !entry.current;
    const fadingEnd = (entry.until?.bound ?? '') === 'NOT_AFTER' || (end === null && former);
    const right = end ?? (entry.current ? today : to);
    const left = x(start ?? from);
    const span = `${entry.since?.value ?? '?'} – ${entry.until ? `${entry.until.bound === 'NOT_AFTER' ? '≤' : ''}${entry.until.value}` : entry.current ? '' : '?'}`;
    return {
      entry,
      left,
      right: Math.max(left, x(right)),
      fadingStart: start === null,
      fadingEnd,
      former,
      span,
    };
  });
  const step = Math.ceil((to - from) / 8);
  const ticks = Array.from({ length: Math.floor((to - from) / step) + 1 }, (_, i) => from + i * step);
  return { from, to, ticks, bars };
}
