import type { Application, Kpi, Plan } from '../model';
import { approachLabel, categoryLabel, statusLabel } from './board-pack-labels';
import { drawGroupedTable, groupStartHeight, type TableCell, type TableColumn, type TableGroup } from './grouped-table';
import { countOfKind } from '../labels';
import { indexPlan, type PlanIndex } from '../plan-index';
import { kpisOfApplication, pillarGroups, type PillarGroup } from './plan-groups';
import { COLOURS } from './pdf-theme';
import type { PdfWriter } from './pdf-writer';

const COLUMNS: TableColumn[] = [
  { header: 'Business objective', share: 0.16 },
  { header: 'AI application', share: 0.235 },
  { header: 'Category and approach', share: 0.125 },
  { header: 'Impact', share: 0.06, halign: 'center' },
  { header: 'Feasibility', share: 0.085, halign: 'center' },
  { header: 'Owner', share: 0.1 },
  { header: 'Status', share: 0.075 },
  { header: 'KPIs', share: 0.16 },
];

const muted = (content: string, colSpan?: number): TableCell => ({ content, colSpan, styles: { textColor: [...COLOURS.muted] } });

/** The matrix as one table per pillar: objective → application → KPIs, with the application's scores. */
export function* drawMatrixSection(w: PdfWriter, plan: Plan): Generator<number> {
  const index = indexPlan(plan);
  const tables = pillarGroups(plan).map((group) => matrixGroup(group, index));
  w.heading(
    'Strategic alignment matrix',
    'Every AI application traces up to a business objective under a strategic pillar, and down to the KPIs that will show whether it worked. Impact and feasibility are scored from 1 (low) to 5 (high); ★ marks the starter projects.',
    tables.length ? groupStartHeight(w, COLUMNS, tables[0]!) : 30,
  );
  if (!tables.length) {
    w.paragraph('No strategic pillars yet: add pillars, their objectives and AI applications to fill this table.', { size: 9.5, colour: COLOURS.muted });
    return;
  }
  for (let g = 0; g < tables.length; g++) {
    drawGroupedTable(w, COLUMNS, tables[g]!);
    yield (g + 1) / tables.length;
  }
}

function matrixGroup(group: PillarGroup, index: PlanIndex): TableGroup {
  const rows: TableCell[][] = [];
  const appCount = group.objectives.reduce((n, o) => n + o.applications.length, 0);
  if (!group.objectives.length) rows.push([muted('No business objective yet.', COLUMNS.length)]);
  for (const { objective, applications } of group.objectives) {
    const objectiveTitle = objective ? objective.title : '—';
    const startsObjective = rows.length > 0;
    if (!applications.length) {
      rows.push(withTopRule([objectiveTitle, muted('No AI application yet.', COLUMNS.length - 1)], startsObjective));
      continue;
    }
    applications.forEach((app, i) => {
      const row = applicationRow(i === 0 ? objectiveTitle : '', app, kpisOfApplication(index, app.id));
      rows.push(withTopRule(row, i === 0 && startsObjective));
    });
  }
  const counts = group.pillar ? `${countOfKind(group.objectives.length, 'objective')} · ${countOfKind(appCount, 'application')}` : countOfKind(appCount, 'application');
  return { title: `${group.title}   ·   ${counts}`, rows };
}

function applicationRow(objectiveTitle: string, app: Application, kpis: readonly Kpi[]): TableCell[] {
  const status = statusLabel(app.status) + (app.starter ? '\n★ Starter' : '');
  return [
    objectiveTitle,
    (app.starter ? '★ ' : '') + app.title,
    `${categoryLabel(app.category)}\n${approachLabel(app.approach)}`,
    String(app.impact),
    String(app.feasibility),
    app.owner.trim() ? app.owner : muted('No owner'),
    status,
    kpis.length ? kpis.map((k) => `• ${k.name}`).join('\n') : muted('No KPI yet'),
  ];
}

/** A darker rule above the first row of each objective after the first, so objectives read as blocks. */
function withTopRule(row: TableCell[], rule: boolean): TableCell[] {
  if (!rule) return row;
  return row.map((cell) => {
    const base = typeof cell === 'string' ? { content: cell } : cell;
    return { ...base, styles: { ...base.styles, lineWidth: { top: 0.75, bottom: 0.5, left: 0, right: 0 }, lineColor: [...COLOURS.rule] } };
  });
}
