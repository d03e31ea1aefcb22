import { describe, expect, it } from 'vitest';
import { sequentialIds } from '../../../../shared/ids';
import { guessMapping } from '../../../../shared/spreadsheet/column-mapping';
import { matrixTable } from '../../../../shared/spreadsheet/export-table';
import { previewImport } from '../../../../shared/spreadsheet/import-preview';
import { mergeImport } from '../../../../shared/spreadsheet/import-plan';
import { readSpreadsheet } from '../../../../shared/spreadsheet/read-table';
import { writeCsv } from '../../../../shared/spreadsheet/write-table';
import { examplePlanForTest } from '../plan-fixtures';
import { roundTrip } from './round-trip-helper';
import { loadPlanFromText, serialisePlan } from '../../../../shared/plan-load';

describe('export → import', () => {
  for (const format of ['csv', 'xlsx'] as const)
    it(`gives back an equal matrix for the example plan (${format})`, async () => {
      const plan = examplePlanForTest();
      const back = await roundTrip(plan, format);
      expect(matrixTable(back).rows).toEqual(matrixTable(plan).rows);
      const loaded = loadPlanFromText(serialisePlan(back));
      expect(loaded.ok ? 'valid' : loaded.error).toBe('valid');
    });

  it('merging its own export into the example plan adds nothing and changes nothing in the matrix', async () => {
    const plan = examplePlanForTest();
    const read = await readSpreadsheet(writeCsv(matrixTable(plan)), 'plan.csv');
    if (read.status !== 'read') throw new Error(read.reason);
    const table = read.sheets[0]!;
    const merged = mergeImport(plan, previewImport(table, guessMapping(table.rows[0]!)), sequentialIds('m'));
    expect(merged.created).toEqual({ pillars: 0, objectives: 0, applications: 0, kpis: 0, schedules: 0 });
    expect(matrixTable(merged.plan).rows).toEqual(matrixTable(plan).rows);
  });
});
