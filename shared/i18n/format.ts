import { intlTag, type AnyLocale } from './locales';
import { translator } from './translator';

/*
 * Dates, months, quarters, numbers and lists through Intl, in the given language. Months are the
 * plan's 'YYYY-MM' strings; they are formatted in UTC so no time zone can move them a month.
 */
function monthDate(month: string): Date {
  const [year, mon] = month.split('-').map(Number);
  return new Date(Date.UTC(year!, (mon ?? 1) - 1, 1));
}

/** "Jan 2027" / "Jan. 2027" / "thg 1 2027". */
export function formatMonth(month: string, locale: AnyLocale, style: 'short' | 'long' = 'short'): string {
  return new Intl.DateTimeFormat(intlTag(locale), { month: style, year: 'numeric', timeZone: 'UTC' }).format(monthDate(month));
}

/** "Jan" / "Jan." / "thg 1": a month's name without its year, as a timeline's axis shows it. */
export function formatMonthName(month: string, locale: AnyLocale, style: 'short' | 'long' | 'narrow' = 'short'): string {
  return new Intl.DateTimeFormat(intlTag(locale), { month: style, timeZone: 'UTC' }).format(monthDate(month));
}

/** "Q1 2027" / "1. Quartal 2027" / "Quý 1 năm 2027". */
export function formatQuarter(year: number, quarter: number, locale: AnyLocale): string {
  return translator(locale)('format.quarter', { quarter, year: String(year) });
}

/**
 * "1 December 2026" in the language's own order; `day` is 'YYYY-MM-DD'. English days are British, as
 * the app's English and the board pack's dates are: plain 'en' would say "December 1, 2026" in the app
 * beside "1 December 2026" in the pack. (Months stay plain 'en': British English shortens September to "Sept".)
 */
export function formatDay(day: string, locale: AnyLocale, style: 'medium' | 'long' = 'long'): string {
  const [year, month, date] = day.split('-').map(Number);
  return dayFormat(intlTag(locale), style).format(new Date(Date.UTC(year!, (month ?? 1) - 1, date ?? 1)));
}

// One formatter per language and style: the board pack writes a day in many rows, and making an Intl formatter costs far more than using one.
const dayFormats = new Map<string, Intl.DateTimeFormat>();
function dayFormat(tag: string, style: 'medium' | 'long'): Intl.DateTimeFormat {
  const key = `${tag} ${style}`;
  let format = dayFormats.get(key);
  if (!format) dayFormats.set(key, (format = new Intl.DateTimeFormat(tag === 'en' ? 'en-GB' : tag, { dateStyle: style, timeZone: 'UTC' })));
  return format;
}

export function formatNumber(value: number, locale: AnyLocale, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(intlTag(locale), options).format(value);
}

/** "a, b and c" / "a, b und c" / "a, b và c". */
export function formatList(items: readonly string[], locale: AnyLocale, type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  return new Intl.ListFormat(intlTag(locale), { style: 'long', type }).format(items);
}

/** 1 = Monday … 7 = Sunday, for calendars; Monday where the runtime cannot say. */
export function firstDayOfWeek(locale: AnyLocale): number {
  const info = new Intl.Locale(intlTag(locale)) as Intl.Locale & { getWeekInfo?: () => { firstDay: number }; weekInfo?: { firstDay: number } };
  return info.getWeekInfo?.().firstDay ?? info.weekInfo?.firstDay ?? 1;
}
