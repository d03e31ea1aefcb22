import { resolve } from 'node:path';
import { writeFileAtomically } from '../files/atomic-write';
import { openPlanFile } from '../files/plan-file';
import { localDay } from '../../shared/calendar';
import { alignmentFindings } from '../../shared/checks/alignment-checks';
import { t } from '../../shared/i18n/active-locale';
import { translator } from '../../shared/i18n/translator';
import type { Locale } from '../../shared/i18n/locales';
import { matrixTable, workbookSheets } from '../../shared/spreadsheet/export-table';
import { writeCsv, writeXlsx } from '../../shared/spreadsheet/write-table';
import { EXIT, writeLine, type CliIo } from './cli-io';

/** Whether `aiplan export` writes tables rather than the PDF pack to this file. */
export const isSpreadsheetOut = (file: string): boolean => /\.(csv|xlsx)$/i.test(file);

/**
 * `aiplan export PLAN OUT.csv|OUT.xlsx`: the matrix as CSV, or the workbook of every table, the
 * findings worded in the language of --lang and dated by the local day. Written atomically.
 */
export async function exportSpreadsheet(planArg: string, outArg: string, io: CliIo, locale: Locale): Promise<number> {
  const opened = await openPlanFile(resolve(planArg));
  if (opened.status !== 'opened') {
    if (opened.status === 'error') {
      writeLine(io.stderr, `aiplan export: ${planArg}: ${opened.error.message}`);
      for (const detail of opened.error.details) writeLine(io.stderr, `  - ${detail}`);
    }
    return EXIT.failed;
  }
  const plan = opened.plan;
  const xlsx = /\.xlsx$/i.test(outArg);
  const bytes = xlsx ? await writeXlsx(workbookSheets(plan, alignmentFindings(plan, { today: localDay(io.now()) }, translator(locale)), translator(locale))) : writeCsv(matrixTable(plan));
  try {
    await writeFileAtomically(resolve(outArg), bytes);
  } catch (error) {
    const code = error && typeof error === 'object' && 'code' in error ? ` (${String((error as { code: unknown }).code)})` : '';
    writeLine(io.stderr, t('cli.export.writeFailed', { file: outArg, code, reason: error instanceof Error ? error.message : String(error) }));
    return EXIT.failed;
  }
  writeLine(io.stdout, t('cli.export.spreadsheetDone', { file: outArg, format: xlsx ? 'XLSX' : 'CSV', kb: String(Math.ceil(bytes.length / 1024)), plan: planArg }));
  return EXIT.ok;
}
