import type { Translate } from './i18n/translator';

/**
 * "2027-03" → "Mar 2027" ("März 2027", "thg 3 2027") in t's language, for sentences built with a
 * Translate rather than a locale (findings, Move to…). The message formats a mid-month instant,
 * the 15th at noon UTC, which no time zone moves into another month.
 */
export function monthInLanguage(month: string, t: Translate): string {
  return t('domain.month', { month: Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 15, 12) });
}
