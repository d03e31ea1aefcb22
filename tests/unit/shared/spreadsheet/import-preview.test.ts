import { describe, expect, it } from 'vitest';
import { guessMapping } from '../../../../shared/spreadsheet/column-mapping';
import { previewImport } from '../../../../shared/spreadsheet/import-preview';
import type { Cell, SheetTable } from '../../../../shared/spreadsheet/spreadsheet-types';

const HEADERS = ['Pillar', 'Objective', 'Use case', 'KPI', 'Impact', 'Feasibility', 'Pilot start', 'Baseline', 'Target', 'Status', 'Direction'];
const table = (rows: Cell[][], extra: Partial<SheetTable> = {}): SheetTable => ({ name: 'Sheet1', rows: [HEADERS, ...rows], ...extra });
const preview = (rows: Cell[][], extra: Partial<SheetTable> = {}) => {
  const t = table(rows, extra);
  return previewImport(t, guessMapping(t.rows[0]!));
};

describe('previewImport', () => {
  it('groups rows into pillars, objectives and applications by name, ignoring case and spaces', () => {
    const result = preview([
      ['Growth', 'More leads', 'Lead scoring', 'Conversion rate', 4, 3, '2027-03', '2%', '3 %', 'Pilot', 'higher is better'],
      [' growth ', 'MORE LEADS', 'lead scoring', 'Deals per month', null, null, null, '10', '14', null, null],
      ['Growth', 'More leads', 'Chat assistant', null, null, null, null, null, null, null, null],
      ['Efficiency', 'Faster close', 'Invoice OCR', 'Hours per close', '2', '5', 'Mar 2027', '1.234,5', '1,000.5', 'idea', 'down'],
    ]);
    expect(result.problems).toEqual([]);
    expect(result.rowCount).toBe(4);
    expect(result.usableRows).toBe(4);
    expect(result.counts).toEqual({ pillars: 2, objectives: 2, applications: 3, kpis: 3, schedules: 2 });
    const [growth, efficiency] = result.groups;
    expect(growth!.title).toBe('Growth');
    expect(growth!.objectives[0]!.applications.map((a) => a.title)).toEqual(['Lead scoring', 'Chat assistant']);
    const scoring = growth!.objectives[0]!.applications[0]!;
    expect(scoring.fields).toEqual({ impact: 4, feasibility: 3, pilotStart: '2027-03', status: 'pilot' });
    expect(scoring.kpis.map((k) => [k.name, k.baseline, k.target, k.direction])).toEqual([
      ['Conversion rate', 2, 3, 'up'],
      ['Deals per month', 10, 14, null],
    ]);
    expect(growth!.objectives[0]!.applications[1]!.kpis).toEqual([]);
    const ocr = efficiency!.objectives[0]!.applications[0]!;
    expect(ocr.fields.pilotStart).toBe('2027-03');
    expect(ocr.kpis[0]).toMatchObject({ baseline: 1234.5, target: 1000.5, direction: 'down' });
  });

  it('reports each unusable row with its spreadsheet row number and reason, and keeps the rest', () => {
    const result = preview([
      ['Growth', 'More leads', 'Lead scoring', 'Conversion rate', 4, 3, null, null, null, null, null],
      ['Growth', 'More leads', '', 'Orphan KPI', null, null, null, null, null, null, null],
      ['Growth', 'More leads', 'Chat', null, 'high', null, null, null, null, null, null],
      ['Growth', 'More leads', 'Bot', null, null, null, '2027-13', null, null, null, null],
      [null, null, null, null, null, null, null, null, null, null, null],
      ['Growth', 'More leads', 'Forecast', null, null, null, null, 'lots', null, 'someday', null],
      ['Growth', null, 'Floating', null, null, null, null, null, null, null, null],
    ]);
    expect(result.problems).toEqual([
      { row: 3, field: 'application', reason: 'no-application', value: 'Orphan KPI' },
      { row: 4, field: 'impact', reason: 'not-a-score', value: 'high' },
      { row: 5, field: 'pilotStart', reason: 'not-a-month', value: '2027-13' },
      { row: 7, field: 'status', reason: 'unknown-choice', value: 'someday' },
      { row: 7, field: 'baseline', reason: 'not-a-number', value: 'lots' },
      { row: 8, field: 'objective', reason: 'no-objective', value: 'Floating' },
    ]);
    expect(result.rowCount).toBe(6);
    expect(result.usableRows).toBe(1);
    expect(result.counts).toMatchObject({ pillars: 1, objectives: 1, applications: 1, kpis: 1 });
  });

  it('counts rows from the header the file really has, after blank rows above it', () => {
    const result = preview([['Growth', 'More leads', 'Chat', null, 9, null, null, null, null, null, null]], { firstRow: 4 });
    expect(result.problems).toEqual([{ row: 5, field: 'impact', reason: 'not-a-score', value: '9' }]);
  });

  it('takes an application with neither pillar nor objective as an unaligned idea', () => {
    const result = preview([[null, null, 'Loose idea', 'Some KPI', null, null, null, null, null, null, null]]);
    expect(result.problems).toEqual([]);
    expect(result.unaligned.map((a) => [a.title, a.kpis.length])).toEqual([['Loose idea', 1]]);
    expect(result.counts).toMatchObject({ pillars: 0, applications: 1, kpis: 1 });
  });

  it('refuses a name or number that is a formula without a computed value, and ignores other columns', () => {
    const result = preview([['Growth', 'More leads', null, null, null, null, null, null, null, null, null]], { uncached: [[1, 2]] });
    expect(result.problems).toEqual([{ row: 2, field: 'application', reason: 'formula', value: '' }]);
  });

  // Children are first found along a short list, then through a map (import-groups.ts); either way by name key, first row first.
  it('finds an item again by name among many siblings, wherever its rows come, and keeps the first row\'s order', () => {
    const names = Array.from({ length: 12 }, (_, i) => `Use case ${i + 1}`);
    const row = (name: string, kpi: string | null, impact: Cell = null): Cell[] => ['Growth', 'More leads', name, kpi, impact, null, null, null, null, null, null];
    const result = preview([
      ...names.map((name, i) => row(name, `KPI ${i + 1}`)),
      row(' use case 1 ', 'Second KPI', 4),
      row('USE CASE 12', 'kpi 12', 2),
      row('use case 5', 'Second KPI'),
    ]);
    expect(result.problems).toEqual([]);
    const applications = result.groups[0]!.objectives[0]!.applications;
    expect(applications.map((a) => a.title)).toEqual(names);
    expect(applications[0]!.kpis.map((k) => k.name)).toEqual(['KPI 1', 'Second KPI']);
    expect(applications[0]!.fields).toEqual({ impact: 4 });
    expect(applications[11]!.kpis.map((k) => k.name)).toEqual(['KPI 12']);
    expect(applications[11]!.fields).toEqual({ impact: 2 });
    expect(applications[4]!.kpis.map((k) => k.name)).toEqual(['KPI 5', 'Second KPI']);
    expect(result.counts).toEqual({ pillars: 1, objectives: 1, applications: 12, kpis: 14, schedules: 0 });
  });
});
