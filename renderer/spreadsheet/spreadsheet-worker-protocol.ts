import type { Locale } from '../../shared/i18n/locales';
import type { Plan } from '../../shared/model';
import type { ColumnMapping, ImportPreview, ReadResult, SheetTable } from '../../shared/spreadsheet/spreadsheet-types';

/** What the import dialog and the exports ask the spreadsheet worker, and what it answers. One request per worker. */
export type SpreadsheetRequest =
  | { type: 'read'; bytes: Uint8Array; fileName: string }
  | { type: 'preview'; table: SheetTable; mapping: ColumnMapping }
  | { type: 'export-csv'; plan: Plan }
  /** The workbook's findings sheet lists the alignment findings as of this day (YYYY-MM-DD), worded in `locale`. */
  | { type: 'export-xlsx'; plan: Plan; findingsAsOf: string; locale: Locale };

export type SpreadsheetReply =
  /** `importSheet`: the index of the sheet to offer first (the one whose headers name the most matrix levels). */
  | { type: 'read'; result: ReadResult; importSheet: number }
  | { type: 'preview'; preview: ImportPreview }
  | { type: 'bytes'; bytes: Uint8Array }
  | { type: 'error'; message: string };
