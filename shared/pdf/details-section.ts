import type { Application, Plan } from '../model';
import { fitColumnsToContent } from './content-widths';
import { drawGroupedTable, groupStartHeight, type TableCell, type TableColumn, type TableGroup } from './grouped-table';
import { pillarGroups, type PillarGroup } from './plan-groups';
import { pdfSectionTitle } from './pdf-sections';
import { COLOURS, TYPE, type Rgb } from './pdf-theme';
import type { PdfWriter, TextStyle } from './pdf-writer';

/*
 * Applications in detail (#18 §2): what the team wrote about each application, which the matrix has
 * no room for: its business problem, description, data-readiness and risk notes, with the pillar's
 * and objectives' descriptions above them. One table per objective, so a continuation page repeats
 * the objective's name in its head; two text columns per application keep 1,000 of them compact.
 */

const PILLAR_STYLE: TextStyle = { size: 12, style: 'bold', colour: COLOURS.accent };
const DESCRIPTION_STYLE: TextStyle = { size: TYPE.body, colour: COLOURS.muted };

const mutedCell = (content: string, colSpan?: number): TableCell => ({ content, colSpan, styles: { textColor: [...(COLOURS.muted as Rgb)] } });

export function* drawDetailsSection(w: PdfWriter, plan: Plan): Generator<number> {
  const { t } = w;
  const columns: TableColumn[] = [
    { header: t('pdf.details.column.application'), share: 0.24 },
    { header: t('pdf.details.column.purpose'), share: 0.38 },
    { header: t('pdf.details.column.dataRisk'), share: 0.38 },
  ];
  const pillars = pillarGroups(plan, t).map((group) => ({ group, tables: objectiveTables(w, group, columns.length) }));
  const fitted = fitColumnsToContent(w, columns, pillars.flatMap((p) => p.tables));
  const first = pillars.find((p) => p.tables.length)?.tables[0];
  w.heading(pdfSectionTitle('details', t), t('pdf.details.intro'), first ? pillarHeadHeight(w, pillars[0]!.group) + groupStartHeight(w, fitted, first) : 30);
  if (!plan.applications.length) {
    w.paragraph(t('pdf.details.empty'), DESCRIPTION_STYLE);
    return;
  }
  for (let p = 0; p < pillars.length; p++) {
    const { group, tables } = pillars[p]!;
    // The pillar's heading stays with its first objective's head and first row.
    w.ensureSpace(pillarHeadHeight(w, group) + (tables[0] ? groupStartHeight(w, fitted, tables[0]) : 0));
    w.paragraph(group.title, PILLAR_STYLE);
    const description = group.pillar?.description.trim();
    if (description) w.paragraph(description, DESCRIPTION_STYLE);
    w.y += 6;
    for (const table of tables) drawGroupedTable(w, fitted, table);
    yield (p + 1) / pillars.length;
  }
}

function pillarHeadHeight(w: PdfWriter, group: PillarGroup): number {
  const description = group.pillar?.description.trim();
  const width = w.page.contentWidth;
  return (
    w.wrap(group.title, width, PILLAR_STYLE).length * w.lineHeight(PILLAR_STYLE.size) +
    (description ? w.wrap(description, width, DESCRIPTION_STYLE).length * w.lineHeight(DESCRIPTION_STYLE.size) : 0) +
    6
  );
}

function objectiveTables(w: PdfWriter, group: PillarGroup, columnCount: number): TableGroup[] {
  return group.objectives.map(({ objective, applications }) => {
    const rows: TableCell[][] = [];
    const description = objective?.description.trim();
    if (description) rows.push([mutedCell(description, columnCount)]);
    if (!applications.length) rows.push([mutedCell(w.t('pdf.details.noApplication'), columnCount)]);
    for (const app of applications) rows.push(applicationRow(w, app));
    return { title: objective ? objective.title : group.title, rows };
  });
}

function applicationRow(w: PdfWriter, app: Application): TableCell[] {
  const { t } = w;
  const owner = app.owner.trim();
  const who = [(app.starter ? '★ ' : '') + app.title, owner ? t('pdf.details.owner', { owner }) : t('pdf.noOwner')].join('\n');
  const purpose = [app.problem.trim() && t('pdf.details.problem', { text: app.problem.trim() }), app.description.trim()].filter(Boolean).join('\n');
  const dataRisk = [app.dataReadiness.trim() && t('pdf.details.data', { text: app.dataReadiness.trim() }), app.risk.trim() && t('pdf.details.risk', { text: app.risk.trim() })]
    .filter(Boolean)
    .join('\n');
  return [
    { content: who, styles: { fontStyle: 'bold' } },
    purpose || mutedCell(t('pdf.details.noDescription')),
    dataRisk || mutedCell(t('pdf.details.noDataRisk')),
  ];
}
