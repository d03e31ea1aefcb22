import type { Plan } from '../model';
import { monthLabel, monthString } from '../roadmap/months';
import { scheduleSpan } from '../roadmap/phases';
import { backwardsDependencies } from '../roadmap/roadmap-rules';
import { drawGroupedTable, groupStartHeight, type TableCell, type TableColumn, type TableGroup } from './grouped-table';
import { pdfSectionTitle } from './pdf-sections';
import { COLOURS } from './pdf-theme';
import type { PdfWriter } from './pdf-writer';

/*
 * The roadmap's dates as a table (#18 §2): the chart shows where things fall, this says exactly when.
 * Milestones by month; each dependency "A → B" with the month A finishes and the month B's pilot
 * starts, marked backwards when B starts before A is done (the roadmap rule of the same name).
 */

const muted = (content: string, colSpan?: number): TableCell => ({ content, colSpan, styles: { textColor: [...COLOURS.muted] } });

export function* drawScheduleSection(w: PdfWriter, plan: Plan): Generator<number> {
  const { t } = w;
  const { milestones, dependencies } = plan.roadmap;
  const milestoneColumns: TableColumn[] = [
    { header: t('pdf.schedule.column.month'), share: 0.16 },
    { header: t('pdf.schedule.column.milestone'), share: 0.84 },
  ];
  const byMonth = [...milestones].sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
  const milestoneGroup: TableGroup = {
    title: t('pdf.schedule.milestones', { count: milestones.length }),
    rows: byMonth.length ? byMonth.map((m) => [monthLabel(m.month, w.locale), m.title]) : [[muted(t('pdf.schedule.noMilestones'), 2)]],
  };
  w.heading(pdfSectionTitle('schedule', t), t('pdf.schedule.intro'), groupStartHeight(w, milestoneColumns, milestoneGroup));
  drawGroupedTable(w, milestoneColumns, milestoneGroup);
  yield 0.4;

  const backwards = t('pdf.schedule.backwards');
  const inOrder = t('pdf.schedule.inOrder');
  const dependencyColumns: TableColumn[] = [
    { header: t('pdf.schedule.column.dependency'), share: 0.56 },
    { header: t('pdf.schedule.column.finishes'), share: 0.15 },
    { header: t('pdf.schedule.column.starts'), share: 0.15 },
    { header: t('pdf.schedule.column.order'), share: 0.14, labels: [backwards, inOrder] },
  ];
  const titles = new Map(plan.applications.map((a) => [a.id, a.title]));
  const spans = new Map(plan.roadmap.schedules.map((s) => [s.applicationId, scheduleSpan(s.phases)]));
  const wrongWay = new Set(backwardsDependencies(plan).map((b) => b.dependencyId));
  const rows = dependencies.map((d) => {
    const from = spans.get(d.fromId);
    const to = spans.get(d.toId);
    return { d, finishes: from ? from.end - 1 : null, starts: to ? to.start : null };
  });
  // By the month the dependent starts, so the table reads in the order work begins; unscheduled last.
  const when = (month: number | null) => (month === null ? Infinity : month);
  rows.sort((a, b) => when(a.starts) - when(b.starts) || when(a.finishes) - when(b.finishes));
  const notScheduled = () => muted(t('pdf.schedule.notScheduled'));
  const dependencyGroup: TableGroup = {
    title: t('pdf.schedule.dependencies', { count: dependencies.length }),
    rows: rows.length
      ? rows.map(({ d, finishes, starts }): TableCell[] => [
          t('pdf.schedule.dependency', { from: titles.get(d.fromId) ?? d.fromId, to: titles.get(d.toId) ?? d.toId }),
          finishes === null ? notScheduled() : monthLabel(monthString(finishes), w.locale),
          starts === null ? notScheduled() : monthLabel(monthString(starts), w.locale),
          wrongWay.has(d.id)
            ? { content: backwards, styles: { fontStyle: 'bold', textColor: [...COLOURS.severityHigh] } }
            : finishes === null || starts === null
              ? ''
              : muted(inOrder),
        ])
      : [[muted(t('pdf.schedule.noDependencies'), 4)]],
  };
  drawGroupedTable(w, dependencyColumns, dependencyGroup);
  yield 1;
}
