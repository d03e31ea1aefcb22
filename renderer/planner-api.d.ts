import type { PlannerApi } from '../shared/ipc-contract';

// The preload (electron/preload.ts) exposes exactly this object; nothing else of Electron is visible.
declare global {
  interface Window {
    planner: PlannerApi;
  }
}

export {};
