import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { Category, Status } from '../../shared/model';
import type { MatrixItem } from '../../shared/operations/matrix-drop';

/*
 * How the board is looked at: table or board, collapsed columns, find and filter. View state only:
 * never in the plan, never in undo history, kept while the app runs.
 */
export interface BoardFilter {
  query: string;
  owner: string;
  status: Status | '';
  category: Category | '';
  /** Cost over the horizon: no cost estimate, or above an amount in minor units. */
  cost: '' | 'not-estimated' | `above:${number}`;
  /** Payback within the horizon, not within it (later, never, or not on the roadmap), or no estimate to tell. */
  payback: '' | 'within' | 'not-within' | 'not-estimated';
}

export const NO_FILTER: BoardFilter = { query: '', owner: '', status: '', category: '', cost: '', payback: '' };

export interface BoardViewState {
  mode: 'board' | 'table';
  /** Ids of the collapsed pillars: a Set, since any string (`toString`, `__proto__`) is a valid id. */
  collapsed: ReadonlySet<string>;
  filter: BoardFilter;
  /** The cost and payback filters shown on a line of their own under the others. */
  moreFiltersOpen: boolean;
  /** An item with children waiting for the user to confirm its deletion. */
  pendingDelete: MatrixItem | null;
  setPendingDelete(item: MatrixItem | null): void;
  setMode(mode: 'board' | 'table'): void;
  toggleCollapsed(pillarId: string): void;
  expand(pillarId: string): void;
  setFilter(patch: Partial<BoardFilter>): void;
  clearFilter(): void;
  setMoreFiltersOpen(open: boolean): void;
}

export const boardViewStore = createStore<BoardViewState>()((set, get) => ({
  mode: 'board',
  collapsed: new Set(),
  filter: NO_FILTER,
  moreFiltersOpen: false,
  pendingDelete: null,
  setPendingDelete: (pendingDelete) => set({ pendingDelete }),
  setMode: (mode) => set({ mode }),
  toggleCollapsed: (pillarId) => {
    const collapsed = new Set(get().collapsed);
    if (!collapsed.delete(pillarId)) collapsed.add(pillarId);
    set({ collapsed });
  },
  expand: (pillarId) => {
    if (!get().collapsed.has(pillarId)) return;
    const collapsed = new Set(get().collapsed);
    collapsed.delete(pillarId);
    set({ collapsed });
  },
  setFilter: (patch) => set({ filter: { ...get().filter, ...patch } }),
  clearFilter: () => set({ filter: NO_FILTER }),
  setMoreFiltersOpen: (moreFiltersOpen) => set({ moreFiltersOpen }),
}));

export function useBoardView<T>(selector: (state: BoardViewState) => T): T {
  return useStore(boardViewStore, selector);
}

export function resetBoardView(): void {
  boardViewStore.setState(boardViewStore.getInitialState(), true);
}
