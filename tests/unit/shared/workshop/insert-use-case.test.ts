import { describe, expect, it } from 'vitest';
import { integrityProblems, sequentialIds } from '../../../../shared';
import { translator } from '../../../../shared/i18n/translator';
import { applicationSchema, kpiSchema, planSchema, PLAN_CAPS } from '../../../../shared/schema/plan-schema';
import { insertUseCase } from '../../../../shared/workshop/insert-use-case';
import { USE_CASES } from '../../../../shared/workshop/use-case-library';
import { addApplication } from '../../../../shared/operations/matrix';
import { NOW, blankPlanForTest, smallMatrixPlan } from '../plan-fixtures';

const en = translator('en');
const de = translator('de');
const ctx = (prefix = 'n') => ({ now: NOW, newId: sequentialIds(prefix) });

describe('inserting a library use case', () => {
  it('adds every entry of the library to one plan, each as a valid application with valid KPIs, and the whole plan stays sound', () => {
    let plan = blankPlanForTest();
    const c = ctx();
    for (const useCase of USE_CASES) {
      const result = insertUseCase(plan, useCase.key, c, en, null);
      expect(result.id, useCase.key).not.toBeNull();
      plan = result.plan;
      const app = plan.applications.find((a) => a.id === result.id)!;
      expect(applicationSchema.safeParse(app).success, useCase.key).toBe(true);
      const kpis = plan.kpis.filter((k) => k.applicationId === result.id);
      expect(kpis).toHaveLength(useCase.kpis.length);
      for (const kpi of kpis) {
        expect(kpiSchema.safeParse(kpi).success, `${useCase.key} ${kpi.name}`).toBe(true);
        expect(kpi.unit.length).toBeGreaterThan(0);
      }
    }
    expect(plan.applications).toHaveLength(USE_CASES.length);
    expect(planSchema.safeParse(plan).success).toBe(true);
    expect(integrityProblems(plan)).toEqual([]);
  });

  it('fills the application from the entry: title, problem, function, approach, feasibility factors as the description and typical risks as the risk note', () => {
    const { plan, id } = insertUseCase(blankPlanForTest(), 'invoice-matching', ctx(), en, null);
    const app = plan.applications.find((a) => a.id === id)!;
    expect(app).toMatchObject({
      objectiveId: null,
      title: 'Invoice matching',
      problem: 'Matching supplier invoices to orders and deliveries takes hours, and mistakes slip through.',
      category: 'finance-admin',
      approach: 'off-the-shelf',
      status: 'idea',
    });
    expect(app.description).toBe(
      'Feasibility factors to check: Purchase orders and goods receipts recorded in the system; invoices as PDF or e-invoice; an accounting tool with this feature.',
    );
    expect(app.risk).toBe('Typical risks: Wrong matches paid without a check; fraud hidden in invoices that look routine.');
  });

  it('adds the suggested KPIs with units, direction and cadence, and leaves baseline and target to the team', () => {
    const { plan, id } = insertUseCase(blankPlanForTest(), 'route-planning', ctx(), en, null);
    const kpis = plan.kpis.filter((k) => k.applicationId === id);
    expect(kpis.map((k) => ({ name: k.name, unit: k.unit, family: k.family, direction: k.direction, cadence: k.cadence }))).toEqual([
      { name: 'Distance per delivery', unit: 'km per delivery', family: 'financial', direction: 'down', cadence: 'monthly' },
      { name: 'Deliveries on time', unit: '%', family: 'customer-satisfaction', direction: 'up', cadence: 'weekly' },
      { name: 'Time spent planning routes', unit: 'minutes per day', family: 'time-saved', direction: 'down', cadence: 'weekly' },
    ]);
    expect(kpis.every((k) => k.baseline === null && k.target === null && k.actuals.length === 0)).toBe(true);
  });

  it('writes in t’s language, with money in the plan’s currency', () => {
    const start = blankPlanForTest();
    const plan = { ...start, finance: { ...start.finance, currency: 'CHF' } };
    const { plan: next, id } = insertUseCase(plan, 'lead-scoring', ctx(), de, null);
    const app = next.applications.find((a) => a.id === id)!;
    expect(app.title).toBe('Lead-Bewertung');
    expect(app.risk.startsWith('Typische Risiken: ')).toBe(true);
    expect(next.kpis.filter((k) => k.applicationId === id).map((k) => k.unit)).toEqual(['%', 'Stunden', 'CHF pro Monat']);
  });

  it('takes its ids from the context, the application’s first, so the same call gives the same plan', () => {
    const a = insertUseCase(blankPlanForTest(), 'support-chatbot', ctx('x'), en, null);
    const b = insertUseCase(blankPlanForTest(), 'support-chatbot', ctx('x'), en, null);
    expect(a.id).toBe('x1');
    expect(a.plan.kpis.map((k) => k.id)).toEqual(['x2', 'x3', 'x4']);
    expect(b.plan).toEqual(a.plan);
  });

  it('places it under an objective, after that objective’s applications', () => {
    const { plan, id } = insertUseCase(smallMatrixPlan(), 'cv-screening', ctx(), en, 'O1a');
    expect(plan.applications.filter((a) => a.objectiveId === 'O1a').map((a) => a.id)).toEqual(['A1', 'A2', id]);
  });

  it('adds it to the end of the unaligned ideas with objective null', () => {
    const { plan, id } = insertUseCase(smallMatrixPlan(), 'job-ads', ctx(), en, null);
    expect(plan.applications.filter((a) => a.objectiveId === null).map((a) => a.id)).toEqual(['A3', id]);
  });

  it('changes nothing for an unknown key or objective', () => {
    const plan = smallMatrixPlan();
    expect(insertUseCase(plan, 'no-such-use-case', ctx(), en, null)).toEqual({ plan, id: null });
    expect(insertUseCase(plan, 'job-ads', ctx(), en, 'no-such-objective')).toEqual({ plan, id: null });
  });

  it('changes nothing when the plan already holds as many applications as it may', () => {
    let plan = blankPlanForTest();
    for (let i = 0; i < PLAN_CAPS.applications; i++) plan = addApplication(plan, { id: `a${i}`, objectiveId: null, title: `Idea ${i}` });
    const result = insertUseCase(plan, 'job-ads', ctx(), en, null);
    expect(result.id).toBeNull();
    expect(result.plan).toBe(plan);
  });

  it('changes nothing when its KPIs would pass the plan’s KPI cap', () => {
    const start = smallMatrixPlan();
    const filler = Array.from({ length: PLAN_CAPS.kpis - start.kpis.length - 1 }, (_, i) => ({ ...start.kpis[0]!, id: `k${i}` }));
    const plan = { ...start, kpis: [...start.kpis, ...filler] };
    const result = insertUseCase(plan, 'job-ads', ctx(), en, null);
    expect(result).toEqual({ plan, id: null });
  });
});
