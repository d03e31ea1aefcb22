import { minorDigits } from '../../shared/value/money';

const formats = new Map<string, Intl.NumberFormat>();

/** "€22K": compact with no decimals, for a chart's narrow column or a card read from across the room. */
export function compactWhole(minor: number, currency: string, locale: string): string {
  const key = `${locale}\u0000${currency}`;
  let format = formats.get(key);
  if (!format) {
    const options: Intl.NumberFormatOptions = { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 0 };
    try {
      format = new Intl.NumberFormat(locale, options);
    } catch {
      format = new Intl.NumberFormat('en', options);
    }
    formats.set(key, format);
  }
  return format.format(minor / 10 ** minorDigits(currency));
}
