import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../../shared/model';
import { addActual } from '../../../../shared/checks/kpi-checkins';
import { kpiStatus, planProgress, realisedKpiBenefit, worstStatus } from '../../../../shared/value/realised';
import { examplePlanForTest } from '../plan-fixtures';

const chatbot = (plan: Plan) => plan.applications.find((a) => a.title.includes('chatbot'))!;
const chatbotKpi = (plan: Plan) => plan.kpis.find((k) => k.applicationId === chatbot(plan).id)!;

describe('realised benefit', () => {
  it('values each check-in’s improvement over the baseline until the next one, up to today', () => {
    let plan = examplePlanForTest();
    const kpi = chatbotKpi(plan);
    plan = addActual(plan, kpi.id, { date: '2027-04-01', value: 50 });
    // 10 leads over the baseline of 40, at 120 € a lead a month, for 30 days: 10 × 120 × 12 / 365 × 30.
    expect(realisedKpiBenefit(chatbotKpi(plan), '2027-05-01')).toBe(Math.round(((10 * 120_00 * 12) / 365) * 30));
    expect(realisedKpiBenefit(chatbotKpi(plan), '2027-03-01')).toBe(0);
    expect(realisedKpiBenefit(examplePlanForTest().kpis[0]!, '2027-05-01')).toBeNull();
  });

  it('is set against the plan and rolled up with a status per application, objective and pillar', () => {
    let plan = examplePlanForTest();
    plan = addActual(plan, chatbotKpi(plan).id, { date: '2027-04-01', value: 45 });
    const progress = planProgress(plan, '2027-05-15');
    const app = progress.byApplication.get(chatbot(plan).id)!;
    expect(app.realised).toBeGreaterThan(0);
    expect(app.planned).toBeGreaterThan(0);
    // A quarter of the way to the target while the pilot expects a quarter of the benefit: on track.
    expect(app.status).toBe('on-track');
    const objectiveId = chatbot(plan).objectiveId!;
    expect(progress.byObjective.get(objectiveId)).toBe('on-track');
    const low = addActual(plan, chatbotKpi(plan).id, { date: '2027-05-01', value: 40 });
    expect(planProgress(low, '2027-05-15').byApplication.get(chatbot(plan).id)!.status).toBe('off-track');
    expect(planProgress(low, '2027-05-15').plan.status).toBe('off-track');
  });

  it('takes the worst status, ignoring KPIs without data', () => {
    expect(worstStatus(['on-track', 'no-data', 'at-risk'])).toBe('at-risk');
    expect(worstStatus([])).toBe('no-data');
    const kpi = { ...chatbotKpi(examplePlanForTest()), actuals: [{ date: '2027-06-01', value: 47, note: '' }] };
    expect(kpiStatus(kpi, 0.5, '2027-06-02')).toBe('at-risk');
    expect(kpiStatus(kpi, 0.3, '2027-06-02')).toBe('on-track');
    expect(kpiStatus(kpi, 1, '2027-06-02')).toBe('off-track');
    expect(kpiStatus(kpi, 0.5, '2027-05-31')).toBe('no-data');
  });
});
