import { describe, expect, it } from 'vitest';
import { cssTransform, frameTransform, wheelGestureOver } from './viewport-gesture';

/** Where the transform puts a screen point of the drawn picture. */
const apply = (t: { x: number; y: number; k: number }, s: { x: number; y: number }) => ({
  x: t.k * s.x + t.x,
  y: t.k * s.y + t.y,
});

describe('frameTransform', () => {
  it('is the identity when the viewport has not moved', () => {
    const vp = { zoom: 0.4, pan: { x: 120, y: -30 } };
    expect(frameTransform(vp, vp)).toEqual({ x: 0, y: 0, k: 1 });
  });

  it('moves the picture by the pan alone when the zoom is unchanged', () => {
    const t = frameTransform({ zoom: 2, pan: { x: 10, y: 20 } }, { zoom: 2, pan: { x: 40, y: 5 } });
    expect(t).toEqual({ x: 30, y: -15, k: 1 });
  });

  it('puts every model point where the new viewport draws it', () => {
    const drawn = { zoom: 0.5, pan: { x: 300, y: 200 } };
    const now = { zoom: 0.8, pan: { x: 250, y: 260 } };
    const t = frameTransform(drawn, now);
    for (const p of [
      { x: 0, y: 0 },
      { x: 1000, y: -400 },
      { x: -250, y: 730 },
    ]) {
      const drawnAt = { x: p.x * drawn.zoom + drawn.pan.x, y: p.y * drawn.zoom + drawn.pan.y };
      const belongs = { x: p.x * now.zoom + now.pan.x, y: p.y * now.zoom + now.pan.y };
      const moved = apply(t, drawnAt);
      expect(moved.x).toBeCloseTo(belongs.x, 9);
      expect(moved.y).toBeCloseTo(belongs.y, 9);
    }
  });

  it('writes a CSS transform about the top-left corner', () => {
    expect(cssTransform({ x: 3, y: -4.5, k: 1.25 })).toBe('translate(3px, -4.5px) scale(1.25)');
  });
});

describe('wheelGestureOver', () => {
  it('needs both the quiet time and the quiet frames', () => {
    expect(wheelGestureOver(149, 10)).toBe(false);
    // One slow frame (a 400 ms gap) does not end the gesture: no second frame has been shown yet.
    expect(wheelGestureOver(400, 1)).toBe(false);
    expect(wheelGestureOver(150, 2)).toBe(true);
  });
});
