import { monthSchema, PLAN_CAPS } from '../schema/plan-schema';
import { defaultPhases } from '../roadmap/phases';
import { cellText, isBlankCell, isBlankRow } from './cell-text';
import { parseChoice, parseMonth, parseNumber, parseScore } from './cell-values';
import { NOTE_MAX, TITLE_MAX } from '../schema/plan-schema';
import {
  IMPORT_FIELDS,
  type Cell,
  type ColumnMapping,
  type ImportCounts,
  type ImportedApplication,
  type ImportedKpi,
  type ImportedObjective,
  type ImportedPillar,
  type ImportField,
  type ImportPreview,
  type RowProblem,
  type SheetTable,
} from './spreadsheet-types';

const SHOWN_VALUE_MAX = 80;

const APPLICATION_FIELDS = ['description', 'problem', 'owner', 'status', 'category', 'approach', 'impact', 'feasibility', 'pilotStart'] as const;
const NAME_FIELDS: ReadonlySet<ImportField> = new Set(['pillar', 'objective', 'application', 'kpi']);
const NUMBER_FIELDS: ReadonlySet<ImportField> = new Set(['impact', 'feasibility', 'baseline', 'target', 'pilotStart']);

/** How names are matched: case and surrounding spaces do not count. */
export const nameKey = (name: string): string => name.normalize('NFC').trim().toLowerCase();

/** The index of the header row: the first row that is not blank (-1 for an empty table). */
export const headerIndexOf = (table: SheetTable): number => table.rows.findIndex((row) => !isBlankRow(row));

const shown = (text: string) => (text.length > SHOWN_VALUE_MAX ? `${text.slice(0, SHOWN_VALUE_MAX - 1)}…` : text);

interface ApplicationEntry {
  application: ImportedApplication;
  kpis: Map<string, ImportedKpi>;
}
interface Draft {
  pillars: Map<string, { pillar: ImportedPillar; objectives: Map<string, { objective: ImportedObjective; applications: Map<string, ApplicationEntry> }> }>;
  unaligned: Map<string, ApplicationEntry>;
  counts: ImportCounts;
}

const applicationWithKpis = ({ application, kpis }: ApplicationEntry): ImportedApplication => ({ ...application, kpis: [...kpis.values()] });

/** Months whose default phases (pilot to scale) all fall in months the plan schema can hold. */
const startsThatFit = new Map<string, boolean>();

/** A pilot start, or null (cannot be read) when the schedule it starts would run past year 9999. */
function scheduleStart(month: string | null | undefined): string | null | undefined {
  if (typeof month !== 'string') return month;
  let fits = startsThatFit.get(month);
  if (fits === undefined) {
    fits = defaultPhases(month).every((phase) => monthSchema.safeParse(phase.start).success);
    if (startsThatFit.size < 10_000) startsThatFit.set(month, fits);
  }
  return fits ? month : null;
}

/** The row's names, each with its matching key (nameKey) worked out once. */
interface RowNames {
  pillar: string;
  objective: string;
  application: string;
  kpi: string;
  pillarKey: string;
  objectiveKey: string;
  applicationKey: string;
  kpiKey: string;
}

/**
 * nameKey with the last name remembered: the rows of one item follow each other, so a column of
 * names repeats the previous row's name far more often than not.
 */
function rememberingNameKey(): (name: string) => string {
  let lastName = '';
  let lastKey = '';
  return (name) => {
    if (name !== lastName) [lastName, lastKey] = [name, nameKey(name)];
    return lastKey;
  };
}

/**
 * Reads the table through the mapping: every data row either joins the grouped content or gives
 * the reasons it cannot (with its row number as the spreadsheet shows it). Blank rows are skipped;
 * a row with an application and no KPI adds the application alone.
 */
export function previewImport(table: SheetTable, mapping: ColumnMapping): ImportPreview {
  const headerIndex = headerIndexOf(table);
  const firstRow = table.firstRow ?? 1;
  // Field → column as a plain record (-1: not mapped); it is read a score of times per row.
  const columnOf = Object.fromEntries(IMPORT_FIELDS.map((field) => [field, -1])) as Record<ImportField, number>;
  // The mapped fields in column order, the order their problems are listed in.
  const mapped: ImportField[] = [];
  mapping.forEach((field, column) => {
    if (field === null || columnOf[field] >= 0) return;
    columnOf[field] = column;
    mapped.push(field);
  });
  const uncachedCells = new Set((table.uncached ?? []).map(([r, c]) => `${r}:${c}`));
  const anyUncached = uncachedCells.size > 0;
  const isUncached = (r: number, c: number) => anyUncached && uncachedCells.has(`${r}:${c}`);
  const columns = [...new Set(mapped.map((field) => columnOf[field]))];
  const draft: Draft = { pillars: new Map(), unaligned: new Map(), counts: { pillars: 0, objectives: 0, applications: 0, kpis: 0, schedules: 0 } };
  const problems: RowProblem[] = [];
  let rowCount = 0;
  let usableRows = 0;
  if (headerIndex < 0) return { rowCount, usableRows, problems, counts: draft.counts, groups: [], unaligned: [] };
  const keyOf = { pillar: rememberingNameKey(), objective: rememberingNameKey(), application: rememberingNameKey(), kpi: rememberingNameKey() };

  // The row being read; the helpers below are made once, not once per row (tables run to 100,000 rows).
  let r = headerIndex;
  let cells: readonly Cell[] = [];
  let rowProblems: RowProblem[] | null = null;
  const cellOf = (field: ImportField): Cell => {
    const column = columnOf[field];
    if (column < 0 || (anyUncached && isUncached(r, column))) return null;
    return cells[column] ?? null;
  };
  const problem = (field: ImportField | null, reason: RowProblem['reason'], value: Cell = field ? cellOf(field) : null) =>
    (rowProblems ??= []).push({ row: firstRow + r, field, reason, value: shown(cellText(value)) });
  // Each field's column as a named property of one object literal: read by name, not by a key that varies.
  const col = {
    pillar: columnOf.pillar,
    objective: columnOf.objective,
    application: columnOf.application,
    kpi: columnOf.kpi,
    pillarDescription: columnOf.pillarDescription,
    objectiveDescription: columnOf.objectiveDescription,
    description: columnOf.description,
    problem: columnOf.problem,
    owner: columnOf.owner,
    status: columnOf.status,
    category: columnOf.category,
    approach: columnOf.approach,
    impact: columnOf.impact,
    feasibility: columnOf.feasibility,
    kpiUnit: columnOf.kpiUnit,
    baseline: columnOf.baseline,
    target: columnOf.target,
    direction: columnOf.direction,
    cadence: columnOf.cadence,
    kpiOwner: columnOf.kpiOwner,
    source: columnOf.source,
    pilotStart: columnOf.pilotStart,
  };
  const cellAt = (column: number): Cell => {
    if (column < 0 || (anyUncached && isUncached(r, column))) return null;
    return cells[column] ?? null;
  };
  const textAt = (column: number, max: number, field: ImportField): string => {
    const cell = cellAt(column);
    if (cell === null) return '';
    const value = typeof cell === 'string' ? cell.trim() : cellText(cell);
    if (value.length > max) {
      problem(field, 'too-long');
      return '';
    }
    return value;
  };
  const read = <T>(field: ImportField, parsed: T | undefined | null, reason: RowProblem['reason']): T | undefined => {
    if (parsed === null) problem(field, reason);
    return parsed ?? undefined;
  };
  const isBlankRowOfColumns = (): boolean => {
    for (const column of columns) if (!isBlankCell(cells[column]) || isUncached(r, column)) return false;
    return true;
  };

  for (r = headerIndex + 1; r < table.rows.length; r++) {
    cells = table.rows[r]!;
    if (isBlankRowOfColumns()) continue;
    rowCount++;
    rowProblems = null;
    if (anyUncached)
      for (const field of mapped)
        if (isUncached(r, columnOf[field]) && (NAME_FIELDS.has(field) || NUMBER_FIELDS.has(field))) problem(field, 'formula', null);

    const pillar = textAt(col.pillar, TITLE_MAX, 'pillar');
    const objective = textAt(col.objective, TITLE_MAX, 'objective');
    const application = textAt(col.application, TITLE_MAX, 'application');
    const kpiName = textAt(col.kpi, TITLE_MAX, 'kpi');
    const fields: ImportedApplication['fields'] = {};
    let anyField = false;
    const description = textAt(col.description, NOTE_MAX, 'description');
    if (description) {
      fields.description = description;
      anyField = true;
    }
    const problemText = textAt(col.problem, NOTE_MAX, 'problem');
    if (problemText) {
      fields.problem = problemText;
      anyField = true;
    }
    const owner = textAt(col.owner, TITLE_MAX, 'owner');
    if (owner) {
      fields.owner = owner;
      anyField = true;
    }
    const status = read('status', parseChoice('status', cellAt(col.status)), 'unknown-choice');
    if (status !== undefined) {
      fields.status = status;
      anyField = true;
    }
    const category = read('category', parseChoice('category', cellAt(col.category)), 'unknown-choice');
    if (category !== undefined) {
      fields.category = category;
      anyField = true;
    }
    const approach = read('approach', parseChoice('approach', cellAt(col.approach)), 'unknown-choice');
    if (approach !== undefined) {
      fields.approach = approach;
      anyField = true;
    }
    const impact = read('impact', parseScore(cellAt(col.impact)), 'not-a-score');
    if (impact !== undefined) {
      fields.impact = impact;
      anyField = true;
    }
    const feasibility = read('feasibility', parseScore(cellAt(col.feasibility)), 'not-a-score');
    if (feasibility !== undefined) {
      fields.feasibility = feasibility;
      anyField = true;
    }
    const pilotStart = read('pilotStart', scheduleStart(parseMonth(cellAt(col.pilotStart))), 'not-a-month');
    if (pilotStart !== undefined) {
      fields.pilotStart = pilotStart;
      anyField = true;
    }
    const kpi: ImportedKpi = {
      name: kpiName,
      unit: textAt(col.kpiUnit, TITLE_MAX, 'kpiUnit'),
      baseline: read('baseline', parseNumber(cellAt(col.baseline)), 'not-a-number') ?? null,
      target: read('target', parseNumber(cellAt(col.target)), 'not-a-number') ?? null,
      direction: (read('direction', parseChoice('direction', cellAt(col.direction)), 'unknown-choice') as ImportedKpi['direction'] | undefined) ?? null,
      cadence: (read('cadence', parseChoice('cadence', cellAt(col.cadence)), 'unknown-choice') as ImportedKpi['cadence'] | undefined) ?? null,
      owner: textAt(col.kpiOwner, TITLE_MAX, 'kpiOwner'),
      source: textAt(col.source, TITLE_MAX, 'source'),
    };
    const pillarDescription = textAt(col.pillarDescription, NOTE_MAX, 'pillarDescription');
    const objectiveDescription = textAt(col.objectiveDescription, NOTE_MAX, 'objectiveDescription');

    const needsApplication = kpiName !== '' || anyField;
    // Neither pillar nor objective: an idea not yet aligned, as export writes the unaligned tray.
    const unaligned = application !== '' && !objective && !pillar && !pillarDescription && !objectiveDescription;
    // A name that is an uncomputed formula is already reported as such.
    if (rowProblems !== null && (rowProblems as RowProblem[]).some((p) => p.reason === 'formula' && p.field !== null && NAME_FIELDS.has(p.field))) {
      // nothing more to say about the names
    } else if (needsApplication && !application) problem('application', 'no-application', kpiName);
    else if (application && !objective && pillar) problem('objective', 'no-objective', application);
    else if (!pillar && !unaligned) problem('pillar', 'no-pillar', objective || application);

    if (rowProblems === null) {
      const names: RowNames = {
        pillar,
        objective,
        application,
        kpi: kpiName,
        pillarKey: pillar && keyOf.pillar(pillar),
        objectiveKey: objective && keyOf.objective(objective),
        applicationKey: application && keyOf.application(application),
        kpiKey: kpiName && keyOf.kpi(kpiName),
      };
      const over = addRow(draft, names, { pillarDescription, objectiveDescription, fields, kpi });
      if (over) problem(over, 'over-cap');
    }
    if (rowProblems !== null) for (const p of rowProblems as RowProblem[]) problems.push(p);
    else usableRows++;
  }
  const groups = [...draft.pillars.values()].map(({ pillar, objectives }) => ({
    ...pillar,
    objectives: [...objectives.values()].map(({ objective, applications }) => ({
      ...objective,
      applications: [...applications.values()].map(applicationWithKpis),
    })),
  }));
  return { rowCount, usableRows, problems, counts: draft.counts, groups, unaligned: [...draft.unaligned.values()].map(applicationWithKpis) };
}

/**
 * Adds one row's content to the groups: the first row to name an item gives its fields, later rows
 * only fill what is still missing. Returns the level that would go past the plan's caps instead of
 * adding anything, or null.
 */
function addRow(
  draft: Draft,
  names: RowNames,
  row: { pillarDescription: string; objectiveDescription: string; fields: ImportedApplication['fields']; kpi: ImportedKpi },
): ImportField | null {
  const { counts } = draft;
  const pillarEntry = names.pillar ? draft.pillars.get(names.pillarKey) : undefined;
  const objectiveEntry = names.objective ? pillarEntry?.objectives.get(names.objectiveKey) : undefined;
  const siblings = names.pillar ? objectiveEntry?.applications : draft.unaligned;
  const applicationEntry = names.application ? siblings?.get(names.applicationKey) : undefined;
  const existingKpi = names.kpi ? applicationEntry?.kpis.get(names.kpiKey) : undefined;
  if (names.pillar && !pillarEntry && counts.pillars >= PLAN_CAPS.pillars) return 'pillar';
  if (names.objective && !objectiveEntry && counts.objectives >= PLAN_CAPS.objectives) return 'objective';
  if (names.application && !applicationEntry && counts.applications >= PLAN_CAPS.applications) return 'application';
  if (names.kpi && !existingKpi && counts.kpis >= PLAN_CAPS.kpis) return 'kpi';

  let applications = draft.unaligned;
  if (names.pillar) {
    let pillar = pillarEntry;
    if (!pillar) {
      pillar = { pillar: { title: names.pillar, description: null, objectives: [] }, objectives: new Map() };
      draft.pillars.set(names.pillarKey, pillar);
      counts.pillars++;
    }
    if (row.pillarDescription && pillar.pillar.description === null) pillar.pillar.description = row.pillarDescription;
    if (!names.objective) return null;
    let objective = objectiveEntry;
    if (!objective) {
      objective = { objective: { title: names.objective, description: null, applications: [] }, applications: new Map() };
      pillar.objectives.set(names.objectiveKey, objective);
      counts.objectives++;
    }
    if (row.objectiveDescription && objective.objective.description === null) objective.objective.description = row.objectiveDescription;
    applications = objective.applications;
  }
  if (!names.application) return null;
  let application = applicationEntry;
  if (!application) {
    // The row's own fields object becomes the application's: it is made fresh for every row.
    application = { application: { title: names.application, fields: row.fields, kpis: [] }, kpis: new Map() };
    applications.set(names.applicationKey, application);
    counts.applications++;
    if (row.fields.pilotStart !== undefined) counts.schedules++;
  } else {
    const fields = application.application.fields;
    const hadStart = fields.pilotStart !== undefined;
    for (const key of APPLICATION_FIELDS) if (row.fields[key] !== undefined && !(key in fields)) (fields as Record<string, unknown>)[key] = row.fields[key];
    if (!hadStart && fields.pilotStart !== undefined) counts.schedules++;
  }
  if (!names.kpi) return null;
  if (!existingKpi) {
    // Likewise the row's KPI, made fresh for this row.
    application.kpis.set(names.kpiKey, row.kpi);
    counts.kpis++;
    return null;
  }
  for (const key of ['unit', 'owner', 'source'] as const) if (!existingKpi[key]) existingKpi[key] = row.kpi[key];
  for (const key of ['baseline', 'target', 'direction', 'cadence'] as const) if (existingKpi[key] === null) (existingKpi as unknown as Record<string, unknown>)[key] = row.kpi[key];
  return null;
}
