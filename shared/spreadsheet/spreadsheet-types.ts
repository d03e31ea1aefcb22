/*
 * The contract of spreadsheet import and export (#19), shared by the domain (this folder), the
 * parsing worker, the import dialog and `aiplan import` / `aiplan export`. Functions live in:
 *   read-table.ts     readSpreadsheet(bytes, fileName, caps?) → Promise<ReadResult>   (CSV or XLSX, off the UI thread in the app)
 *   column-mapping.ts guessMapping(headers) → ColumnMapping; headerSetKey(headers) → string
 *   import-preview.ts previewImport(table, mapping) → ImportPreview
 *   import-plan.ts    planFromImport(preview, { title, now, newId }) → Plan
 *                     mergeImport(plan, preview, newId) → { plan, created: ImportCounts }
 *   export-table.ts   matrixTable(plan) → SheetTable; workbookSheets(plan, findings) → SheetTable[]
 *   write-table.ts    writeCsv(table) → Uint8Array; writeXlsx(sheets) → Promise<Uint8Array>
 *   cell-text.ts      neutraliseFormula(text) → string (the OWASP CSV-injection rule)
 */

/** Every field a column can fill; `null` in a mapping means "ignore this column". */
export const IMPORT_FIELDS = [
  'pillar',
  'objective',
  'application',
  'kpi',
  'pillarDescription',
  'objectiveDescription',
  'description',
  'problem',
  'owner',
  'status',
  'category',
  'approach',
  'impact',
  'feasibility',
  'kpiUnit',
  'baseline',
  'target',
  'direction',
  'cadence',
  'kpiOwner',
  'source',
  'pilotStart',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** A cell as read: text, a number, a date as YYYY-MM-DD, or empty. */
export type Cell = string | number | null;

export interface SheetTable {
  /** The sheet's name (CSV: the file name without extension). */
  name: string;
  /** Header row first. */
  rows: Cell[][];
  /** Per column: a width hint in characters (export only). */
  widths?: number[];
  /** Per column: how an exported cell is written (export only); text by default. */
  kinds?: ('text' | 'number' | 'date' | 'month')[];
  /** The spreadsheet's row number of rows[0] (1 unless blank rows above the header were dropped on reading). */
  firstRow?: number;
  /** Formula cells the file kept no computed value for (XLSX), as [row index in rows, column index]; read as empty. */
  uncached?: [number, number][];
}

/** Column index → field; the array is as long as the header row. */
export type ColumnMapping = (ImportField | null)[];

export type ReadResult =
  | { status: 'read'; sheets: SheetTable[]; format: 'csv' | 'xlsx'; encoding?: string; delimiter?: string }
  | { status: 'refused'; reason: ReadRefusal; detail: string };

/** Why a file is not read at all; each has a message in the `spreadsheet` catalogue part. */
export type ReadRefusal =
  | 'not-a-spreadsheet'
  | 'too-large'
  | 'zip-bomb'
  | 'too-many-entries'
  | 'too-many-rows'
  | 'too-many-columns'
  | 'cell-too-large'
  | 'encrypted'
  | 'corrupt';

/** Why one row cannot be used; a message key of the `spreadsheet` part with its parameters. */
export interface RowProblem {
  /** The spreadsheet's own row number (header = 1), as the person sees it in Excel. */
  row: number;
  field: ImportField | null;
  reason:
    | 'no-application'
    | 'no-objective'
    | 'no-pillar'
    | 'not-a-score'
    | 'not-a-month'
    | 'not-a-number'
    | 'unknown-choice'
    | 'formula'
    | 'too-long'
    /** The row would add a pillar, objective, application or KPI beyond what a plan may hold (PLAN_CAPS). */
    | 'over-cap';
  /** The cell's text as read, shortened for display. */
  value: string;
}

export interface ImportCounts {
  pillars: number;
  objectives: number;
  applications: number;
  kpis: number;
  schedules: number;
}

export interface ImportPreview {
  /** How many data rows the table had (blank rows not counted). */
  rowCount: number;
  /** Rows that will be imported, already grouped. */
  usableRows: number;
  problems: RowProblem[];
  /** What a new plan would get. */
  counts: ImportCounts;
  /** The grouped content, by name (domain-internal; the UI only counts and shows problems). */
  groups: ImportedPillar[];
  /** Applications of rows with neither pillar nor objective: ideas for the unaligned tray (as export writes them). */
  unaligned: ImportedApplication[];
}

export interface ImportedKpi {
  name: string;
  unit: string;
  baseline: number | null;
  target: number | null;
  direction: 'up' | 'down' | null;
  cadence: 'weekly' | 'monthly' | 'quarterly' | null;
  owner: string;
  source: string;
}
export interface ImportedApplication {
  title: string;
  /** Only the fields a row actually gave; absent = leave as is (merge) or default (new plan). */
  fields: Partial<{
    description: string;
    problem: string;
    owner: string;
    status: string;
    category: string;
    approach: string;
    impact: number;
    feasibility: number;
    pilotStart: string;
  }>;
  kpis: ImportedKpi[];
}
export interface ImportedObjective {
  title: string;
  description: string | null;
  applications: ImportedApplication[];
}
export interface ImportedPillar {
  title: string;
  description: string | null;
  objectives: ImportedObjective[];
}
