/**
 * The model's reducer: every UI intent is an action, every action one pure model function. React holds
 * the state (`useReducer`); the canvas renders it and dispatches what the analyst does on it.
 */
import type { NodeKind, RelationType } from '@guanxi/schema';
import type { SliceInput, SliceNode } from './model';
import type { Tie } from './ties';
import type { TimeFilter } from './time-filter';
import {
  type GraphModel,
  addTies,
  setTimeFilter,
  clearPath,
  emptyModel,
  hideNodes,
  mergeSlice,
  refreshEdges,
  pageMore,
  removeNodes,
  select,
  setKindHidden,
  setPinned,
  setRelationHidden,
  showAll,
  showPath,
} from './model';

export type GraphAction =
  | { type: 'merge'; slice: SliceInput; anchor?: string | null; select?: string | null }
  | { type: 'remove'; ids: string[] }
  | { type: 'refreshEdges'; ids: string[]; slice: SliceInput }
  | { type: 'hide'; ids: string[] }
  | { type: 'showAll' }
  | { type: 'pin'; ids: string[]; pinned: boolean }
  | { type: 'select'; id: string | null }
  | { type: 'kindHidden'; kind: NodeKind; hidden: boolean }
  | { type: 'relationHidden'; relation: RelationType; hidden: boolean }
  | { type: 'path'; slice: SliceInput }
  | { type: 'clearPath' }
  | { type: 'ties'; nodes: SliceNode[]; ties: Tie[]; anchor: string }
  | { type: 'timeFilter'; filter: TimeFilter | null }
  | { type: 'morePaged'; id: string; page: SliceInput; remaining: number; after: string | null }
  | { type: 'clear' };

export function graphReducer(model: GraphModel, action: GraphAction): GraphModel {
  switch (action.type) {
    case 'merge': {
      const merged = mergeSlice(model, action.slice, action.anchor ?? null);
      return action.select !== undefined ? select(merged, action.select) : merged;
    }
    case 'remove':
      return removeNodes(model, action.ids);
    case 'refreshEdges':
      return refreshEdges(model, action.ids, action.slice);
    case 'hide':
      return hideNodes(model, action.ids);
    case 'showAll':
      return showAll(model);
    case 'pin':
      return setPinned(model, action.ids, action.pinned);
    case 'select':
      return select(model, action.id);
    case 'kindHidden':
      return setKindHidden(model, action.kind, action.hidden);
    case 'relationHidden':
      return setRelationHidden(model, action.relation, action.hidden);
    case 'path':
      return showPath(model, action.slice);
    case 'clearPath':
      return clearPath(model);
    case 'ties':
      return addTies(model, action.nodes, action.ties, action.anchor);
    case 'timeFilter':
      return setTimeFilter(model, action.filter);
    case 'morePaged':
      return pageMore(model, action.id, action.page, action.remaining, action.after);
    case 'clear':
      return { ...emptyModel, revision: model.revision + 1 };
  }
}
