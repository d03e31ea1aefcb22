/*
 * The moment every end-to-end page believes it is. Pinned, so that no test depends on the day it
 * runs; `AIPLAN_E2E_NOW` (a local date-time, "2027-12-31T23:30:00") moves it, to prove the suite
 * holds at a year end or on a leap day. Tests derive expected months from the plan's horizon, never
 * from this value.
 */
import { localDay } from '../../../shared/calendar';

const DEFAULT_NOW = '2026-11-24T10:00:00';

export function pinnedNow(): Date {
  const text = process.env.AIPLAN_E2E_NOW?.trim() || DEFAULT_NOW;
  const moment = new Date(text);
  if (Number.isNaN(moment.getTime())) throw new Error(`AIPLAN_E2E_NOW is not a date-time: "${text}"`);
  return moment;
}

/** `pinnedNow()` as the local calendar day, YYYY-MM-DD. */
export function pinnedToday(): string {
  return localDay(pinnedNow());
}
