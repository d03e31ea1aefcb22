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
export const ROW_HEIGHT = 46;
/** The empty row at the bottom of each lane where a dragged application lands. */
export const SLOT_HEIGHT = 26;
export const LANE_PADDING = 6;
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
export function lanesLayout(plan: Plan, unalignedTitle: string = unalignedGroupTitle()): LanesLayout {
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
    let y = top + LANE_PADDING;
    for (const id of applicationIds) {
      if (!scheduled.has(id)) continue;
      rows.push({ applicationId: id, top: y });
      rowTop.set(id, y);
      y += ROW_HEIGHT;
    }
    const slotTop = y;
    const height = slotTop + SLOT_HEIGHT + LANE_PADDING - top;
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

/** The gap kept between neighbouring milestone labels on one row. */
export const MILESTONE_LABEL_GAP = 8;

/**
 * The extent of a milestone's label for stacking (`stackLabels`): the diamond sits at x and its
 * title starts just right of it.
 */
export function milestoneLabelSpan(x: number, title: string, fontSize: number): LabelSpan {
  return { x, width: 12 + estimateTextWidth(title, fontSize) };
}

export interface ArrowEnds {
  /** The predecessor's end. */
  x1: number;
  y1: number;
  /** The dependent's start. */
  x2: number;
  y2: number;
}

/** An SVG path from a predecessor's end to a dependent's start: out, across, and in from the left. */
export function arrowPath({ x1, y1, x2, y2 }: ArrowEnds): string {
  const out = 10;
  if (x2 - out >= x1 + out) {
    const midX = Math.max(x1 + out, x2 - out);
    return `M ${x1} ${y1} H ${midX} V ${y2} H ${x2}`;
  }
  // The dependent starts before the predecessor ends (a backwards dependency): loop around.
  const midY = y1 + (y2 >= y1 ? 1 : -1) * (ROW_HEIGHT / 2);
  return `M ${x1} ${y1} H ${x1 + out} V ${midY} H ${x2 - out} V ${y2} H ${x2}`;
}
