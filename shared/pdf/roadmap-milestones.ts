import type { Milestone } from '../model';
import { monthIndex } from '../roadmap/months';
import { stackLabels } from '../roadmap/label-rows';
import { drawDiamond } from './gantt-shapes';
import { COLOURS, TYPE } from './pdf-theme';
import type { PdfWriter, TextStyle } from './pdf-writer';
import type { Frame } from './roadmap-frame';

export const MILESTONE_ROW = 12;
const LABEL_STYLE: TextStyle = { size: TYPE.small };
const DIAMOND = 4;
/** From a diamond's centre to its label's near end. */
const LABEL_OFFSET = 7;
/**
 * Clear space between two items on one row: much wider than a label's distance from its own diamond,
 * so a label always reads with the diamond it touches, never with a neighbour's.
 */
const ROW_GAP = 12;

export interface MilestoneLayout {
  height: number;
  items: { milestone: Milestone; x: number; row: number; label: string; labelX: number; truncated: boolean }[];
}

/** Milestones in this window, each diamond with its label, stacked into as many rows as keep every pair apart. */
export function milestoneLayout(w: PdfWriter, milestones: readonly Milestone[], frame: Frame): MilestoneLayout {
  const right = frame.chartX + frame.chartWidth;
  const visible = milestones
    .map((milestone) => ({ milestone, offset: monthIndex(milestone.month) - frame.windowStart }))
    .filter((m) => m.offset >= 0 && m.offset < frame.window.count);
  if (!visible.length) return { height: 0, items: [] };
  const placed = visible.map(({ milestone, offset }) => {
    const x = frame.chartX + (offset + 0.5) * frame.monthWidth;
    const label = w.fitOneLine(milestone.title, Math.min(200, frame.chartWidth - 20), LABEL_STYLE);
    const textWidth = w.textWidth(label, LABEL_STYLE);
    // Labels run right of the diamond unless that would leave the chart.
    const rightward = x + LABEL_OFFSET + textWidth <= right;
    const labelX = rightward ? x + LABEL_OFFSET : x - LABEL_OFFSET - textWidth;
    const truncated = label !== w.clean(milestone.title).replace(/\s+/g, ' ').trim();
    // The span covers the diamond and its label together, so nothing else lands between them.
    const span = rightward ? { x: x - DIAMOND - 1, width: LABEL_OFFSET + textWidth + DIAMOND + 2 } : { x: labelX - 1, width: textWidth + LABEL_OFFSET + DIAMOND + 2 };
    return { milestone, x, label, labelX, truncated, span };
  });
  const rows = stackLabels(
    placed.map((p) => p.span),
    ROW_GAP,
  );
  const rowCount = Math.max(...rows) + 1;
  return { height: rowCount * MILESTONE_ROW + 8, items: placed.map((p, i) => ({ milestone: p.milestone, x: p.x, row: rows[i]!, label: p.label, labelX: p.labelX, truncated: p.truncated })) };
}

export function drawMilestoneLane(w: PdfWriter, frame: Frame, layout: MilestoneLayout, top: number): void {
  w.drawLines([w.t('pdf.roadmap.milestones')], frame.labelX, top + 4, { size: 8.5, style: 'bold', colour: COLOURS.accent });
  const lh = w.lineHeight(TYPE.small);
  for (const item of layout.items) {
    const cy = top + 4 + item.row * MILESTONE_ROW + MILESTONE_ROW / 2;
    drawDiamond(w, item.x, cy, DIAMOND);
    // A white ground keeps the label clear of the milestone and today lines and the grid behind it.
    w.fillRect(item.labelX - 1.5, cy - lh / 2 + 0.5, w.textWidth(item.label, LABEL_STYLE) + 3, lh - 1, COLOURS.white);
    w.drawLines([item.label], item.labelX, cy - lh / 2, LABEL_STYLE);
  }
  w.line(frame.labelX, top + layout.height, frame.chartX + frame.chartWidth, top + layout.height, COLOURS.hairline, 0.5);
}

export function drawMilestoneLines(w: PdfWriter, frame: Frame, milestones: readonly Milestone[], top: number, bottom: number): void {
  w.setDraw([110, 110, 110], 0.5);
  w.doc.setLineDashPattern([2, 2], 0);
  for (const m of milestones) {
    const offset = monthIndex(m.month) - frame.windowStart;
    if (offset < 0 || offset >= frame.window.count) continue;
    const x = frame.chartX + (offset + 0.5) * frame.monthWidth;
    w.doc.line(x, top, x, bottom);
  }
  w.doc.setLineDashPattern([], 0);
}
