import type { Schedule } from '../model';
import { scheduleSpan } from '../roadmap/phases';
import { BAR_HEIGHT, drawArrow, drawWarningMark, type ArrowStyle } from './gantt-shapes';
import { COLOURS } from './pdf-theme';
import type { PdfWriter } from './pdf-writer';
import { connectorInset, monthX, type Frame } from './roadmap-frame';

/** A dependency whose dependent starts before its predecessor finishes: dashed in the warning colour and marked "!". */
export const BACKWARDS_ARROW: ArrowStyle = { colour: COLOURS.severityHigh, dash: [3, 1.5] };

export type Point = readonly [number, number];

/** Something on the page a vertical connector must not run through: a bar end, a phase join, a bar's or lane's words. */
export interface Obstacle {
  top: number;
  bottom: number;
  from: number;
  to: number;
}

/**
 * What a connector on this page avoids: obstacles in rows, and lines it must not run along (the
 * milestone and today lines, and the vertical runs of arrows already drawn, which each drawn arrow adds).
 */
export interface ArrowSurroundings {
  obstacles: readonly Obstacle[];
  lines: number[];
}

/** Clear space either side of a connector. */
const CLEARANCE = 2.5;

/**
 * The x for a vertical run from y `a` to `b` at or right of `from`: the first spot (1 pt steps,
 * over the next two months) that is off the month edges, off the milestone and today lines, and
 * clear of every obstacle it would cross; `from` itself when none is.
 */
export function clearColumn(frame: Frame, from: number, a: number, b: number, around: ArrowSurroundings): number {
  const top = Math.min(a, b);
  const bottom = Math.max(a, b);
  const right = frame.chartX + frame.chartWidth - CLEARANCE;
  const crossed = around.obstacles.filter((o) => o.bottom > top && o.top < bottom);
  for (let x = from; x <= Math.min(right, from + 2 * frame.monthWidth); x += 1) {
    const inMonth = (((x - frame.chartX) % frame.monthWidth) + frame.monthWidth) % frame.monthWidth;
    if (inMonth < 3 || inMonth > frame.monthWidth - 3) continue;
    if (around.lines.some((l) => Math.abs(l - x) < CLEARANCE)) continue;
    if (crossed.some((o) => x > o.from - CLEARANCE && x < o.to + CLEARANCE)) continue;
    return x;
  }
  return from;
}

/**
 * The path of a finish-to-start arrow from the end of the predecessor's bar (x1, yFrom) to the
 * dependent's first phase starting at x2 on row yTo. Vertical runs sit `inset` into a month, never
 * on a month edge where phases join and bars end, and the arrow lands on the top (or bottom) of
 * the dependent's first phase, inside it. A backwards dependency runs out past the predecessor's
 * end, back along the dependent's row just clear of its bar, and down onto it, so the conflict
 * shows as a hook pointing back in time.
 */
export function dependencyPath(frame: Frame, x1: number, yFrom: number, x2: number, yTo: number, around: ArrowSurroundings): { points: Point[]; backwards: boolean } {
  const inset = connectorInset(frame);
  const down = yTo > yFrom ? 1 : -1;
  const landing = yTo - down * (BAR_HEIGHT / 2 + 0.5);
  // The rows strictly between the two ends: the dependent's own bar is where the arrow lands.
  const between = (y: number) => y - down * (BAR_HEIGHT / 2 + 1);
  if (x2 >= x1 - 0.5) {
    const xt = clearColumn(frame, Math.max(x1, x2) + inset, yFrom + down * (BAR_HEIGHT / 2 + 1), between(yTo), around);
    return { points: [[x1, yFrom], [xt, yFrom], [xt, landing]], backwards: false };
  }
  const beside = yTo - down * (BAR_HEIGHT / 2 + 5);
  const out = clearColumn(frame, x1 + inset, yFrom + down * (BAR_HEIGHT / 2 + 1), beside, around);
  const back = x2 + inset;
  return { points: [[x1, yFrom], [out, yFrom], [out, beside], [back, beside], [back, landing]], backwards: true };
}

/** Draws the arrow for one dependency when both ends are on this page; false otherwise (it is then listed under the chart). */
export function drawDependency(w: PdfWriter, frame: Frame, rows: Map<string, number>, schedules: Map<string, Schedule>, around: ArrowSurroundings, fromId: string, toId: string): boolean {
  const yFrom = rows.get(fromId);
  const yTo = rows.get(toId);
  const from = schedules.get(fromId);
  const to = schedules.get(toId);
  if (yFrom === undefined || yTo === undefined || !from || !to) return false;
  const end = scheduleSpan(from.phases).end;
  const start = scheduleSpan(to.phases).start;
  const last = frame.windowStart + frame.window.count;
  if (end <= frame.windowStart || end > last || start < frame.windowStart || start >= last) return false;
  const { points, backwards } = dependencyPath(frame, monthX(frame, end), yFrom, monthX(frame, start), yTo, around);
  around.lines.push(points[1]![0]);
  if (!backwards) {
    drawArrow(w, points);
    return true;
  }
  around.lines.push(points[3]![0]);
  drawArrow(w, points, BACKWARDS_ARROW);
  // The mark sits on the run back along the dependent's row, where the arrow turns against time.
  const [[ax, ay], [bx]] = [points[2]!, points[3]!];
  drawWarningMark(w, (ax + bx) / 2, ay);
  return true;
}
