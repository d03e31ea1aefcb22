/*
 * The countdown of one agenda step, as plain numbers: no clock is read here. `at` is a reading of a
 * monotonic clock in milliseconds (renderer/clock.ts elapsedMs()), so a test can say exactly when.
 * The planned minutes are passed in, not kept, so a step's length edited while it runs counts at once.
 */

export interface StepTimer {
  /** Time counted in earlier runs of this timer (before the last pause). */
  spentMs: number;
  /** When the current run began, or null while paused. */
  runningSince: number | null;
  /** Minutes added in the room ("+5 min"), in milliseconds. */
  addedMs: number;
}

export const MINUTE_MS = 60_000;

export const newTimer = (): StepTimer => ({ spentMs: 0, runningSince: null, addedMs: 0 });

export const isRunning = (timer: StepTimer): boolean => timer.runningSince !== null;

export function startTimer(timer: StepTimer, at: number): StepTimer {
  return timer.runningSince !== null ? timer : { ...timer, runningSince: at };
}

export function pauseTimer(timer: StepTimer, at: number): StepTimer {
  if (timer.runningSince === null) return timer;
  return { ...timer, spentMs: timer.spentMs + Math.max(0, at - timer.runningSince), runningSince: null };
}

export const toggleTimer = (timer: StepTimer, at: number): StepTimer => (isRunning(timer) ? pauseTimer(timer, at) : startTimer(timer, at));

export function addMinutes(timer: StepTimer, minutes: number): StepTimer {
  return { ...timer, addedMs: timer.addedMs + minutes * MINUTE_MS };
}

/** Time counted so far at `at`. */
export function spentMs(timer: StepTimer, at: number): number {
  return timer.spentMs + (timer.runningSince === null ? 0 : Math.max(0, at - timer.runningSince));
}

/** Time left at `at`; below zero once the step runs over. */
export function remainingMs(timer: StepTimer, plannedMinutes: number, at: number): number {
  return plannedMinutes * MINUTE_MS + timer.addedMs - spentMs(timer, at);
}

/** Whole seconds as "m:ss", minutes not wrapped into hours (a step is at most 480 minutes). */
function clock(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/**
 * How the time reads on the bar: time 'left', exactly at 'zero', or 'over' by some time. Time left
 * rounds up, so the full "30:00" shows until a second has gone and "0:00" only at zero; time over
 * rounds down, so "+0:01 over" means a whole second over.
 */
export function readTime(remaining: number): { state: 'left' | 'zero' | 'over'; text: string } {
  if (remaining > 0) return { state: 'left', text: clock(Math.ceil(remaining / 1000)) };
  const overSeconds = Math.floor(-remaining / 1000);
  return overSeconds === 0 ? { state: 'zero', text: clock(0) } : { state: 'over', text: clock(overSeconds) };
}
