import { countOfKind } from '../labels';
import type { Kpi, Plan } from '../model';
import { baselineToTarget, cadenceLabel, directionLabel, formatKpiValue, longDate } from './board-pack-labels';
import { fitColumnsToContent } from './content-widths';
import { drawGroupedTable, groupStartHeight, type TableCell, type TableColumn, type TableGroup } from './grouped-table';
import { indexPlan, type PlanIndex } from '../plan-index';
import { kpisOfApplication, pillarGroups, type PillarGroup } from './plan-groups';
import { COLOURS, type Rgb } from './pdf-theme';
import type { PdfWriter } from './pdf-writer';
import type { MessageKey, Translate } from '../i18n/translator';
import { CADENCE_KEYS, labelsFor } from '../labels';
import { kpiTrend } from '../checks/kpi-checkins';
import { planProgress, type ProgressStatus } from '../value/realised';

const STATUS_KEYS: Record<ProgressStatus, MessageKey> = {
  'on-track': 'pdf.summary.status.onTrack',
  'at-risk': 'pdf.summary.status.atRisk',
  'off-track': 'pdf.summary.status.offTrack',
  'no-data': 'pdf.kpis.noCheckins',
};
/** A shape per status as well as a word (as on the executive summary), so it survives grey printing. */
const STATUS_MARK: Record<ProgressStatus, string> = { 'on-track': '●', 'at-risk': '▲', 'off-track': '■', 'no-data': '○' };
const STATUS_COLOUR: Record<ProgressStatus, Rgb> = { 'on-track': COLOURS.ink, 'at-risk': COLOURS.severityMedium, 'off-track': COLOURS.severityHigh, 'no-data': COLOURS.muted };
const statusText = (status: ProgressStatus, t: Translate) => `${STATUS_MARK[status]} ${t(STATUS_KEYS[status])}`;

// The direction sits under baseline → target, where "↑ Higher is better" has the room to stay on one line.
const COLUMN_KEYS: { header: MessageKey; share: number; labels?: (t: Translate) => string[] }[] = [
  { header: 'pdf.kpis.column.application', share: 0.15 },
  { header: 'pdf.kpis.column.kpi', share: 0.14 },
  { header: 'pdf.kpis.column.values', share: 0.16, labels: (t) => [t('pdf.kpis.higherIsBetter'), t('pdf.kpis.lowerIsBetter')] },
  { header: 'pdf.kpis.column.latest', share: 0.16 },
  { header: 'pdf.kpis.column.status', share: 0.1, labels: (t) => (Object.keys(STATUS_KEYS) as ProgressStatus[]).map((s) => statusText(s, t)) },
  { header: 'pdf.kpis.column.cadence', share: 0.08, labels: (t) => Object.values(labelsFor(CADENCE_KEYS, t)) },
  { header: 'pdf.kpis.column.owner', share: 0.1 },
  { header: 'pdf.kpis.column.source', share: 0.11 },
];

const muted = (content: string, colSpan?: number): TableCell => ({ content, colSpan, styles: { textColor: [...COLOURS.muted] } });

/** The KPIs by pillar and application: from where to where, where the latest check-in stands, how often it is read and by whom. */
export function* drawKpiSection(w: PdfWriter, plan: Plan, date: string): Generator<number> {
  const index = indexPlan(plan);
  const statuses = planProgress(plan, date).byKpi;
  const columns: TableColumn[] = COLUMN_KEYS.map((c) => ({ ...c, header: w.t(c.header), labels: c.labels?.(w.t) }));
  const tables = pillarGroups(plan, w.t)
    .filter((g) => g.objectives.some((o) => o.applications.length))
    .map((group) => kpiGroup(w, group, index, statuses, date));
  const fitted = fitColumnsToContent(w, columns, tables);
  const intro = `${w.t('pdf.kpis.intro')} ${w.t('pdf.kpis.statusIntro', { date: longDate(date, w) })}`;
  w.heading(w.t('pdf.kpis.title'), intro, tables.length ? groupStartHeight(w, fitted, tables[0]!) : 30);
  if (!tables.length) {
    w.paragraph(w.t('pdf.kpis.empty'), { size: 9.5, colour: COLOURS.muted });
    return;
  }
  for (let g = 0; g < tables.length; g++) {
    drawGroupedTable(w, fitted, tables[g]!);
    yield (g + 1) / tables.length;
  }
}

function kpiGroup(w: PdfWriter, group: PillarGroup, index: PlanIndex, statuses: ReadonlyMap<string, ProgressStatus>, date: string): TableGroup {
  const rows: TableCell[][] = [];
  const carry: (string | null)[] = [];
  let kpiCount = 0;
  for (const { applications } of group.objectives) {
    for (const app of applications) {
      const list = kpisOfApplication(index, app.id);
      kpiCount += list.length;
      if (!list.length) {
        rows.push([app.title, muted(w.t('pdf.kpis.noKpi'), COLUMN_KEYS.length - 1)]);
        carry.push(null);
      }
      list.forEach((kpi, i) => {
        rows.push(kpiRow(w, i === 0 ? app.title : '', kpi, statuses.get(kpi.id) ?? 'no-data', date));
        carry.push(i === 0 ? null : app.title);
      });
    }
  }
  return { title: `${group.title}   ·   ${countOfKind(kpiCount, 'kpi', w.t)}`, rows, carry };
}

function kpiRow(w: PdfWriter, applicationTitle: string, kpi: Kpi, status: ProgressStatus, date: string): TableCell[] {
  const values = `${baselineToTarget(kpi, w)}\n${directionLabel(kpi, w)}`;
  return [
    applicationTitle,
    kpi.name,
    kpi.baseline === null || kpi.target === null ? { content: values, styles: { textColor: [...COLOURS.severityHigh] } } : values,
    latestCell(w, kpi, date),
    { content: statusText(status, w.t), styles: { textColor: [...STATUS_COLOUR[status]], fontStyle: status === 'off-track' ? 'bold' : 'normal' } },
    cadenceLabel(kpi.cadence, w.t),
    kpi.owner.trim() ? kpi.owner : muted(w.t('pdf.noOwner')),
    kpi.source.trim() ? kpi.source : muted(w.t('pdf.kpis.noSource')),
  ];
}

/** "12 hours (1 June 2027)" over "↓ 8 hours to target": the last check-in by the pack's date, which way it moved, and how far from the target. */
function latestCell(w: PdfWriter, kpi: Kpi, date: string): TableCell {
  const points = kpiTrend(kpi).points.filter((p) => p.date <= date);
  const latest = points[points.length - 1];
  // The status column says "No check-ins" already.
  if (!latest) return muted('—');
  const before = points.length > 1 ? points[points.length - 2]!.value : kpi.baseline;
  const arrow = before === null || latest.value === before ? '→' : latest.value > before ? '↑' : '↓';
  const gap = latest.shortfall === null ? w.t('pdf.kpis.noTarget') : latest.shortfall === 0 ? w.t('pdf.kpis.targetMet') : w.t('pdf.kpis.toTarget', { amount: formatKpiValue(latest.shortfall, kpi.unit, w) });
  return `${w.t('pdf.kpis.latestValue', { value: formatKpiValue(latest.value, kpi.unit, w), date: longDate(latest.date, w) })}\n${w.t('pdf.kpis.trend', { arrow, gap })}`;
}
