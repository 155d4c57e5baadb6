/**
 * `window.guanxi`: a documented hook for tests and benchmarks to drive the app without the API
 * (load a synthetic slice, read the model).
 */
import type { GraphSliceDto } from './api/types';
import type { GraphModel } from './graph/model';

export interface GuanxiHook {
  loadSlice(slice: GraphSliceDto): void;
  clear(): void;
  model(): GraphModel;
}

declare global {
  interface Window {
    guanxi?: GuanxiHook;
  }
}
