import { describe, expect, it } from 'vitest';
import { clearColumn, dependencyPath, type ArrowSurroundings } from '../../../../shared/pdf/roadmap-arrows';
import type { Frame } from '../../../../shared/pdf/roadmap-frame';
import { shortDay, todayMonth } from '../../../../shared/pdf/roadmap-today';
import { monthIndex } from '../../../../shared/roadmap/months';

/* #18 print: where the roadmap's today line and dependency arrows go, as plain geometry. */

/** Ten months of 24 pt from x = 100: month m spans [100 + 24m, 124 + 24m). */
const frame: Frame = { labelX: 0, labelWidth: 90, chartX: 100, chartWidth: 240, monthWidth: 24, window: { first: 0, count: 10 }, windowStart: 0 };
const nothing = (): ArrowSurroundings => ({ obstacles: [], lines: [] });
const offMonthEdge = (x: number) => {
  const inMonth = (x - frame.chartX) % frame.monthWidth;
  return inMonth >= 3 && inMonth <= frame.monthWidth - 3;
};

describe('the today line’s place', () => {
  const start = monthIndex('2026-07');

  it('falls inside its month by the day: 2 December 2026 is 1/31 into December', () => {
    expect(todayMonth('2026-12-02', start, 24)).toBeCloseTo(monthIndex('2026-12') + 1 / 31, 10);
    expect(todayMonth('2027-02-15', start, 24)).toBeCloseTo(monthIndex('2027-02') + 14 / 28, 10);
    expect(todayMonth('2026-07-01', start, 24)).toBe(start);
  });

  it('is absent before the horizon, after its last month, and for an undated pack', () => {
    expect(todayMonth('2026-06-30', start, 24)).toBeNull();
    expect(todayMonth('2028-07-01', start, 24)).toBeNull();
    expect(todayMonth('2028-06-30', start, 24)).not.toBeNull();
    expect(todayMonth(undefined, start, 24)).toBeNull();
  });

  it('is labelled day first with a short month in English, in the pack’s own style otherwise', () => {
    expect(shortDay('2026-12-02', 'en')).toBe('2 Dec 2026');
    expect(shortDay('2026-12-02', 'de')).toBe('02.12.2026');
  });
});

describe('a dependency arrow’s route', () => {
  it('runs down inside a month, off its edges (where phases join and bars end)', () => {
    for (const from of [124, 125, 146, 147, 148]) {
      const x = clearColumn(frame, from, 0, 100, nothing());
      expect(offMonthEdge(x)).toBe(true);
      expect(x).toBeGreaterThanOrEqual(from);
    }
  });

  it('steps past a bar’s words and the milestone and today lines it would run along', () => {
    const around: ArrowSurroundings = { obstacles: [{ top: 40, bottom: 54, from: 128, to: 150 }], lines: [157] };
    const x = clearColumn(frame, 130, 0, 100, around);
    expect(x).toBeGreaterThan(150 + 2);
    expect(Math.abs(x - 157)).toBeGreaterThanOrEqual(2.5);
    expect(offMonthEdge(x)).toBe(true);
    // Words in a row the run does not cross do not move it.
    expect(clearColumn(frame, 130, 60, 100, around)).toBe(130);
  });

  it('lands a forward arrow on top of the dependent’s first phase, inside it, after leaving the predecessor’s end', () => {
    const { points, backwards } = dependencyPath(frame, 148, 20, 148, 80, nothing());
    expect(backwards).toBe(false);
    expect(points[0]).toEqual([148, 20]);
    const [tipX, tipY] = points[points.length - 1]!;
    expect(tipX).toBeGreaterThan(148 + 2);
    expect(tipX).toBeLessThan(148 + 24);
    expect(tipY).toBeLessThan(80 - 6);
    expect(points.slice(1).every(([x]) => offMonthEdge(x))).toBe(true);
  });

  it('draws a backwards one as a hook: out past the predecessor’s end, back along the dependent’s row, onto its start', () => {
    const { points, backwards } = dependencyPath(frame, 220, 20, 124, 80, nothing());
    expect(backwards).toBe(true);
    const xs = points.map(([x]) => x);
    expect(Math.max(...xs)).toBeGreaterThan(220);
    const [tipX, tipY] = points[points.length - 1]!;
    expect(tipX).toBeGreaterThan(124);
    expect(tipX).toBeLessThan(124 + 24);
    expect(tipY).toBeLessThan(80 - 6);
    // The run back sits above the dependent's bar (half a bar is 6 pt), not on it.
    expect(points[3]![1]).toBeLessThan(80 - 6 - 2);
    expect(points[3]![0]).toBeLessThan(points[2]![0]);
  });

  it('keeps two arrows from one predecessor apart', () => {
    const around = nothing();
    const first = clearColumn(frame, 148, 0, 100, around);
    around.lines.push(first);
    expect(Math.abs(clearColumn(frame, 148, 0, 100, around) - first)).toBeGreaterThanOrEqual(2.5);
  });
});
