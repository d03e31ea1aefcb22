import type { Plan } from '../../shared/model';
import { planFigures } from '../../shared/value/figures';
import { minorDigits } from '../../shared/value/money';

/*
 * What the board's table and filter say about an application's money: its cost over the horizon and
 * whether it pays back within the horizon. Absent estimates are "not estimated", never 0; an
 * application off the roadmap has no figure over time.
 */

export type CostState = 'estimated' | 'not-estimated' | 'unscheduled';
export type PaybackState = 'within' | 'after' | 'never' | 'not-estimated' | 'unscheduled';

export interface ApplicationMoney {
  cost: CostState;
  /** Cost over the horizon in minor units, when estimated and scheduled. */
  horizonCost: number | null;
  payback: PaybackState;
  /** Months from the horizon's start: the middle estimate, and the earliest and latest of the range. */
  paybackMonths: { low: number | null; mid: number; high: number | null } | null;
}

const NOT_ESTIMATED: ApplicationMoney = { cost: 'not-estimated', horizonCost: null, payback: 'not-estimated', paybackMonths: null };

const cache = new WeakMap<Plan, ReadonlyMap<string, ApplicationMoney>>();

/** Every application's money facts, once per plan object (planFigures itself is memoised too). */
export function moneyFactsOf(plan: Plan): ReadonlyMap<string, ApplicationMoney> {
  const facts = cache.get(plan);
  if (facts) return facts;
  const figures = planFigures(plan);
  const map = new Map<string, ApplicationMoney>();
  for (const app of plan.applications) {
    const f = figures.byApplication.get(app.id);
    if (!f) continue;
    const cost: CostState = !f.costEstimated ? 'not-estimated' : f.horizon === null ? 'unscheduled' : 'estimated';
    let payback: PaybackState;
    if (!f.costEstimated || !f.benefitEstimated) payback = 'not-estimated';
    else if (f.unscheduled || f.payback === null) payback = 'unscheduled';
    else if (f.payback.mid === null) payback = 'never';
    else payback = f.payback.mid < plan.meta.horizonMonths ? 'within' : 'after';
    map.set(app.id, {
      cost,
      horizonCost: cost === 'estimated' ? f.horizon!.cost : null,
      payback,
      paybackMonths: f.payback && f.payback.mid !== null ? { low: f.payback.low, mid: f.payback.mid, high: f.payback.high } : null,
    });
  }
  cache.set(plan, map);
  return map;
}

export const moneyOf = (facts: ReadonlyMap<string, ApplicationMoney>, applicationId: string): ApplicationMoney => facts.get(applicationId) ?? NOT_ESTIMATED;

const STEPS = [1, 2, 3, 5];

/**
 * Round amounts to filter costs by ("above €20,000", "above €50,000"): the round numbers between
 * half the smallest estimated cost and the largest, at most four, so each option leaves some
 * applications out and keeps some in.
 */
export function costThresholds(facts: ReadonlyMap<string, ApplicationMoney>, currency: string): number[] {
  const costs = [...facts.values()].map((f) => f.horizonCost).filter((c): c is number => c !== null && c > 0);
  if (costs.length < 2) return [];
  const unit = 10 ** minorDigits(currency);
  const low = Math.min(...costs) / 2;
  const high = Math.max(...costs);
  const found: number[] = [];
  for (let power = unit; power <= high; power *= 10) {
    for (const step of STEPS) {
      const amount = step * power;
      if (amount >= low && amount < high) found.push(amount);
    }
  }
  return found.slice(-4);
}
