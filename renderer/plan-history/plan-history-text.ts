import { intlTag, type AnyLocale } from '../../shared/i18n/locales';

/* A snapshot's moment as the app shows it; the words of changes are in shared/history/change-labels.ts. */

/** "2 Dec 2026, 10:00" in the app's language and the user's time zone, from a snapshot's ISO time. */
export function formatTakenAt(takenAt: string, locale: AnyLocale): string {
  const moment = Date.parse(takenAt);
  if (Number.isNaN(moment)) return takenAt;
  return new Intl.DateTimeFormat(intlTag(locale), { dateStyle: 'medium', timeStyle: 'short' }).format(moment);
}
