import type { Schedule } from '../model';
import { scheduleSpan } from '../roadmap/phases';
import { BAR_HEIGHT, drawArrow, drawWarningMark, type ArrowStyle } from './gantt-shapes';
import { COLOURS } from './pdf-theme';
import type { PdfWriter } from './pdf-writer';
import { connectorInset, monthX, type Frame } from './roadmap-frame';

/** A dependency whose dependent starts before its predecessor finishes: dashed in the warning colour and marked "!". */
export const BACKWARDS_ARROW: ArrowStyle = { colour: COLOURS.severityHigh, dash: [3, 1.6] };

export type Point = readonly [number, number];

/**
 * The path of a finish-to-start arrow from the end of the predecessor's bar (x1, yFrom) to the
 * dependent's first phase starting at x2 on row yTo. Vertical runs sit `inset` into a month, never
 * on a month edge where phases join and bars end, and the arrow lands on the top (or bottom) of
 * the dependent's first phase, inside it. A backwards dependency runs out past the predecessor's
 * end, back along the dependent's row just clear of its bar, and down onto it, so the conflict
 * shows as a hook pointing back in time.
 */
export function dependencyPath(x1: number, yFrom: number, x2: number, yTo: number, inset: number): { points: Point[]; backwards: boolean } {
  const down = yTo > yFrom ? 1 : -1;
  const landing = yTo - down * (BAR_HEIGHT / 2 + 0.5);
  if (x2 >= x1 - 0.5) {
    const xt = Math.max(x1, x2) + inset;
    return { points: [[x1, yFrom], [xt, yFrom], [xt, landing]], backwards: false };
  }
  const out = x1 + inset;
  const back = x2 + inset;
  const beside = yTo - down * (BAR_HEIGHT / 2 + 5);
  return { points: [[x1, yFrom], [out, yFrom], [out, beside], [back, beside], [back, landing]], backwards: true };
}

/** Draws the arrow for one dependency when both ends are on this page; false otherwise (it is then listed under the chart). */
export function drawDependency(w: PdfWriter, frame: Frame, rows: Map<string, number>, schedules: Map<string, Schedule>, fromId: string, toId: string): boolean {
  const yFrom = rows.get(fromId);
  const yTo = rows.get(toId);
  const from = schedules.get(fromId);
  const to = schedules.get(toId);
  if (yFrom === undefined || yTo === undefined || !from || !to) return false;
  const end = scheduleSpan(from.phases).end;
  const start = scheduleSpan(to.phases).start;
  const last = frame.windowStart + frame.window.count;
  if (end <= frame.windowStart || end > last || start < frame.windowStart || start >= last) return false;
  const { points, backwards } = dependencyPath(monthX(frame, end), yFrom, monthX(frame, start), yTo, connectorInset(frame));
  if (!backwards) {
    drawArrow(w, points);
    return true;
  }
  drawArrow(w, points, BACKWARDS_ARROW);
  // The mark sits on the run back along the dependent's row, where the arrow turns against time.
  const [[ax, ay], [bx]] = [points[2]!, points[3]!];
  drawWarningMark(w, (ax + bx) / 2, ay);
  return true;
}
