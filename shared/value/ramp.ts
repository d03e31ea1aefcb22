import type { Phase } from '../model';
import { monthIndex } from '../roadmap/months';

/**
 * The share of an application's full benefit reached in a month (0–100): nothing before its first
 * phase; the pilot share while piloting; rising in even steps through refine and standardise; all
 * of it from the start of the scale phase (or, without one, from the month the schedule ends).
 */
export interface Ramp {
  /** First month (index) with any benefit. */
  start: number;
  /** First month after the pilot. */
  pilotEnd: number;
  /** First month at the full benefit. */
  fullFrom: number;
  pilotShare: number;
}

export function rampOf(phases: readonly Phase[], pilotShare: number): Ramp | null {
  if (phases.length === 0) return null;
  let start = Infinity;
  let end = -Infinity;
  let pilotEnd: number | null = null;
  let scaleStart: number | null = null;
  for (const p of phases) {
    const s = monthIndex(p.start);
    start = Math.min(start, s);
    end = Math.max(end, s + p.months);
    if (p.kind === 'pilot') pilotEnd = s + p.months;
    if (p.kind === 'scale') scaleStart = s;
  }
  const fullFrom = Math.max(start, scaleStart ?? end);
  return { start, pilotEnd: Math.min(pilotEnd ?? start, fullFrom), fullFrom, pilotShare };
}

/** Percent of the full benefit in month `m` (an index from monthIndex). */
export function shareAt(ramp: Ramp, m: number): number {
  if (m < ramp.start) return 0;
  if (m >= ramp.fullFrom) return 100;
  if (m < ramp.pilotEnd) return ramp.pilotShare;
  const steps = ramp.fullFrom - ramp.pilotEnd + 1;
  return ramp.pilotShare + ((100 - ramp.pilotShare) * (m - ramp.pilotEnd + 1)) / steps;
}
