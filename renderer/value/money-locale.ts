import { useMemo } from 'react';
import type { Range } from '../../shared/value/figures';
import { formatMoney, formatMoneyWhole } from '../../shared/value/money';
import { isCurrencyCode } from '../../shared/value/currencies';
import { t } from '../../shared/i18n/active-locale';
import type { Translate } from '../../shared/i18n/translator';
import { usePlanner } from '../store/store';
import { useT } from '../i18n/use-t';

/*
 * Money is written the way the operating system writes it (#15: "Intl.NumberFormat in the OS
 * locale"), not in the app's language: a German-speaking team on a Swiss machine reads
 * "CHF 1’250.00". The app's language still chooses the words around the amounts. Null means "not
 * estimated", which is never shown as 0.
 */

/** The OS locale's BCP 47 tag (Chromium reports it as navigator.language), English when unknown. */
export function moneyLocale(): string {
  const tag = typeof navigator !== 'undefined' ? (navigator.languages?.[0] ?? navigator.language) : undefined;
  if (!tag) return 'en';
  try {
    return Intl.NumberFormat.supportedLocalesOf([tag]).length > 0 ? tag : 'en';
  } catch {
    return 'en';
  }
}

/** The currency a new blank plan starts in: the OS region's, for the regions most users come from; else EUR. */
const REGION_CURRENCIES: Record<string, string> = {
  US: 'USD', GB: 'GBP', CH: 'CHF', LI: 'CHF', VN: 'VND', JP: 'JPY', CN: 'CNY', IN: 'INR', CA: 'CAD', AU: 'AUD',
  NZ: 'NZD', SE: 'SEK', NO: 'NOK', DK: 'DKK', PL: 'PLN', CZ: 'CZK', HU: 'HUF', RO: 'RON', BG: 'BGN', TR: 'TRY',
  BR: 'BRL', MX: 'MXN', ZA: 'ZAR', SG: 'SGD', HK: 'HKD', KR: 'KRW', TW: 'TWD', TH: 'THB', MY: 'MYR', ID: 'IDR',
  PH: 'PHP', IL: 'ILS', AE: 'AED', SA: 'SAR', IS: 'ISK', UA: 'UAH', RS: 'RSD', AR: 'ARS', CL: 'CLP', CO: 'COP',
};

export function currencyForLocale(tag: string): string {
  let region: string | undefined;
  try {
    region = new Intl.Locale(tag).maximize().region;
  } catch {
    region = undefined;
  }
  const currency = region ? REGION_CURRENCIES[region] : undefined;
  return currency && isCurrencyCode(currency) ? currency : 'EUR';
}

/** The currency for a new blank plan on this machine. */
export const defaultPlanCurrency = (): string => currencyForLocale(moneyLocale());

/** The currency's name in the app's language ("Euro", "Đô la Mỹ"), the code when Intl cannot say. */
export function currencyName(code: string, displayLocale: string): string {
  try {
    return new Intl.DisplayNames([displayLocale], { type: 'currency' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export interface MoneyFormat {
  currency: string;
  locale: string;
  /** "€1,234.56"; "not estimated" for null. */
  exact(minor: number | null): string;
  /** "€12,500": whole units, for estimates where cents are noise; "not estimated" for null. */
  whole(minor: number | null): string;
  /** "€12.5K": for charts and tight cells; "not estimated" for null. */
  compact(minor: number | null): string;
  /** "€10,000 – €14,000", or one amount when the range is a point; "not estimated" for null. */
  range(range: Range | null, options?: { compact?: boolean }): string;
}

/** Formatting for one currency in the OS locale; `tr` gives the words ("not estimated") in the app's language. */
export function moneyFormat(currency: string, locale: string = moneyLocale(), tr: Translate = t): MoneyFormat {
  const notEstimated = tr('valueUi.notEstimated');
  const whole = (minor: number | null) => (minor === null ? notEstimated : formatMoneyWhole(minor, currency, locale));
  const compact = (minor: number | null) => (minor === null ? notEstimated : formatMoney(minor, currency, locale, { compact: true }));
  return {
    currency,
    locale,
    exact: (minor) => (minor === null ? notEstimated : formatMoney(minor, currency, locale)),
    whole,
    compact,
    range: (range, options = {}) => {
      if (range === null) return notEstimated;
      const one = options.compact ? compact : whole;
      const low = one(range.low);
      const high = one(range.high);
      return low === high ? low : tr('valueUi.range', { low, high });
    },
  };
}

/** The current plan's currency (EUR when no plan is open). */
export const usePlanCurrency = (): string => usePlanner((s) => s.plan?.finance.currency ?? 'EUR');

/** Formatting for the current plan's currency in the OS locale, refreshed when the currency or the language changes. */
export function useMoney(): MoneyFormat {
  const currency = usePlanCurrency();
  const tr = useT();
  return useMemo(() => moneyFormat(currency, moneyLocale(), tr), [currency, tr]);
}
