import { beforeEach, describe, expect, it } from 'vitest';
import { translator } from '../../../../shared/i18n/translator';
import { guessMapping } from '../../../../shared/spreadsheet/column-mapping';
import { previewImport } from '../../../../shared/spreadsheet/import-preview';
import type { SheetTable } from '../../../../shared/spreadsheet/spreadsheet-types';
import { columnLetter, fitsHeaders, mappingIsUsable, mappingProblems, sheetShape, titleFromFileName } from '../../../../renderer/spreadsheet/import-mapping';
import { countLines, problemText, refusalText } from '../../../../renderer/spreadsheet/import-messages';
import { mergeCounts, mergeSpreadsheet } from '../../../../renderer/store/spreadsheet-actions';
import { plannerStore, resetPlannerStore } from '../../../../renderer/store/store';
import { examplePlan } from '../fixtures';

const t = translator('en');
const state = () => plannerStore.getState();

const SHEET: SheetTable = {
  name: 'ideas',
  rows: [
    [null, null, null, null, null],
    ['Strategic Pillar', 'Business Objective', 'AI Application', 'Key Performance Indicator', 'Impact'],
    ['Growth', 'New customers', 'Lead scoring', 'Qualified leads', 4],
    [null, null, null, null, null],
    ['Growth', 'New customers', 'Lead scoring', 'Conversion', 4],
    ['Growth', 'New customers', 'Proposal drafter', 'Proposals a week', 'high'],
  ],
};

describe('the mapping step', () => {
  it('shows the first non-blank row as headers and the non-blank rows under it with their spreadsheet row numbers', () => {
    const shape = sheetShape(SHEET);
    expect(shape.headers).toEqual(SHEET.rows[1]);
    expect(shape.sampleRowNumbers).toEqual([3, 5, 6]);
    expect(shape.dataRows).toBe(4);
    expect(sheetShape({ name: 'empty', rows: [] })).toEqual({ headers: [], sampleRowNumbers: [], samples: [], dataRows: 0 });
  });

  it('goes on only when a column names the application and no field is chosen twice', () => {
    expect(mappingProblems(['pillar', null, 'application'])).toEqual({ noApplication: false, duplicates: [] });
    expect(mappingIsUsable(mappingProblems(['pillar', 'kpi']))).toBe(false);
    expect(mappingProblems(['owner', 'application', 'owner'])).toEqual({ noApplication: false, duplicates: ['owner'] });
  });

  it('uses a remembered mapping only when it has one field per header', () => {
    expect(fitsHeaders(['pillar', null], ['a', 'b'])).toBe(true);
    expect(fitsHeaders(['pillar'], ['a', 'b'])).toBe(false);
    expect(fitsHeaders(null, [])).toBe(false);
  });

  it('names columns by their spreadsheet letters and a new plan by its file', () => {
    expect([0, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
    expect(titleFromFileName('Q3 ideas.xlsx')).toBe('Q3 ideas');
    expect(titleFromFileName('report.2027.csv')).toBe('report.2027');
  });
});

describe('the preview’s words', () => {
  it('says which row cannot be used and why, with the field’s name and the cell as read', () => {
    expect(problemText({ row: 7, field: 'impact', reason: 'not-a-score', value: 'high' }, t)).toBe('Row 7: Impact “high” is not a score from 1 to 5');
    expect(problemText({ row: 3, field: 'application', reason: 'no-application', value: '' }, t)).toBe('Row 3: the AI application is empty');
  });

  it('words every refusal, and falls back to the disk’s own message', () => {
    expect(refusalText('zip-bomb', null, t)).toMatch(/^The workbook would unpack/);
    expect(refusalText(null, { code: 'too-large', message: 'big.csv is 70 MB.', details: [] }, t)).toBe('big.csv is 70 MB.');
    expect(refusalText(null, null, t)).toBe('The spreadsheet could not be read.');
  });

  it('lists only the kinds of which something is created', () => {
    expect(countLines({ pillars: 1, objectives: 0, applications: 2, kpis: 3, schedules: 0 }, t)).toEqual(['1 strategic pillar', '2 AI applications', '3 KPIs']);
  });
});

describe('merging into the open plan', () => {
  beforeEach(() => {
    resetPlannerStore();
    state().loadDocument({ plan: examplePlan(), filePath: null, mtimeMs: null });
  });

  it('adds what is new as one undo step, and says what it created', () => {
    const before = state().plan!;
    const preview = previewImport(SHEET, guessMapping(SHEET.rows[1]!));
    expect(mergeCounts(before, preview)).toEqual({ pillars: 1, objectives: 1, applications: 1, kpis: 2, schedules: 0 });
    // The preview's own count leaves the document alone.
    expect(state().plan).toBe(before);

    expect(mergeSpreadsheet(preview)).toEqual({ pillars: 1, objectives: 1, applications: 1, kpis: 2, schedules: 0 });
    expect(state().plan!.pillars.map((p) => p.title)).toEqual([...before.pillars.map((p) => p.title), 'Growth']);
    expect(state().past).toHaveLength(1);
    state().undo();
    expect(state().plan).toBe(before);
  });

  it('records no step when nothing in the rows is new', () => {
    const preview = previewImport(SHEET, guessMapping(SHEET.rows[1]!));
    mergeSpreadsheet(preview);
    expect(mergeSpreadsheet(preview)).toBeNull();
    expect(state().past).toHaveLength(1);
  });
});
