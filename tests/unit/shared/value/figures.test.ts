import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../../shared/model';
import { loadPlanFromText, serialisePlan } from '../../../../shared/plan-load';
import { moveSchedule } from '../../../../shared/roadmap/schedule-ops';
import { PHASE_KINDS, PLAN_FORMAT } from '../../../../shared/schema/plan-schema';
import { appFlows, FIGURE_MONTHS, kpiAnnualBenefit } from '../../../../shared/value/app-flows';
import { paybackMonth, planFigures, type Figures, type Range } from '../../../../shared/value/figures';
import { budgetByYear, spendByQuarter } from '../../../../shared/value/spend';
import { setBudget, setEffortDays, setFinance, setKpiValue, setOneOffCost } from '../../../../shared/value/value-ops';
import { examplePlanForTest } from '../plan-fixtures';

const chatbotOf = (plan: Plan) => plan.applications.find((a) => a.title.includes('chatbot'))!;
const ordered = (r: Range) => r.low <= r.mid && r.mid <= r.high;

describe('the example plan’s figures', () => {
  const plan = examplePlanForTest();
  const figures = planFigures(plan);
  const chatbot = figures.byApplication.get(chatbotOf(plan).id)!;

  it('value the chatbot’s KPI: 20 more qualified leads a month at 120 € each is 28,800 € a year', () => {
    expect(chatbot.annualBenefit).toEqual({ low: 2_160_000, mid: 2_880_000, high: 3_600_000 });
  });

  it('cost it by phase, effort at the day rate and the monthly licence from the pilot', () => {
    // 8,500 € one-off + 25 days × 480 € + 350 € × months from the pilot (March) to the end of the horizon.
    expect(chatbot.oneOffCost).toBe(8_500_00 + 25 * 480_00);
    expect(chatbot.horizon!.cost).toBe(8_500_00 + 25 * 480_00 + 22 * 350_00);
  });

  it('give payback, net value and ROI as ranges, ROI consistent with net value and cost', () => {
    expect(chatbot.payback).toEqual({ low: 13, mid: 16, high: 20 });
    for (const window of [chatbot.horizon!, chatbot.threeYears!]) {
      expect(ordered(window.benefit) && ordered(window.net) && ordered(window.roi!)).toBe(true);
      expect(window.roi!.mid).toBeCloseTo((window.net.mid / window.cost) * 100, 1);
    }
  });

  it('add up per pillar and for the plan', () => {
    const apps = [...figures.byApplication.values()];
    expect(figures.plan.horizon!.cost).toBe(apps.reduce((sum, f) => sum + f.horizon!.cost, 0));
    const pillars = [...figures.byPillar.values()];
    expect(pillars.reduce((sum, f) => sum + f.threeYears!.benefit.mid, 0)).toBe(figures.plan.threeYears!.benefit.mid);
    expect(figures.plan.perYear.map((y) => y.year)).toEqual([2027, 2028]);
  });

  it('spend per quarter adds up to the horizon’s cost, and moves when a bar moves a quarter later', () => {
    const quarters = spendByQuarter(plan);
    expect(quarters).toHaveLength(8);
    expect(quarters.reduce((sum, q) => sum + q.total, 0)).toBe(figures.plan.horizon!.cost);
    const later = moveSchedule(plan, chatbotOf(plan).id, 3);
    const moved = spendByQuarter(later);
    expect(moved[0]!.total).toBeLessThan(quarters[0]!.total);
    expect(planFigures(later).byApplication.get(chatbotOf(plan).id)!.payback!.mid).toBe(19);
  });

  it('set spend per year against the budgets', () => {
    expect(budgetByYear(plan).map((y) => y.over)).toEqual([0, 0]);
    const tight = setBudget(plan, 2027, 10_000_00);
    expect(budgetByYear(tight)[0]).toMatchObject({ year: 2027, budget: 10_000_00 });
    expect(budgetByYear(tight)[0]!.over).toBeGreaterThan(0);
  });
});

describe('a plan without money', () => {
  it('says "not estimated" (null), never 0', () => {
    const plan = examplePlanForTest();
    const bare: Plan = {
      ...plan,
      applications: plan.applications.map((a) => ({ ...a, value: { ...a.value, oneOff: { pilot: null, refine: null, standardise: null, scale: null }, effortDays: { pilot: null, refine: null, standardise: null, scale: null }, monthly: null, directBenefits: [] } })),
      kpis: plan.kpis.map((k) => ({ ...k, value: { perUnit: null, per: 'month' as const } })),
    };
    const f = planFigures(bare);
    const app: Figures = f.byApplication.get(bare.applications[0]!.id)!;
    expect(app).toMatchObject({ costEstimated: false, benefitEstimated: false, annualBenefit: null, oneOffCost: null, horizon: null, payback: null });
    expect(f.plan.horizon).toBeNull();
  });
});

describe('payback', () => {
  it('is never before the first cost, and null when the benefit never catches up', () => {
    expect(paybackMonth([0, 0, 100, 0], [50, 50, 50, 50])).toBe(2);
    expect(paybackMonth([0, 0, 100, 0], [0, 0, 40, 40])).toBeNull();
    expect(paybackMonth([0, 0, 100, 0, 0], [0, 0, 40, 40, 40])).toBe(4);
    expect(paybackMonth([0, 0, 0], [10, 10, 10])).toBeNull();
    expect(paybackMonth([100, 0], [10, 10])).toBeNull();
  });
});

const amount = fc.option(fc.integer({ min: 0, max: 50_000_00 }), { nil: null });
const phasesArb = fc.record({ offset: fc.integer({ min: -3, max: 20 }), lengths: fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 4, maxLength: 4 }) });

describe('every figure, for any estimate', () => {
  it('keeps ranges ordered, amounts whole, payback after the first cost, and ROI in step with net value', () => {
    fc.assert(
      fc.property(
        fc.record({
          oneOff: fc.tuple(amount, amount, amount, amount),
          days: fc.tuple(amount, amount, amount, amount).map((t) => t.map((v) => (v === null ? null : v % 40))),
          monthly: amount,
          perUnit: amount,
          pilotShare: fc.integer({ min: 0, max: 100 }),
          confidence: fc.constantFrom('low', 'medium', 'high') as fc.Arbitrary<'low' | 'medium' | 'high'>,
          baseline: fc.integer({ min: 0, max: 100 }),
          target: fc.integer({ min: 0, max: 100 }),
          schedule: fc.option(phasesArb, { nil: null }),
        }),
        (e) => {
          const value = {
            oneOff: { pilot: e.oneOff[0], refine: e.oneOff[1], standardise: e.oneOff[2], scale: e.oneOff[3] },
            effortDays: { pilot: e.days[0]!, refine: e.days[1]!, standardise: e.days[2]!, scale: e.days[3]! },
            monthly: e.monthly,
            monthlyFrom: 'refine' as const,
            dayRate: null,
            directBenefits: [],
            pilotShare: e.pilotShare,
            confidence: e.confidence,
          };
          let start = 2027 * 12 + (e.schedule?.offset ?? 0);
          const phases = e.schedule
            ? PHASE_KINDS.map((kind, i) => {
                const p = { kind, start: `${Math.floor(start / 12)}-${String((start % 12) + 1).padStart(2, '0')}`, months: e.schedule!.lengths[i]! };
                start += p.months;
                return p;
              })
            : null;
          const kpi = { baseline: e.baseline, target: e.target, direction: 'up' as const, value: { perUnit: e.perUnit, per: 'month' as const } };
          const flows = appFlows({ value }, [kpi], phases, { dayRate: 400_00 }, '2027-01');
          expect(flows.cost.every(Number.isSafeInteger) && flows.benefit.every(Number.isSafeInteger)).toBe(true);
          const pay = paybackMonth(flows.cost, flows.benefit);
          if (pay !== null) expect(flows.cost.slice(0, pay + 1).some((c) => c > 0)).toBe(true);
          expect(flows.cost).toHaveLength(FIGURE_MONTHS);
          const annual = kpiAnnualBenefit(kpi);
          if (annual !== null) expect(annual).toBe(Math.max(0, (e.target - e.baseline) * e.perUnit! * 12));

          const plan = examplePlanForTest();
          const app = plan.applications[0]!;
          const withValue: Plan = {
            ...plan,
            applications: [{ ...app, value }, ...plan.applications.slice(1)],
            kpis: plan.kpis.map((k) => (k.applicationId === app.id ? { ...k, ...kpi } : k)),
            roadmap: { ...plan.roadmap, schedules: plan.roadmap.schedules.flatMap((s) => (s.applicationId !== app.id ? [s] : phases ? [{ applicationId: app.id, phases }] : [])) },
          };
          const f = planFigures(withValue).byApplication.get(app.id)!;
          for (const window of [f.horizon, f.threeYears]) {
            if (!window) continue;
            expect(ordered(window.benefit) && ordered(window.net)).toBe(true);
            if (window.roi) {
              expect(ordered(window.roi)).toBe(true);
              expect(Math.abs(window.roi.mid - (window.net.mid / window.cost) * 100)).toBeLessThanOrEqual(0.05);
            }
          }
          if (f.payback) {
            const inf = (v: number | null) => v ?? Infinity;
            expect(inf(f.payback.low) <= inf(f.payback.mid) && inf(f.payback.mid) <= inf(f.payback.high)).toBe(true);
          }
        },
      ),
      { seed: 2027, numRuns: 300 },
    );
  });

  it('keep integer minor units through edits and a save and load round trip', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...PHASE_KINDS), fc.integer({ min: 0, max: 1_000_000_000_000 })), { maxLength: 8 }), fc.integer({ min: 0, max: 1_000_000_000_000 }), (edits, perUnit) => {
        let plan = examplePlanForTest();
        const app = plan.applications[0]!;
        for (const [phase, minor] of edits) plan = setOneOffCost(plan, app.id, phase, minor);
        plan = setEffortDays(plan, app.id, 'pilot', 2.5);
        plan = setKpiValue(plan, plan.kpis[0]!.id, { perUnit });
        plan = setFinance(plan, { currency: 'JPY' });
        const loaded = loadPlanFromText(serialisePlan(plan));
        if (!loaded.ok) throw new Error(loaded.error.details.join('\n'));
        expect(loaded.plan.applications[0]!.value).toEqual(plan.applications[0]!.value);
        expect(loaded.plan.kpis[0]!.value.perUnit).toBe(perUnit);
        expect(loaded.plan.format).toBe(PLAN_FORMAT);
      }),
      { seed: 9, numRuns: 60 },
    );
  });

  it('refuse a negative or fractional amount and an unknown currency by changing nothing', () => {
    const plan = examplePlanForTest();
    const id = plan.applications[0]!.id;
    expect(setOneOffCost(plan, id, 'pilot', -1)).toBe(plan);
    expect(setOneOffCost(plan, id, 'pilot', 1.5)).toBe(plan);
    expect(setFinance(plan, { currency: 'XYZ' })).toBe(plan);
    expect(setBudget(plan, 2027, -10)).toBe(plan);
  });
});
