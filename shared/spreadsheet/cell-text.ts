import type { Cell } from './spreadsheet-types';

/*
 * The OWASP CSV-injection rule, both ways. A text cell starting with one of these characters is
 * read by spreadsheets as a formula (or a DDE command), so CSV export prefixes it with a single
 * quote; CSV import takes that quote off again only in front of the same characters, so the round
 * trip is exact. XLSX needs no quote: its string cells are never formulas.
 */
// Quotes already in front count too, so that a name really starting with "'=" comes back whole.
const NEEDS_QUOTE = /^'*[=+\-@\t\r]/;
const QUOTED = /^'+[=+\-@\t\r]/;

/** The text as written to a CSV cell: a leading quote added when it would otherwise start a formula. */
export function neutraliseFormula(text: string): string {
  return NEEDS_QUOTE.test(text) ? `'${text}` : text;
}

/** The inverse of neutraliseFormula, for text read back from a CSV cell. */
export function restoreFormulaText(text: string): string {
  return QUOTED.test(text) ? text.slice(1) : text;
}

/** Whether export must mark the text as text (XLSX: a quote-prefix style, as Excel itself does). */
export const looksLikeFormula = (text: string): boolean => NEEDS_QUOTE.test(text);

/** A cell as the text a person typed: numbers in their shortest form, empty for nothing. */
export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  return cell;
}

export const isBlankCell = (cell: Cell | undefined): boolean => cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');

export const isBlankRow = (row: readonly Cell[] | undefined): boolean => row === undefined || row.every(isBlankCell);
