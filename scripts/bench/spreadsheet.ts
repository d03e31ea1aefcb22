import Papa from 'papaparse';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { alignmentFindings } from '../../shared/checks/alignment-checks';
import { sequentialIds } from '../../shared/ids';
import { guessMapping } from '../../shared/spreadsheet/column-mapping';
import { matrixTable, workbookSheets } from '../../shared/spreadsheet/export-table';
import { previewImport } from '../../shared/spreadsheet/import-preview';
import { planFromImport } from '../../shared/spreadsheet/import-plan';
import { importSheetOf, readSpreadsheet } from '../../shared/spreadsheet/read-table';
import { writeCsv, writeXlsx } from '../../shared/spreadsheet/write-table';
import { planAtCaps } from './cap-plans';
import { compare, ms, ratio } from './measure';

/**
 * Spreadsheet import and export (#19) at the plan's caps: 1,000 applications with 5 KPIs each,
 * i.e. a 5,000-row matrix. Each against the libraries doing their share of the same work alone:
 * import CSV = read + map + preview + new plan, against TextDecoder + papaparse on the same text;
 * import XLSX = the same from the workbook, against fflate inflating every part and decoding the
 * sheet's text (the XML reading is our own, so this baseline holds no XML parsing at all);
 * export XLSX = every sheet built and written, against fflate zipping the same parts already made.
 */
/**
 * The import's timing: each side warmed up ten rounds first. With three, the first comparison in
 * the process measured the import while the heap was still growing to fit a 5,000-row table and a
 * plan of 6,000 items (its young generation sized for the plan generator's garbage): the CSV import
 * came out at 1.6-2.2x in that first comparison, and at 1.3-1.4x in the same process a moment
 * later. The first, cold import is printed on its own line, against the absolute target.
 */
const IMPORT_TIMING = { repetitions: 9, warmUp: 10 };

const timeOnce = async (work: () => unknown): Promise<number> => {
  const started = performance.now();
  await work();
  return performance.now() - started;
};

export async function run(): Promise<void> {
  const plan = planAtCaps();
  const matrix = matrixTable(plan);
  const csv = writeCsv(matrix);
  const xlsx = await writeXlsx([matrix]);
  console.log(`matrix of the plan at the caps: ${(matrix.rows.length - 1).toLocaleString('en')} rows × ${matrix.rows[0]!.length} columns; CSV ${(csv.length / 1024).toFixed(0)} KB, XLSX ${(xlsx.length / 1024).toFixed(0)} KB`);

  const importOf = async (bytes: Uint8Array, name: string) => {
    const read = await readSpreadsheet(bytes, name);
    if (read.status !== 'read') throw new Error(`bench file refused: ${read.reason}`);
    const table = importSheetOf(read.sheets)!;
    const preview = previewImport(table, guessMapping(table.rows[0]!));
    if (preview.problems.length) throw new Error(`bench rows refused: ${JSON.stringify(preview.problems[0])}`);
    return planFromImport(preview, { title: 'Bench', now: '2026-11-23T10:00:00.000Z', newId: sequentialIds('b') });
  };

  // What a person meets: the first import of each kind in the process, before any warm-up.
  const firstCsv = await timeOnce(() => importOf(csv, 'matrix.csv'));
  const firstXlsx = await timeOnce(() => importOf(xlsx, 'matrix.xlsx'));
  console.log(`first import in this process (cold): CSV ${ms(firstCsv)}, XLSX ${ms(firstXlsx)} (target ≤ 1 s)`);

  const csvImport = await compare(
    () => importOf(csv, 'matrix.csv'),
    () => Papa.parse<string[]>(new TextDecoder().decode(csv), { delimiter: ',' }),
    IMPORT_TIMING,
  );
  console.log(`import 5,000-row CSV / papaparse alone: ${ratio(csvImport.ratio)} (target ≤ 2×); ${ms(csvImport.subject)} (target ≤ 1 s)   [papaparse ${ms(csvImport.baseline)}]`);

  const csvRead = await compare(
    () => readSpreadsheet(csv, 'matrix.csv'),
    () => Papa.parse<string[]>(new TextDecoder().decode(csv), { delimiter: ',' }),
    IMPORT_TIMING,
  );
  console.log(`  of which reading the table alone (decode, delimiter, caps, cells) / papaparse: ${ratio(csvRead.ratio)}   [${ms(csvRead.subject)} vs ${ms(csvRead.baseline)}]`);

  const xlsxImport = await compare(
    () => importOf(xlsx, 'matrix.xlsx'),
    () => new TextDecoder().decode(unzipSync(xlsx)['xl/worksheets/sheet1.xml']!),
    IMPORT_TIMING,
  );
  console.log(`import 5,000-row XLSX / fflate inflating alone: ${ratio(xlsxImport.ratio)} (target ≤ 2×); ${ms(xlsxImport.subject)} (target ≤ 1 s)   [fflate ${ms(xlsxImport.baseline)}]`);

  const xlsxRead = await compare(
    () => readSpreadsheet(xlsx, 'matrix.xlsx'),
    () => new TextDecoder().decode(unzipSync(xlsx)['xl/worksheets/sheet1.xml']!),
    IMPORT_TIMING,
  );
  console.log(`  of which reading the workbook alone (directory, capped inflate, XML) / fflate: ${ratio(xlsxRead.ratio)}   [${ms(xlsxRead.subject)} vs ${ms(xlsxRead.baseline)}]`);

  const findings = alignmentFindings(plan, { today: '2026-11-23' });
  const parts = unzipSync(await writeXlsx(workbookSheets(plan, findings)));
  const xlsxExport = await compare(
    () => writeXlsx(workbookSheets(plan, findings)),
    () => zipSync(parts, { level: 6, mtime: '1980-01-01T00:00:00' }),
    { repetitions: 9 },
  );
  console.log(`export 1,000-application plan to XLSX / fflate zipping the same parts: ${ratio(xlsxExport.ratio)} (target ≤ 2×); ${ms(xlsxExport.subject)} (target ≤ 1 s)   [fflate ${ms(xlsxExport.baseline)}]`);

  const csvExport = await compare(
    () => writeCsv(matrixTable(plan)),
    () => strToU8(Papa.unparse(matrix.rows as unknown as string[][])),
    { repetitions: 9 },
  );
  console.log(`export matrix CSV / papaparse unparse of the same rows: ${ratio(csvExport.ratio)}; ${ms(csvExport.subject)}   [papaparse ${ms(csvExport.baseline)}]`);
}
