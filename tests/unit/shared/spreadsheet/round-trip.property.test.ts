import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { APPROACHES, CADENCES, CATEGORIES, DIRECTIONS, STATUSES } from '../../../../shared/schema/plan-schema';
import { addApplication, addKpi, addObjective, addPillar, updateObjective, updatePillar } from '../../../../shared/operations/matrix';
import { scheduleApplication } from '../../../../shared/roadmap/schedule-ops';
import { matrixTable } from '../../../../shared/spreadsheet/export-table';
import { nameKey } from '../../../../shared/spreadsheet/import-preview';
import type { Plan } from '../../../../shared/model';
import { blankPlanForTest } from '../plan-fixtures';
import { roundTrip } from './round-trip-helper';

/*
 * Any matrix survives export → import, in CSV and in XLSX: names and texts with letters of any
 * script, emoji, commas, quotes, semicolons, tabs, line breaks and formula-looking starts.
 */

const PIECES = ['Łódź', '東京', '😀', '👩‍👩‍👧', ',', '"', "'", ';', '\n', '\r\n', '\t', ' ', 'a', 'Z', '1', '-5', '=SUM(A1)', '+', '@', '_x0041_', '&<>', 'ß', 'Ωμέγα', 'Tiếng Việt'];
const text = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 6 }).map((parts) => parts.join('').trim());
const name = text.filter((s) => s.length > 0);
const optionalText = fc.oneof(fc.constant(''), text);
const number = fc.oneof(fc.constant(null), fc.integer({ min: -1_000_000, max: 1_000_000 }).map((n) => n / 100), fc.constantFrom(0, 1.234, 1e21, -0.001));

const kpiArb = fc.record({ name, unit: optionalText, owner: optionalText, source: optionalText, baseline: number, target: number, direction: fc.constantFrom(...DIRECTIONS), cadence: fc.constantFrom(...CADENCES) });
const applicationArb = fc.record({
  title: name,
  description: optionalText,
  problem: optionalText,
  owner: optionalText,
  status: fc.constantFrom(...STATUSES),
  category: fc.constantFrom(...CATEGORIES),
  approach: fc.constantFrom(...APPROACHES),
  impact: fc.integer({ min: 1, max: 5 }),
  feasibility: fc.integer({ min: 1, max: 5 }),
  pilotStart: fc.option(fc.integer({ min: 2026 * 12, max: 2030 * 12 }).map((i) => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`), { nil: null }),
  kpis: fc.uniqueArray(kpiArb, { maxLength: 3, selector: (k) => nameKey(k.name) }),
});
const objectiveArb = fc.record({ title: name, description: optionalText, applications: fc.uniqueArray(applicationArb, { maxLength: 3, selector: (a) => nameKey(a.title) }) });
const pillarArb = fc.record({ title: name, description: optionalText, objectives: fc.uniqueArray(objectiveArb, { maxLength: 3, selector: (o) => nameKey(o.title) }) });
const matrixArb = fc.record({
  pillars: fc.uniqueArray(pillarArb, { minLength: 1, maxLength: 3, selector: (p) => nameKey(p.title) }),
  unaligned: fc.uniqueArray(applicationArb, { maxLength: 2, selector: (a) => nameKey(a.title) }),
});

type MatrixValue = typeof matrixArb extends fc.Arbitrary<infer T> ? T : never;
type ApplicationValue = typeof applicationArb extends fc.Arbitrary<infer T> ? T : never;

function planOf(matrix: MatrixValue): Plan {
  let n = 0;
  const id = () => `g${++n}`;
  let plan = blankPlanForTest();
  const add = (application: ApplicationValue, objectiveId: string | null) => {
    const { kpis, pilotStart, ...fields } = application;
    const applicationId = id();
    plan = addApplication(plan, { ...fields, id: applicationId, objectiveId });
    for (const kpi of kpis) plan = addKpi(plan, { ...kpi, id: id(), applicationId });
    if (pilotStart) plan = scheduleApplication(plan, applicationId, pilotStart);
  };
  for (const pillar of matrix.pillars) {
    const pillarId = id();
    plan = updatePillar(addPillar(plan, { id: pillarId, title: pillar.title }), pillarId, { description: pillar.description });
    for (const objective of pillar.objectives) {
      const objectiveId = id();
      plan = updateObjective(addObjective(plan, { id: objectiveId, pillarId, title: objective.title }), objectiveId, { description: objective.description });
      for (const application of objective.applications) add(application, objectiveId);
    }
  }
  for (const application of matrix.unaligned) add(application, null);
  return plan;
}

describe('export → import, for any matrix', () => {
  for (const format of ['csv', 'xlsx'] as const)
    it(`gives back an equal matrix (${format})`, async () => {
      await fc.assert(
        fc.asyncProperty(matrixArb, async (matrix) => {
          const plan = planOf(matrix);
          const back = await roundTrip(plan, format);
          expect(matrixTable(back).rows).toEqual(matrixTable(plan).rows);
        }),
        { numRuns: 60, seed: 19_2027 },
      );
    });
});
