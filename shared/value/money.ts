import { MONEY_MAX } from '../schema/value-schema';

/*
 * Amounts are integers of the currency's minor unit. Parsing reads the digits of what was typed and
 * never multiplies a float by 100, so "19.99" is 1999 and not 1998.9999…; formatting divides only
 * for display.
 */

const digitsCache = new Map<string, number>();

/** Decimal places of a currency's minor unit: 2 for EUR, 0 for JPY and VND, 3 for BHD. */
export function minorDigits(currency: string): number {
  let digits = digitsCache.get(currency);
  if (digits === undefined) {
    try {
      digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    } catch {
      digits = 2;
    }
    digitsCache.set(currency, digits);
  }
  return digits;
}

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(locale: string, currency: string, compact: boolean): Intl.NumberFormat {
  const key = `${locale}\u0000${currency}\u0000${compact}`;
  let f = formatters.get(key);
  if (!f) {
    const options: Intl.NumberFormatOptions = compact
      ? { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 1 }
      : { style: 'currency', currency };
    try {
      f = new Intl.NumberFormat(locale, options);
    } catch {
      f = new Intl.NumberFormat('en', options);
    }
    formatters.set(key, f);
  }
  return f;
}

/** "€1,234.56" in `locale`'s way of writing numbers; `compact` gives "€1.2K" for charts and tight cells. */
export function formatMoney(minor: number, currency: string, locale: string, options: { compact?: boolean } = {}): string {
  const major = minor / 10 ** minorDigits(currency);
  return formatter(locale, currency, options.compact === true).format(major);
}

/** Whole currency units, no decimals: "€12,500", for tables of estimates where cents are noise. */
export function formatMoneyWhole(minor: number, currency: string, locale: string): string {
  const key = `${locale}\u0000${currency}\u0000whole`;
  let f = formatters.get(key);
  if (!f) {
    try {
      f = new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0, minimumFractionDigits: 0 });
    } catch {
      f = new Intl.NumberFormat('en', { style: 'currency', currency, maximumFractionDigits: 0, minimumFractionDigits: 0 });
    }
    formatters.set(key, f);
  }
  return f.format(Math.round(minor / 10 ** minorDigits(currency)));
}

/** The amount as the field shows it for editing: plain digits with a "." decimal point, no grouping. */
export function minorToInput(minor: number, currency: string): string {
  const digits = minorDigits(currency);
  if (digits === 0) return String(minor);
  const sign = minor < 0 ? '-' : '';
  const abs = String(Math.abs(minor)).padStart(digits + 1, '0');
  const whole = abs.slice(0, abs.length - digits);
  const fraction = abs.slice(abs.length - digits).replace(/0+$/, '');
  return fraction ? `${sign}${whole}.${fraction}` : `${sign}${whole}`;
}

export type MoneyParse =
  | { ok: true; minor: number | null }
  | { ok: false; reason: 'not-a-number' | 'negative' | 'too-many-decimals' | 'too-large' };

/**
 * Reads what a person typed: "1234.5", "1,234.50", "1.234,50", "1 234,50", "€ 12", "" (not
 * estimated). The last "." or "," followed by at most the currency's decimals is the decimal point;
 * any other "." "," "'" or space groups thousands.
 */
export function parseMoney(text: string, currency: string): MoneyParse {
  const digits = minorDigits(currency);
  const trimmed = text.replace(/[\s\u00a0\u202f]/g, '').replace(/[^\d.,'-]/g, '');
  if (text.trim() === '') return { ok: true, minor: null };
  if (trimmed === '' || trimmed === '-') return { ok: false, reason: 'not-a-number' };
  if (trimmed.startsWith('-')) return { ok: false, reason: 'negative' };
  if (/-/.test(trimmed)) return { ok: false, reason: 'not-a-number' };
  const lastSep = Math.max(trimmed.lastIndexOf('.'), trimmed.lastIndexOf(','));
  let whole = trimmed;
  let fraction = '';
  if (lastSep >= 0) {
    const after = trimmed.slice(lastSep + 1);
    const before = trimmed.slice(0, lastSep);
    const sepChar = trimmed[lastSep]!;
    // "1,234" with a two-decimal currency: three digits after a lone separator read as grouping.
    const groupsOnly = after.length === 3 && (digits !== 3 || before.includes(sepChar));
    if (groupsOnly) {
      whole = trimmed;
    } else {
      if (after.length > digits) return { ok: false, reason: 'too-many-decimals' };
      whole = before;
      fraction = after;
    }
  }
  whole = whole.replace(/[.,']/g, '');
  if (!/^\d*$/.test(whole) || !/^\d*$/.test(fraction) || (whole === '' && fraction === '')) return { ok: false, reason: 'not-a-number' };
  const wholeDigits = whole.replace(/^0+(?=\d)/, '');
  if (wholeDigits.length > 16) return { ok: false, reason: 'too-large' };
  const minor = Number(wholeDigits || '0') * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
  if (!Number.isSafeInteger(minor) || minor > MONEY_MAX) return { ok: false, reason: 'too-large' };
  return { ok: true, minor };
}
