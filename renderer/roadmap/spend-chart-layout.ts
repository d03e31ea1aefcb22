import { monthIndex } from '../../shared/roadmap/months';
import type { QuarterSpend, YearBudget } from '../../shared/value/spend';
import { estimateTextWidth } from './timeline-layout';

/*
 * Where the spend chart under the roadmap draws its columns: each quarter exactly over the months it
 * covers in the timeline (a horizon starting mid-quarter gives a narrow first column), and each year
 * under its quarters, so the chart lines up with the bars at every zoom.
 */

/** How many pillar colours the theme has (--series-1 … --series-8); more pillars reuse them in turn. */
export const SERIES_COLOURS = 8;

/** The colour token of a pillar by its place in the plan; unaligned ideas have their own grey. */
export const seriesColour = (pillarIndex: number | null): string =>
  pillarIndex === null || pillarIndex < 0 ? 'var(--series-unaligned)' : `var(--series-${(pillarIndex % SERIES_COLOURS) + 1})`;

export interface Span {
  left: number;
  width: number;
}

/** A quarter's column: from its first month inside the horizon, as wide as its months there. */
export function quarterSpan(quarter: Pick<QuarterSpend, 'firstMonth' | 'months'>, startIndex: number, monthWidth: number): Span {
  return { left: (monthIndex(quarter.firstMonth) - startIndex) * monthWidth, width: quarter.months * monthWidth };
}

/** A calendar year's span under its quarters (only the part inside the horizon). */
export function yearSpans(quarters: readonly QuarterSpend[], startIndex: number, monthWidth: number): Map<number, Span> {
  const spans = new Map<number, Span>();
  for (const q of quarters) {
    const { left, width } = quarterSpan(q, startIndex, monthWidth);
    const span = spans.get(q.year);
    if (span) span.width = left + width - span.left;
    else spans.set(q.year, { left, width });
  }
  return spans;
}

/** The tallest column's total, so that every column's height is a share of it (at least 1, never a division by 0). */
export const tallestTotal = (quarters: readonly QuarterSpend[]): number => Math.max(1, ...quarters.map((q) => q.total));

/**
 * The first of `texts` (longest first) that fits `width` at `fontPx`, with a little padding; '' when
 * none does (the column's title still names it on hover, and the table says it to a screen reader).
 */
export function fittingText(texts: readonly string[], width: number, fontPx: number): string {
  return texts.find((text) => estimateTextWidth(text, fontPx) + 6 <= width) ?? '';
}

/** Spend as a whole percentage of a budget ("82 %" in the locale's way), for a year's label. */
export const budgetShare = (year: Pick<YearBudget, 'spend' | 'budget'>): number | null =>
  year.budget === null || year.budget <= 0 ? null : Math.round((year.spend / year.budget) * 100);
