import { describe, expect, it } from 'vitest';
import { alignmentFindings, CHECKS, type CheckId, type Finding } from '../../../../shared/checks/alignment-checks';
import { translator } from '../../../../shared/i18n/translator';
import type { Plan } from '../../../../shared/model';
import { updateApplication } from '../../../../shared/operations/matrix';
import { scheduleApplication } from '../../../../shared/roadmap/schedule-ops';
import { addDirectBenefit, setApplicationValue, setBudget, setEffortDays, setFinance, setKpiValue, setOneOffCost } from '../../../../shared/value/value-ops';
import { examplePlanForTest } from '../plan-fixtures';
import { TODAY, healthyPlan, withApplication } from './plan-builder';

const findingsOf = (plan: Plan, checkId: CheckId, t = translator('en')): Finding[] => alignmentFindings(plan, { today: TODAY }, t).filter((f) => f.checkId === checkId);
const VALUE_CHECKS: readonly CheckId[] = CHECKS.filter((c) => c.view === 'value').map((c) => c.id);

/**
 * The healthy plan's a1 (scheduled from January 2027: pilot 3 months, then refine, standardise,
 * scale), costed and valued: 10,000 € one-off in the pilot, 500 € a month, and its KPI worth 100 €
 * a minute saved per month (18 → 8 minutes: 12,000 € a year).
 */
function costedPlan(): Plan {
  let plan = healthyPlan();
  plan = setOneOffCost(plan, 'a1', 'pilot', 10_000_00);
  plan = setApplicationValue(plan, 'a1', { monthly: 500_00 });
  plan = setKpiValue(plan, 'k1', { perUnit: 100_00, per: 'month' });
  return plan;
}

describe('value checks in the registry', () => {
  it('registers every value check under the Value view, with its severity', () => {
    expect(CHECKS.filter((c) => c.view === 'value').map((c) => [c.id, c.severity])).toEqual([
      ['year-over-budget', 'medium'],
      ['cost-without-benefit', 'medium'],
      ['payback-past-horizon', 'low'],
      ['expensive-starter', 'low'],
      ['effort-without-day-rate', 'low'],
    ]);
  });

  it('find nothing in a plan with no money in it, where every figure is "not estimated"', () => {
    const findings = alignmentFindings(healthyPlan(), { today: TODAY }).filter((f) => VALUE_CHECKS.includes(f.checkId));
    expect(findings).toEqual([]);
  });
});

describe('year-over-budget', () => {
  it('names a calendar year whose planned spend is above its budget, with the amounts', () => {
    // 2027 spends the 10,000 € one-off and 12 × 500 € = 16,000 €.
    const plan = setBudget(costedPlan(), 2027, 15_000_00);
    expect(findingsOf(plan, 'year-over-budget')).toMatchObject([
      {
        key: 'year-over-budget:2027',
        severity: 'medium',
        item: null,
        itemTitle: 'Budget 2027',
        message: '2027 plans €16,000 of spending against a budget of €15,000, €1,000 over: move a phase later, trim a cost or raise the budget.',
        related: [{ kind: 'application', id: 'a1' }],
      },
    ]);
  });

  it('writes the amounts the way the findings’ language writes money', () => {
    const plan = setBudget(costedPlan(), 2027, 15_000_00);
    const [finding] = findingsOf(plan, 'year-over-budget', translator('de'));
    expect(finding!.message.replace(/\u00a0/g, ' ')).toContain('16.000 €');
  });

  it('is quiet when the year is within budget, or has no budget', () => {
    expect(findingsOf(setBudget(costedPlan(), 2027, 16_000_00), 'year-over-budget')).toEqual([]);
    expect(findingsOf(setBudget(costedPlan(), 2028, 1_00), 'year-over-budget')).toHaveLength(1);
    expect(findingsOf(costedPlan(), 'year-over-budget')).toEqual([]);
  });
});

describe('cost-without-benefit', () => {
  it('flags an application with costs but neither a valued KPI nor a direct benefit', () => {
    const plan = setKpiValue(costedPlan(), 'k1', { perUnit: null });
    expect(findingsOf(plan, 'cost-without-benefit')).toMatchObject([{ key: 'cost-without-benefit:a1', item: { kind: 'application', id: 'a1' }, itemTitle: 'RPA for order entry' }]);
  });

  it('is quiet once a KPI is valued or a direct benefit is given, and for a retired application', () => {
    expect(findingsOf(costedPlan(), 'cost-without-benefit')).toEqual([]);
    const unvalued = setKpiValue(costedPlan(), 'k1', { perUnit: null });
    const direct = addDirectBenefit(unvalued, 'a1', { newId: () => 'd1' }, { label: 'Avoided hire', annual: 40_000_00 }).plan;
    expect(findingsOf(direct, 'cost-without-benefit')).toEqual([]);
    expect(findingsOf(updateApplication(unvalued, 'a1', { status: 'retired' }), 'cost-without-benefit')).toEqual([]);
  });
});

describe('payback-past-horizon', () => {
  it('says when an application pays back only after the horizon ends', () => {
    // 12,000 € a year against 10,000 € plus 500 € a month: back only in the third year.
    const plan = setOneOffCost(costedPlan(), 'a1', 'scale', 8_000_00);
    const [finding] = findingsOf(plan, 'payback-past-horizon');
    expect(finding).toMatchObject({ key: 'payback-past-horizon:a1', severity: 'low', item: { kind: 'application', id: 'a1' } });
    expect(finding!.message).toMatch(/^At the middle estimate it pays back in \w{3} 20\d\d, after the horizon ends in Jun 2028:/);
  });

  it('says when it never pays back within five years', () => {
    const plan = setApplicationValue(costedPlan(), 'a1', { monthly: 1_500_00 });
    expect(findingsOf(plan, 'payback-past-horizon')).toMatchObject([{ message: expect.stringContaining('does not pay back within five years') }]);
  });

  it('is quiet when it pays back within the horizon, or when there is nothing to judge', () => {
    expect(findingsOf(setApplicationValue(costedPlan(), 'a1', { monthly: 0 }), 'payback-past-horizon')).toEqual([]);
    expect(findingsOf(setKpiValue(costedPlan(), 'k1', { perUnit: null }), 'payback-past-horizon')).toEqual([]);
  });
});

describe('expensive-starter', () => {
  /** a1 (the starter) and three more costed applications, each 1,000 € a month from its pilot. */
  function fourCosted(starterOneOff: number): Plan {
    let plan = setOneOffCost(costedPlan(), 'a1', 'pilot', starterOneOff);
    for (const id of ['a2', 'a3', 'a4']) {
      plan = withApplication(plan, { id, objectiveId: 'o1', title: `App ${id}` });
      plan = scheduleApplication(plan, id, '2027-04');
      plan = setOneOffCost(plan, id, 'pilot', 20_000_00);
    }
    return plan;
  }

  it('flags a starter in the most expensive quarter of at least four costed applications', () => {
    const [finding] = findingsOf(fourCosted(60_000_00), 'expensive-starter');
    expect(finding).toMatchObject({ key: 'expensive-starter:a1', severity: 'low', item: { kind: 'application', id: 'a1' } });
    expect(finding!.message).toContain('1st dearest of 4');
  });

  it('is quiet for a cheap starter, with fewer than four costed applications, or for an application that is not a starter', () => {
    expect(findingsOf(fourCosted(1_000_00), 'expensive-starter')).toEqual([]);
    const three = setOneOffCost(fourCosted(60_000_00), 'a4', 'pilot', null);
    expect(findingsOf(three, 'expensive-starter')).toEqual([]);
    expect(findingsOf(updateApplication(fourCosted(60_000_00), 'a1', { starter: false }), 'expensive-starter')).toEqual([]);
  });

  it('never calls equal costs "among the most expensive"', () => {
    const plan = setApplicationValue(fourCosted(20_000_00), 'a1', { monthly: null });
    expect(findingsOf(plan, 'expensive-starter')).toEqual([]);
  });
});

describe('effort-without-day-rate', () => {
  it('flags person days no day rate prices, with the days', () => {
    const plan = setEffortDays(costedPlan(), 'a1', 'pilot', 12);
    expect(findingsOf(plan, 'effort-without-day-rate')).toMatchObject([
      { key: 'effort-without-day-rate:a1', item: { kind: 'application', id: 'a1' }, message: expect.stringContaining('12 person days of effort') },
    ]);
  });

  it('is quiet once the plan or the application has a day rate', () => {
    const plan = setEffortDays(costedPlan(), 'a1', 'pilot', 12);
    expect(findingsOf(setFinance(plan, { dayRate: 500_00 }), 'effort-without-day-rate')).toEqual([]);
    expect(findingsOf(setApplicationValue(plan, 'a1', { dayRate: 500_00 }), 'effort-without-day-rate')).toEqual([]);
  });
});

describe('the example plan', () => {
  it('finds only that two applications pay back after its horizon (market trends late, customer service just after)', () => {
    const plan = examplePlanForTest();
    const findings = alignmentFindings(plan, { today: TODAY }).filter((f) => VALUE_CHECKS.includes(f.checkId));
    expect(findings.map((f) => [f.checkId, f.itemTitle])).toEqual([
      ['payback-past-horizon', 'Machine learning for market trend analysis'],
      ['payback-past-horizon', 'AI-driven personalised customer service'],
    ]);
  });
});
