import type { Plan } from '../model';
import { monthIndex, monthString, quarterOf } from '../roadmap/months';
import { planFigures } from './figures';

/*
 * Spend over the calendar: per quarter stacked by pillar (the roadmap's chart under the timeline) and
 * per year against the plan's budgets (the findings and the board pack).
 */

export interface QuarterSpend {
  year: number;
  quarter: number;
  /** First month of the quarter inside the horizon, and how many of its months are inside. */
  firstMonth: string;
  months: number;
  total: number;
  /** Spend per pillar id (null: applications not yet aligned), in the plan's pillar order. */
  byPillar: { pillarId: string | null; amount: number }[];
}

export function spendByQuarter(plan: Plan): QuarterSpend[] {
  const figures = planFigures(plan);
  const origin = monthIndex(plan.meta.horizonStart);
  const pillarOfObjective = new Map(plan.objectives.map((o) => [o.id, o.pillarId]));
  const order: (string | null)[] = [...plan.pillars.map((p) => p.id), null];
  const quarters: QuarterSpend[] = [];
  const slot = new Map<string | null, number>(order.map((id, i) => [id, i]));
  for (let m = 0; m < plan.meta.horizonMonths; m++) {
    const month = monthString(origin + m);
    const { year, quarter } = quarterOf(month);
    let q = quarters[quarters.length - 1];
    if (!q || q.year !== year || q.quarter !== quarter) {
      quarters.push((q = { year, quarter, firstMonth: month, months: 0, total: 0, byPillar: order.map((pillarId) => ({ pillarId, amount: 0 })) }));
    }
    q.months++;
  }
  for (const app of plan.applications) {
    if (app.status === 'retired') continue;
    const flows = figures.flowsByApplication.get(app.id);
    if (!flows || !flows.costEstimated) continue;
    const pillarId = app.objectiveId === null ? null : (pillarOfObjective.get(app.objectiveId) ?? null);
    const at = slot.get(pillarId) ?? order.length - 1;
    let m = 0;
    for (const q of quarters) {
      let amount = 0;
      for (let i = 0; i < q.months; i++, m++) amount += flows.cost[m] ?? 0;
      q.byPillar[at]!.amount += amount;
      q.total += amount;
    }
  }
  return quarters;
}

export interface YearBudget {
  year: number;
  spend: number;
  budget: number | null;
  /** Spend above the budget, or 0. */
  over: number;
}

/** Each calendar year the horizon touches, with its planned spend and budget. */
export function budgetByYear(plan: Plan): YearBudget[] {
  const years = new Map<number, number>();
  for (const q of spendByQuarter(plan)) years.set(q.year, (years.get(q.year) ?? 0) + q.total);
  const budgets = new Map(plan.finance.budgets.map((b) => [b.year, b.amount]));
  return [...years].map(([year, spend]) => {
    const budget = budgets.get(year) ?? null;
    return { year, spend, budget, over: budget === null ? 0 : Math.max(0, spend - budget) };
  });
}
