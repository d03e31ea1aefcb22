import { describe, expect, it } from 'vitest';
import { serialisePlan } from '../../../shared/plan-load';
import { planTextPieces } from '../../../shared/plan-text';
import { generatePlan } from '../../fixtures/generate-plan';
import { planWithPrototypeIds } from '../../fixtures/prototype-ids';
import { blankPlanForTest, examplePlanForTest } from './plan-fixtures';

const generated = generatePlan({ pillars: 3, objectivesPerPillar: 4, applicationsPerObjective: 5, kpisPerApplication: 2, scheduled: true, startMonth: '2027-01', actualsPerKpi: 3 });
const withText = { ...examplePlanForTest(), meta: { ...examplePlanForTest().meta, title: 'Line one\nline two "quoted" \\ {"a": [1]}' } };

describe('planTextPieces', () => {
  it.each([
    ['the example plan', examplePlanForTest()],
    ['a blank plan (empty lists)', blankPlanForTest()],
    ['a generated plan with check-ins and dependencies', generated],
    ['a plan with prototype-member ids', planWithPrototypeIds()],
    ['a plan whose text holds newlines, quotes and brackets', withText],
  ])('joins to exactly the canonical text of %s, whatever the piece size', (_, plan) => {
    for (const size of [1, 7, 100]) expect([...planTextPieces(plan, size)].join('')).toBe(serialisePlan(plan));
  });

  it('cuts long lists into pieces of at most the asked number of items', () => {
    const pieces = [...planTextPieces(generated, 10)];
    const kpiPieces = pieces.filter((piece) => piece.includes('"applicationId"') && piece.includes('"actuals"'));
    expect(kpiPieces.length).toBe(Math.ceil(generated.kpis.length / 10));
    for (const piece of kpiPieces) expect(piece.match(/"actuals"/g)!.length).toBeLessThanOrEqual(10);
  });
});
