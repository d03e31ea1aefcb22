import { translator, type MessageKey, type MessageValues, type Translate } from './translator';
import type { AnyLocale } from './locales';

/*
 * The language the app shows now. One per process: the renderer sets it from the settings, the main
 * process from the same settings for its menus and dialogs, the command line from --lang. Code that
 * writes in another language (the PDF in its export language) takes a Translate from translator().
 */
let active: AnyLocale = 'en';
const listeners = new Set<() => void>();

export function activeLocale(): AnyLocale {
  return active;
}

export function setActiveLocale(locale: AnyLocale): void {
  if (locale === active) return;
  active = locale;
  for (const listener of [...listeners]) listener();
}

export function onLocaleChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/** Translates in the active language. */
export const t: Translate = (key: MessageKey, values?: MessageValues) => translator(active)(key, values);
