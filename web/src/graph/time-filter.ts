/**
 * The time slider's state: a window (a date, or a range) and the stored edges the API says are valid
 * or seen in it (`neighborhood(at:)` / `(from:, to:)` around the canvas's nodes). Edges outside fade;
 * nothing leaves the canvas, so moving the slider back restores the view.
 */
export type TimeWindow = { readonly at: string } | { readonly from: string; readonly to: string };

export interface TimeFilter {
  readonly window: TimeWindow;
  /** Ids of the canvas edges inside the window. */
  readonly inWindow: ReadonlySet<string>;
}

/** The window as the API's arguments. */
export function windowArgs(w: TimeWindow): { at?: string; from?: string; to?: string } {
  return 'at' in w ? { at: w.at } : { from: w.from, to: w.to };
}

/**
 * Ties are not faded: they are drawn from shared events and articles of any date. Stored edges fade
 * when a filter is on and the API did not return them for the window.
 */
export function isFaded(filter: TimeFilter | null, edgeId: string): boolean {
  return filter !== null && !filter.inWindow.has(edgeId);
}

/** Years the slider offers: from the first year we keep articles of to this year. */
export function sliderYears(now: Date, first = 2000): number[] {
  const last = now.getFullYear();
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}
