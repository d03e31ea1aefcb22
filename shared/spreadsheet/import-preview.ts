import { PLAN_CAPS } from '../schema/plan-schema';
import { cellText, isBlankCell, isBlankRow } from './cell-text';
import { parseChoice, parseMonth, parseNumber, parseScore } from './cell-values';
import type {
  Cell,
  ColumnMapping,
  ImportCounts,
  ImportedApplication,
  ImportedKpi,
  ImportedObjective,
  ImportedPillar,
  ImportField,
  ImportPreview,
  RowProblem,
  SheetTable,
} from './spreadsheet-types';

/** The schema's limits: titles and names, and longer notes (descriptions, problem). */
const TITLE_MAX = 500;
const NOTE_MAX = 10_000;
const SHOWN_VALUE_MAX = 80;

const APPLICATION_FIELDS = ['description', 'problem', 'owner', 'status', 'category', 'approach', 'impact', 'feasibility', 'pilotStart'] as const;
const NAME_FIELDS: ReadonlySet<ImportField> = new Set(['pillar', 'objective', 'application', 'kpi']);
const NUMBER_FIELDS: ReadonlySet<ImportField> = new Set(['impact', 'feasibility', 'baseline', 'target', 'pilotStart']);
const NOTE_FIELDS: ReadonlySet<ImportField> = new Set(['pillarDescription', 'objectiveDescription', 'description', 'problem']);

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

/**
 * Reads the table through the mapping: every data row either joins the grouped content or gives
 * the reasons it cannot (with its row number as the spreadsheet shows it). Blank rows are skipped;
 * a row with an application and no KPI adds the application alone.
 */
export function previewImport(table: SheetTable, mapping: ColumnMapping): ImportPreview {
  const headerIndex = headerIndexOf(table);
  const firstRow = table.firstRow ?? 1;
  const columnOf = new Map<ImportField, number>();
  mapping.forEach((field, column) => {
    if (field !== null && !columnOf.has(field)) columnOf.set(field, column);
  });
  const uncachedCells = new Set((table.uncached ?? []).map(([r, c]) => `${r}:${c}`));
  const isUncached = (r: number, c: number) => uncachedCells.size > 0 && uncachedCells.has(`${r}:${c}`);
  const columns = [...new Set(columnOf.values())];
  const draft: Draft = { pillars: new Map(), unaligned: new Map(), counts: { pillars: 0, objectives: 0, applications: 0, kpis: 0, schedules: 0 } };
  const problems: RowProblem[] = [];
  let rowCount = 0;
  let usableRows = 0;
  if (headerIndex < 0) return { rowCount, usableRows, problems, counts: draft.counts, groups: [], unaligned: [] };

  // The row being read; the helpers below are made once, not once per row (tables run to 100,000 rows).
  let r = headerIndex;
  let cells: readonly Cell[] = [];
  let rowProblems: RowProblem[] = [];
  const cellOf = (field: ImportField): Cell => {
    const column = columnOf.get(field);
    if (column === undefined || isUncached(r, column)) return null;
    return cells[column] ?? null;
  };
  const problem = (field: ImportField | null, reason: RowProblem['reason'], value: Cell = field ? cellOf(field) : null) =>
    rowProblems.push({ row: firstRow + r, field, reason, value: shown(cellText(value)) });
  const text = (field: ImportField): string => {
    const value = cellText(cellOf(field)).trim();
    if (value.length > (NOTE_FIELDS.has(field) ? NOTE_MAX : TITLE_MAX)) {
      problem(field, 'too-long');
      return '';
    }
    return value;
  };
  const read = <T>(field: ImportField, parsed: T | undefined | null, reason: RowProblem['reason']): T | undefined => {
    if (parsed === null) problem(field, reason);
    return parsed ?? undefined;
  };
  const isBlankColumn = (column: number) => isBlankCell(cells[column]) && !isUncached(r, column);

  for (r = headerIndex + 1; r < table.rows.length; r++) {
    cells = table.rows[r]!;
    if (columns.every(isBlankColumn)) continue;
    rowCount++;
    rowProblems = [];
    if (uncachedCells.size)
      for (const [field, column] of columnOf)
        if (isUncached(r, column) && (NAME_FIELDS.has(field) || NUMBER_FIELDS.has(field))) problem(field, 'formula', null);

    const names = { pillar: text('pillar'), objective: text('objective'), application: text('application'), kpi: text('kpi') };
    const fields: ImportedApplication['fields'] = {};
    for (const field of ['description', 'problem', 'owner'] as const) {
      const value = text(field);
      if (value) fields[field] = value;
    }
    for (const field of ['status', 'category', 'approach'] as const) {
      const value = read(field, parseChoice(field, cellOf(field)), 'unknown-choice');
      if (value !== undefined) fields[field] = value;
    }
    for (const field of ['impact', 'feasibility'] as const) {
      const value = read(field, parseScore(cellOf(field)), 'not-a-score');
      if (value !== undefined) fields[field] = value;
    }
    const pilotStart = read('pilotStart', parseMonth(cellOf('pilotStart')), 'not-a-month');
    if (pilotStart !== undefined) fields.pilotStart = pilotStart;
    const kpi: ImportedKpi = {
      name: names.kpi,
      unit: text('kpiUnit'),
      baseline: read('baseline', parseNumber(cellOf('baseline')), 'not-a-number') ?? null,
      target: read('target', parseNumber(cellOf('target')), 'not-a-number') ?? null,
      direction: (read('direction', parseChoice('direction', cellOf('direction')), 'unknown-choice') as ImportedKpi['direction'] | undefined) ?? null,
      cadence: (read('cadence', parseChoice('cadence', cellOf('cadence')), 'unknown-choice') as ImportedKpi['cadence'] | undefined) ?? null,
      owner: text('kpiOwner'),
      source: text('source'),
    };
    const pillarDescription = text('pillarDescription');
    const objectiveDescription = text('objectiveDescription');

    const needsApplication = names.kpi !== '' || APPLICATION_FIELDS.some((field) => fields[field] !== undefined);
    // Neither pillar nor objective: an idea not yet aligned, as export writes the unaligned tray.
    const unaligned = names.application !== '' && !names.objective && !names.pillar && !pillarDescription && !objectiveDescription;
    // A name that is an uncomputed formula is already reported as such.
    if (rowProblems.some((p) => p.reason === 'formula' && p.field !== null && NAME_FIELDS.has(p.field))) {
      // nothing more to say about the names
    } else if (needsApplication && !names.application) problem('application', 'no-application', names.kpi);
    else if (names.application && !names.objective && names.pillar) problem('objective', 'no-objective', names.application);
    else if (!names.pillar && !unaligned) problem('pillar', 'no-pillar', names.objective || names.application);

    if (rowProblems.length === 0) {
      const over = addRow(draft, names, { pillarDescription, objectiveDescription, fields, kpi });
      if (over) problem(over, 'over-cap');
    }
    if (rowProblems.length) problems.push(...rowProblems);
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
  names: { pillar: string; objective: string; application: string; kpi: string },
  row: { pillarDescription: string; objectiveDescription: string; fields: ImportedApplication['fields']; kpi: ImportedKpi },
): ImportField | null {
  const { counts } = draft;
  const pillarEntry = names.pillar ? draft.pillars.get(nameKey(names.pillar)) : undefined;
  const objectiveEntry = names.objective ? pillarEntry?.objectives.get(nameKey(names.objective)) : undefined;
  const siblings = names.pillar ? objectiveEntry?.applications : draft.unaligned;
  const applicationEntry = names.application ? siblings?.get(nameKey(names.application)) : undefined;
  const kpiExists = names.kpi ? applicationEntry?.kpis.has(nameKey(names.kpi)) : undefined;
  if (names.pillar && !pillarEntry && counts.pillars >= PLAN_CAPS.pillars) return 'pillar';
  if (names.objective && !objectiveEntry && counts.objectives >= PLAN_CAPS.objectives) return 'objective';
  if (names.application && !applicationEntry && counts.applications >= PLAN_CAPS.applications) return 'application';
  if (names.kpi && !kpiExists && counts.kpis >= PLAN_CAPS.kpis) return 'kpi';

  let applications = draft.unaligned;
  if (names.pillar) {
    let pillar = pillarEntry;
    if (!pillar) {
      pillar = { pillar: { title: names.pillar, description: null, objectives: [] }, objectives: new Map() };
      draft.pillars.set(nameKey(names.pillar), pillar);
      counts.pillars++;
    }
    if (row.pillarDescription && pillar.pillar.description === null) pillar.pillar.description = row.pillarDescription;
    if (!names.objective) return null;
    let objective = objectiveEntry;
    if (!objective) {
      objective = { objective: { title: names.objective, description: null, applications: [] }, applications: new Map() };
      pillar.objectives.set(nameKey(names.objective), objective);
      counts.objectives++;
    }
    if (row.objectiveDescription && objective.objective.description === null) objective.objective.description = row.objectiveDescription;
    applications = objective.applications;
  }
  if (!names.application) return null;
  let application = applicationEntry;
  if (!application) {
    application = { application: { title: names.application, fields: {}, kpis: [] }, kpis: new Map() };
    applications.set(nameKey(names.application), application);
    counts.applications++;
  }
  const fields = application.application.fields;
  const hadStart = fields.pilotStart !== undefined;
  for (const [key, value] of Object.entries(row.fields)) if (!(key in fields)) (fields as Record<string, unknown>)[key] = value;
  if (!hadStart && fields.pilotStart !== undefined) counts.schedules++;
  if (!names.kpi) return null;
  const existing = application.kpis.get(nameKey(names.kpi));
  if (!existing) {
    application.kpis.set(nameKey(names.kpi), { ...row.kpi });
    counts.kpis++;
    return null;
  }
  for (const key of ['unit', 'owner', 'source'] as const) if (!existing[key]) existing[key] = row.kpi[key];
  for (const key of ['baseline', 'target', 'direction', 'cadence'] as const) if (existing[key] === null) (existing as unknown as Record<string, unknown>)[key] = row.kpi[key];
  return null;
}
