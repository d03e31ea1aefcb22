import { monthSchema } from '../schema/plan-schema';
import { defaultPhases } from '../roadmap/phases';
import { cellText, isBlankCell, isBlankRow } from './cell-text';
import { parseChoice, parseMonth, parseNumber, parseScore, type Parsed } from './cell-values';
import { ImportGroups, type RowValues } from './import-groups';
import { NOTE_MAX, TITLE_MAX } from '../schema/plan-schema';
import {
  IMPORT_FIELDS,
  type Cell,
  type ColumnMapping,
  type ImportedKpi,
  type ImportField,
  type ImportPreview,
  type RowProblem,
  type SheetTable,
} from './spreadsheet-types';

const SHOWN_VALUE_MAX = 80;

const NAME_FIELDS: ReadonlySet<ImportField> = new Set(['pillar', 'objective', 'application', 'kpi']);
const NUMBER_FIELDS: ReadonlySet<ImportField> = new Set(['impact', 'feasibility', 'baseline', 'target', 'pilotStart']);

/** How names are matched: case and surrounding spaces do not count. */
export function nameKey(name: string): string {
  // ASCII is its own NFC form, and most names are ASCII: the normalisation is only asked for when needed.
  for (let i = 0; i < name.length; i++) if (name.charCodeAt(i) > 127) return name.normalize('NFC').trim().toLowerCase();
  return name.trim().toLowerCase();
}

/** The index of the header row: the first row that is not blank (-1 for an empty table). */
export const headerIndexOf = (table: SheetTable): number => table.rows.findIndex((row) => !isBlankRow(row));

const shown = (text: string) => (text.length > SHOWN_VALUE_MAX ? `${text.slice(0, SHOWN_VALUE_MAX - 1)}…` : text);

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
  const groups = new ImportGroups();
  const problems: RowProblem[] = [];
  let rowCount = 0;
  let usableRows = 0;
  if (headerIndex < 0) return { rowCount, usableRows, problems, counts: groups.counts, groups: [], unaligned: [] };
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

  const direction = (cell: Cell) => parseChoice('direction', cell) as Parsed<NonNullable<ImportedKpi['direction']>>;
  const cadence = (cell: Cell) => parseChoice('cadence', cell) as Parsed<NonNullable<ImportedKpi['cadence']>>;
  const v: RowValues = {
    pillar: '',
    objective: '',
    application: '',
    kpi: '',
    pillarKey: '',
    objectiveKey: '',
    applicationKey: '',
    kpiKey: '',
    pillarDescription: '',
    objectiveDescription: '',
    description: '',
    problem: '',
    owner: '',
    status: undefined,
    category: undefined,
    approach: undefined,
    impact: undefined,
    feasibility: undefined,
    pilotStart: undefined,
    unit: '',
    baseline: null,
    target: null,
    direction: null,
    cadence: null,
    kpiOwner: '',
    source: '',
  };

  for (r = headerIndex + 1; r < table.rows.length; r++) {
    cells = table.rows[r]!;
    if (isBlankRowOfColumns()) continue;
    rowCount++;
    rowProblems = null;
    if (anyUncached)
      for (const field of mapped)
        if (isUncached(r, columnOf[field]) && (NAME_FIELDS.has(field) || NUMBER_FIELDS.has(field))) problem(field, 'formula', null);

    // Read in the order the problems of a row have always been listed in.
    const pillar = (v.pillar = textAt(col.pillar, TITLE_MAX, 'pillar'));
    const objective = (v.objective = textAt(col.objective, TITLE_MAX, 'objective'));
    const application = (v.application = textAt(col.application, TITLE_MAX, 'application'));
    const kpiName = (v.kpi = textAt(col.kpi, TITLE_MAX, 'kpi'));
    v.description = textAt(col.description, NOTE_MAX, 'description');
    v.problem = textAt(col.problem, NOTE_MAX, 'problem');
    v.owner = textAt(col.owner, TITLE_MAX, 'owner');
    v.status = read('status', parseChoice('status', cellAt(col.status)), 'unknown-choice');
    v.category = read('category', parseChoice('category', cellAt(col.category)), 'unknown-choice');
    v.approach = read('approach', parseChoice('approach', cellAt(col.approach)), 'unknown-choice');
    v.impact = read('impact', parseScore(cellAt(col.impact)), 'not-a-score');
    v.feasibility = read('feasibility', parseScore(cellAt(col.feasibility)), 'not-a-score');
    v.pilotStart = read('pilotStart', scheduleStart(parseMonth(cellAt(col.pilotStart))), 'not-a-month');
    v.unit = textAt(col.kpiUnit, TITLE_MAX, 'kpiUnit');
    v.baseline = read('baseline', parseNumber(cellAt(col.baseline)), 'not-a-number') ?? null;
    v.target = read('target', parseNumber(cellAt(col.target)), 'not-a-number') ?? null;
    v.direction = read('direction', direction(cellAt(col.direction)), 'unknown-choice') ?? null;
    v.cadence = read('cadence', cadence(cellAt(col.cadence)), 'unknown-choice') ?? null;
    v.kpiOwner = textAt(col.kpiOwner, TITLE_MAX, 'kpiOwner');
    v.source = textAt(col.source, TITLE_MAX, 'source');
    const pillarDescription = (v.pillarDescription = textAt(col.pillarDescription, NOTE_MAX, 'pillarDescription'));
    const objectiveDescription = (v.objectiveDescription = textAt(col.objectiveDescription, NOTE_MAX, 'objectiveDescription'));

    const anyField =
      v.description !== '' ||
      v.problem !== '' ||
      v.owner !== '' ||
      v.status !== undefined ||
      v.category !== undefined ||
      v.approach !== undefined ||
      v.impact !== undefined ||
      v.feasibility !== undefined ||
      v.pilotStart !== undefined;
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
      v.pillarKey = pillar && keyOf.pillar(pillar);
      v.objectiveKey = objective && keyOf.objective(objective);
      v.applicationKey = application && keyOf.application(application);
      v.kpiKey = kpiName && keyOf.kpi(kpiName);
      const over = groups.addRow(v);
      if (over) problem(over, 'over-cap');
    }
    if (rowProblems !== null) for (const p of rowProblems as RowProblem[]) problems.push(p);
    else usableRows++;
  }
  return { rowCount, usableRows, problems, counts: groups.counts, groups: groups.groups, unaligned: groups.unaligned };
}
