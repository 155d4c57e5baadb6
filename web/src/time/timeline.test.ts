import { describe, expect, it } from 'vitest';
import { buildTimeline, yearOf, type TimelineInput } from './timeline';

const NOW = new Date(2026, 0, 1);
const post = (title: string, since: string | null, until: string | null, current = true, bound = 'EXACT') =>
  ({
    kind: 'post',
    title,
    current,
    since: since ? { value: since, bound: 'EXACT' } : null,
    until: until ? { value: until, bound } : null,
  }) satisfies TimelineInput;

describe('yearOf', () => {
  it('reads year, month and day precision', () => {
    expect(yearOf('2018')).toBe(2018);
    expect(yearOf('2018-07')).toBe(2018.5);
    expect(yearOf('2018-07-02')).toBeCloseTo(2018.5 + 1 / 365);
    expect(yearOf('soon')).toBeNull();
  });
});

describe('buildTimeline', () => {
  it('spans the known dates and draws a current post up to now', () => {
    const t = buildTimeline([post('部长', '2016', '2020'), post('会长', '2021-01', null)], NOW);
    expect([t.from, t.to]).toEqual([2016, 2026]);
    const [minister, chair] = t.bars;
    expect(minister).toMatchObject({
      left: 0,
      right: 0.5,
      fadingEnd: false,
      former: false,
      span: '2016 – 2020',
    });
    expect(chair!.left).toBeCloseTo(0.5);
    expect(chair!.right).toBe(1);
    expect(t.ticks[0]).toBe(2016);
    expect(t.ticks.at(-1)).toBeLessThanOrEqual(2026);
  });

  it('fades an end known only as "not after", and a former post with no end; marks 原', () => {
    const t = buildTimeline(
      [post('部长', '2018', '2024', false, 'NOT_AFTER'), post('主任', '2019', null, false)],
      NOW,
    );
    expect(t.bars[0]).toMatchObject({ fadingEnd: true, former: true, span: '2018 – ≤2024' });
    expect(t.bars[1]).toMatchObject({ fadingEnd: true, former: true, right: 1, span: '2019 – ?' });
  });

  it('starts a post of unknown start at the axis, faded, and puts events as dots', () => {
    const t = buildTimeline(
      [
        post('会长', null, null),
        {
          kind: 'event',
          title: '现场会',
          current: false,
          since: { value: '2023-10-25', bound: 'EXACT' },
          until: null,
        },
      ],
      NOW,
    );
    expect(t.bars[0]).toMatchObject({ left: 0, fadingStart: true });
    expect(t.bars[1]!.left).toBe(t.bars[1]!.right);
    expect(t.bars[1]!.span).toBe('2023-10-25');
  });
});
