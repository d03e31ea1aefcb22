import type { Phase, Plan } from '../../shared/model';
import { unalignedGroupTitle } from '../../shared/labels';
import { indexPlan } from '../../shared/plan-index';
import type { LabelSpan } from '../../shared/roadmap/label-rows';
import { monthIndex } from '../../shared/roadmap/months';
import { scheduleSpan } from '../../shared/roadmap/phases';

/*
 * Pixel geometry of the timeline as pure functions of the plan and the zoom, so that bars, arrows
 * and drop targets agree without measuring the DOM, and the maths is unit-tested.
 */

export type Zoom = 'month' | 'quarter';

/** Width of the lane-label column. */
export const LABEL_WIDTH = 176;
/** Month width at month zoom: room for a "Standardise" label in a two-month phase. */
export const MONTH_ZOOM_WIDTH = 84;
/** Quarter zoom fits the horizon to the window, but never narrower than this. */
export const MIN_MONTH_WIDTH = 16;
/*
 * A row at Normal room size, in px: the title line on top, the phase track under it, and a gap under
 * the track where dependency arrows run between rows. Every vertical size grows with the room's
 * scale (`rowGeometry`), the same factor roadmap.css multiplies by --room-scale.
 */
export const ROW_HEIGHT = 46;
/** The empty row at the bottom of each lane where a dragged application lands. */
export const SLOT_HEIGHT = 26;
export const LANE_PADDING = 6;
const TITLE_TOP = 1;
const TITLE_HEIGHT = 19;
const TRACK_TOP = 22;
const TRACK_HEIGHT = 18;
export const MILESTONE_BASE_HEIGHT = 30;
export const MILESTONE_LABEL_ROW = 19;

/** Month width for a zoom; at quarter zoom the whole horizon fits `availableWidth`. */
export function monthWidthFor(zoom: Zoom, horizonMonths: number, availableWidth: number): number {
  if (zoom === 'month') return MONTH_ZOOM_WIDTH;
  return Math.max(MIN_MONTH_WIDTH, Math.floor((availableWidth - LABEL_WIDTH) / horizonMonths));
}

/** The horizon month offset under an x measured from the left edge of the month grid (may run outside). */
export function monthOffsetAt(x: number, monthWidth: number): number {
  return Math.floor(x / monthWidth);
}

/** A month index clamped into the horizon [start, start + months). */
export function clampToHorizon(index: number, startIndex: number, months: number): number {
  return Math.max(startIndex, Math.min(startIndex + months - 1, index));
}

/** The vertical geometry of the lanes at a room scale (1 at Normal), in px from a row's top. */
export interface RowGeometry {
  rowHeight: number;
  slotHeight: number;
  lanePadding: number;
  /** The band of the bar's title line. */
  titleTop: number;
  titleBottom: number;
  /** The vertical centre of the phase track, where arrows leave and enter. */
  trackMiddle: number;
  /** The middle of the free gap under the track, above the next row's title. */
  gapMiddle: number;
}

export function rowGeometry(scale = 1): RowGeometry {
  const trackBottom = TRACK_TOP + TRACK_HEIGHT;
  return {
    rowHeight: ROW_HEIGHT * scale,
    slotHeight: SLOT_HEIGHT * scale,
    lanePadding: LANE_PADDING * scale,
    titleTop: TITLE_TOP * scale,
    titleBottom: (TITLE_TOP + TITLE_HEIGHT) * scale,
    trackMiddle: (TRACK_TOP + TRACK_HEIGHT / 2) * scale,
    gapMiddle: ((trackBottom + ROW_HEIGHT + TITLE_TOP) / 2) * scale,
  };
}

export interface LaneRow {
  applicationId: string;
  /** Top of the row, from the top of the lanes area. */
  top: number;
}

export interface LaneLayout {
  /** A pillar's id, or null for applications not yet aligned to an objective. */
  pillarId: string | null;
  title: string;
  top: number;
  height: number;
  /** Scheduled applications of the lane, in matrix order, one row each. */
  rows: LaneRow[];
  /** Top of the lane's drop slot. */
  slotTop: number;
}

export interface LanesLayout {
  lanes: LaneLayout[];
  height: number;
  /** Row top of every scheduled application, for arrows. */
  rowTop: Map<string, number>;
  /** The lane each application (scheduled or not) belongs to. */
  laneOf: Map<string, string | null>;
}

/**
 * One lane per pillar in matrix order (plus a lane for unaligned applications when there are any),
 * one row per scheduled application in matrix order, and a drop slot at the bottom of each lane.
 */
export function lanesLayout(plan: Plan, unalignedTitle: string = unalignedGroupTitle(), geometry: RowGeometry = rowGeometry()): LanesLayout {
  const index = indexPlan(plan);
  const scheduled = new Set(plan.roadmap.schedules.map((s) => s.applicationId));
  const laneOf = new Map<string, string | null>();
  const keys: { pillarId: string | null; title: string; applicationIds: string[] }[] = [];
  for (const pillarId of index.pillarIds) {
    const applicationIds = (index.objectivesOf.get(pillarId) ?? []).flatMap((objectiveId) => index.applicationsOf.get(objectiveId) ?? []);
    for (const id of applicationIds) laneOf.set(id, pillarId);
    keys.push({ pillarId, title: index.pillars.get(pillarId)!.title, applicationIds });
  }
  const unaligned = index.applicationsOf.get(null) ?? [];
  for (const id of unaligned) laneOf.set(id, null);
  if (unaligned.length) keys.push({ pillarId: null, title: unalignedTitle, applicationIds: [...unaligned] });

  const lanes: LaneLayout[] = [];
  const rowTop = new Map<string, number>();
  let top = 0;
  for (const { applicationIds, ...key } of keys) {
    const rows: LaneRow[] = [];
    let y = top + geometry.lanePadding;
    for (const id of applicationIds) {
      if (!scheduled.has(id)) continue;
      rows.push({ applicationId: id, top: y });
      rowTop.set(id, y);
      y += geometry.rowHeight;
    }
    const slotTop = y;
    const height = slotTop + geometry.slotHeight + geometry.lanePadding - top;
    lanes.push({ ...key, top, height, rows, slotTop });
    top += height;
  }
  return { lanes, height: top, rowTop, laneOf };
}

export interface PhaseBox {
  kind: Phase['kind'];
  left: number;
  width: number;
}

/** Phase boxes relative to the horizon's first month, and the bar's whole extent. */
export function barGeometry(phases: readonly Phase[], startIndex: number, monthWidth: number): { left: number; width: number; phases: PhaseBox[] } {
  const span = scheduleSpan(phases);
  const left = (span.start - startIndex) * monthWidth;
  return {
    left,
    width: (span.end - span.start) * monthWidth,
    phases: phases.map((p) => ({ kind: p.kind, left: (monthIndex(p.start) - span.start) * monthWidth, width: p.months * monthWidth })),
  };
}

/** Rough width of a label in pixels, for stacking without measuring text. */
export function estimateTextWidth(text: string, fontSize: number): number {
  return Math.ceil(text.length * fontSize * 0.56) + 4;
}

/** The widest a bar's title line grows past a shorter bar (.bar__title's max-width), at a room scale. */
export function titleLineMaxWidth(scale = 1): number {
  return 420 * scale;
}

/** The gap kept between neighbouring milestone labels on one row. */
export const MILESTONE_LABEL_GAP = 8;

/**
 * The extent of a milestone's label for stacking (`stackLabels`): the diamond sits at x and its
 * title starts just right of it.
 */
export function milestoneLabelSpan(x: number, title: string, fontSize: number): LabelSpan {
  return { x, width: 12 + estimateTextWidth(title, fontSize) };
}

/** Where a bar's title line reaches on its row: arrows keep off it. */
export interface TitleSpan {
  /** The row's top. */
  top: number;
  left: number;
  right: number;
}

export interface ArrowEnds {
  /** The predecessor's end and its row's top. */
  x1: number;
  top1: number;
  /** The dependent's start and its row's top. */
  x2: number;
  top2: number;
}

/** How far an arrow runs straight out of a bar's end, and keeps clear of a title. */
const ARROW_OUT = 10;

/**
 * An SVG path from a predecessor's end to a dependent's start, through the middle of their tracks,
 * that never crosses a bar's title line: its vertical runs where no title is in the way, or, when
 * none is free between the two bars, it drops into the gap under a row, runs along it to a free
 * place, and comes back up. Horizontal runs lie at track height in rows that hold only the arrow's
 * own bars, or in the gaps between rows.
 */
export function arrowPath({ x1, top1, x2, top2 }: ArrowEnds, titles: readonly TitleSpan[], g: RowGeometry = rowGeometry()): string {
  const y1 = top1 + g.trackMiddle;
  const y2 = top2 + g.trackMiddle;
  const down = top2 > top1;
  const titlesAcross = (from: number, to: number) =>
    titles.filter((t) => t.top + g.titleTop < Math.max(from, to) && t.top + g.titleBottom > Math.min(from, to));
  const xa = x1 + ARROW_OUT;
  const xb = x2 - ARROW_OUT;

  const direct = freeX(titlesAcross(y1, y2), xb, xa, xb);
  if (direct !== null) return pathThrough([[x1, y1], [direct, y1], [direct, y2], [x2, y2]]);

  // Into the gap beside the predecessor's row, along it, across the rows between, and along the gap beside the dependent's.
  const ya = down ? top1 + g.gapMiddle : top1 + g.gapMiddle - g.rowHeight;
  const yb = down ? top2 + g.gapMiddle - g.rowHeight : top2 + g.gapMiddle;
  const outOfOwnTitle = freeX(titlesAcross(y1, ya), xa, xa, Infinity) ?? xa;
  const across = freeX(titlesAcross(ya, yb), xb, ARROW_OUT / 2, Infinity) ?? xb;
  return pathThrough([[x1, y1], [outOfOwnTitle, y1], [outOfOwnTitle, ya], [across, ya], [across, yb], [xb, yb], [xb, y2], [x2, y2]]);
}

/** The x in [min, max] nearest `preferred` that lies outside every title span (with a margin), or null. */
function freeX(spans: readonly TitleSpan[], preferred: number, min: number, max: number): number | null {
  const blocked = (x: number) => spans.some((s) => x > s.left - ARROW_OUT / 2 && x < s.right + ARROW_OUT / 2);
  const candidates = [preferred, min, max, ...spans.flatMap((s) => [s.left - ARROW_OUT, s.right + ARROW_OUT])];
  let best: number | null = null;
  for (const x of candidates) {
    if (!Number.isFinite(x) || x < min || x > max || blocked(x)) continue;
    if (best === null || Math.abs(x - preferred) < Math.abs(best - preferred)) best = x;
  }
  return best;
}

/** An SVG path of horizontal and vertical runs through the points, leaving out empty runs and bends that go nowhere. */
function pathThrough(points: readonly (readonly [number, number])[]): string {
  const round = (n: number) => Math.round(n * 10) / 10;
  const kept: [number, number][] = [];
  for (const [x, y] of points) {
    const p: [number, number] = [round(x), round(y)];
    const last = kept.at(-1);
    if (last && last[0] === p[0] && last[1] === p[1]) continue;
    const before = kept.at(-2);
    // Three points on one line: the middle one is no bend.
    if (before && last && ((before[0] === last[0] && last[0] === p[0]) || (before[1] === last[1] && last[1] === p[1]))) kept.pop();
    kept.push(p);
  }
  const [first, ...rest] = kept;
  let d = `M ${first![0]} ${first![1]}`;
  let at = first!;
  for (const p of rest) {
    d += p[0] !== at[0] ? ` H ${p[0]}` : ` V ${p[1]}`;
    at = p;
  }
  return d;
}
