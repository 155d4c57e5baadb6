import { describe, expect, it } from 'vitest';
import { CFIE, EVT, LI, WU, seedSlice } from './fixtures';
import { canvasCommand } from './keyboard';
import { emptyModel, hideNodes, mergeSlice, select } from './model';

const model = mergeSlice(emptyModel, seedSlice);

describe('canvasCommand', () => {
  it('walks the visible nodes with the arrow keys, wrapping around', () => {
    expect(canvasCommand(model, 'ArrowRight')).toEqual({ type: 'select', id: LI });
    expect(canvasCommand(model, 'ArrowLeft')).toEqual({ type: 'select', id: EVT });
    expect(canvasCommand(select(model, LI), 'ArrowDown')).toEqual({ type: 'select', id: WU });
    expect(canvasCommand(select(model, LI), 'ArrowUp')).toEqual({ type: 'select', id: EVT });
    expect(canvasCommand(select(model, EVT), 'ArrowRight')).toEqual({ type: 'select', id: LI });
    // Hidden nodes are skipped.
    expect(canvasCommand(select(hideNodes(model, [WU]), LI), 'ArrowRight')).toEqual({
      type: 'select',
      id: CFIE,
    });
    expect(canvasCommand(model, 'End')).toEqual({ type: 'select', id: EVT });
    expect(canvasCommand(model, 'Home')).toEqual({ type: 'select', id: LI });
  });

  it('expands, opens details and clears the selection', () => {
    const sel = select(model, CFIE);
    expect(canvasCommand(sel, 'Enter')).toEqual({ type: 'expand', id: CFIE });
    expect(canvasCommand(sel, 'e')).toEqual({ type: 'expand', id: CFIE });
    expect(canvasCommand(sel, 'd')).toEqual({ type: 'details' });
    expect(canvasCommand(sel, 'Escape')).toEqual({ type: 'select', id: null });
  });

  it('zooms and fits, as the wheel and the toolbar do', () => {
    expect(canvasCommand(model, '+')).toEqual({ type: 'zoom', factor: 1.25 });
    expect(canvasCommand(model, '-')).toEqual({ type: 'zoom', factor: 0.8 });
    expect(canvasCommand(model, '0')).toEqual({ type: 'fit' });
  });

  it('ignores other keys, and commands that need a selection when there is none', () => {
    expect(canvasCommand(model, 'Enter')).toBeNull();
    expect(canvasCommand(model, 'd')).toBeNull();
    expect(canvasCommand(model, 'x')).toBeNull();
    expect(canvasCommand(emptyModel, 'ArrowRight')).toBeNull();
  });
});
