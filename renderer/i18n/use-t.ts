import { useSyncExternalStore } from 'react';
import { activeLocale, onLocaleChange } from '../../shared/i18n/active-locale';
import { translator, type Translate } from '../../shared/i18n/translator';
import type { AnyLocale } from '../../shared/i18n/locales';

/*
 * Components translate through useT() so that they re-render when the language changes: switching
 * needs no restart. Code outside components (commands, announcements) calls `t` from shared/i18n.
 */
export function useLocale(): AnyLocale {
  // The same snapshot on the server, so that a component rendered to markup (in a test) translates too.
  return useSyncExternalStore(onLocaleChange, activeLocale, activeLocale);
}

/** The translate function of the active language; a new function when the language changes, so memos that use it refresh. */
export function useT(): Translate {
  return translator(useLocale());
}
