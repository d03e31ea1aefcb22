import { describe, expect, it } from 'vitest';
import { integrityProblems, loadPlanFromText, serialisePlan } from '../../../shared';
import { blankPlanForTest, examplePlanForTest } from './plan-fixtures';

describe('templates', () => {
  it('the example holds the four rows of the stock example, each with an objective, application and KPI', () => {
    const plan = examplePlanForTest();
    expect(plan.pillars.map((p) => p.title)).toEqual(['Customer Acquisition', 'Operational Efficiency', 'Product Innovation', 'Customer Retention']);
    expect(plan.objectives).toHaveLength(4);
    expect(plan.applications).toHaveLength(4);
    expect(plan.kpis).toHaveLength(4);
    expect(plan.kpis.every((k) => k.baseline !== null && k.target !== null && k.owner)).toBe(true);
    expect(integrityProblems(plan)).toEqual([]);
  });

  it('the example is scheduled in small steps: every application has four phases inside the horizon', () => {
    const plan = examplePlanForTest();
    expect(plan.roadmap.schedules).toHaveLength(4);
    expect(plan.roadmap.schedules.every((s) => s.phases.map((p) => p.kind).join() === 'pilot,refine,standardise,scale')).toBe(true);
    expect(plan.applications.filter((a) => a.starter)).toHaveLength(2);
  });

  it('a blank plan is valid and empty', () => {
    const plan = blankPlanForTest();
    expect(plan.pillars).toEqual([]);
    expect(loadPlanFromText(serialisePlan(plan)).ok).toBe(true);
  });

  it('the same inputs give the same plan (no clock or randomness inside)', () => {
    expect(examplePlanForTest()).toEqual(examplePlanForTest());
  });
});
