import type { StateCreator } from 'zustand/vanilla';
import { elapsedMs } from '../clock';
import type { HistorySlice, PlannerState, StoreDeps } from './types';

export const HISTORY_LIMIT = 200;
export const COALESCE_MS = 1500;

export function createHistorySlice(deps: StoreDeps): StateCreator<PlannerState, [], [], HistorySlice> {
  const clock = deps.clock ?? elapsedMs;
  return (set, get) => ({
    past: [],
    future: [],
    lastCommit: null,
    commit: (recipe, options) => {
      const { plan, past, lastCommit } = get();
      if (!plan) return false;
      const next = recipe(plan);
      if (next === plan) return false;
      const now = clock();
      const key = options?.coalesceKey;
      const coalesce = key !== undefined && lastCommit?.key === key && now - lastCommit.at < COALESCE_MS && past.length > 0;
      set({
        plan: next,
        past: coalesce ? past : [...past, plan].slice(-HISTORY_LIMIT),
        future: [],
        lastCommit: key === undefined ? null : { key, at: now },
      });
      return true;
    },
    undo: () => {
      const { plan, past, future } = get();
      const previous = past[past.length - 1];
      if (!plan || !previous) return false;
      set({ plan: previous, past: past.slice(0, -1), future: [...future, plan], lastCommit: null });
      return true;
    },
    redo: () => {
      const { plan, past, future } = get();
      const next = future[future.length - 1];
      if (!plan || !next) return false;
      set({ plan: next, past: [...past, plan].slice(-HISTORY_LIMIT), future: future.slice(0, -1), lastCommit: null });
      return true;
    },
  });
}
