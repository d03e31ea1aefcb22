import type { ApplicationValue, DirectBenefit, Finance, KpiValue, OpContext, PhaseKind, Plan } from '../model';
import { updateById, patchObject } from '../operations/ordered';
import { isCurrencyCode } from './currencies';
import { MONEY_MAX } from '../schema/value-schema';

/*
 * Edits of the plan's money. Each returns the same plan when nothing changes, and refuses what the
 * schema would refuse (a negative or fractional amount, an unknown currency) by changing nothing:
 * the panel says why before it gets here.
 */

const validAmount = (minor: number | null) => minor === null || (Number.isSafeInteger(minor) && minor >= 0 && minor <= MONEY_MAX);

function updateValue(plan: Plan, applicationId: string, update: (v: ApplicationValue) => ApplicationValue): Plan {
  const applications = updateById(plan.applications, applicationId, (a) => {
    const value = update(a.value);
    return value === a.value ? a : { ...a, value };
  });
  return applications === plan.applications ? plan : { ...plan, applications };
}

/** Sets the monthly cost, its first phase, the day rate override, the ramp's pilot share or the confidence. */
export function setApplicationValue(
  plan: Plan,
  applicationId: string,
  patch: Partial<Pick<ApplicationValue, 'monthly' | 'monthlyFrom' | 'dayRate' | 'pilotShare' | 'confidence'>>,
): Plan {
  if (patch.monthly !== undefined && !validAmount(patch.monthly)) return plan;
  if (patch.dayRate !== undefined && !validAmount(patch.dayRate)) return plan;
  if (patch.pilotShare !== undefined && !(Number.isInteger(patch.pilotShare) && patch.pilotShare >= 0 && patch.pilotShare <= 100)) return plan;
  return updateValue(plan, applicationId, (v) => patchObject(v, patch));
}

/** One-off cash cost of a phase (null: not estimated). */
export function setOneOffCost(plan: Plan, applicationId: string, phase: PhaseKind, minor: number | null): Plan {
  if (!validAmount(minor)) return plan;
  return updateValue(plan, applicationId, (v) => (Object.is(v.oneOff[phase], minor) ? v : { ...v, oneOff: { ...v.oneOff, [phase]: minor } }));
}

/** Internal effort of a phase in person days (null: not estimated). */
export function setEffortDays(plan: Plan, applicationId: string, phase: PhaseKind, days: number | null): Plan {
  if (days !== null && !(Number.isFinite(days) && days >= 0 && days <= 100_000)) return plan;
  return updateValue(plan, applicationId, (v) => (Object.is(v.effortDays[phase], days) ? v : { ...v, effortDays: { ...v.effortDays, [phase]: days } }));
}

export function addDirectBenefit(plan: Plan, applicationId: string, ctx: Pick<OpContext, 'newId'>, benefit: { label: string; annual: number }): { plan: Plan; id: string } {
  const id = ctx.newId();
  if (!validAmount(benefit.annual)) return { plan, id };
  const next = updateValue(plan, applicationId, (v) =>
    v.directBenefits.length >= 20 ? v : { ...v, directBenefits: [...v.directBenefits, { id, label: benefit.label, annual: benefit.annual }] },
  );
  return { plan: next, id };
}

export function updateDirectBenefit(plan: Plan, applicationId: string, benefitId: string, patch: Partial<Omit<DirectBenefit, 'id'>>): Plan {
  if (patch.annual !== undefined && !validAmount(patch.annual)) return plan;
  return updateValue(plan, applicationId, (v) => {
    const directBenefits = updateById(v.directBenefits, benefitId, (d) => patchObject(d, patch));
    return directBenefits === v.directBenefits ? v : { ...v, directBenefits };
  });
}

export function removeDirectBenefit(plan: Plan, applicationId: string, benefitId: string): Plan {
  return updateValue(plan, applicationId, (v) =>
    v.directBenefits.some((d) => d.id === benefitId) ? { ...v, directBenefits: v.directBenefits.filter((d) => d.id !== benefitId) } : v,
  );
}

/** What one unit of a KPI's improvement is worth, and the period it is counted over. */
export function setKpiValue(plan: Plan, kpiId: string, patch: Partial<KpiValue>): Plan {
  if (patch.perUnit !== undefined && !validAmount(patch.perUnit)) return plan;
  const kpis = updateById(plan.kpis, kpiId, (k) => {
    const value = patchObject(k.value, patch);
    return value === k.value ? k : { ...k, value };
  });
  return kpis === plan.kpis ? plan : { ...plan, kpis };
}

/** The plan's currency and day rate. Changing the currency keeps the numbers: it relabels them. */
export function setFinance(plan: Plan, patch: Partial<Pick<Finance, 'currency' | 'dayRate'>>): Plan {
  if (patch.currency !== undefined && !isCurrencyCode(patch.currency)) return plan;
  if (patch.dayRate !== undefined && !validAmount(patch.dayRate)) return plan;
  const finance = patchObject(plan.finance, patch);
  return finance === plan.finance ? plan : { ...plan, finance };
}

/** The budget of a calendar year (null removes it); budgets stay sorted by year. */
export function setBudget(plan: Plan, year: number, amount: number | null): Plan {
  if (!Number.isInteger(year) || year < 1900 || year > 2300 || !validAmount(amount)) return plan;
  const current = plan.finance.budgets.find((b) => b.year === year);
  if (amount === null ? !current : current?.amount === amount) return plan;
  const others = plan.finance.budgets.filter((b) => b.year !== year);
  const budgets = amount === null ? others : [...others, { year, amount }].sort((a, b) => a.year - b.year);
  return { ...plan, finance: { ...plan.finance, budgets } };
}
