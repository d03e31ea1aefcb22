import type { Application, Milestone, Plan, Schedule } from '../model';
import { PHASE_KINDS } from '../schema/plan-schema';
import { addMonths, monthIndex, monthLabel, monthNameLabel, monthString, quarterLabel, quarterOf } from '../roadmap/months';
import { phaseLabel, scheduleSpan } from '../roadmap/phases';
import { backwardsDependencies } from '../roadmap/roadmap-rules';
import { statusLabel } from './board-pack-labels';
import { pdfSectionTitle } from './pdf-sections';
import { pillarGroups } from './plan-groups';
import { COLOURS, TYPE } from './pdf-theme';
import type { PdfWriter, TextStyle } from './pdf-writer';
import { BAR_HEIGHT, drawArrow, drawCut, drawDiamond, drawPhaseBox, drawWarningMark } from './gantt-shapes';
import { BACKWARDS_ARROW, drawDependency, type Obstacle } from './roadmap-arrows';
import { monthX, type Frame } from './roadmap-frame';
import { clipSpan, monthWindows, paginateLanes } from './roadmap-layout';
import { drawMilestoneLane, drawMilestoneLines, milestoneLayout } from './roadmap-milestones';
import { drawTodayLine, drawTodayTag, shortDay, todayMonth, todayOnPage, TODAY_TAG_HEIGHT } from './roadmap-today';

/** Months narrower than this would crowd the labels: the chart then splits across pages by time. */
export const MIN_MONTH_WIDTH = 22;

const LABEL_STYLE: TextStyle = { size: TYPE.chart };
const LANE_STYLE: TextStyle = { size: 8.5, style: 'bold', colour: COLOURS.accent };
const ROW_PADDING = 4;
const QUARTER_ROW = 14;
const MONTH_ROW = 13;
const CONTINUATION_TITLE = 20;
const META_STYLE: TextStyle = { size: TYPE.small, colour: COLOURS.muted };

interface ChartRow {
  app: Application | null;
  /** Wrapped label lines: the title. */
  lines: string[];
  /** Wrapped lines under the title: the application's status and owner. */
  meta: string[];
  height: number;
  schedule: Schedule | undefined;
}

interface Lane {
  title: string;
  titleLines: string[];
  headerHeight: number;
  rows: ChartRow[];
}

/**
 * The roadmap as a Gantt chart: quarters and months across, one swimlane per pillar, each
 * application's phases as textured, labelled bars, milestones as diamonds, dependencies as arrows.
 * Split by time when the horizon does not fit one page width, and by rows when lanes do not fit
 * one page height; every page repeats the time axis and the legend.
 *
 * `date` ("YYYY-MM-DD", the pack's date) draws a today line, labelled with the date, when it falls
 * inside the horizon.
 */
export function* drawRoadmapSection(w: PdfWriter, plan: Plan, date?: string): Generator<number> {
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
  const today = todayMonth(date, horizonStart, plan.meta.horizonMonths);
  const todayLabel = today !== null && date ? w.t('pdf.roadmap.today', { date: shortDay(date, w.locale) }) : '';
  const backwards = new Set(backwardsDependencies(plan).map((b) => b.dependencyId));

  for (let wi = 0; wi < windows.length; wi++) {
    const window = windows[wi]!;
    const monthWidth = chartWidth / Math.max(window.count, windows[0]!.count);
    const frame: Frame = { labelX: page.left, labelWidth, chartX, chartWidth: monthWidth * window.count, monthWidth, window, windowStart: horizonStart + window.first };
    const milestones = milestoneLayout(w, plan.roadmap.milestones, frame);
    for (const item of milestones.items) if (item.truncated) shortenedMilestones.set(item.milestone.id, item.milestone);
    if (wi > 0) w.newPage();
    const firstTop = w.y;
    const todayHere = todayOnPage(frame, today);
    const chrome = legend(w, backwards.size > 0, false) + QUARTER_ROW + MONTH_ROW + (todayHere ? TODAY_TAG_HEIGHT : 0);
    const spaceOnPage = (pageIndex: number) =>
      pageIndex === 0 ? page.contentBottom - firstTop - (wi > 0 ? CONTINUATION_TITLE : 0) - chrome - milestones.height : page.contentBottom - page.contentTop - CONTINUATION_TITLE - chrome;
    const pages = paginateLanes(
      lanes.map((l) => ({ headerHeight: l.headerHeight, rowHeights: l.rows.map((r) => r.height) })),
      spaceOnPage,
    );
    for (let pi = 0; pi < pages.length; pi++) {
      if (pi > 0) w.newPage();
      if (wi > 0 || pi > 0) continuationTitle(w, frame, windows.length > 1 ? { part: wi + 1, parts: windows.length } : null);
      w.y += legend(w, backwards.size > 0, true);
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
      // Lane headers are drawn over the today line, milestone labels on a white ground over it, bars over it.
      if (todayHere) drawTodayLine(w, frame, today, bodyTop, bodyBottom);
      if (pi === 0 && milestones.height) drawMilestoneLane(w, frame, milestones, bodyTop);
      const obstacles: Obstacle[] = [];
      for (const p of placements) obstacles.push(drawLaneHeader(w, frame, p.lane, p.continued, p.top));
      for (const p of placements) {
        let y = p.top + p.lane.headerHeight;
        for (const row of p.rows) {
          obstacles.push(...drawRow(w, frame, row, y));
          if (row.app) appRows.set(row.app.id, y + row.height / 2);
          y += row.height;
        }
      }
      const lines = plan.roadmap.milestones.map((m) => monthX(frame, monthIndex(m.month) + 0.5));
      if (todayHere) lines.push(monthX(frame, today));
      const around = { obstacles, lines };
      for (const dep of plan.roadmap.dependencies) {
        if (drawDependency(w, frame, appRows, schedules, around, dep.fromId, dep.toId)) undrawnDependencies.delete(dep.id);
      }
      w.line(frame.labelX, bodyBottom, frame.chartX + frame.chartWidth, bodyBottom, COLOURS.rule, 0.75);
      if (todayHere) drawTodayTag(w, frame, today, todayLabel, bodyBottom);
      w.y = bodyBottom + 10 + (todayHere ? TODAY_TAG_HEIGHT : 0);
      yield (wi + (pi + 1) / pages.length) / windows.length;
    }
  }
  listUndrawnDependencies(w, plan, undrawnDependencies);
  listShortenedMilestones(w, [...shortenedMilestones.values()]);
}

function buildLanes(w: PdfWriter, plan: Plan, labelWidth: number): Lane[] {
  const schedules = new Map(plan.roadmap.schedules.map((s) => [s.applicationId, s]));
  const lh = w.lineHeight(LABEL_STYLE.size);
  const metaLh = w.lineHeight(META_STYLE.size);
  const rowHeight = (lines: number, meta: number) => Math.max(BAR_HEIGHT + 2 * ROW_PADDING + 2, lines * lh + meta * metaLh + 2 * ROW_PADDING);
  const laneWidth = w.page.contentWidth - 12;
  return pillarGroups(plan, w.t).map((group) => {
    const titleLines = w.wrap(group.title, laneWidth, LANE_STYLE);
    const rows: ChartRow[] = [];
    for (const { applications } of group.objectives) {
      for (const app of applications) {
        const lines = w.wrap((app.starter ? '★ ' : '') + app.title, labelWidth - 6, LABEL_STYLE);
        const status = statusLabel(app.status, w.t);
        const owner = app.owner.trim();
        const meta = w.wrap(owner ? w.t('pdf.roadmap.statusOwner', { status, owner }) : status, labelWidth - 6, META_STYLE);
        rows.push({ app, lines, meta, height: rowHeight(lines.length, meta.length), schedule: schedules.get(app.id) });
      }
    }
    if (!rows.length) {
      const lines = w.wrap(w.t('pdf.roadmap.noApplications'), labelWidth - 6, LABEL_STYLE);
      rows.push({ app: null, lines, meta: [], height: rowHeight(lines.length, 0), schedule: undefined });
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

const LEGEND_STYLE: TextStyle = { size: TYPE.small, colour: COLOURS.ink };
const LEGEND_LINE = 12;

interface LegendItem {
  width: number;
  draw: (x: number, y: number) => void;
}

/** The legend's entries, each a sample (phase texture, diamond, arrow) and its words, left to right. */
function legendItems(w: PdfWriter, withBackwards: boolean): LegendItem[] {
  const text = (x: number, y: number, words: string): void => void w.drawLines([words], x, y, LEGEND_STYLE);
  const items: LegendItem[] = PHASE_KINDS.map((kind) => {
    const name = phaseLabel(kind, w.t);
    return { width: 30 + w.textWidth(name, LEGEND_STYLE), draw: (x: number, y: number) => (drawPhaseBox(w, kind, x, y, 26, 10, 0), text(x + 30, y, name)) };
  });
  const milestone = w.t('pdf.roadmap.legend.milestone');
  items.push({ width: 11 + w.textWidth(milestone, LEGEND_STYLE), draw: (x, y) => (drawDiamond(w, x + 4, y + 5, 4), text(x + 11, y, milestone)) });
  const buildsOn = w.t('pdf.roadmap.legend.buildsOn');
  items.push({ width: 22 + w.textWidth(buildsOn, LEGEND_STYLE), draw: (x, y) => (drawArrow(w, [[x, y + 5], [x + 18, y + 5]]), text(x + 22, y, buildsOn)) });
  if (withBackwards) {
    const backwards = w.t('pdf.roadmap.legend.backwards');
    items.push({
      width: 36 + w.textWidth(backwards, LEGEND_STYLE),
      draw: (x, y) => {
        drawArrow(w, [[x, y + 5], [x + 30, y + 5]], BACKWARDS_ARROW);
        drawWarningMark(w, x + 12, y + 5);
        text(x + 36, y, backwards);
      },
    });
  }
  const starter = w.t('pdf.roadmap.legend.starter');
  items.push({ width: w.textWidth(starter, LEGEND_STYLE), draw: (x, y) => text(x, y, starter) });
  return items;
}

/** The legend laid out in lines across the page width; `draw` false only measures it. */
function legend(w: PdfWriter, withBackwards: boolean, draw: boolean): number {
  const { left, right } = w.page;
  let x = left;
  let y = w.y + 2;
  for (const item of legendItems(w, withBackwards)) {
    if (x > left && x + item.width > right) {
      x = left;
      y += LEGEND_LINE;
    }
    if (draw) item.draw(x, y);
    x += item.width + 14;
  }
  return y + LEGEND_LINE + 6 - w.y;
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

/** Returns the lane title's extent, which arrows crossing the header keep clear of. */
function drawLaneHeader(w: PdfWriter, frame: Frame, lane: Lane, continued: boolean, top: number): Obstacle {
  const right = frame.chartX + frame.chartWidth;
  w.fillRect(frame.labelX, top, right - frame.labelX, lane.headerHeight, COLOURS.accentSoft);
  const lines = [...lane.titleLines];
  if (continued) {
    const last = lines.length - 1;
    const candidate = `${lines[last]} ${w.t('pdf.continued')}`;
    if (w.textWidth(candidate, LANE_STYLE) <= w.page.contentWidth - 12) lines[last] = candidate;
  }
  w.drawLines(lines, frame.labelX + 6, top + 3, LANE_STYLE);
  return { top, bottom: top + lane.headerHeight, from: frame.labelX, to: frame.labelX + 6 + Math.max(...lines.map((l) => w.textWidth(l, LANE_STYLE))) };
}

/** Returns what an arrow crossing this row keeps clear of: bar ends, phase joins, words. */
function drawRow(w: PdfWriter, frame: Frame, row: ChartRow, top: number): Obstacle[] {
  const lh = w.lineHeight(LABEL_STYLE.size);
  const right = frame.chartX + frame.chartWidth;
  w.line(frame.labelX, top + row.height, right, top + row.height, COLOURS.hairline, 0.3);
  const labelTop = top + (row.height - row.lines.length * lh - row.meta.length * w.lineHeight(META_STYLE.size)) / 2;
  w.drawLines(row.lines, frame.labelX + 2, labelTop, row.app ? LABEL_STYLE : { ...LABEL_STYLE, colour: COLOURS.muted });
  if (row.meta.length) w.drawLines(row.meta, frame.labelX + 2, labelTop + row.lines.length * lh, META_STYLE);
  if (!row.app) return [];
  const barTop = top + (row.height - BAR_HEIGHT) / 2;
  const obstacles: Obstacle[] = [];
  const keepClear = (from: number, to: number) => obstacles.push({ top: barTop - 1, bottom: barTop + BAR_HEIGHT + 1, from, to });
  const note: TextStyle = { size: TYPE.small, colour: COLOURS.muted };
  if (!row.schedule) {
    const text = w.t('pdf.roadmap.notScheduled');
    w.fillRect(frame.chartX + 2, barTop, w.textWidth(text, note) + 4, BAR_HEIGHT, COLOURS.white);
    w.drawLines([text], frame.chartX + 4, barTop + 1, note);
    keepClear(frame.chartX + 2, frame.chartX + 6 + w.textWidth(text, note));
    return obstacles;
  }
  let drawn = 0;
  for (const phase of row.schedule.phases) {
    const start = monthIndex(phase.start);
    const clip = clipSpan(start, start + phase.months, frame.windowStart, frame.window.count);
    if (!clip) continue;
    drawn++;
    const x = frame.chartX + clip.from * frame.monthWidth;
    const width = (clip.to - clip.from) * frame.monthWidth;
    // Past a cut mark the name starts clear of the notch.
    const label = drawPhaseBox(w, phase.kind, x, barTop, width, BAR_HEIGHT, 1, phaseLabel(phase.kind, w.t), clip.cutBefore ? 6 : 3);
    keepClear(x - 1, x + 1);
    keepClear(x + width - 1, x + width + 1);
    if (label) keepClear(label.from, label.to);
    if (clip.cutBefore) drawCut(w, x, barTop, 'before');
    if (clip.cutAfter) drawCut(w, x + width, barTop, 'after');
  }
  if (!drawn) {
    const span = scheduleSpan(row.schedule.phases);
    const earlier = span.end <= frame.windowStart;
    const text = w.t(earlier ? 'pdf.roadmap.earlier' : 'pdf.roadmap.later');
    const width = w.textWidth(text, note);
    if (earlier) w.drawLines([text], frame.chartX + 4, barTop + 1, note);
    else w.drawLines([text], right - 4, barTop + 1, note, 'right');
    if (earlier) keepClear(frame.chartX + 4, frame.chartX + 4 + width);
    else keepClear(right - 4 - width, right - 4);
  }
  return obstacles;
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
