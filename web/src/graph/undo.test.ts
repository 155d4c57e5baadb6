import { describe, expect, it } from 'vitest';
import { CFIE, EVT, LI, WU, seedSlice } from './fixtures';
import { emptyModel, mergeSlice } from './model';
import {
  explorerReducer,
  initExplorer,
  nextRedo,
  nextUndo,
  undoKey,
  type Explorer,
  type ExplorerAction,
} from './undo';

const run = (state: Explorer, ...actions: ExplorerAction[]) => actions.reduce(explorerReducer, state);
const start = initExplorer(mergeSlice(emptyModel, { nodes: seedSlice.nodes.slice(0, 1), edges: [] }));
const at = { [LI]: { x: 1, y: 2 } };

describe('undo and redo of canvas actions', () => {
  it('undoes an expand (its nodes and edges leave) and redoes it where the nodes were', () => {
    const expanded = run(start, {
      type: 'record',
      action: 'expand',
      subject: '李毅中',
      graph: { type: 'merge', slice: seedSlice, anchor: LI },
      positions: at,
    });
    expect(expanded.model.nodes.size).toBe(4);
    expect(nextUndo(expanded)).toMatchObject({ kind: 'canvas', action: 'expand', subject: '李毅中' });

    const undone = run(expanded, {
      type: 'undo',
      entry: nextUndo(expanded)!.id,
      positions: { [WU]: { x: 9, y: 9 } },
    });
    expect([...undone.model.nodes.keys()]).toEqual([LI]);
    expect(undone.model.edges.size).toBe(0);
    expect(undone.model.placements).toEqual(at);
    expect(undone.model.lastAdded).toEqual([]);
    expect(nextUndo(undone)).toBeUndefined();

    const redone = run(undone, { type: 'redo', entry: nextRedo(undone)!.id });
    expect(redone.model.nodes.size).toBe(4);
    expect(redone.model.edges.size).toBe(4);
    expect(redone.model.placements).toEqual({ [WU]: { x: 9, y: 9 } });
    expect(nextRedo(redone)).toBeUndefined();
  });

  it('brings removed and hidden nodes back with their edges, keeping what changed in between', () => {
    const full = initExplorer(mergeSlice(emptyModel, seedSlice));
    const removed = run(full, {
      type: 'record',
      action: 'remove',
      subject: '中国工业经济联合会',
      graph: { type: 'remove', ids: [CFIE] },
      positions: { [CFIE]: { x: 5, y: 5 } },
    });
    expect(removed.model.edges.size).toBe(1);
    // Something unrecorded in between: the selection moves. Undo keeps it.
    const selected = run(removed, { type: 'select', id: WU });
    const back = run(selected, { type: 'undo', entry: nextUndo(selected)!.id, positions: {} });
    expect(back.model.nodes.has(CFIE)).toBe(true);
    expect(back.model.edges.size).toBe(4);
    expect(back.model.selected).toBe(WU);

    const hidden = run(full, {
      type: 'record',
      action: 'hide',
      subject: null,
      graph: { type: 'hide', ids: [EVT] },
      positions: {},
    });
    const shown = run(hidden, { type: 'undo', entry: nextUndo(hidden)!.id, positions: {} });
    expect(shown.model.nodes.get(EVT)?.hidden).toBe(false);
  });

  it('folds an add and its late edges into one entry; a new action clears redo', () => {
    const added = run(
      start,
      {
        type: 'record',
        action: 'add',
        subject: '吴同明',
        graph: { type: 'merge', slice: { nodes: [seedSlice.nodes[1]!, seedSlice.nodes[2]!], edges: [] } },
        positions: {},
      },
      {
        type: 'record',
        action: 'add',
        subject: '吴同明',
        graph: { type: 'merge', slice: { nodes: [], edges: seedSlice.edges } },
        positions: {},
        amend: true,
      },
    );
    expect(added.past).toHaveLength(1);
    const undone = run(added, { type: 'undo', entry: nextUndo(added)!.id, positions: {} });
    expect([...undone.model.nodes.keys()]).toEqual([LI]);
    const other = run(undone, {
      type: 'record',
      action: 'layout',
      subject: null,
      graph: null,
      positions: at,
    });
    expect(other.future).toEqual([]);
    expect(nextUndo(other)).toMatchObject({ action: 'layout', before: at });
    // An action that changed nothing is not recorded (a layout always is: it moved the nodes).
    const same = run(other, {
      type: 'record',
      action: 'hide',
      subject: null,
      graph: { type: 'hide', ids: [] },
      positions: {},
    });
    expect(same.past).toHaveLength(1);
  });
});

describe('undo and redo of curations', () => {
  it('moves a curation between past and future; redo records the re-applied curation', () => {
    const redo = () => Promise.resolve({ id: 'cun_2' });
    const curated = run(start, {
      type: 'curated',
      operation: 'RETRACT_FACT',
      subject: '李毅中',
      curationId: 'cun_1',
      redo,
    });
    const entry = nextUndo(curated)!;
    expect(entry).toMatchObject({ kind: 'curation', curationId: 'cun_1' });
    const undone = run(curated, { type: 'undo', entry: entry.id, positions: {} });
    expect(undone.model).toBe(curated.model);
    expect(nextRedo(undone)).toMatchObject({ curationId: 'cun_1' });
    const redone = run(undone, { type: 'redo', entry: entry.id, curationId: 'cun_2' });
    expect(nextUndo(redone)).toMatchObject({ curationId: 'cun_2' });
    // An unknown entry (already moved) changes nothing.
    expect(run(redone, { type: 'redo', entry: entry.id })).toBe(redone);
  });
});

describe('undoKey', () => {
  it('reads Ctrl/Cmd+Z as undo, with Shift or Ctrl+Y as redo', () => {
    expect(undoKey({ key: 'z', ctrlKey: true })).toBe('undo');
    expect(undoKey({ key: 'Z', ctrlKey: true, shiftKey: true })).toBe('redo');
    expect(undoKey({ key: 'z', metaKey: true })).toBe('undo');
    expect(undoKey({ key: 'y', ctrlKey: true })).toBe('redo');
    expect(undoKey({ key: 'z' })).toBeNull();
    expect(undoKey({ key: 'z', ctrlKey: true, altKey: true })).toBeNull();
  });
});
