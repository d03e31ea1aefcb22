import type { Application, Plan } from '../model';
import { roadmapBounds } from '../roadmap/roadmap-rules';
import { scheduleSpan } from '../roadmap/phases';
import { monthIndex, monthLabel } from '../roadmap/months';
import { statusLabel } from './board-pack-labels';
import { fitColumnsToContent } from './content-widths';
import { drawGroupedTable, groupStartHeight, type TableCell, type TableColumn } from './grouped-table';
import { COLOURS, TYPE } from './pdf-theme';
import type { PdfWriter, TextStyle } from './pdf-writer';
import { pillarGroups } from './plan-groups';
import { priorityOrder } from './priority-section';

/*
 * The summary pack's own pages (#18 §5): the roadmap rolled up by pillar on one page, and the top
 * applications by priority. With the executive summary and the findings by rule they make a pack of
 * at most a dozen pages whatever the plan's size; the full pack keeps every row.
 */

export const TOP_APPLICATIONS = 20;

interface PillarSpan {
  title: string;
  /** Month offsets from the horizon's start, clipped to it; null when nothing of the pillar is scheduled. */
  from: number | null;
  to: number | null;
  applications: number;
  scheduled: number;
  /** Offsets of the months pilots start in. */
  pilots: number[];
}

function pillarSpans(plan: Plan, w: PdfWriter): PillarSpan[] {
  const start = monthIndex(plan.meta.horizonStart);
  const months = plan.meta.horizonMonths;
  const phasesOf = new Map(plan.roadmap.schedules.map((s) => [s.applicationId, s.phases]));
  return pillarGroups(plan, w.t).map((group) => {
    const apps = group.objectives.flatMap((o) => o.applications);
    let from: number | null = null;
    let to: number | null = null;
    const pilots: number[] = [];
    let scheduled = 0;
    for (const app of apps) {
      const phases = phasesOf.get(app.id);
      if (!phases) continue;
      scheduled++;
      const span = scheduleSpan(phases);
      const a = Math.max(0, span.start - start);
      const b = Math.min(months, span.end - start);
      if (b > a) {
        from = from === null ? a : Math.min(from, a);
        to = to === null ? b : Math.max(to, b);
      }
      const pilot = phases.find((p) => p.kind === 'pilot');
      if (pilot) {
        const offset = monthIndex(pilot.start) - start;
        if (offset >= 0 && offset < months) pilots.push(offset);
      }
    }
    return { title: group.title, from, to, applications: apps.length, scheduled, pilots };
  });
}

/** One lane per pillar across the horizon: the span from its first phase to its last, a tick per pilot start. */
export function* drawRoadmapRollup(w: PdfWriter, plan: Plan): Generator<number> {
  const { t, page } = w;
  const spans = pillarSpans(plan, w);
  w.heading(t('pdf.summaryPack.roadmap.title'), t('pdf.summaryPack.roadmap.intro'), 120);
  const labelWidth = Math.min(210, page.contentWidth * 0.26);
  const countWidth = 120;
  const x0 = page.left + labelWidth + 8;
  const width = page.right - countWidth - 8 - x0;
  const months = plan.meta.horizonMonths;
  const monthWidth = width / months;
  const bounds = roadmapBounds(plan, w.locale);
  const small: TextStyle = { size: TYPE.chart + 0.5, colour: COLOURS.muted };
  const body: TextStyle = { size: TYPE.table, colour: COLOURS.ink };

  // Quarter labels along the top.
  const axisTop = w.y;
  for (const q of bounds.quarters) {
    const x = x0 + q.offset * monthWidth;
    w.line(x, axisTop, x, axisTop + 12, COLOURS.rule, 0.5);
    if (q.months * monthWidth > 30) w.drawLines([w.fitOneLine(q.label, q.months * monthWidth - 4, small)], x + 2, axisTop + 1, small);
  }
  w.y = axisTop + 16;

  const rowsTop = w.y;
  const available = page.contentBottom - rowsTop - 18;
  const minRow = 15;
  const fitting = Math.max(1, Math.floor(available / minRow));
  // More pillars than rows: the last row stands for the rest, so the page never overflows.
  const shown = spans.length <= fitting ? spans : spans.slice(0, fitting - 1);
  const rest = spans.slice(shown.length);
  const rowHeight = Math.min(26, available / Math.max(1, shown.length + (rest.length ? 1 : 0)));
  const barHeight = Math.max(5, Math.min(10, rowHeight * 0.4));

  const drawRow = (span: PillarSpan, label: string, y: number, i: number) => {
    if (i % 2 === 0) w.fillRect(page.left, y, page.contentWidth, rowHeight, COLOURS.zebra);
    const textTop = y + (rowHeight - w.lineHeight(body.size)) / 2;
    w.drawLines([w.fitOneLine(label, labelWidth - 4, body)], page.left + 2, textTop, body);
    const counts = t('pdf.summaryPack.roadmap.counts', { scheduled: span.scheduled, applications: span.applications });
    w.drawLines([w.fitOneLine(counts, countWidth - 4, small)], page.right - 2, textTop, small, 'right');
    if (span.from === null || span.to === null) {
      w.drawLines([t('pdf.summaryPack.roadmap.unscheduled')], x0 + 2, textTop, small);
      return;
    }
    const barTop = y + (rowHeight - barHeight) / 2;
    w.fillRect(x0 + span.from * monthWidth, barTop, (span.to - span.from) * monthWidth, barHeight, COLOURS.accentSoft);
    w.setDraw(COLOURS.accent, 0.75);
    w.doc.rect(x0 + span.from * monthWidth, barTop, (span.to - span.from) * monthWidth, barHeight, 'S');
    w.setFill(COLOURS.accent);
    for (const pilot of new Set(span.pilots)) w.doc.rect(x0 + pilot * monthWidth, barTop - 2, Math.max(1.5, monthWidth * 0.25), barHeight + 4, 'F');
  };

  shown.forEach((span, i) => drawRow(span, span.title, rowsTop + i * rowHeight, i));
  if (rest.length) {
    const merged: PillarSpan = {
      title: '',
      from: rest.some((s) => s.from !== null) ? Math.min(...rest.flatMap((s) => (s.from === null ? [] : [s.from]))) : null,
      to: rest.some((s) => s.to !== null) ? Math.max(...rest.flatMap((s) => (s.to === null ? [] : [s.to]))) : null,
      applications: rest.reduce((n, s) => n + s.applications, 0),
      scheduled: rest.reduce((n, s) => n + s.scheduled, 0),
      pilots: rest.flatMap((s) => s.pilots),
    };
    drawRow(merged, t('pdf.summaryPack.roadmap.morePillars', { count: rest.length }), rowsTop + shown.length * rowHeight, shown.length);
  }
  w.y = rowsTop + (shown.length + (rest.length ? 1 : 0)) * rowHeight + 6;
  w.drawLines([t('pdf.summaryPack.roadmap.legend', { start: monthLabel(bounds.start, w.locale), last: monthLabel(bounds.last, w.locale) })], page.left, w.y, small);
  w.y += w.lineHeight(small.size);
  yield 1;
}

/** The applications the 2×2 ranks first, at most TOP_APPLICATIONS, with where they sit and who owns them. */
export function* drawTopApplications(w: PdfWriter, plan: Plan): Generator<number> {
  const { t } = w;
  const active = plan.applications.filter((a) => a.status !== 'retired');
  const ranked = priorityOrder(active).slice(0, TOP_APPLICATIONS);
  const pillarOf = new Map<string, string>();
  for (const group of pillarGroups(plan, t)) for (const o of group.objectives) for (const a of o.applications) pillarOf.set(a.id, group.title);
  const pilotOf = new Map(plan.roadmap.schedules.map((s) => [s.applicationId, s.phases.find((p) => p.kind === 'pilot')?.start ?? null]));
  const columns: TableColumn[] = [
    { header: t('pdf.summaryPack.top.rank'), share: 0.05, halign: 'right' },
    { header: t('pdf.summaryPack.top.application'), share: 0.3 },
    { header: t('pdf.summaryPack.top.pillar'), share: 0.19 },
    { header: t('pdf.matrix.column.impact'), share: 0.07, halign: 'center' },
    { header: t('pdf.matrix.column.feasibility'), share: 0.09, halign: 'center' },
    { header: t('pdf.matrix.column.status'), share: 0.1 },
    { header: t('pdf.matrix.column.owner'), share: 0.11 },
    { header: t('pdf.summaryPack.top.pilot'), share: 0.09 },
  ];
  const muted = (content: string): TableCell => ({ content, styles: { textColor: [...COLOURS.muted] } });
  const row = (a: Application, i: number): TableCell[] => {
    const pilot = pilotOf.get(a.id);
    return [
      String(i + 1),
      (a.starter ? '★ ' : '') + (a.title.trim() || t('domain.untitled.application')),
      pillarOf.get(a.id) ?? '',
      String(a.impact),
      String(a.feasibility),
      statusLabel(a.status, t),
      a.owner.trim() ? a.owner : muted(t('pdf.noOwner')),
      pilot ? monthLabel(pilot, w.locale) : muted(t('pdf.summaryPack.top.notScheduled')),
    ];
  };
  const group = { title: t('pdf.summaryPack.top.group', { shown: ranked.length, count: active.length }), rows: ranked.map(row) };
  const fitted = fitColumnsToContent(w, columns, [group]);
  w.heading(t('pdf.summaryPack.top.title'), t('pdf.summaryPack.top.intro'), ranked.length ? groupStartHeight(w, fitted, group) : 30);
  if (!ranked.length) {
    w.paragraph(t('pdf.matrix.empty'), { size: 9.5, colour: COLOURS.muted });
    return;
  }
  drawGroupedTable(w, fitted, group);
  yield 1;
}
