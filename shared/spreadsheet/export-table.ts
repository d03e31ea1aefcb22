import { checkTitle, type Finding } from '../checks/alignment-checks';
import { READINESS_LABELS } from '../checks/readiness';
import { READINESS_KEYS } from '../schema/plan-schema';
import type { Application, Kpi, Plan } from '../model';
import { addMonths } from '../roadmap/months';
import { PHASE_LABELS } from '../roadmap/phases';
import { t as activeT } from '../i18n/active-locale';
import type { Translate } from '../i18n/translator';
import { EXPORT_HEADERS } from './column-mapping';
import { choiceLabel } from './cell-values';
import { IMPORT_FIELDS, type Cell, type ImportField, type SheetTable } from './spreadsheet-types';

type Kind = NonNullable<SheetTable['kinds']>[number];

const FIELD_KINDS: Partial<Record<ImportField, Kind>> = { impact: 'number', feasibility: 'number', baseline: 'number', target: 'number', pilotStart: 'month' };

const WIDTH_MIN = 8;
const WIDTH_MAX = 60;

/** Column widths from the longest text of each column (the first 500 rows), within bounds. */
function widthsOf(rows: readonly Cell[][]): number[] {
  const widths: number[] = [];
  for (const row of rows.slice(0, 500))
    row.forEach((cell, i) => {
      const longestLine = cell === null ? 0 : Math.max(...String(cell).split('\n').map((line) => line.length));
      widths[i] = Math.max(widths[i] ?? WIDTH_MIN, Math.min(WIDTH_MAX, longestLine + 2));
    });
  return widths;
}

function sheet(name: string, headers: string[], rows: Cell[][], kinds: Kind[] = headers.map(() => 'text')): SheetTable {
  const all = [headers, ...rows];
  return { name, rows: all, widths: widthsOf(all), kinds };
}

/** The pilot's first month (the first phase's when the schedule has no pilot), or null when not on the roadmap. */
function pilotStartOf(plan: Plan, applicationId: string, schedules: ReadonlyMap<string, Plan['roadmap']['schedules'][number]>): string | null {
  const schedule = schedules.get(applicationId);
  if (!schedule) return null;
  const pilot = schedule.phases.find((p) => p.kind === 'pilot');
  return pilot ? pilot.start : schedule.phases.reduce((first, p) => (p.start < first ? p.start : first), schedule.phases[0]!.start);
}

/**
 * The matrix as one row per KPI, with exactly the columns import reads (in IMPORT_FIELDS order,
 * English headers): an application without KPIs, an objective without applications and a pillar
 * without objectives each get a row of their own, and unaligned applications come last with
 * neither pillar nor objective, so that importing the table gives the same matrix back.
 */
export function matrixTable(plan: Plan): SheetTable {
  const schedules = new Map(plan.roadmap.schedules.map((s) => [s.applicationId, s]));
  const kpisOf = groupBy(plan.kpis, (k) => k.applicationId);
  const applicationsOf = groupBy(plan.applications, (a) => a.objectiveId ?? '');
  const objectivesOf = groupBy(plan.objectives, (o) => o.pillarId);
  const rows: Cell[][] = [];
  const row = (values: Partial<Record<ImportField, Cell>>) => rows.push(IMPORT_FIELDS.map((field) => values[field] ?? null));
  const text = (value: string) => (value === '' ? null : value);

  const applicationRows = (base: Partial<Record<ImportField, Cell>>, application: Application) => {
    const values: Partial<Record<ImportField, Cell>> = {
      ...base,
      application: application.title,
      description: text(application.description),
      problem: text(application.problem),
      owner: text(application.owner),
      status: choiceLabel('status', application.status),
      category: choiceLabel('category', application.category),
      approach: choiceLabel('approach', application.approach),
      impact: application.impact,
      feasibility: application.feasibility,
      pilotStart: pilotStartOf(plan, application.id, schedules),
    };
    const kpis = kpisOf.get(application.id) ?? [];
    if (!kpis.length) row(values);
    for (const kpi of kpis) row({ ...values, ...kpiValues(kpi) });
  };
  for (const pillar of plan.pillars) {
    const pillarValues = { pillar: pillar.title, pillarDescription: text(pillar.description) };
    const objectives = objectivesOf.get(pillar.id) ?? [];
    if (!objectives.length) row(pillarValues);
    for (const objective of objectives) {
      const objectiveValues = { ...pillarValues, objective: objective.title, objectiveDescription: text(objective.description) };
      const applications = applicationsOf.get(objective.id) ?? [];
      if (!applications.length) row(objectiveValues);
      for (const application of applications) applicationRows(objectiveValues, application);
    }
  }
  for (const application of applicationsOf.get('') ?? []) applicationRows({}, application);
  return sheet(
    'Matrix',
    IMPORT_FIELDS.map((field) => EXPORT_HEADERS[field]),
    rows,
    IMPORT_FIELDS.map((field) => FIELD_KINDS[field] ?? 'text'),
  );
}

function kpiValues(kpi: Kpi): Partial<Record<ImportField, Cell>> {
  return {
    kpi: kpi.name,
    kpiUnit: kpi.unit || null,
    baseline: kpi.baseline,
    target: kpi.target,
    direction: choiceLabel('direction', kpi.direction),
    cadence: choiceLabel('cadence', kpi.cadence),
    kpiOwner: kpi.owner || null,
    source: kpi.source || null,
  };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

/**
 * Every table of the plan for the XLSX workbook: the matrix (as matrixTable), then the roadmap's
 * phases, milestones and dependencies, KPI check-ins, the findings as given (from the checks, in
 * t's language) and the readiness checklist. Headers are English, as the matrix's.
 */
export function workbookSheets(plan: Plan, findings: readonly Finding[], t: Translate = activeT): SheetTable[] {
  const titleOf = new Map(plan.applications.map((a) => [a.id, a.title]));
  const phases: Cell[][] = plan.roadmap.schedules.flatMap((s) =>
    s.phases.map((p) => [titleOf.get(s.applicationId) ?? '', PHASE_LABELS[p.kind], p.start, p.months, addMonths(p.start, p.months - 1)]),
  );
  const milestones: Cell[][] = plan.roadmap.milestones.map((m) => [m.title, m.month]);
  const dependencies: Cell[][] = plan.roadmap.dependencies.map((d) => [titleOf.get(d.fromId) ?? '', titleOf.get(d.toId) ?? '']);
  const checkIns: Cell[][] = plan.kpis.flatMap((k) => k.actuals.map((a) => [titleOf.get(k.applicationId) ?? '', k.name, a.date, a.value, a.note || null]));
  const findingRows: Cell[][] = findings.map((f) => [f.severity, checkTitle(f.checkId, t), f.itemTitle || null, f.message, f.acknowledged ? 'yes' : 'no']);
  const readiness: Cell[][] = [
    ['Vision', null, plan.readiness.vision || null],
    ['Uses to avoid', null, plan.readiness.usesToAvoid || null],
    ['AI lead', null, plan.readiness.aiLead || null],
    ...READINESS_KEYS.map((key): Cell[] => [READINESS_LABELS[key].question, plan.readiness.items[key].answer, plan.readiness.items[key].note || null]),
  ];
  return [
    matrixTable(plan),
    sheet('Roadmap', ['AI Application', 'Phase', 'Start', 'Months', 'End'], phases, ['text', 'text', 'month', 'number', 'month']),
    sheet('Milestones', ['Milestone', 'Month'], milestones, ['text', 'month']),
    sheet('Dependencies', ['AI Application', 'Starts after'], dependencies.map(([from, to]) => [to!, from!])),
    sheet('KPI check-ins', ['AI Application', 'Key Performance Indicator', 'Date', 'Value', 'Note'], checkIns, ['text', 'text', 'date', 'number', 'text']),
    sheet('Findings', ['Severity', 'Rule', 'Item', 'Message', 'Acknowledged'], findingRows),
    sheet('Readiness', ['Item', 'Answer', 'Note'], readiness),
  ];
}
