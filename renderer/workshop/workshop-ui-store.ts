import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';

/*
 * How the Workshop view is looked at (#17): which of its panels is open. View state only: never in
 * the plan, never in undo history. The running agenda (current step, timer) keeps its own store.
 */
export const WORKSHOP_PANELS = ['agenda', 'ideas', 'voting', 'decisions'] as const;
export type WorkshopPanel = (typeof WORKSHOP_PANELS)[number];

export interface WorkshopUiState {
  panel: WorkshopPanel;
  setPanel(panel: WorkshopPanel): void;
}

export const workshopUiStore = createStore<WorkshopUiState>()((set) => ({
  panel: 'agenda',
  setPanel: (panel) => set({ panel }),
}));

export const useWorkshopUi = <T>(selector: (s: WorkshopUiState) => T): T => useStore(workshopUiStore, selector);
