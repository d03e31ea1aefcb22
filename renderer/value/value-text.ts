import { formatMonth } from '../../shared/i18n/format';
import type { AnyLocale } from '../../shared/i18n/locales';
import type { Translate } from '../../shared/i18n/translator';
import type { PaybackRange, Range } from '../../shared/value/figures';
import type { ProgressStatus } from '../../shared/value/realised';
import { monthIndex, monthString } from '../../shared/roadmap/months';

/*
 * The words around the figures: a payback month, an ROI range, a progress status. Amounts come from
 * money-locale; months are named in the app's language, as the roadmap names them.
 */

/** The calendar month of a payback index counted from the horizon's start. */
const paybackMonthOf = (horizonStart: string, months: number) => monthString(monthIndex(horizonStart) + months);

export interface PaybackText {
  /** The middle estimate: "Mar 2028", "beyond five years" or "not estimated". */
  main: string;
  /** "Jan 2028 – Aug 2028" when the range is wider than a month, else null. */
  range: string | null;
  /** Months from the horizon's start at the middle estimate (for sorting); null when none. */
  months: number | null;
}

export function paybackText(payback: PaybackRange | null, horizonStart: string, t: Translate, locale: AnyLocale): PaybackText {
  if (payback === null) return { main: t('valueUi.notEstimated'), range: null, months: null };
  const month = (m: number | null) => (m === null ? t('valueUi.payback.beyond') : formatMonth(paybackMonthOf(horizonStart, m), locale));
  const main = month(payback.mid);
  const range = payback.low === payback.high ? null : t('valueUi.range', { low: month(payback.low), high: month(payback.high) });
  return { main, range, months: payback.mid };
}

const percentFormats = new Map<string, Intl.NumberFormat>();

/** "45 %", in the locale the money is written in, so the figures of one row read alike. */
export function formatPercent(percent: number, locale: string): string {
  let f = percentFormats.get(locale);
  if (!f) {
    try {
      f = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
    } catch {
      f = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 0 });
    }
    percentFormats.set(locale, f);
  }
  return f.format(percent / 100);
}

/** "12 % – 68 %"; one figure when the range is a point; "not estimated" for null. */
export function roiText(roi: Range | null, locale: string, t: Translate): string {
  if (roi === null) return t('valueUi.notEstimated');
  const low = formatPercent(roi.low, locale);
  const high = formatPercent(roi.high, locale);
  return low === high ? low : t('valueUi.range', { low, high });
}

export function statusText(status: ProgressStatus, t: Translate): string {
  switch (status) {
    case 'on-track':
      return t('valueUi.status.onTrack');
    case 'at-risk':
      return t('valueUi.status.atRisk');
    case 'off-track':
      return t('valueUi.status.offTrack');
    default:
      return t('valueUi.status.noData');
  }
}

/** A mark that does not rely on colour: ✓ on track, ▲ at risk, ✕ off track, – no data. */
export const STATUS_MARKS: Record<ProgressStatus, string> = { 'on-track': '✓', 'at-risk': '▲', 'off-track': '✕', 'no-data': '–' };
