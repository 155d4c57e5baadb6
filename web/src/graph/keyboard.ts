/**
 * The canvas's keyboard path: everything the mouse does there, by key. Pure, so the mapping is
 * tested without a browser; the canvas component only forwards the key and carries out the command.
 *
 *   → ↓  next node · ← ↑  previous node · Home / End  first / last
 *   Enter or E  expand (double-click) · M  page in the node's "+N more" (click it) · D  open the details · Escape  clear the selection (background tap)
 *   + / -  zoom (wheel) · 0  fit everything
 */
import { type GraphModel, visibleNodes } from './model';

export type CanvasCommand =
  | { type: 'select'; id: string | null }
  | { type: 'expand'; id: string }
  | { type: 'more'; id: string }
  | { type: 'details' }
  | { type: 'zoom'; factor: number }
  | { type: 'fit' };

/** The toolbar's ＋/－ steps. */
export const ZOOM_STEP = 1.25;

const STEP: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

/** Nodes in the order the keyboard walks them: as they came onto the canvas. */
function order(model: GraphModel): string[] {
  return visibleNodes(model).map((n) => n.id);
}

export function canvasCommand(model: GraphModel, key: string): CanvasCommand | null {
  switch (key) {
    case '+':
    case '=':
      return { type: 'zoom', factor: ZOOM_STEP };
    case '-':
      return { type: 'zoom', factor: 1 / ZOOM_STEP };
    case '0':
      return { type: 'fit' };
  }
  const ids = order(model);
  if (ids.length === 0) return null;
  const sel = model.selected && ids.includes(model.selected) ? model.selected : null;
  const step = STEP[key];
  if (step !== undefined) {
    const at = sel === null ? (step > 0 ? -1 : 0) : ids.indexOf(sel);
    return { type: 'select', id: ids[(at + step + ids.length) % ids.length]! };
  }
  switch (key) {
    case 'Home':
      return { type: 'select', id: ids[0]! };
    case 'End':
      return { type: 'select', id: ids[ids.length - 1]! };
    case 'Enter':
    case 'e':
    case 'E':
      return sel ? { type: 'expand', id: sel } : null;
    case 'm':
    case 'M': {
      const more = sel ? [...model.more.values()].find((m) => m.node === sel) : undefined;
      return more ? { type: 'more', id: more.id } : null;
    }
    case 'd':
    case 'D':
      return sel ? { type: 'details' } : null;
    case 'Escape':
      return sel ? { type: 'select', id: null } : null;
    default:
      return null;
  }
}
