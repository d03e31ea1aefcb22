import { cellText } from '../../shared/spreadsheet/cell-text';
import { headerIndexOf } from '../../shared/spreadsheet/import-preview';
import type { Cell, ColumnMapping, ImportField, SheetTable } from '../../shared/spreadsheet/spreadsheet-types';

/*
 * What the mapping step shows and checks, from a sheet and a mapping: plain functions, so the
 * dialog holds no rules of its own.
 */

/** The sample rows the mapping step shows under each header. */
export const SAMPLE_ROWS = 5;

export interface SheetShape {
  headers: Cell[];
  /** The spreadsheet's row number of each sample row (header = its own row). */
  sampleRowNumbers: number[];
  samples: Cell[][];
  /** Data rows below the header, blank ones included. */
  dataRows: number;
}

/** The header row (the first that is not blank) and the first rows under it. */
export function sheetShape(table: SheetTable): SheetShape {
  const headerIndex = headerIndexOf(table);
  if (headerIndex < 0) return { headers: [], sampleRowNumbers: [], samples: [], dataRows: 0 };
  const firstRow = table.firstRow ?? 1;
  const headers = table.rows[headerIndex] ?? [];
  const samples: Cell[][] = [];
  const sampleRowNumbers: number[] = [];
  for (let r = headerIndex + 1; r < table.rows.length && samples.length < SAMPLE_ROWS; r++) {
    const row = table.rows[r] ?? [];
    if (row.every((cell) => cellText(cell).trim() === '')) continue;
    samples.push(row);
    sampleRowNumbers.push(firstRow + r);
  }
  return { headers, sampleRowNumbers, samples, dataRows: table.rows.length - headerIndex - 1 };
}

export interface MappingProblems {
  /** No column names the AI application, without which no row can be used. */
  noApplication: boolean;
  /** Fields chosen for more than one column. */
  duplicates: ImportField[];
}

export function mappingProblems(mapping: ColumnMapping): MappingProblems {
  const seen = new Set<ImportField>();
  const duplicates = new Set<ImportField>();
  for (const field of mapping) {
    if (field === null) continue;
    if (seen.has(field)) duplicates.add(field);
    seen.add(field);
  }
  return { noApplication: !seen.has('application'), duplicates: [...duplicates] };
}

export const mappingIsUsable = (problems: MappingProblems): boolean => !problems.noApplication && problems.duplicates.length === 0;

/** A mapping as long as the header row: a remembered one of another length is not this sheet's. */
export function fitsHeaders(mapping: ColumnMapping | null, headers: readonly Cell[]): mapping is ColumnMapping {
  return mapping !== null && mapping.length === headers.length;
}

/** "A", "B", … "Z", "AA": the column letters a spreadsheet shows. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** The file name without its extension: the title of a plan made from it. */
export function titleFromFileName(fileName: string): string {
  return fileName.replace(/\.(csv|tsv|txt|xlsx)$/i, '').trim();
}

/** Whether a dropped or chosen file's name says it is a spreadsheet the app reads. */
export const isSpreadsheetName = (name: string): boolean => /\.(csv|tsv|txt|xlsx)$/i.test(name);
