import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';

/*
 * View state of the decisions panel (#17 §4): the decision to bring into sight and focus once it has
 * rendered (after "Decide" on a parked question, or a finding's "show"). Never saved, never undone.
 */
export interface DecisionsUiState {
  focusDecisionId: string | null;
  focusDecision(id: string | null): void;
}

export const decisionsUiStore = createStore<DecisionsUiState>()((set) => ({
  focusDecisionId: null,
  focusDecision: (focusDecisionId) => set({ focusDecisionId }),
}));

export const useDecisionsUi = <T>(selector: (s: DecisionsUiState) => T): T => useStore(decisionsUiStore, selector);
