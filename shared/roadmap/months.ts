import { formatMonth, formatMonthName, formatQuarter } from '../i18n/format';
import type { AnyLocale } from '../i18n/locales';

/**
 * Months as integers (year * 12 + month - 1) so that roadmap maths is plain arithmetic; the file
 * keeps the readable "YYYY-MM" form.
 */
export function monthIndex(month: string): number {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return year * 12 + (m - 1);
}

export function monthString(index: number): string {
  const year = Math.floor(index / 12);
  const m = index - year * 12 + 1;
  return `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
}

export function addMonths(month: string, delta: number): string {
  return monthString(monthIndex(month) + delta);
}

/** Whole months from `from` to `to` (negative when `to` is earlier). */
export function monthsBetween(from: string, to: string): number {
  return monthIndex(to) - monthIndex(from);
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const labels = new Map<string, string>();

/** Month and quarter labels are asked for hundreds of times a render (bars, milestones, warnings): each is built once per language. */
function cachedLabel(key: string, build: () => string): string {
  let label = labels.get(key);
  if (label === undefined) labels.set(key, (label = build()));
  return label;
}

/** "2027-03" → "Mar 2027" ("März 2027", "thg 3 2027"); English by default, as the PDF and the checks still write. */
export function monthLabel(month: string, locale: AnyLocale = 'en'): string {
  if (!MONTH.test(month)) return month;
  return cachedLabel(`m\u0000${locale}\u0000${month}`, () => formatMonth(month, locale));
}

/** "2027-03" → "Mar" ("Mär", "Tháng 3"), or "M" ("M", "3") narrow: a month without its year, as the timeline's axis shows it. */
export function monthNameLabel(month: string, locale: AnyLocale = 'en', style: 'short' | 'narrow' = 'short'): string {
  if (!MONTH.test(month)) return month;
  return cachedLabel(`n\u0000${style}\u0000${locale}\u0000${month}`, () => formatMonthName(month, locale, style));
}

/** The calendar year and quarter (1–4) of a month. */
export function quarterOf(month: string): { year: number; quarter: number } {
  return { year: Number(month.slice(0, 4)), quarter: Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1 };
}

/** Calendar quarter label of a month: "Q1 2027" ("1. Quartal 2027", "Quý 1 năm 2027"). */
export function quarterLabel(month: string, locale: AnyLocale = 'en'): string {
  const { year, quarter } = quarterOf(month);
  return cachedLabel(`q\u0000${locale}\u0000${year}-${quarter}`, () => formatQuarter(year, quarter, locale));
}
