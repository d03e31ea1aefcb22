import { describe, expect, it } from 'vitest';
import { addActual } from '../../../../shared/checks/kpi-checkins';
import type { Plan } from '../../../../shared/model';
import { deleteApplication, moveApplication, moveObjective, updateApplication } from '../../../../shared/operations/matrix';
import { moveSchedule } from '../../../../shared/roadmap/schedule-ops';
import { planFigures } from '../../../../shared/value/figures';
import { planProgress } from '../../../../shared/value/realised';
import { spendByQuarter } from '../../../../shared/value/spend';
import { setApplicationValue, setFinance, setKpiValue, setOneOffCost } from '../../../../shared/value/value-ops';
import { examplePlanForTest } from '../plan-fixtures';

/*
 * The figures are cached per application, per pillar and per plan so that one edit of a 1,000-
 * application plan recomputes in milliseconds. Whatever the edit, the figures of the edited plan
 * must equal those of a copy that shares no object with the caches.
 */

const TODAY = '2027-09-15';
const uncached = (plan: Plan): Plan => structuredClone(plan);
const byTitle = (plan: Plan, part: string) => plan.applications.find((a) => a.title.includes(part))!.id;

function expectSameFigures(edited: Plan): void {
  const copy = uncached(edited);
  expect(planFigures(edited)).toEqual(planFigures(copy));
  expect(spendByQuarter(edited)).toEqual(spendByQuarter(copy));
  expect(planProgress(edited, TODAY)).toEqual(planProgress(copy, TODAY));
}

describe('figures after an edit', () => {
  it('equal the figures of an uncached copy, edit after edit', () => {
    let plan = examplePlanForTest();
    plan = addActual(plan, plan.kpis[0]!.id, { date: '2027-05-01', value: 50 });
    const chatbot = byTitle(plan, 'chatbot');
    const trends = byTitle(plan, 'market trend');
    const edits: ((p: Plan) => Plan)[] = [
      (p) => setOneOffCost(p, chatbot, 'pilot', 12_000_00),
      (p) => moveSchedule(p, chatbot, 3),
      (p) => setKpiValue(p, p.kpis[0]!.id, { perUnit: 200_00 }),
      (p) => setApplicationValue(p, trends, { confidence: 'high', monthly: 0 }),
      (p) => setFinance(p, { dayRate: 600_00 }),
      (p) => updateApplication(p, chatbot, { status: 'retired' }),
      (p) => updateApplication(p, chatbot, { status: 'pilot' }),
      (p) => moveApplication(p, trends, p.objectives[0]!.id, 1),
      (p) => moveApplication(p, trends, null, 0),
      (p) => moveObjective(p, p.objectives[1]!.id, p.pillars[0]!.id, 0),
      (p) => ({ ...p, meta: { ...p.meta, horizonMonths: 18 } }),
      (p) => ({ ...p, meta: { ...p.meta, horizonStart: '2027-04' } }),
      (p) => deleteApplication(p, trends),
    ];
    // Warm every cache on the plan before each edit, as the app does by showing it.
    for (const edit of edits) {
      planFigures(plan);
      spendByQuarter(plan);
      planProgress(plan, TODAY);
      plan = edit(plan);
      expectSameFigures(plan);
    }
  });
});
