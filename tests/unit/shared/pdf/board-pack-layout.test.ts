import { describe, expect, it } from 'vitest';
import { formatKpiValue, formatNumber, horizonLabel, longDate } from '../../../../shared/pdf/board-pack-labels';
import { fileIdOf, pdfDate } from '../../../../shared/pdf/pdf-document';
import { markerOffsets, priorityOrder, quadrantOf } from '../../../../shared/pdf/priority-section';
import { clipSpan, hatchSegments, monthWindows, paginateLanes } from '../../../../shared/pdf/roadmap-layout';
import { examplePlan } from '../../../fixtures/pdf/pdf-fixture-plans';

describe('monthWindows', () => {
  it('keeps a 24-month horizon on one page width when months stay wide enough', () => {
    expect(monthWindows(24, 600, 22)).toEqual([{ first: 0, count: 24 }]);
  });

  it('splits by time, in whole quarters, when the months would be too narrow', () => {
    expect(monthWindows(24, 400, 22)).toEqual([
      { first: 0, count: 12 },
      { first: 12, count: 12 },
    ]);
    expect(monthWindows(18, 250, 22)).toEqual([
      { first: 0, count: 9 },
      { first: 9, count: 9 },
    ]);
    const windows = monthWindows(24, 150, 22);
    expect(windows.reduce((n, w) => n + w.count, 0)).toBe(24);
    expect(windows.every((w) => w.count * 22 <= 150)).toBe(true);
  });
});

describe('clipSpan', () => {
  it('returns the visible part of a span and says which ends were cut', () => {
    expect(clipSpan(10, 14, 12, 12)).toEqual({ from: 0, to: 2, cutBefore: true, cutAfter: false });
    expect(clipSpan(20, 30, 12, 12)).toEqual({ from: 8, to: 12, cutBefore: false, cutAfter: true });
    expect(clipSpan(0, 5, 12, 12)).toBeNull();
  });
});

describe('paginateLanes', () => {
  const lanes = [
    { headerHeight: 10, rowHeights: [20, 20, 20] },
    { headerHeight: 10, rowHeights: [20] },
    { headerHeight: 10, rowHeights: [20, 20] },
  ];

  it('fills pages in order and repeats the header of a lane that continues', () => {
    const pages = paginateLanes(lanes, () => 85);
    expect(pages).toEqual([
      [{ lane: 0, continued: false, rows: [0, 1, 2] }],
      [
        { lane: 1, continued: false, rows: [0] },
        { lane: 2, continued: false, rows: [0, 1] },
      ],
    ]);
  });

  it('never leaves a lane header alone at the foot of a page', () => {
    const pages = paginateLanes(lanes, () => 65);
    for (const page of pages) for (const placed of page) expect(placed.rows.length).toBeGreaterThan(0);
    expect(pages[0]).toEqual([{ lane: 0, continued: false, rows: [0, 1] }]);
    expect(pages[1]![0]).toEqual({ lane: 0, continued: true, rows: [2] });
  });

  it('gives a row taller than a page a page of its own rather than losing it', () => {
    const pages = paginateLanes([{ headerHeight: 10, rowHeights: [20, 500, 20] }], () => 100);
    expect(pages.flat().flatMap((p) => p.rows)).toEqual([0, 1, 2]);
  });

  it('uses the smaller first page that a section heading leaves', () => {
    const pages = paginateLanes([{ headerHeight: 10, rowHeights: [20, 20, 20, 20] }], (i) => (i === 0 ? 35 : 100));
    expect(pages.map((p) => p[0]!.rows)).toEqual([[0], [1, 2, 3]]);
  });
});

describe('hatchSegments', () => {
  it('keeps every hatch line inside the box', () => {
    const segments = hatchSegments(10, 60, 100, 112, 3.5);
    expect(segments.length).toBeGreaterThan(10);
    for (const [x1, y1, x2, y2] of segments) {
      for (const x of [x1, x2]) expect(x).toBeGreaterThanOrEqual(10 - 1e-9);
      for (const x of [x1, x2]) expect(x).toBeLessThanOrEqual(60 + 1e-9);
      for (const y of [y1, y2]) expect(y >= 100 - 1e-9 && y <= 112 + 1e-9).toBe(true);
    }
  });
});

describe('the priority chart', () => {
  it('calls high impact with medium or high feasibility the place to start', () => {
    expect(quadrantOf({ impact: 4, feasibility: 3 })).toBe('start-here');
    expect(quadrantOf({ impact: 5, feasibility: 2 })).toBe('big-bets');
    expect(quadrantOf({ impact: 3, feasibility: 5 })).toBe('quick-fixes');
    expect(quadrantOf({ impact: 2, feasibility: 1 })).toBe('park');
  });

  it('numbers applications by quadrant, then impact × feasibility', () => {
    const plan = examplePlan();
    expect(priorityOrder(plan.applications).map((a) => a.title)).toEqual([
      'AI-powered chatbot for website engagement',
      'AI-driven personalised customer service',
      'Robotic process automation for order entry',
      'Machine learning for market trend analysis',
    ]);
  });

  it('lays markers of one cell out on a centred grid without overlap', () => {
    const offsets = markerOffsets(5, 16);
    expect(offsets).toHaveLength(5);
    for (let i = 0; i < offsets.length; i++)
      for (let j = i + 1; j < offsets.length; j++) expect(Math.hypot(offsets[i]![0] - offsets[j]![0], offsets[i]![1] - offsets[j]![1])).toBeGreaterThanOrEqual(16);
  });
});

describe('labels', () => {
  it('groups thousands with a space and places units as European readers expect', () => {
    expect(formatNumber(12500)).toBe('12 500');
    expect(formatNumber(1234)).toBe('1234');
    expect(formatNumber(-1500000.25)).toBe('−1 500 000.25');
    expect(formatKpiValue(12500, '€')).toBe('€ 12 500');
    expect(formatKpiValue(78, '%')).toBe('78%');
    expect(formatKpiValue(18, 'minutes')).toBe('18 minutes');
    expect(formatKpiValue(null, 'minutes')).toBe('not set');
  });

  it('writes dates and the horizon in words', () => {
    expect(longDate('2026-11-03')).toBe('3 November 2026');
    expect(horizonLabel(examplePlan())).toBe('Jan 2027 – Dec 2028 (24 months)');
  });
});

describe('determinism helpers', () => {
  it('derives a 32-hex-digit file id from the inputs alone', () => {
    expect(fileIdOf(['a', 'b'])).toMatch(/^[0-9A-F]{32}$/);
    expect(fileIdOf(['a', 'b'])).toBe(fileIdOf(['a', 'b']));
    expect(fileIdOf(['a', 'b'])).not.toBe(fileIdOf(['ab', '']));
  });

  it('turns the export date into a fixed PDF date, whatever the time zone', () => {
    expect(pdfDate('2026-11-23')).toBe("D:20261123000000+00'00'");
    expect(pdfDate('2040-01-01')).toBe("D:20371231000000+00'00'");
  });
});
