import type { Application, Kpi, Plan } from '../model';
import { approachLabel, categoryLabel, statusLabel } from './board-pack-labels';
import { fitColumnsToContent } from './content-widths';
import { drawGroupedTable, groupStartHeight, type TableCell, type TableColumn, type TableGroup } from './grouped-table';
import { countOfKind } from '../labels';
import { indexPlan, type PlanIndex } from '../plan-index';
import { kpisOfApplication, pillarGroups, type PillarGroup } from './plan-groups';
import { COLOURS } from './pdf-theme';
import type { PdfWriter } from './pdf-writer';
import type { MessageKey, Translate } from '../i18n/translator';
import { APPROACH_KEYS, CATEGORY_KEYS, labelsFor, STATUS_KEYS } from '../labels';
import { pdfSectionTitle } from './pdf-sections';

const COLUMN_KEYS: (Omit<TableColumn, 'header' | 'labels'> & { header: MessageKey; labels?: (t: Translate) => string[] })[] = [
  { header: 'pdf.matrix.column.objective', share: 0.16 },
  { header: 'pdf.matrix.column.application', share: 0.235 },
  { header: 'pdf.matrix.column.categoryApproach', share: 0.125, labels: (t) => [...Object.values(labelsFor(CATEGORY_KEYS, t)), ...Object.values(labelsFor(APPROACH_KEYS, t))] },
  { header: 'pdf.matrix.column.impact', share: 0.06, halign: 'center' },
  { header: 'pdf.matrix.column.feasibility', share: 0.085, halign: 'center' },
  { header: 'pdf.matrix.column.owner', share: 0.1 },
  { header: 'pdf.matrix.column.status', share: 0.075, labels: (t) => [...Object.values(labelsFor(STATUS_KEYS, t)), t('pdf.matrix.starter')] },
  { header: 'pdf.matrix.column.kpis', share: 0.16 },
];
const COLUMN_COUNT = COLUMN_KEYS.length;

const muted = (content: string, colSpan?: number): TableCell => ({ content, colSpan, styles: { textColor: [...COLOURS.muted] } });

/** The matrix as one table per pillar: objective → application → KPIs, with the application's scores. */
export function* drawMatrixSection(w: PdfWriter, plan: Plan): Generator<number> {
  const index = indexPlan(plan);
  const columns: TableColumn[] = COLUMN_KEYS.map((c) => ({ ...c, header: w.t(c.header), labels: c.labels?.(w.t) }));
  const groups = pillarGroups(plan, w.t);
  const tables = groups.map((group) => matrixGroup(w, group, index));
  const fitted = fitColumnsToContent(w, columns, tables);
  w.heading(pdfSectionTitle('matrix', w.t), w.t('pdf.matrix.intro'), tables.length ? groupStartHeight(w, fitted, tables[0]!) : 30);
  if (!tables.length) {
    w.paragraph(w.t('pdf.matrix.empty'), { size: 9.5, colour: COLOURS.muted });
    return;
  }
  for (let g = 0; g < tables.length; g++) {
    const page = drawGroupedTable(w, fitted, tables[g]!);
    const pillar = groups[g]!.pillar;
    w.subBookmarks.push({ section: 'matrix', title: groups[g]!.title, page });
    if (pillar) w.setItemPage(`pillar:${pillar.id}`, page);
    yield (g + 1) / tables.length;
  }
}

function matrixGroup(w: PdfWriter, group: PillarGroup, index: PlanIndex): TableGroup {
  const { t } = w;
  const rows: TableCell[][] = [];
  const carry: (string | null)[] = [];
  const rowItems: string[][] = [];
  const appCount = group.objectives.reduce((n, o) => n + o.applications.length, 0);
  if (!group.objectives.length) {
    rows.push([muted(t('pdf.matrix.noObjective'), COLUMN_COUNT)]);
    carry.push(null);
    rowItems.push([]);
  }
  for (const { objective, applications } of group.objectives) {
    const objectiveTitle = objective ? objective.title : '—';
    const startsObjective = rows.length > 0;
    if (!applications.length) {
      rows.push(withTopRule([objectiveTitle, muted(t('pdf.matrix.noApplication'), COLUMN_COUNT - 1)], startsObjective));
      carry.push(null);
      rowItems.push(objective ? [`objective:${objective.id}`] : []);
      continue;
    }
    applications.forEach((app, i) => {
      const row = applicationRow(w, i === 0 ? objectiveTitle : '', app, kpisOfApplication(index, app.id));
      rows.push(withTopRule(row, i === 0 && startsObjective));
      carry.push(i === 0 ? null : objectiveTitle);
      rowItems.push(i === 0 && objective ? [`objective:${objective.id}`, `application:${app.id}`] : [`application:${app.id}`]);
    });
  }
  const counts = group.pillar ? `${countOfKind(group.objectives.length, 'objective', t)} · ${countOfKind(appCount, 'application', t)}` : countOfKind(appCount, 'application', t);
  return { title: `${group.title}   ·   ${counts}`, rows, carry, rowItems };
}

function applicationRow(w: PdfWriter, objectiveTitle: string, app: Application, kpis: readonly Kpi[]): TableCell[] {
  const { t } = w;
  const status = statusLabel(app.status, t) + (app.starter ? `\n${t('pdf.matrix.starter')}` : '');
  return [
    objectiveTitle,
    (app.starter ? '★ ' : '') + app.title,
    `${categoryLabel(app.category, t)}\n${approachLabel(app.approach, t)}`,
    String(app.impact),
    String(app.feasibility),
    app.owner.trim() ? app.owner : muted(t('pdf.noOwner')),
    status,
    kpis.length ? kpis.map((k) => `• ${k.name}`).join('\n') : muted(t('pdf.matrix.noKpi')),
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
