import { useSyncExternalStore } from 'react';

/*
 * Whether the pointer is at rest: no button held, and no second click of a double-click still to
 * come. The detail panel opens only then, because opening it narrows the view beside it: under a
 * held pointer that made a two-month roadmap drag at quarter zoom land four months on, and between
 * the two clicks of a double-click it would move the second click off what the first one hit.
 */

/** A little over the double-click interval of common desktops (Windows and GNOME use 400–500 ms). */
export const DOUBLE_CLICK_MS = 400;

export interface PointerRest {
  isAtRest(): boolean;
  subscribe(listener: () => void): () => void;
  dispose(): void;
}

type Listening = Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;
interface Timers {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}
const realTimers: Timers = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * Watches `target` (the window): at rest until a pointer goes down, and again `doubleClickMs` after
 * the last one comes up. Pointer-up is heard on the window as it bubbles, after the drag libraries'
 * document listeners have dropped what they carried.
 */
export function watchPointerRest(target: Listening, doubleClickMs = DOUBLE_CLICK_MS, timers: Timers = realTimers): PointerRest {
  let atRest = true;
  let timer: unknown = null;
  const listeners = new Set<() => void>();
  const set = (next: boolean) => {
    if (timer !== null) timers.clear(timer);
    timer = null;
    if (next === atRest) return;
    atRest = next;
    for (const listener of [...listeners]) listener();
  };
  const onDown = () => set(false);
  const onUp = () => {
    if (timer !== null) timers.clear(timer);
    timer = timers.set(() => set(true), doubleClickMs);
  };
  // A window that loses focus mid-press may never hear the pointer come up.
  const onBlur = () => set(true);
  target.addEventListener('pointerdown', onDown, { capture: true });
  target.addEventListener('pointerup', onUp);
  target.addEventListener('pointercancel', onUp);
  target.addEventListener('blur', onBlur);
  return {
    isAtRest: () => atRest,
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    dispose() {
      if (timer !== null) timers.clear(timer);
      target.removeEventListener('pointerdown', onDown, { capture: true });
      target.removeEventListener('pointerup', onUp);
      target.removeEventListener('pointercancel', onUp);
      target.removeEventListener('blur', onBlur);
    },
  };
}

let windowRest: PointerRest | null = null;

/** The window's pointer rest, watched from the first component that asks. */
export function usePointerAtRest(): boolean {
  windowRest ??= watchPointerRest(window);
  return useSyncExternalStore(windowRest.subscribe, windowRest.isAtRest);
}
