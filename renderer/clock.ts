import { localDay, localMonth } from '../shared/calendar';

/*
 * The renderer's one reader of the system clock. Everything that needs "now", "today" or "this
 * month" asks here, so a test pins time in one place (page.clock in the browser, vi.setSystemTime
 * in vitest) and lint forbids reading the clock anywhere else.
 */

/** The current moment. */
export const now = (): Date => new Date();

/** Today in the user's time zone, as YYYY-MM-DD. */
export const today = (): string => localDay(now());

/** This month in the user's time zone, as YYYY-MM. */
export const thisMonth = (): string => localMonth(now());

/** The current moment as an ISO timestamp, for what the plan records (created, updated, acknowledged). */
export const nowIso = (): string => now().toISOString();

/** Milliseconds on a monotonic clock, for measuring intervals (typing coalescing); not a date. */
export const elapsedMs = (): number => performance.now();
