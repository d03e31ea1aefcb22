/*
 * The languages the app speaks. English is the source catalogue; every other catalogue holds the
 * same keys (tests/unit/shared/i18n/catalogues.test.ts). 'en-XA' is pseudo-localisation: English
 * made 40 % longer with accents, to show where a layout would cut a longer language.
 */
export const LOCALES = ['en', 'de', 'vi'] as const;
export type Locale = (typeof LOCALES)[number];
export const PSEUDO_LOCALE = 'en-XA';
export type AnyLocale = Locale | typeof PSEUDO_LOCALE;

/** 'system' follows the operating system's language when the app speaks it, English otherwise. */
export const LANGUAGE_CHOICES = ['system', ...LOCALES] as const;
export type LanguageChoice = (typeof LANGUAGE_CHOICES)[number] | typeof PSEUDO_LOCALE;

/** Each language named in itself, as a language menu shows it whatever language is active. */
export const LANGUAGE_NATIVE_NAMES: Record<Locale, string> = { en: 'English', de: 'Deutsch', vi: 'Tiếng Việt' };

export const isLocale = (value: unknown): value is Locale => (LOCALES as readonly unknown[]).includes(value);
export const isLanguageChoice = (value: unknown): value is LanguageChoice =>
  value === 'system' || value === PSEUDO_LOCALE || isLocale(value);

/** The first of the system's preferred languages the app speaks ("de-AT" → de), else English. */
export function localeFromSystem(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const language = tag.toLowerCase().split(/[-_]/)[0];
    if (isLocale(language)) return language;
  }
  return 'en';
}

export function resolvedLocale(choice: LanguageChoice, systemPreferred: readonly string[]): AnyLocale {
  return choice === 'system' ? localeFromSystem(systemPreferred) : choice;
}

/** The BCP 47 tag Intl formats with: pseudo-localisation formats as English. */
export const intlTag = (locale: AnyLocale): string => (locale === PSEUDO_LOCALE ? 'en' : locale);
