import { describe, expect, it } from 'vitest';
import { KIND_DISPLAY } from '@guanxi/schema';
import { ringAround } from './layouts';
import { FONT_FAMILY, buildStyle } from './style';

type Rule = { selector: string; style: Record<string, unknown> };

describe('style', () => {
  it('takes colour and shape per kind from the schema', () => {
    const rules = buildStyle({ large: false }) as Rule[];
    const person = rules.find((r) => r.selector === 'node.kind-person');
    expect(person?.style).toEqual({
      'background-color': KIND_DISPLAY.person.color,
      shape: KIND_DISPLAY.person.shape,
    });
    expect(rules.find((r) => r.selector === 'node.kind-event')?.style.shape).toBe('diamond');
  });

  it('uses CJK fonts for labels', () => {
    const node = (buildStyle({ large: false }) as Rule[]).find((r) => r.selector === 'node');
    expect(node?.style['font-family']).toBe(FONT_FAMILY);
    expect(FONT_FAMILY).toMatch(/^"Noto Sans CJK SC"/);
  });

  it('drops edge labels and uses haystack edges for large graphs', () => {
    const small = (buildStyle({ large: false }) as Rule[]).find((r) => r.selector === 'edge');
    const large = (buildStyle({ large: true }) as Rule[]).find((r) => r.selector === 'edge');
    expect(small?.style.label).toBe('data(label)');
    expect(large?.style.label).toBeUndefined();
    expect(large?.style['curve-style']).toBe('haystack');
  });
});

describe('ringAround', () => {
  it('places newcomers on a circle around the anchor', () => {
    const ps = ringAround({ x: 10, y: 20 }, 4, 100);
    expect(ps).toHaveLength(4);
    for (const p of ps) expect(Math.hypot(p.x - 10, p.y - 20)).toBeCloseTo(100);
  });
});
