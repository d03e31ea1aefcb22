import type { StateCreator } from 'zustand/vanilla';
import type { ViewId } from '../../shared/commands/command-catalogue';
import type { PlannerState, UiSlice } from './types';

export const DEFAULT_VIEW: ViewId = 'plan';

export const createUiSlice: StateCreator<PlannerState, [], [], UiSlice> = (set) => ({
  selection: null,
  activeView: DEFAULT_VIEW,
  alert: null,
  statusMessage: null,
  pendingEdit: null,
  draftSibling: null,
  select: (selection) => set({ selection }),
  setActiveView: (activeView) => set({ activeView }),
  showAlert: (alert) => set({ alert }),
  dismissAlert: () => set({ alert: null }),
  setStatusMessage: (statusMessage) => set({ statusMessage }),
  requestEdit: (pendingEdit) => set({ pendingEdit }),
  startDraftSibling: (draftSibling) => set({ draftSibling }),
});
