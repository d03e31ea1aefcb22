import type { StateCreator } from 'zustand/vanilla';
import type { DocumentSlice, PlannerState } from './types';

export const createDocumentSlice: StateCreator<PlannerState, [], [], DocumentSlice> = (set) => ({
  plan: null,
  filePath: null,
  savedPlan: null,
  mtimeMs: null,
  loadDocument: ({ plan, filePath, mtimeMs, clean = true }) =>
    set({
      plan,
      filePath,
      mtimeMs,
      savedPlan: clean ? plan : null,
      past: [],
      future: [],
      lastCommit: null,
      selection: null,
      pendingEdit: null,
      draftSibling: null,
    }),
  closeDocument: () =>
    set({ plan: null, filePath: null, savedPlan: null, mtimeMs: null, past: [], future: [], lastCommit: null, selection: null, pendingEdit: null, draftSibling: null }),
  markSaved: ({ plan, filePath, mtimeMs, stampedFrom }) =>
    // A new keystroke after saving starts a new undo step, so undo can land exactly on the saved state.
    // The written plan carries a new updatedAt stamp: it replaces the plan it was stamped from, unless
    // the user edited meanwhile (then the edit stays, unsaved, and the next save stamps it).
    set((s) => ({
      savedPlan: plan,
      filePath,
      mtimeMs,
      lastCommit: null,
      ...(stampedFrom !== undefined && s.plan === stampedFrom ? { plan } : {}),
    })),
});
