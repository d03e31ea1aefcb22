import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { createDocumentSlice } from './document-slice';
import { createHistorySlice } from './history-slice';
import { createUiSlice } from './ui-slice';
import type { PlannerState, StoreDeps } from './types';

/** One store, three slices (zustand's slices pattern): document, history, UI. */
export function createPlannerStore(deps: StoreDeps = {}) {
  return createStore<PlannerState>()((...args) => ({
    ...createDocumentSlice(...args),
    ...createHistorySlice(deps)(...args),
    ...createUiSlice(...args),
  }));
}

export type PlannerStore = ReturnType<typeof createPlannerStore>;

/** The app's store. Tests reset it with `resetPlannerStore()`. */
export const plannerStore = createPlannerStore();

export function resetPlannerStore(): void {
  plannerStore.setState(plannerStore.getInitialState(), true);
}

/** Components read narrow slices of state: `usePlanner((s) => s.plan?.meta.title)`. */
export function usePlanner<T>(selector: (state: PlannerState) => T): T {
  return useStore(plannerStore, selector);
}

export type { PlannerState } from './types';
