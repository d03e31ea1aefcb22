import { formatDay } from '../i18n/format';
import type { Locale } from '../i18n/locales';
import { COLOURS } from './pdf-theme';
import type { PdfWriter, TextStyle } from './pdf-writer';
import { monthX, type Frame } from './roadmap-frame';

/** Height of the tag under the chart that carries the today line's date. */
export const TODAY_TAG_HEIGHT = 12;
const TAG_STYLE: TextStyle = { size: 7, style: 'bold', colour: COLOURS.ink };

/**
 * The pack's date as a fractional month index ("2026-12-02" → December 2026 plus 1/31), or null
 * when it falls outside the horizon [horizonStart, horizonStart + months), so an undated or
 * out-of-range pack draws no today line.
 */
export function todayMonth(date: string | undefined, horizonStart: number, horizonMonths: number): number | null {
  const m = date ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(date) : null;
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const index = year * 12 + month - 1;
  if (index < horizonStart || index >= horizonStart + horizonMonths) return null;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return index + (Number(m[3]) - 1) / days;
}

/** "2026-12-02" → "2 Dec 2026" (day first in English, as the rest of the pack), "02.12.2026", "2 thg 12, 2026". */
export function shortDay(date: string, locale: Locale): string {
  return formatDay(date, locale, 'medium');
}

/** Whether `today` (a fractional month index) falls on this page's months. */
export const todayOnPage = (frame: Frame, today: number | null): today is number => today !== null && today >= frame.windowStart && today < frame.windowStart + frame.window.count;

/** The line down the chart at the pack's date: solid and heavier than the dashed milestone lines, so it reads apart in grey. */
export function drawTodayLine(w: PdfWriter, frame: Frame, today: number, top: number, bottom: number): void {
  const x = monthX(frame, today);
  w.doc.setLineDashPattern([], 0);
  w.line(x, top, x, bottom, COLOURS.ink, 1.1);
}

/** The date in a tag hanging under the chart at the line's foot, kept inside the chart's width. */
export function drawTodayTag(w: PdfWriter, frame: Frame, today: number, label: string, bottom: number): void {
  const x = monthX(frame, today);
  const width = w.textWidth(label, TAG_STYLE) + 6;
  const left = Math.min(Math.max(x - width / 2, frame.chartX), frame.chartX + frame.chartWidth - width);
  w.line(x, bottom, x, bottom + 2, COLOURS.ink, 1.1);
  w.setFill(COLOURS.white);
  w.setDraw(COLOURS.ink, 0.7);
  w.doc.rect(left, bottom + 2, width, TODAY_TAG_HEIGHT - 3, 'FD');
  w.drawLines([label], left + 3, bottom + 2 + (TODAY_TAG_HEIGHT - 3 - w.lineHeight(TAG_STYLE.size)) / 2, TAG_STYLE);
}
