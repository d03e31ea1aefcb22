/** Pure layout maths for the roadmap chart: which months go on which page, rows per page. */

/** A run of months shown on one page width, as offsets from the horizon's first month. */
export interface MonthWindow {
  first: number;
  count: number;
}

/**
 * Splits the horizon into as few page-wide windows as keep every month at least `minMonthWidth`
 * wide, in whole quarters where that costs no extra page.
 */
export function monthWindows(horizonMonths: number, chartWidth: number, minMonthWidth: number): MonthWindow[] {
  const perPage = Math.max(1, Math.floor(chartWidth / minMonthWidth));
  const pages = Math.ceil(horizonMonths / perPage);
  let size = Math.ceil(horizonMonths / pages);
  const quarterly = Math.ceil(size / 3) * 3;
  if (quarterly <= perPage && Math.ceil(horizonMonths / quarterly) === pages) size = quarterly;
  const windows: MonthWindow[] = [];
  for (let first = 0; first < horizonMonths; first += size) windows.push({ first, count: Math.min(size, horizonMonths - first) });
  return windows;
}

/** The part of a span [start, end) of month indices visible in [windowStart, windowStart + count). */
export function clipSpan(start: number, end: number, windowStart: number, count: number): { from: number; to: number; cutBefore: boolean; cutAfter: boolean } | null {
  const windowEnd = windowStart + count;
  const from = Math.max(start, windowStart);
  const to = Math.min(end, windowEnd);
  if (to <= from) return null;
  return { from: from - windowStart, to: to - windowStart, cutBefore: start < windowStart, cutAfter: end > windowEnd };
}

export interface LaneRows {
  headerHeight: number;
  /** At least one row per lane (an empty lane shows a placeholder row). */
  rowHeights: readonly number[];
}

export interface PlacedLane {
  lane: number;
  /** The lane began on an earlier page: its header says "continued". */
  continued: boolean;
  /** Indices into the lane's rows. */
  rows: number[];
}

/**
 * Distributes lanes of rows over pages of the given heights. A lane header always stays with at
 * least its first row; a continued lane repeats its header; a row taller than a page still gets a
 * page of its own rather than being lost.
 */
export function paginateLanes(lanes: readonly LaneRows[], spaceOnPage: (pageIndex: number) => number): PlacedLane[][] {
  const pages: PlacedLane[][] = [];
  let page: PlacedLane[] = [];
  let used = 0;
  const nextPage = () => {
    pages.push(page);
    page = [];
    used = 0;
  };
  lanes.forEach((lane, laneIndex) => {
    let i = 0;
    while (i < lane.rowHeights.length) {
      if (page.length && used + lane.headerHeight + lane.rowHeights[i]! > spaceOnPage(pages.length)) nextPage();
      const placed: PlacedLane = { lane: laneIndex, continued: i > 0, rows: [i] };
      used += lane.headerHeight + lane.rowHeights[i]!;
      i++;
      while (i < lane.rowHeights.length && used + lane.rowHeights[i]! <= spaceOnPage(pages.length)) {
        placed.rows.push(i);
        used += lane.rowHeights[i]!;
        i++;
      }
      page.push(placed);
      if (i < lane.rowHeights.length) nextPage();
    }
  });
  if (page.length || !pages.length) pages.push(page);
  return pages;
}

/** Where the diagonal hatch lines of a bar fall, clipped to [xa, xb]: segments from bottom-left to top-right. */
export function hatchSegments(xa: number, xb: number, top: number, bottom: number, spacing: number): [number, number, number, number][] {
  const h = bottom - top;
  const segments: [number, number, number, number][] = [];
  if (xb - xa <= 0 || h <= 0) return segments;
  for (let t = xa - h; t < xb; t += spacing) {
    const s0 = Math.max(0, (xa - t) / h);
    const s1 = Math.min(1, (xb - t) / h);
    if (s1 - s0 <= 0.01) continue;
    segments.push([t + s0 * h, bottom - s0 * h, t + s1 * h, bottom - s1 * h]);
  }
  return segments;
}
