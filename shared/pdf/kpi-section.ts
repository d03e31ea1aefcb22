import { countOfKind } from '../labels';
import type { Kpi, Plan } from '../model';
import { baselineToTarget, cadenceLabel, directionLabel, formatKpiValue, longDate } from './board-pack-labels';
import { drawGroupedTable, groupStartHeight, type TableCell, type TableColumn, type TableGroup } from './grouped-table';
import { indexPlan, type PlanIndex } from '../plan-index';
import { kpisOfApplication, pillarGroups, type PillarGroup } from './plan-groups';
import { COLOURS } from './pdf-theme';
import type { PdfWriter } from './pdf-writer';
import type { MessageKey, Translate } from '../i18n/translator';
import { CADENCE_KEYS, labelsFor } from '../labels';

const COLUMN_KEYS: { header: MessageKey; share: number; labels?: (t: Translate) => string[] }[] = [
  { header: 'pdf.kpis.column.application', share: 0.2 },
  { header: 'pdf.kpis.column.kpi', share: 0.2 },
  { header: 'pdf.kpis.column.values', share: 0.16 },
  { header: 'pdf.kpis.column.direction', share: 0.11, labels: (t) => [t('pdf.kpis.higherIsBetter'), t('pdf.kpis.lowerIsBetter')] },
  { header: 'pdf.kpis.column.cadence', share: 0.08, labels: (t) => Object.values(labelsFor(CADENCE_KEYS, t)) },
  { header: 'pdf.kpis.column.owner', share: 0.115 },
  { header: 'pdf.kpis.column.source', share: 0.135 },
];

const muted = (content: string, colSpan?: number): TableCell => ({ content, colSpan, styles: { textColor: [...COLOURS.muted] } });

/** The KPIs by pillar and application: what moves, from where to where, how often it is read and by whom. */
export function* drawKpiSection(w: PdfWriter, plan: Plan): Generator<number> {
  const index = indexPlan(plan);
  const columns: TableColumn[] = COLUMN_KEYS.map((c) => ({ ...c, header: w.t(c.header), labels: c.labels?.(w.t) }));
  const tables = pillarGroups(plan, w.t)
    .filter((g) => g.objectives.some((o) => o.applications.length))
    .map((group) => kpiGroup(w, group, index));
  w.heading(w.t('pdf.kpis.title'), w.t('pdf.kpis.intro'), tables.length ? groupStartHeight(w, columns, tables[0]!) : 30);
  if (!tables.length) {
    w.paragraph(w.t('pdf.kpis.empty'), { size: 9.5, colour: COLOURS.muted });
    return;
  }
  for (let g = 0; g < tables.length; g++) {
    drawGroupedTable(w, columns, tables[g]!);
    yield (g + 1) / tables.length;
  }
}

function kpiGroup(w: PdfWriter, group: PillarGroup, index: PlanIndex): TableGroup {
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
        rows.push(kpiRow(w, i === 0 ? app.title : '', kpi));
        carry.push(i === 0 ? null : app.title);
      });
    }
  }
  return { title: `${group.title}   ·   ${countOfKind(kpiCount, 'kpi', w.t)}`, rows, carry };
}

function kpiRow(w: PdfWriter, applicationTitle: string, kpi: Kpi): TableCell[] {
  const latest = latestActual(kpi);
  const values = baselineToTarget(kpi, w) + (latest ? `\n${w.t('pdf.kpis.latest', { value: formatKpiValue(latest.value, kpi.unit, w), date: longDate(latest.date, w) })}` : '');
  return [
    applicationTitle,
    kpi.name,
    kpi.baseline === null || kpi.target === null ? { content: values, styles: { textColor: [...COLOURS.severityHigh] } } : values,
    directionLabel(kpi, w),
    cadenceLabel(kpi.cadence, w.t),
    kpi.owner.trim() ? kpi.owner : muted(w.t('pdf.noOwner')),
    kpi.source.trim() ? kpi.source : muted(w.t('pdf.kpis.noSource')),
  ];
}

function latestActual(kpi: Kpi): { date: string; value: number } | null {
  let latest: { date: string; value: number } | null = null;
  for (const a of kpi.actuals) if (!latest || a.date >= latest.date) latest = a;
  return latest;
}
