import { neutraliseFormula } from './cell-text';
import type { Cell, SheetTable } from './spreadsheet-types';
import { writeWorkbook } from './xlsx-write';

const BOM = '\ufeff';

function csvField(cell: Cell): string {
  if (cell === null) return '';
  // Numbers stay numbers: only text can be taken for a formula.
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const text = neutraliseFormula(cell);
  // Semicolons, tabs and bars are quoted too, so that a reader guessing the delimiter cannot take them for one.
  return /[",;\t|\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The table as CSV the way Excel opens it right: UTF-8 with a byte-order mark, commas, CRLF line
 * ends, fields quoted by RFC 4180, and every text cell that would start a formula prefixed with a
 * quote (neutraliseFormula). Months and dates are written as YYYY-MM and YYYY-MM-DD.
 */
export function writeCsv(table: SheetTable): Uint8Array {
  const lines = table.rows.map((row) => row.map(csvField).join(','));
  return new TextEncoder().encode(BOM + lines.join('\r\n') + '\r\n');
}

/**
 * The sheets as an XLSX workbook: real number and date cells, a frozen header row, column widths,
 * no macros; formula-looking text is a string cell marked as text, never a formula.
 */
export async function writeXlsx(sheets: readonly SheetTable[]): Promise<Uint8Array> {
  return writeWorkbook(sheets);
}
