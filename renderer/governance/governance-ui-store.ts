import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';

/*
 * How the Governance view and the detail panel's Governance section are looked at: which heat-map
 * cell lists its risks, and which application's Governance section should scroll into sight when the
 * panel shows it (a tier badge, a finding or the Dimensions view asked for it). View state only:
 * never in the plan, never in undo history.
 */
export interface HeatCell {
  likelihood: number;
  impact: number;
}

export interface GovernanceUiState {
  heatCell: HeatCell | null;
  /** The application whose Governance section the panel should bring into sight once, and what to focus there. */
  revealSection: { applicationId: string; target: 'triage' | 'tools' | 'risks' } | null;
  /** A tool just added, whose name field takes focus once shown. */
  newToolId: string | null;
  setHeatCell(cell: HeatCell | null): void;
  setNewToolId(id: string | null): void;
  requestSection(applicationId: string, target?: 'triage' | 'tools' | 'risks'): void;
  clearSectionRequest(): void;
}

export const governanceUiStore = createStore<GovernanceUiState>()((set) => ({
  heatCell: null,
  revealSection: null,
  newToolId: null,
  setNewToolId: (newToolId) => set({ newToolId }),
  setHeatCell: (heatCell) => set({ heatCell }),
  requestSection: (applicationId, target = 'triage') => set({ revealSection: { applicationId, target } }),
  clearSectionRequest: () => set({ revealSection: null }),
}));

export const useGovernanceUi = <T>(selector: (s: GovernanceUiState) => T): T => useStore(governanceUiStore, selector);
