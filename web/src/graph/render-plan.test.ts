import { describe, expect, it } from 'vitest';
import { glKind, perfModeFrom, renderPlan, SMALL_PLAN } from './render-plan';

describe('renderPlan', () => {
  it('draws small graphs on the canvas renderer and large ones with WebGL, the worker and LOD', () => {
    expect(renderPlan('auto', 200, 500)).toEqual(SMALL_PLAN);
    expect(renderPlan('auto', 10_000, 20_000)).toEqual({
      large: true,
      webgl: true,
      worker: true,
      lod: true,
      cssViewport: false,
      slicedRedraw: false,
    });
  });

  it('keeps large graphs on the canvas renderer when WebGL is software, with the worker, no LOD restyle and pan/zoom by the compositor', () => {
    expect(renderPlan('auto', 10_000, 20_000, 'software')).toEqual({
      large: true,
      webgl: false,
      worker: true,
      lod: false,
      cssViewport: true,
      slicedRedraw: true,
    });
    expect(renderPlan('auto', 10_000, 20_000, 'none')).toMatchObject({
      webgl: false,
      cssViewport: true,
      slicedRedraw: true,
    });
    // Small graphs keep Cytoscape's own drawing everywhere.
    expect(renderPlan('auto', 200, 500, 'software')).toEqual(SMALL_PLAN);
    // Forced for the bench's comparison.
    expect(renderPlan('webgl', 10_000, 20_000, 'software').webgl).toBe(true);
  });

  it('tells software WebGL from a GPU by the renderer name', () => {
    const swiftshader =
      'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)';
    expect(glKind(swiftshader)).toBe('software');
    expect(glKind('llvmpipe (LLVM 15.0.6, 256 bits)')).toBe('software');
    expect(glKind('ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)')).toBe(
      'hardware',
    );
    expect(glKind(null)).toBe('none');
  });

  it('keeps the baselines the bench compares against', () => {
    expect(renderPlan('canvas', 2000, 5000)).toEqual({
      large: true,
      webgl: false,
      worker: false,
      lod: false,
      cssViewport: false,
      slicedRedraw: false,
    });
    // The explorer before the compositor pan/zoom: the same plan with Cytoscape's viewport texture.
    expect(renderPlan('texture', 10_000, 20_000, 'software')).toEqual({
      ...renderPlan('auto', 10_000, 20_000, 'software'),
      cssViewport: false,
      slicedRedraw: false,
    });
    // The explorer before the sliced redraw: the compositor pan/zoom, one full redraw after it.
    expect(renderPlan('unsliced', 10_000, 20_000, 'software')).toEqual({
      ...renderPlan('auto', 10_000, 20_000, 'software'),
      slicedRedraw: false,
    });
    expect(renderPlan('unsliced', 200, 500, 'software')).toEqual(SMALL_PLAN);
    expect(renderPlan('texture', 10_000, 20_000, 'hardware')).toEqual(renderPlan('auto', 10_000, 20_000));
    expect(renderPlan('off', 2000, 5000)).toEqual(SMALL_PLAN);
    expect(renderPlan('webgl', 200, 500)).toEqual({ ...SMALL_PLAN, webgl: true });
  });

  it('reads the mode from the URL, auto when absent or unknown', () => {
    expect(perfModeFrom('?perf=canvas')).toBe('canvas');
    expect(perfModeFrom('?perf=off&x=1')).toBe('off');
    expect(perfModeFrom('?perf=texture')).toBe('texture');
    expect(perfModeFrom('?perf=unsliced')).toBe('unsliced');
    expect(perfModeFrom('?perf=fast')).toBe('auto');
    expect(perfModeFrom('')).toBe('auto');
  });
});
