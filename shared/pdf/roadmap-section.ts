import type { Application, Milestone, PhaseKind, Plan, Schedule } from '../model';
import { PHASE_KINDS } from '../schema/plan-schema';
import { addMonths, monthIndex, monthLabel, monthNameLabel, monthString, quarterLabel, quarterOf } from '../roadmap/months';
import { stackLabels } from '../roadmap/label-rows';
import { phaseLabel, scheduleSpan } from '../roadmap/phases';
import type { MessageKey } from '../i18n/translator';
import { pdfSectionTitle } from './pdf-sections';
import { pillarGroups } from './plan-groups';
import { COLOURS, TYPE } from './pdf-theme';
import type { PdfWriter, TextStyle } from './pdf-writer';
import { BAR_HEIGHT, drawArrow, drawCut, drawDiamond, drawPhaseBox } from './gantt-shapes';
import { clipSpan, monthWindows, paginateLanes, type MonthWindow } from './roadmap-layout';

/** Months narrower than this would crowd the labels: the chart then splits across pages by time. */
export const MIN_MONTH_WIDTH = 22;

const LABEL_STYLE: TextStyle = { size: TYPE.chart };
const LANE_STYLE: TextStyle = { size: 8.5, style: 'bold', colour: COLOURS.accent };
const ROW_PADDING = 4;
const QUARTER_ROW = 14;
const MONTH_ROW = 13;
const LEGEND_HEIGHT = 20;
const CONTINUATION_TITLE = 20;
const MILESTONE_ROW = 12;

/** What a phase bar too narrow for the phase's name says instead. */
const PHASE_SHORT_KEYS: Record<PhaseKind, MessageKey> = {
  pilot: 'pdf.roadmap.phaseShort.pilot',
  refine: 'pdf.roadmap.phaseShort.refine',
  standardise: 'pdf.roadmap.phaseShort.standardise',
  scale: 'pdf.roadmap.phaseShort.scale',
};

/** A bar's label, longest first: the first that fits is drawn. */
const phaseLabels = (w: PdfWriter, kind: PhaseKind): string[] => [phaseLabel(kind, w.t), w.t(PHASE_SHORT_KEYS[kind])];

interface ChartRow {
  app: Application | null;
  /** Wrapped label lines. */
  lines: string[];
  height: number;
  schedule: Schedule | undefined;
}

interface Lane {
  title: string;
  titleLines: string[];
  headerHeight: number;
  rows: ChartRow[];
}

interface Frame {
  labelX: number;
  labelWidth: number;
  chartX: number;
  chartWidth: number;
  monthWidth: number;
  window: MonthWindow;
  /** Month index of the window's first month. */
  windowStart: number;
}

/**
 * The roadmap as a Gantt chart: quarters and months across, one swimlane per pillar, each
 * application's phases as textured, labelled bars, milestones as diamonds, dependencies as arrows.
 * Split by time when the horizon does not fit one page width, and by rows when lanes do not fit
 * one page height; every page repeats the time axis and the legend.
 */
export function* drawRoadmapSection(w: PdfWriter, plan: Plan): Generator<number> {
  w.heading(pdfSectionTitle('roadmap', w.t), w.t('pdf.roadmap.intro'), 160);
  if (!plan.pillars.length && !plan.applications.length && !plan.roadmap.milestones.length) {
    w.paragraph(w.t('pdf.roadmap.empty'), { size: TYPE.body, colour: COLOURS.muted });
    return;
  }
  const page = w.page;
  const labelWidth = Math.min(190, page.contentWidth * 0.24);
  const chartX = page.left + labelWidth + 8;
  const chartWidth = page.right - chartX;
  const horizonStart = monthIndex(plan.meta.horizonStart);
  const windows = monthWindows(plan.meta.horizonMonths, chartWidth, MIN_MONTH_WIDTH);
  const lanes = buildLanes(w, plan, labelWidth);
  const appRows = new Map<string, number>();
  const undrawnDependencies = new Set(plan.roadmap.dependencies.map((d) => d.id));
  const schedules = new Map(plan.roadmap.schedules.map((s) => [s.applicationId, s]));
  const shortenedMilestones = new Map<string, Milestone>();

  for (let wi = 0; wi < windows.length; wi++) {
    const window = windows[wi]!;
    const monthWidth = chartWidth / Math.max(window.count, windows[0]!.count);
    const frame: Frame = { labelX: page.left, labelWidth, chartX, chartWidth: monthWidth * window.count, monthWidth, window, windowStart: horizonStart + window.first };
    const milestones = milestoneLayout(w, plan.roadmap.milestones, frame);
    for (const item of milestones.items) if (item.truncated) shortenedMilestones.set(item.milestone.id, item.milestone);
    if (wi > 0) w.newPage();
    const firstTop = w.y;
    const chrome = LEGEND_HEIGHT + QUARTER_ROW + MONTH_ROW;
    const spaceOnPage = (pageIndex: number) =>
      pageIndex === 0 ? page.contentBottom - firstTop - (wi > 0 ? CONTINUATION_TITLE : 0) - chrome - milestones.height : page.contentBottom - page.contentTop - CONTINUATION_TITLE - chrome;
    const pages = paginateLanes(
      lanes.map((l) => ({ headerHeight: l.headerHeight, rowHeights: l.rows.map((r) => r.height) })),
      spaceOnPage,
    );
    for (let pi = 0; pi < pages.length; pi++) {
      if (pi > 0) w.newPage();
      if (wi > 0 || pi > 0) continuationTitle(w, frame, windows.length > 1 ? { part: wi + 1, parts: windows.length } : null);
      drawLegend(w, frame);
      const axisTop = w.y;
      w.y += QUARTER_ROW + MONTH_ROW;
      const bodyTop = w.y;
      if (pi === 0 && milestones.height) w.y += milestones.height;
      appRows.clear();
      const placements: { lane: Lane; continued: boolean; rows: ChartRow[]; top: number }[] = [];
      for (const placed of pages[pi]!) {
        const lane = lanes[placed.lane]!;
        placements.push({ lane, continued: placed.continued, rows: placed.rows.map((i) => lane.rows[i]!), top: w.y });
        w.y += lane.headerHeight + placed.rows.reduce((h, i) => h + lane.rows[i]!.height, 0);
      }
      const bodyBottom = w.y;
      drawGrid(w, frame, axisTop, bodyBottom);
      drawMilestoneLines(w, frame, plan.roadmap.milestones, bodyTop, bodyBottom);
      if (pi === 0 && milestones.height) drawMilestoneLane(w, frame, milestones, bodyTop);
      for (const p of placements) {
        let y = p.top;
        drawLaneHeader(w, frame, p.lane, p.continued, y);
        y += p.lane.headerHeight;
        for (const row of p.rows) {
          drawRow(w, frame, row, y);
          if (row.app) appRows.set(row.app.id, y + row.height / 2);
          y += row.height;
        }
      }
      for (const dep of plan.roadmap.dependencies) {
        if (drawDependency(w, frame, appRows, schedules, dep.fromId, dep.toId)) undrawnDependencies.delete(dep.id);
      }
      w.line(frame.labelX, bodyBottom, frame.chartX + frame.chartWidth, bodyBottom, COLOURS.rule, 0.75);
      w.y = bodyBottom + 10;
      yield (wi + (pi + 1) / pages.length) / windows.length;
    }
  }
  listUndrawnDependencies(w, plan, undrawnDependencies);
  listShortenedMilestones(w, [...shortenedMilestones.values()]);
}

function buildLanes(w: PdfWriter, plan: Plan, labelWidth: number): Lane[] {
  const schedules = new Map(plan.roadmap.schedules.map((s) => [s.applicationId, s]));
  const lh = w.lineHeight(LABEL_STYLE.size);
  const laneWidth = w.page.contentWidth - 12;
  return pillarGroups(plan, w.t).map((group) => {
    const titleLines = w.wrap(group.title, laneWidth, LANE_STYLE);
    const rows: ChartRow[] = [];
    for (const { applications } of group.objectives) {
      for (const app of applications) {
        const lines = w.wrap((app.starter ? '★ ' : '') + app.title, labelWidth - 6, LABEL_STYLE);
        rows.push({ app, lines, height: Math.max(BAR_HEIGHT + 2 * ROW_PADDING + 2, lines.length * lh + 2 * ROW_PADDING), schedule: schedules.get(app.id) });
      }
    }
    if (!rows.length) {
      const lines = w.wrap(w.t('pdf.roadmap.noApplications'), labelWidth - 6, LABEL_STYLE);
      rows.push({ app: null, lines, height: Math.max(BAR_HEIGHT + 2 * ROW_PADDING + 2, lines.length * lh + 2 * ROW_PADDING), schedule: undefined });
    }
    return { title: group.title, titleLines, headerHeight: titleLines.length * w.lineHeight(LANE_STYLE.size) + 6, rows };
  });
}

function continuationTitle(w: PdfWriter, frame: Frame, part: { part: number; parts: number } | null): void {
  const first = monthString(frame.windowStart);
  const last = addMonths(first, frame.window.count - 1);
  const span = { start: monthLabel(first, w.locale), end: monthLabel(last, w.locale) };
  const text = part ? w.t('pdf.roadmap.continuationPart', { ...span, ...part }) : w.t('pdf.roadmap.continuation', span);
  w.drawLines([w.fitOneLine(text, w.page.contentWidth, { size: 11, style: 'bold', colour: COLOURS.accent })], w.page.left, w.y, { size: 11, style: 'bold', colour: COLOURS.accent });
  w.y += CONTINUATION_TITLE;
}

function drawLegend(w: PdfWriter, frame: Frame): void {
  const y = w.y + 2;
  let x = frame.labelX;
  const style: TextStyle = { size: TYPE.small, colour: COLOURS.ink };
  for (const kind of PHASE_KINDS) {
    drawPhaseBox(w, kind, x, y, 26, 10, 0);
    x += 30;
    const name = phaseLabel(kind, w.t);
    w.drawLines([name], x, y, style);
    x += w.textWidth(name, style) + 14;
  }
  drawDiamond(w, x + 4, y + 5, 4);
  x += 11;
  const milestone = w.t('pdf.roadmap.legend.milestone');
  w.drawLines([milestone], x, y, style);
  x += w.textWidth(milestone, style) + 14;
  drawArrow(w, [[x, y + 5], [x + 18, y + 5]]);
  x += 22;
  const buildsOn = w.t('pdf.roadmap.legend.buildsOn');
  w.drawLines([buildsOn], x, y, style);
  x += w.textWidth(buildsOn, style) + 14;
  w.drawLines([w.t('pdf.roadmap.legend.starter')], x, y, style);
  w.y += LEGEND_HEIGHT;
}

function drawGrid(w: PdfWriter, frame: Frame, axisTop: number, bodyBottom: number): void {
  const { chartX, monthWidth, window, windowStart } = frame;
  const right = chartX + frame.chartWidth;
  const monthTop = axisTop + QUARTER_ROW;
  const bodyTop = monthTop + MONTH_ROW;
  // Alternate quarters get a faint band so that months are easy to follow down the page.
  let m = 0;
  while (m < window.count) {
    const month = monthString(windowStart + m);
    const q = quarterLabel(month, w.locale);
    let n = 1;
    while (m + n < window.count && quarterLabel(monthString(windowStart + m + n), w.locale) === q) n++;
    const x = chartX + m * monthWidth;
    const quarterNumber = Math.floor((windowStart + m) / 3);
    if (quarterNumber % 2 === 0) w.fillRect(x, axisTop, n * monthWidth, bodyBottom - axisTop, COLOURS.quarterBand);
    const qStyle: TextStyle = { size: TYPE.small, style: 'bold', colour: COLOURS.ink };
    const { year, quarter } = quarterOf(month);
    const shorter = [w.t('pdf.roadmap.quarterMedium', { quarter, year: String(year).slice(-2) }), w.t('pdf.roadmap.quarterShort', { quarter })];
    const label = [q, ...shorter].find((l) => w.textWidth(l, qStyle) <= n * monthWidth - 4);
    if (label) w.drawLines([label], x + (n * monthWidth) / 2, axisTop + 2, qStyle, 'center');
    w.line(x, axisTop, x, bodyBottom, COLOURS.rule, month.endsWith('-01') ? 0.9 : 0.5);
    m += n;
  }
  w.line(right, axisTop, right, bodyBottom, COLOURS.rule, 0.5);
  const mStyle: TextStyle = { size: TYPE.small, colour: COLOURS.muted };
  for (let i = 0; i < window.count; i++) {
    const month = monthString(windowStart + i);
    const x = chartX + i * monthWidth;
    if (i > 0 && (windowStart + i) % 3 !== 0) w.line(x, monthTop, x, bodyBottom, COLOURS.hairline, 0.3);
    const name = monthNameLabel(month, w.locale);
    const label = w.textWidth(name, mStyle) <= monthWidth - 2 ? name : monthNameLabel(month, w.locale, 'narrow');
    w.drawLines([label], x + monthWidth / 2, monthTop + 1, mStyle, 'center');
  }
  w.line(chartX, monthTop, right, monthTop, COLOURS.hairline, 0.5);
  w.line(w.page.left, bodyTop, right, bodyTop, COLOURS.rule, 0.75);
}

interface MilestoneLayout {
  height: number;
  items: { milestone: Milestone; x: number; row: number; label: string; labelX: number; truncated: boolean }[];
}

/** Milestones in this window, labels stacked into as many rows as keep them apart. */
function milestoneLayout(w: PdfWriter, milestones: readonly Milestone[], frame: Frame): MilestoneLayout {
  const style: TextStyle = { size: TYPE.small };
  const right = frame.chartX + frame.chartWidth;
  const visible = milestones
    .map((milestone) => ({ milestone, offset: monthIndex(milestone.month) - frame.windowStart }))
    .filter((m) => m.offset >= 0 && m.offset < frame.window.count);
  if (!visible.length) return { height: 0, items: [] };
  const placed = visible.map(({ milestone, offset }) => {
    const x = frame.chartX + (offset + 0.5) * frame.monthWidth;
    const label = w.fitOneLine(milestone.title, Math.min(200, frame.chartWidth - 20), style);
    const width = w.textWidth(label, style) + 12;
    // Labels run right of the diamond unless that would leave the chart.
    const labelX = x + width <= right ? x + 7 : x - width + 5;
    const truncated = label !== w.clean(milestone.title).replace(/\s+/g, ' ').trim();
    return { milestone, x, label, labelX, truncated, span: { x: labelX - 7, width: width + 2 } };
  });
  const rows = stackLabels(
    placed.map((p) => p.span),
    4,
  );
  const rowCount = Math.max(...rows) + 1;
  return { height: rowCount * MILESTONE_ROW + 8, items: placed.map((p, i) => ({ milestone: p.milestone, x: p.x, row: rows[i]!, label: p.label, labelX: p.labelX, truncated: p.truncated })) };
}

function drawMilestoneLane(w: PdfWriter, frame: Frame, layout: MilestoneLayout, top: number): void {
  w.drawLines([w.t('pdf.roadmap.milestones')], frame.labelX, top + 4, { size: 8.5, style: 'bold', colour: COLOURS.accent });
  for (const item of layout.items) {
    const cy = top + 4 + item.row * MILESTONE_ROW + MILESTONE_ROW / 2;
    drawDiamond(w, item.x, cy, 4);
    // A white ground keeps the label clear of the milestone lines and grid behind it.
    const lh = w.lineHeight(TYPE.small);
    w.fillRect(item.labelX - 1.5, cy - lh / 2 + 0.5, w.textWidth(item.label, { size: TYPE.small }) + 3, lh - 1, COLOURS.white);
    w.drawLines([item.label], item.labelX, cy - lh / 2, { size: TYPE.small });
  }
  w.line(frame.labelX, top + layout.height, frame.chartX + frame.chartWidth, top + layout.height, COLOURS.hairline, 0.5);
}

function drawMilestoneLines(w: PdfWriter, frame: Frame, milestones: readonly Milestone[], top: number, bottom: number): void {
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

function drawLaneHeader(w: PdfWriter, frame: Frame, lane: Lane, continued: boolean, top: number): void {
  const right = frame.chartX + frame.chartWidth;
  w.fillRect(frame.labelX, top, right - frame.labelX, lane.headerHeight, COLOURS.accentSoft);
  const lines = [...lane.titleLines];
  if (continued) {
    const last = lines.length - 1;
    const candidate = `${lines[last]} ${w.t('pdf.continued')}`;
    if (w.textWidth(candidate, LANE_STYLE) <= w.page.contentWidth - 12) lines[last] = candidate;
  }
  w.drawLines(lines, frame.labelX + 6, top + 3, LANE_STYLE);
}

function drawRow(w: PdfWriter, frame: Frame, row: ChartRow, top: number): void {
  const lh = w.lineHeight(LABEL_STYLE.size);
  const right = frame.chartX + frame.chartWidth;
  w.line(frame.labelX, top + row.height, right, top + row.height, COLOURS.hairline, 0.3);
  const labelTop = top + (row.height - row.lines.length * lh) / 2;
  w.drawLines(row.lines, frame.labelX + 2, labelTop, row.app ? LABEL_STYLE : { ...LABEL_STYLE, colour: COLOURS.muted });
  if (!row.app) return;
  const barTop = top + (row.height - BAR_HEIGHT) / 2;
  const note: TextStyle = { size: TYPE.small, colour: COLOURS.muted };
  if (!row.schedule) {
    const text = w.t('pdf.roadmap.notScheduled');
    w.fillRect(frame.chartX + 2, barTop, w.textWidth(text, note) + 4, BAR_HEIGHT, COLOURS.white);
    w.drawLines([text], frame.chartX + 4, barTop + 1, note);
    return;
  }
  let drawn = 0;
  for (const phase of row.schedule.phases) {
    const start = monthIndex(phase.start);
    const clip = clipSpan(start, start + phase.months, frame.windowStart, frame.window.count);
    if (!clip) continue;
    drawn++;
    const x = frame.chartX + clip.from * frame.monthWidth;
    const width = (clip.to - clip.from) * frame.monthWidth;
    const names = phaseLabels(w, phase.kind);
    const labels = clip.cutBefore ? names.slice(1) : names;
    drawPhaseBox(w, phase.kind, x, barTop, width, BAR_HEIGHT, 1, labels);
    if (clip.cutBefore) drawCut(w, x, barTop, 'before');
    if (clip.cutAfter) drawCut(w, x + width, barTop, 'after');
  }
  if (!drawn) {
    const span = scheduleSpan(row.schedule.phases);
    if (span.end <= frame.windowStart) w.drawLines([w.t('pdf.roadmap.earlier')], frame.chartX + 4, barTop + 1, note);
    else w.drawLines([w.t('pdf.roadmap.later')], right - 4, barTop + 1, note, 'right');
  }
}

/** Finish-to-start arrow from the end of `fromId`'s last phase to the start of `toId`'s first; false when not both on this page. */
function drawDependency(w: PdfWriter, frame: Frame, rows: Map<string, number>, schedules: Map<string, Schedule>, fromId: string, toId: string): boolean {
  const yFrom = rows.get(fromId);
  const yTo = rows.get(toId);
  const from = schedules.get(fromId);
  const to = schedules.get(toId);
  if (yFrom === undefined || yTo === undefined || !from || !to) return false;
  const end = scheduleSpan(from.phases).end - frame.windowStart;
  const start = scheduleSpan(to.phases).start - frame.windowStart;
  if (end <= 0 || end > frame.window.count || start < 0 || start >= frame.window.count) return false;
  const x1 = frame.chartX + end * frame.monthWidth;
  const x2 = frame.chartX + start * frame.monthWidth;
  const down = yTo > yFrom ? 1 : -1;
  w.doc.setLineDashPattern([], 0);
  if (x2 >= x1 - 0.5) {
    // Out of the predecessor's end, across, and down (or up) onto the start of the dependent bar.
    const xt = Math.max(x1, x2) + 5;
    drawArrow(w, [[x1, yFrom], [xt, yFrom], [xt, yTo - down * (BAR_HEIGHT / 2 + 0.5)]]);
  } else {
    // The dependent starts before its predecessor ends: route back around so the conflict shows.
    const between = yTo - down * (BAR_HEIGHT / 2 + 3);
    drawArrow(w, [[x1, yFrom], [x1 + 4, yFrom], [x1 + 4, between], [x2 - 6, between], [x2 - 6, yTo], [x2, yTo]]);
  }
  return true;
}

function listUndrawnDependencies(w: PdfWriter, plan: Plan, undrawn: Set<string>): void {
  if (!undrawn.size) return;
  const titles = new Map(plan.applications.map((a) => [a.id, a.title]));
  const lines = plan.roadmap.dependencies
    .filter((d) => undrawn.has(d.id))
    .map((d) => w.t('pdf.roadmap.buildsOn', { dependent: titles.get(d.toId) ?? d.toId, predecessor: titles.get(d.fromId) ?? d.fromId }));
  const style: TextStyle = { size: TYPE.body };
  w.y += 6;
  w.ensureSpace(w.lineHeight(TYPE.body) * 3);
  w.paragraph(w.t('pdf.roadmap.undrawn'), { size: TYPE.body, style: 'bold', colour: COLOURS.accent });
  for (const line of lines) w.paragraph(`• ${line}`, style);
}


/** Milestone titles too long for the chart, in full. */
function listShortenedMilestones(w: PdfWriter, milestones: readonly Milestone[]): void {
  if (!milestones.length) return;
  w.y += 6;
  w.ensureSpace(w.lineHeight(TYPE.body) * 3);
  w.paragraph(w.t('pdf.roadmap.milestonesInFull'), { size: TYPE.body, style: 'bold', colour: COLOURS.accent });
  for (const m of milestones) w.paragraph(`• ${w.t('pdf.roadmap.milestoneInFull', { month: monthLabel(m.month, w.locale), title: m.title })}`, { size: TYPE.body });
}
