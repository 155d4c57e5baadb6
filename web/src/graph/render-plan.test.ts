import { describe, expect, it } from 'vitest';
import { perfModeFrom, renderPlan, SMALL_PLAN } from './render-plan';

describe('renderPlan', () => {
  it('draws small graphs on the canvas renderer and large ones with WebGL, the worker and LOD', () => {
    expect(renderPlan('auto', 200, 500)).toEqual(SMALL_PLAN);
    expect(renderPlan('auto', 10_000, 20_000)).toEqual({ large: true, webgl: true, worker: true, lod: true });
  });

  it('keeps the baselines the bench compares against', () => {
    expect(renderPlan('canvas', 2000, 5000)).toEqual({
      large: true,
      webgl: false,
      worker: false,
      lod: false,
    });
    expect(renderPlan('off', 2000, 5000)).toEqual(SMALL_PLAN);
    expect(renderPlan('webgl', 200, 500)).toEqual({ ...SMALL_PLAN, webgl: true });
  });

  it('reads the mode from the URL, auto when absent or unknown', () => {
    expect(perfModeFrom('?perf=canvas')).toBe('canvas');
    expect(perfModeFrom('?perf=off&x=1')).toBe('off');
    expect(perfModeFrom('?perf=fast')).toBe('auto');
    expect(perfModeFrom('')).toBe('auto');
  });
});
