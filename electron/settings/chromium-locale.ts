import type { LanguageChoice } from '../../shared/i18n/locales';

/**
 * The locale Chromium is started in (its --lang switch) for the language the app was last set to:
 * the date fields' order of day, month and year and the spellchecker follow it, not the app's own
 * catalogue, so without it a German team on an American system types dates as 11/24/2026. English
 * is British, as the app writes its days. null: 'system' (and pseudo-localisation) leave Chromium
 * on the operating system's locale. Chromium reads the switch only before the app is ready, so a
 * new choice reaches the date fields at the next start.
 */
export function chromiumLocaleFor(choice: LanguageChoice): string | null {
  switch (choice) {
    case 'en':
      return 'en-GB';
    case 'de':
    case 'vi':
      return choice;
    default:
      return null;
  }
}
