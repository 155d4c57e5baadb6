/** Messages between the canvas and the layout worker: plain data, structured-cloned. */
import type { LayoutOptions } from 'cytoscape';

export interface LayoutJob {
  readonly job: number;
  /** Flat `[x0, y0, x1, y1, …]` in the order of `ids`: the start positions (and the fixed ones). */
  readonly ids: readonly string[];
  readonly xy: Float64Array;
  readonly edges: readonly (readonly [string, string])[];
  readonly options: LayoutOptions;
}

export interface LayoutResult {
  readonly job: number;
  /** Positions in the order of the job's `ids`; empty when the layout failed. */
  readonly xy: Float64Array;
  readonly ms: number;
  readonly error?: string;
}
