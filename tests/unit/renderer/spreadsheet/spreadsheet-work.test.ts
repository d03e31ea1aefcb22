import { describe, expect, it } from 'vitest';
import { answerSpreadsheetRequest } from '../../../../renderer/spreadsheet/spreadsheet-work';
import { readSpreadsheet } from '../../../../shared/spreadsheet/read-table';
import { examplePlan } from '../fixtures';

/*
 * What the spreadsheet worker answers (#19), run as the window's fallback runs it: the same function
 * on this thread.
 */
describe('the spreadsheet worker’s answers', () => {
  it('reads a CSV and names the sheet to offer first', async () => {
    const bytes = new TextEncoder().encode('Pillar;Use case;KPI\r\nGrowth;Chatbot;Leads\r\n');
    const reply = await answerSpreadsheetRequest({ type: 'read', bytes, fileName: 'ideas.csv' });
    expect(reply).toMatchObject({ type: 'read', importSheet: 0, result: { status: 'read', format: 'csv' } });
  });

  it('passes a refusal on as it is, with nothing to offer', async () => {
    const reply = await answerSpreadsheetRequest({ type: 'read', bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]), fileName: 'broken.xlsx' });
    expect(reply).toMatchObject({ type: 'read', importSheet: 0, result: { status: 'refused' } });
  });

  it('writes the matrix as CSV and the workbook as XLSX, each reading back with the matrix first', async () => {
    const plan = examplePlan();
    const csv = await answerSpreadsheetRequest({ type: 'export-csv', plan });
    const xlsx = await answerSpreadsheetRequest({ type: 'export-xlsx', plan, findingsAsOf: '2027-01-15', locale: 'de' });
    if (csv.type !== 'bytes' || xlsx.type !== 'bytes') throw new Error('no bytes');
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect([...xlsx.bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    const workbook = await readSpreadsheet(xlsx.bytes, 'plan.xlsx');
    if (workbook.status !== 'read') throw new Error(workbook.detail);
    expect(workbook.sheets[0]!.rows[0]!.slice(0, 3)).toEqual(['Strategic Pillar', 'Business Objective', 'AI Application']);
    expect(workbook.sheets.length).toBeGreaterThan(1);
  });
});
