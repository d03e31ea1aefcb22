import { localDay } from '../../shared/calendar';
import { alignmentFindings } from '../../shared/checks/alignment-checks';
import { t } from '../../shared/i18n/active-locale';
import { translator } from '../../shared/i18n/translator';
import type { Locale } from '../../shared/i18n/locales';
import { matrixTable, workbookSheets } from '../../shared/spreadsheet/export-table';
import { writeCsv, writeXlsx } from '../../shared/spreadsheet/write-table';
import { EXIT, writeLine, type CliIo } from './cli-io';
import { openPlanOrSay, writeOrSay } from './cli-plan-file';

/** Whether `aiplan export` writes tables rather than the PDF pack to this file. */
export const isSpreadsheetOut = (file: string): boolean => /\.(csv|xlsx)$/i.test(file);

/**
 * `aiplan export PLAN OUT.csv|OUT.xlsx`: the matrix as CSV, or the workbook of every table, the
 * findings worded in the language of --lang and dated by the local day. Written atomically.
 */
export async function exportSpreadsheet(planArg: string, outArg: string, io: CliIo, locale: Locale): Promise<number> {
  const plan = await openPlanOrSay('export', planArg, io);
  if (!plan) return EXIT.failed;
  const xlsx = /\.xlsx$/i.test(outArg);
  const bytes = xlsx ? await writeXlsx(workbookSheets(plan, alignmentFindings(plan, { today: localDay(io.now()) }, translator(locale)), translator(locale))) : writeCsv(matrixTable(plan));
  if (!(await writeOrSay(outArg, bytes, io))) return EXIT.failed;
  writeLine(io.stdout, t('cli.export.spreadsheetDone', { file: outArg, format: xlsx ? 'XLSX' : 'CSV', kb: String(Math.ceil(bytes.length / 1024)), plan: planArg }));
  return EXIT.ok;
}
