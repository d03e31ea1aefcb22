import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';

/*
 * Who holds the laptop now (#17 §3): view state only, never saved and never an undo step, so that
 * undoing a vote does not open someone's ballot, and a reopened plan starts with every ballot shut.
 */
export interface VotingUiState {
  /** The participant whose ballot is open, or null when the ballot is shut (between two people). */
  voter: string | null;
  /** Who just handed the laptop on, for the line that says so; null once someone else votes. */
  handedOn: string | null;
  openBallot(voter: string | null): void;
  handOn(voter: string): void;
}

export const votingUiStore = createStore<VotingUiState>()((set) => ({
  voter: null,
  handedOn: null,
  openBallot: (voter) => set({ voter, handedOn: null }),
  handOn: (voter) => set({ voter: null, handedOn: voter }),
}));

export const useVotingUi = <T>(selector: (s: VotingUiState) => T): T => useStore(votingUiStore, selector);
