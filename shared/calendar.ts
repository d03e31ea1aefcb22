/**
 * Calendar days and months of a moment, in the local time zone of whoever runs the code: a plan is
 * read by people, so "today" and "this month" are the reader's, never UTC's (at 05:00 in Auckland
 * UTC is still on yesterday). Pure: the moment is passed in; only the clock modules read the clock.
 */
import { addMonths, monthString } from './roadmap/months';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The local calendar day of a moment, as "YYYY-MM-DD". */
export function localDay(moment: Date): string {
  return `${pad(moment.getFullYear(), 4)}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}

/** The local calendar month of a moment, as "YYYY-MM". */
export function localMonth(moment: Date): string {
  return monthString(moment.getFullYear() * 12 + moment.getMonth());
}

/** The month after the one a moment falls in locally: where a new plan's horizon starts. */
export function monthAfter(moment: Date): string {
  return addMonths(localMonth(moment), 1);
}

/** The month of a calendar day "YYYY-MM-DD". */
export function monthOfDay(day: string): string {
  return day.slice(0, 7);
}
