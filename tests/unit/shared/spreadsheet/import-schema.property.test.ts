import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { loadPlanFromText, serialisePlan } from '../../../../shared/plan-load';
import { applicationSchema, kpiSchema, planSchema } from '../../../../shared/schema/plan-schema';
import { sequentialIds } from '../../../../shared/ids';
import { EXPORT_HEADERS, guessMapping } from '../../../../shared/spreadsheet/column-mapping';
import { nameKey, previewImport } from '../../../../shared/spreadsheet/import-preview';
import { mergeImport, planFromImport } from '../../../../shared/spreadsheet/import-plan';
import { applicationOf, applicationOfImported, kpiOf, kpiOfImported } from '../../../../shared/spreadsheet/imported-items';
import { IMPORT_FIELDS, type Cell, type ImportedApplication, type ImportedKpi, type ImportField, type SheetTable } from '../../../../shared/spreadsheet/spreadsheet-types';
import type { Plan } from '../../../../shared/model';
import { examplePlanForTest, NOW } from '../plan-fixtures';

/*
 * Import builds its applications and KPIs without a schema parse per item (imported-items.ts),
 * trusting the checks made where each cell is read. Whatever the cells hold, the plan it builds
 * (new, or merged into an open plan) must pass the whole plan schema and load as a saved plan
 * would; and a row whose content the schema would refuse must be reported, never taken in part.
 */

const words = (...list: string[]) => fc.constantFrom(...list);
const longText = (around: number) => fc.integer({ min: around - 2, max: around + 2 }).map((n) => 'x'.repeat(n));
const hostileText = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
  words('', ' ', '\u00a0', '\t', '\n', '=1+1', "'=x", '-', '.', ',', '1,234', '1.234,5', '1e400', '-1e-7', 'NaN', 'Infinity', '0x10', '_x0041_', 'null', 'undefined', '__proto__', 'constructor'),
  longText(500),
  longText(10_000),
);
const hostileNumber = fc.oneof(fc.double(), fc.integer(), fc.constant(Number.NaN), fc.constantFrom(Infinity, -Infinity, -0, 1e308, 5e-324));

/** What people (and hostile files) put in each kind of column: fitting values, near misses and junk. */
const cellFor = (field: ImportField): fc.Arbitrary<Cell> => {
  const junk = fc.oneof(hostileText, hostileNumber, fc.constant(null));
  switch (field) {
    case 'pillar':
    case 'objective':
    case 'application':
    case 'kpi':
      return fc.oneof({ weight: 4, arbitrary: words('Growth', ' growth ', 'GROWTH', 'Cost', 'Ops', 'Ärger', 'ärger', 'Ǆ', 'ǆ', 'e\u0301', '\u00e9') }, { weight: 1, arbitrary: junk });
    case 'impact':
    case 'feasibility':
      return fc.oneof(words('1', '5', '3.0', ' 4 ', '0', '6', '2.5', 'high'), fc.integer({ min: -2, max: 8 }), junk);
    case 'baseline':
    case 'target':
      return fc.oneof(words('12 %', '€ 40', '1.234,5', '1,000.5', '−5', '1e-7', '1,234', '1e999', '--1'), junk);
    case 'pilotStart':
      return fc.oneof(
        words('2027-03', '2027-3', '03/2027', 'Mar 2027', 'März 2027', 'tháng 3 2027', '2027-13', '2027-02-30', '1899-12', '1900-01', '9999-12', '9999-03', '9998-12', '9999-01-31', '0000-01'),
        fc.integer({ min: 1900 * 12, max: 9999 * 12 + 11 }).map((i) => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`),
        fc.integer({ min: 0, max: 3_000_000 }),
        junk,
      );
    case 'status':
      return fc.oneof(words('pilot', 'Pilot', 'in production', 'Idee', 'someday', 'live'), junk);
    case 'category':
      return fc.oneof(words('finance', 'HR', 'other', 'Kundenservice', 'nonsense'), junk);
    case 'approach':
      return fc.oneof(words('buy', 'build', 'hybrid', 'Off the shelf', 'maybe'), junk);
    case 'direction':
      return fc.oneof(words('up', 'down', '↑', '↓', 'lower is better', 'sideways'), junk);
    case 'cadence':
      return fc.oneof(words('weekly', 'Monthly', 'quarterly', 'yearly'), junk);
    default:
      return fc.oneof(words('a note', ' spaced ', 'Ana'), junk);
  }
};

const rowArb = fc.tuple(...IMPORT_FIELDS.map(cellFor));
const HEADERS = IMPORT_FIELDS.map((field) => EXPORT_HEADERS[field]);
const tableOf = (rows: Cell[][]): SheetTable => ({ name: 'Sheet1', rows: [HEADERS, ...rows] });

function expectLoads(plan: Plan): void {
  const parsed = planSchema.safeParse(plan);
  expect(parsed.success ? 'valid' : parsed.error.issues.slice(0, 3)).toBe('valid');
  const loaded = loadPlanFromText(serialisePlan(plan));
  expect(loaded.ok ? 'valid' : loaded.error).toBe('valid');
}

const trimmed = (cell: Cell) => (typeof cell === 'string' ? cell.trim() : cell === null ? '' : Number.isFinite(cell) ? String(cell) : '');

describe('import of hostile cells', () => {
  it('builds only plans the whole schema accepts, new or merged into an open plan', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 12 }), (rows) => {
        const preview = previewImport(tableOf(rows), guessMapping(HEADERS));
        const rowsWithProblems = new Set(preview.problems.map((p) => p.row));
        expect(preview.usableRows + rowsWithProblems.size).toBe(preview.rowCount);
        expectLoads(planFromImport(preview, { title: 'Imported', now: NOW, newId: sequentialIds('t') }));
        expectLoads(mergeImport(examplePlanForTest(), preview, sequentialIds('m')).plan);
      }),
      { numRuns: 300 },
    );
  });

  it('takes a row whole or reports it: a row without problems is in the plan by its names', () => {
    fc.assert(
      fc.property(rowArb, (row) => {
        const preview = previewImport(tableOf([row]), guessMapping(HEADERS));
        const plan = planFromImport(preview, { title: 'Imported', now: NOW, newId: sequentialIds('t') });
        expectLoads(plan);
        if (preview.rowCount === 0 || preview.problems.length) return;
        const named = (items: readonly { title?: string; name?: string }[], cell: Cell) =>
          trimmed(cell) === '' || items.some((item) => nameKey(item.title ?? item.name ?? '') === nameKey(trimmed(cell)));
        const cell = (field: ImportField) => row[IMPORT_FIELDS.indexOf(field)]!;
        expect(named(plan.pillars, cell('pillar'))).toBe(true);
        expect(named(plan.objectives, cell('objective'))).toBe(true);
        expect(named(plan.applications, cell('application'))).toBe(true);
        expect(named(plan.kpis, cell('kpi'))).toBe(true);
      }),
      { numRuns: 1_000 },
    );
  });

  it('reports a pilot start whose default phases would run past the last month a plan can hold', () => {
    const row = IMPORT_FIELDS.map((field): Cell => ({ pillar: 'P', objective: 'O', application: 'A', pilotStart: '9999-12' })[field as string] ?? null);
    const preview = previewImport(tableOf([row]), guessMapping(HEADERS));
    expect(preview.problems).toEqual([{ row: 2, field: 'pilotStart', reason: 'not-a-month', value: '9999-12' }]);
  });
});

describe('applicationOf and kpiOf', () => {
  const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
  const anyValue = fc.oneof(hostileText, hostileNumber, fc.constantFrom(null, true, undefined), fc.constant({}));
  const text = fc.oneof({ weight: 3, arbitrary: words('', 'a', 'Ana') }, { weight: 1, arbitrary: anyValue });
  const id = fc.oneof({ weight: 3, arbitrary: words('a1', 'B_2-c') }, { weight: 1, arbitrary: fc.oneof(words('', 'x'.repeat(65), 'a b', 'ü'), anyValue) });
  const choice = (...list: string[]) => fc.oneof({ weight: 3, arbitrary: words(...list) }, { weight: 1, arbitrary: anyValue });
  const score = fc.oneof({ weight: 3, arbitrary: fc.integer({ min: 1, max: 5 }) }, { weight: 1, arbitrary: fc.oneof(fc.integer({ min: -1, max: 7 }), fc.double(), anyValue) });
  const number = fc.oneof({ weight: 3, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) }, { weight: 1, arbitrary: anyValue });
  const unknownKey = maybe(fc.record({ starter: anyValue }));
  const withoutUndefined = (value: Record<string, unknown>) => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));

  const applicationValue = fc
    .tuple(
      fc.record({ id, objectiveId: fc.oneof(fc.constant(null), id), title: text }),
      fc.record({
        description: maybe(text),
        problem: maybe(text),
        owner: maybe(text),
        status: maybe(choice('idea', 'pilot', 'live')),
        category: maybe(choice('other', 'hr-talent')),
        approach: maybe(choice('custom', 'hybrid')),
        impact: maybe(score),
        feasibility: maybe(score),
      }),
      unknownKey,
    )
    .map(([required, fields, extra]) => ({ ...required, ...withoutUndefined(fields), ...extra }));
  const kpiValue = fc
    .tuple(
      fc.record({ id, applicationId: id, name: text }),
      fc.record({
        unit: maybe(text),
        owner: maybe(text),
        source: maybe(text),
        baseline: maybe(number),
        target: maybe(number),
        direction: maybe(choice('up', 'down')),
        cadence: maybe(choice('weekly', 'quarterly')),
      }),
      unknownKey,
    )
    .map(([required, fields, extra]) => ({ ...required, ...withoutUndefined(fields), ...extra }));

  it('give what the schema gives for any value, and throw where it throws', () => {
    const sameAsSchema = <T>(made: (value: Record<string, unknown>) => T, schema: { safeParse: (value: unknown) => { success: boolean; data?: unknown } }) => (value: Record<string, unknown>) => {
      const expected = schema.safeParse(value);
      if (expected.success) expect(made(value)).toStrictEqual(expected.data);
      else expect(() => made(value)).toThrow();
    };
    fc.assert(fc.property(applicationValue, sameAsSchema(applicationOf, applicationSchema)), { numRuns: 2_000 });
    fc.assert(fc.property(kpiValue, sameAsSchema(kpiOf, kpiSchema)), { numRuns: 2_000 });
  });

  it('give the same for an imported group or KPI as for the value the plan used to parse', () => {
    fc.assert(
      fc.property(applicationValue, fc.option(words('2027-03'), { nil: undefined }), ({ id, objectiveId, title, ...fields }, pilotStart) => {
        const group = { title, fields: { ...fields, ...(pilotStart ? { pilotStart } : {}) }, kpis: [] } as unknown as ImportedApplication;
        const expected = applicationSchema.safeParse({ ...fields, id, objectiveId, title });
        if (expected.success) expect(applicationOfImported(group, id as string, objectiveId as string | null)).toStrictEqual(expected.data);
        else expect(() => applicationOfImported(group, id as string, objectiveId as string | null)).toThrow();
      }),
      { numRuns: 2_000 },
    );
    const importedKpi = fc.record({
      name: fc.oneof(words('K', ''), hostileText),
      unit: fc.oneof(words('', '%'), hostileText),
      owner: fc.oneof(words('', 'Ana'), hostileText),
      source: fc.oneof(words('', 'CRM'), hostileText),
      baseline: fc.oneof(fc.constant(null), hostileNumber),
      target: fc.oneof(fc.constant(null), hostileNumber),
      direction: fc.constantFrom(null, 'up', 'down', 'sideways'),
      cadence: fc.constantFrom(null, 'weekly', 'yearly'),
    });
    fc.assert(
      fc.property(importedKpi, words('k1', 'bad id'), (kpi, id) => {
        const value: Record<string, unknown> = { id, applicationId: 'a1', name: kpi.name };
        for (const key of ['unit', 'owner', 'source'] as const) if (kpi[key]) value[key] = kpi[key];
        for (const key of ['baseline', 'target', 'direction', 'cadence'] as const) if (kpi[key] !== null) value[key] = kpi[key];
        const expected = kpiSchema.safeParse(value);
        const made = () => kpiOfImported(kpi as ImportedKpi, id, 'a1');
        if (expected.success) expect(made()).toStrictEqual(expected.data);
        else expect(made).toThrow();
      }),
      { numRuns: 2_000 },
    );
  });

  it('make fitting items without the schema, each with its own copy of the defaults it could change', () => {
    const parse = vi.spyOn(applicationSchema, 'parse');
    const parseKpi = vi.spyOn(kpiSchema, 'parse');
    const [a, b] = [applicationOf({ id: 'a1', objectiveId: null, title: 'A', impact: 5 }), applicationOf({ id: 'a2', objectiveId: 'o1', title: 'B', status: 'live' })];
    const [k, l] = [kpiOf({ id: 'k1', applicationId: 'a1', name: 'K', baseline: 2 }), kpiOf({ id: 'k2', applicationId: 'a1', name: 'L' })];
    expect(parse).not.toHaveBeenCalled();
    expect(parseKpi).not.toHaveBeenCalled();
    expect(Object.keys(a)).toEqual(Object.keys(applicationSchema.parse({ id: 'x', objectiveId: null, title: '' })));
    expect([a.impact, b.status, k.baseline, l.baseline]).toEqual([5, 'live', 2, null]);
    expect(a.dimensions).not.toBe(b.dimensions);
    expect(a.value).not.toBe(b.value);
    expect(k.actuals).not.toBe(l.actuals);
    parse.mockRestore();
    parseKpi.mockRestore();
  });
});
