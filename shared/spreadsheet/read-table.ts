import { CellTooLarge, readCsv } from './csv-read';
import { READ_CAPS, type ReadCaps } from './read-caps';
import type { ReadResult, SheetTable } from './spreadsheet-types';
import { readXlsx } from './xlsx-read';
import { guessMapping } from './column-mapping';

export { READ_CAPS, type ReadCaps } from './read-caps';

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
/** An OLE compound file: an old .xls, or an XLSX saved with a password (Excel wraps those in one). */
const isCompoundFile = (b: Uint8Array) => b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;

/**
 * Reads a spreadsheet's tables: XLSX when the bytes are a zip (whatever the name says), CSV or
 * tab-separated text otherwise. Never throws; a file past the caps, a zip bomb, an encrypted or
 * broken file is refused with the reason. `fileName` only names the CSV's one sheet.
 */
export async function readSpreadsheet(bytes: Uint8Array, fileName: string, caps: ReadCaps = READ_CAPS): Promise<ReadResult> {
  if (bytes.length > caps.maxFileBytes) return { status: 'refused', reason: 'too-large', detail: `${bytes.length} bytes; at most ${caps.maxFileBytes}` };
  if (bytes.length === 0) return { status: 'refused', reason: 'not-a-spreadsheet', detail: 'empty file' };
  try {
    if (isZip(bytes)) return startingAtHeaders(readXlsx(bytes, caps));
    if (isCompoundFile(bytes))
      return /\.xlsx$/i.test(fileName)
        ? { status: 'refused', reason: 'encrypted', detail: 'password-protected workbook' }
        : { status: 'refused', reason: 'not-a-spreadsheet', detail: 'an old binary .xls workbook' };
    const baseName = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '') || 'Sheet1';
    return startingAtHeaders(readCsv(bytes, baseName, caps));
  } catch (error) {
    if (error instanceof CellTooLarge) return { status: 'refused', reason: 'cell-too-large', detail: error.message };
    return { status: 'refused', reason: 'corrupt', detail: error instanceof Error ? error.message : String(error) };
  }
}

/** How far down a title or a note above the header row is looked past. */
const HEADER_SEARCH_ROWS = 10;

/**
 * The sheets with whatever stands above the header row taken off (a merged title, notes, blank
 * rows): the header is the row among the first few that names the most known columns, or the
 * first row when none names any. `firstRow` keeps the spreadsheet's own numbering.
 */
function startingAtHeaders(result: ReadResult): ReadResult {
  if (result.status !== 'read') return result;
  const sheets = result.sheets.map((sheet) => {
    let best = 0;
    let bestCount = 0;
    sheet.rows.slice(0, HEADER_SEARCH_ROWS).forEach((row, i) => {
      const count = guessMapping(row).filter((field) => field !== null).length;
      if (count > bestCount) [best, bestCount] = [i, count];
    });
    if (best === 0) return sheet;
    return {
      ...sheet,
      rows: sheet.rows.slice(best),
      firstRow: (sheet.firstRow ?? 1) + best,
      ...(sheet.uncached ? { uncached: sheet.uncached.filter(([r]) => r >= best).map(([r, c]) => [r - best, c] as [number, number]) } : {}),
    };
  });
  return { ...result, sheets };
}

/**
 * The sheet to import from a workbook: the one whose headers name the most matrix levels (the
 * exported workbook's "Matrix" first); the first sheet when none names any.
 */
export function importSheetOf(sheets: readonly SheetTable[]): SheetTable | undefined {
  let best: SheetTable | undefined;
  let bestScore = -1;
  for (const sheet of sheets) {
    const mapping = guessMapping(sheet.rows[0] ?? []);
    const score = ['pillar', 'objective', 'application', 'kpi'].filter((f) => mapping.includes(f as never)).length;
    if (score > bestScore) [best, bestScore] = [sheet, score];
  }
  return best;
}
