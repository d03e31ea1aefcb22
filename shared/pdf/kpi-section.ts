import { countOfKind } from '../labels';
import type { Kpi, Plan } from '../model';
import { baselineToTarget, cadenceLabel, directionLabel, formatKpiValue, longDate } from './board-pack-labels';
import { drawGroupedTable, groupStartHeight, type TableCell, type TableColumn, type TableGroup } from './grouped-table';
import { indexPlan, type PlanIndex } from '../plan-index';
import { kpisOfApplication, pillarGroups, type PillarGroup } from './plan-groups';
import { COLOURS } from './pdf-theme';
import type { PdfWriter } from './pdf-writer';

const COLUMNS: TableColumn[] = [
  { header: 'AI application', share: 0.2 },
  { header: 'KPI', share: 0.2 },
  { header: 'Baseline → target', share: 0.16 },
  { header: 'Direction', share: 0.11 },
  { header: 'Cadence', share: 0.08 },
  { header: 'Owner', share: 0.115 },
  { header: 'Data source', share: 0.135 },
];

const muted = (content: string, colSpan?: number): TableCell => ({ content, colSpan, styles: { textColor: [...COLOURS.muted] } });

/** The KPIs by pillar and application: what moves, from where to where, how often it is read and by whom. */
export function* drawKpiSection(w: PdfWriter, plan: Plan): Generator<number> {
  const index = indexPlan(plan);
  const tables = pillarGroups(plan)
    .filter((g) => g.objectives.some((o) => o.applications.length))
    .map((group) => kpiGroup(group, index));
  w.heading(
    'KPIs: how success is measured',
    'Each KPI has a baseline measured before its pilot and a target agreed by its owner. The arrow says which way is better; the latest recorded value shows drift after launch.',
    tables.length ? groupStartHeight(w, COLUMNS, tables[0]!) : 30,
  );
  if (!tables.length) {
    w.paragraph('No AI applications yet, so no KPIs to show.', { size: 9.5, colour: COLOURS.muted });
    return;
  }
  for (let g = 0; g < tables.length; g++) {
    drawGroupedTable(w, COLUMNS, tables[g]!);
    yield (g + 1) / tables.length;
  }
}

function kpiGroup(group: PillarGroup, index: PlanIndex): TableGroup {
  const rows: TableCell[][] = [];
  let kpiCount = 0;
  for (const { applications } of group.objectives) {
    for (const app of applications) {
      const list = kpisOfApplication(index, app.id);
      kpiCount += list.length;
      if (!list.length) rows.push([app.title, muted('No KPI yet: define the success metric before starting.', COLUMNS.length - 1)]);
      list.forEach((kpi, i) => rows.push(kpiRow(i === 0 ? app.title : '', kpi)));
    }
  }
  return { title: `${group.title}   ·   ${countOfKind(kpiCount, 'kpi')}`, rows };
}

function kpiRow(applicationTitle: string, kpi: Kpi): TableCell[] {
  const latest = latestActual(kpi);
  const values = baselineToTarget(kpi) + (latest ? `\nLatest: ${formatKpiValue(latest.value, kpi.unit)} (${longDate(latest.date)})` : '');
  return [
    applicationTitle,
    kpi.name,
    kpi.baseline === null || kpi.target === null ? { content: values, styles: { textColor: [...COLOURS.severityHigh] } } : values,
    directionLabel(kpi),
    cadenceLabel(kpi.cadence),
    kpi.owner.trim() ? kpi.owner : muted('No owner'),
    kpi.source.trim() ? kpi.source : muted('Not named'),
  ];
}

function latestActual(kpi: Kpi): { date: string; value: number } | null {
  let latest: { date: string; value: number } | null = null;
  for (const a of kpi.actuals) if (!latest || a.date >= latest.date) latest = a;
  return latest;
}
