/**
 * fcose (with layout-base and cose-base, about 190 kB) is a chunk of its own: fetched right after
 * the first paint and registered once, so the shell and the search box do not wait for it.
 */
import cytoscape, { type Core, type LayoutOptions } from 'cytoscape';

let loading: Promise<void> | null = null;
let ready = false;

export function loadFcose(): Promise<void> {
  loading ??= import('cytoscape-fcose').then(
    (m) => {
      cytoscape.use(m.default);
      ready = true;
    },
    (e: unknown) => {
      loading = null; // a later layout tries again
      throw e;
    },
  );
  return loading;
}

/** Runs a layout at once when it can; an fcose layout asked for before fcose arrived runs when it does. */
export function runLayout(cy: Core, options: LayoutOptions, run: () => void): void {
  if (options.name !== 'fcose' || ready) {
    run();
    return;
  }
  void loadFcose().then(() => {
    if (!cy.destroyed()) run();
  });
}
