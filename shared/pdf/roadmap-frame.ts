import type { MonthWindow } from './roadmap-layout';

/** Where one page of the roadmap chart sits: the label column, then the months of its time window. */
export interface Frame {
  labelX: number;
  labelWidth: number;
  chartX: number;
  chartWidth: number;
  monthWidth: number;
  window: MonthWindow;
  /** Month index of the window's first month. */
  windowStart: number;
}

/** The x of a (possibly fractional) month index on this page. */
export const monthX = (frame: Frame, month: number): number => frame.chartX + (month - frame.windowStart) * frame.monthWidth;

/**
 * How far into a month a vertical connector runs: away from the month's edges, where phases join and
 * bars end, and off its middle, where a milestone's line runs.
 */
export const connectorInset = (frame: Frame): number => Math.min(10, frame.monthWidth * 0.3);
