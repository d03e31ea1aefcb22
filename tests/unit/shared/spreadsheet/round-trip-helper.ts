import { expect } from 'vitest';
import { sequentialIds } from '../../../../shared/ids';
import { guessMapping } from '../../../../shared/spreadsheet/column-mapping';
import { matrixTable, workbookSheets } from '../../../../shared/spreadsheet/export-table';
import { previewImport } from '../../../../shared/spreadsheet/import-preview';
import { planFromImport } from '../../../../shared/spreadsheet/import-plan';
import { importSheetOf, readSpreadsheet } from '../../../../shared/spreadsheet/read-table';
import { writeCsv, writeXlsx } from '../../../../shared/spreadsheet/write-table';
import type { Plan } from '../../../../shared/model';
import { NOW } from '../plan-fixtures';

/** Export → read → preview → new plan. */
export async function roundTrip(plan: Plan, format: 'csv' | 'xlsx'): Promise<Plan> {
  const bytes = format === 'csv' ? writeCsv(matrixTable(plan)) : await writeXlsx(workbookSheets(plan, []));
  const read = await readSpreadsheet(bytes, `plan.${format}`);
  if (read.status !== 'read') throw new Error(`refused: ${read.reason} ${read.detail}`);
  const table = importSheetOf(read.sheets)!;
  const preview = previewImport(table, guessMapping(table.rows[0]!));
  expect(preview.problems).toEqual([]);
  return planFromImport(preview, { title: plan.meta.title, now: NOW, newId: sequentialIds('r') });
}

