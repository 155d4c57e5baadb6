/**
 * `window.guanxi`: a documented hook for tests and benchmarks to drive the app without the API
 * (load a synthetic slice, read the model).
 */
import type { GraphModel, GraphSlice } from './graph/model';

export interface GuanxiHook {
  loadSlice(slice: GraphSlice): void;
  clear(): void;
  model(): GraphModel;
}

declare global {
  interface Window {
    guanxi?: GuanxiHook;
  }
}
