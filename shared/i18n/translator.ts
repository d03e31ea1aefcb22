import { IntlMessageFormat } from 'intl-messageformat';
import { parse } from '@formatjs/icu-messageformat-parser';
import { en } from './catalogues/en';
import { de } from './catalogues/de';
import { vi } from './catalogues/vi';
import { PSEUDO_LOCALE, intlTag, type AnyLocale } from './locales';
import { pseudoElements } from './pseudo';

/*
 * ICU messages (plurals, selects, interpolation) through intl-messageformat: FormatJS's core, with no
 * framework attached, so the same catalogue serves React, the Electron main process, the command
 * line and the pure PDF renderer in shared/.
 */
export type MessageKey = keyof typeof en;
export type MessageValues = Record<string, string | number>;
export type Translate = (key: MessageKey, values?: MessageValues) => string;

const CATALOGUES: Record<Exclude<AnyLocale, typeof PSEUDO_LOCALE>, Partial<Record<string, string>>> = { en, de, vi };

const formats = new Map<string, IntlMessageFormat>();

function messageFormat(locale: AnyLocale, key: MessageKey): IntlMessageFormat {
  const cacheKey = `${locale}\u0000${key}`;
  let format = formats.get(cacheKey);
  if (!format) {
    const english: string = en[key] ?? key;
    if (locale === PSEUDO_LOCALE) {
      format = new IntlMessageFormat(pseudoElements(parse(english)), 'en');
    } else {
      // A key missing from a catalogue (the catalogue test forbids it) falls back to English, never to nothing.
      format = new IntlMessageFormat(CATALOGUES[locale][key] ?? english, intlTag(locale));
    }
    formats.set(cacheKey, format);
  }
  return format;
}

const translators = new Map<AnyLocale, Translate>();

/** A translate function for one language, for a PDF written in the export language whatever the app shows. */
export function translator(locale: AnyLocale): Translate {
  let translate = translators.get(locale);
  if (!translate) {
    translate = (key, values) => String(messageFormat(locale, key).format(values));
    translators.set(locale, translate);
  }
  return translate;
}

/** Every key of the source catalogue, for tests and tools. */
export const MESSAGE_KEYS = Object.keys(en) as MessageKey[];
export const catalogueOf = (locale: Exclude<AnyLocale, typeof PSEUDO_LOCALE>): Partial<Record<string, string>> => CATALOGUES[locale];
