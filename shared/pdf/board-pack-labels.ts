import type { Kpi, Plan } from '../model';
import { formatDay, formatNumber as formatIntlNumber } from '../i18n/format';
import { intlTag, type Locale } from '../i18n/locales';
import { translator, type Translate } from '../i18n/translator';
import { addMonths, monthLabel } from '../roadmap/months';

export { approachLabel, cadenceLabel, categoryLabel, statusLabel } from '../labels';

/** The language a board pack is written in: its messages and the locale its dates and numbers follow. */
export interface PdfLanguage {
  readonly t: Translate;
  readonly locale: Locale;
}

export const ENGLISH: PdfLanguage = { t: translator('en'), locale: 'en' };

export function pdfLanguage(locale: Locale): PdfLanguage {
  return locale === 'en' ? ENGLISH : { t: translator(locale), locale };
}

/** "2026-11-23" → "23 November 2026", "23. November 2026", "23 tháng 11, 2026": the app's own days (English day first). */
export function longDate(date: string, { locale }: PdfLanguage = ENGLISH): string {
  return formatDay(date, locale);
}

/** "Jan 2027 – Dec 2028 (24 months)". */
export function horizonLabel(plan: Plan, { t, locale }: PdfLanguage = ENGLISH): string {
  const { horizonStart, horizonMonths } = plan.meta;
  return t('pdf.horizon', { start: monthLabel(horizonStart, locale), end: monthLabel(addMonths(horizonStart, horizonMonths - 1), locale), months: horizonMonths });
}

/**
 * 12500 → "12 500", 0.5 → "0.5" in English: thousands grouped with a space, as European readers
 * expect. German and Vietnamese follow their own conventions through Intl ("12.500", "0,5").
 */
export function formatNumber(value: number, { locale }: PdfLanguage = ENGLISH): string {
  if (locale !== 'en') return formatIntlNumber(value, locale, { maximumFractionDigits: 20 });
  const negative = value < 0;
  const [whole, fraction] = String(Math.abs(value)).split('.');
  if (!whole || /e/i.test(whole)) return String(value);
  const grouped = whole.length > 4 ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ' ') : whole;
  return `${negative ? '−' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}

const PREFIX_UNITS = new Set(['€', '£', '$', '¥', 'CHF', 'EUR', 'GBP', 'USD', 'zł', 'kr', 'Kč', '₽', '₴']);

/** A KPI value with its unit: "€ 12 500", "78%", "18 minutes"; in German "12.500 €", "78 %". */
export function formatKpiValue(value: number | null, unit: string, language: PdfLanguage = ENGLISH): string {
  if (value === null) return language.t('pdf.kpis.notSet');
  const number = formatNumber(value, language);
  const u = unit.trim();
  if (!u) return number;
  if (u === '%') return language.locale === 'de' ? `${number} %` : `${number}%`;
  // English puts a currency first; German and Vietnamese write it after the amount.
  if (PREFIX_UNITS.has(u) && language.locale === 'en') return `${u} ${number}`;
  return `${number} ${u}`;
}

export function baselineToTarget(kpi: Kpi, language: PdfLanguage = ENGLISH): string {
  return `${formatKpiValue(kpi.baseline, kpi.unit, language)} → ${formatKpiValue(kpi.target, kpi.unit, language)}`;
}

export function directionLabel(kpi: Kpi, { t }: PdfLanguage = ENGLISH): string {
  return kpi.direction === 'up' ? t('pdf.kpis.higherIsBetter') : t('pdf.kpis.lowerIsBetter');
}

/** A label in capitals, as the cover's small headings show it ("AI LEAD", "KI-VERANTWORTLICHE"). */
export function capitals(text: string, { locale }: PdfLanguage): string {
  return text.toLocaleUpperCase(intlTag(locale));
}
