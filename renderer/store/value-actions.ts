import type { ApplicationValue, Confidence, KpiValue, PhaseKind } from '../../shared/model';
import {
  addDirectBenefit as addDirectBenefitOp,
  removeDirectBenefit as removeDirectBenefitOp,
  setApplicationValue,
  setBudget as setBudgetOp,
  setEffortDays as setEffortDaysOp,
  setFinance,
  setKpiValue as setKpiValueOp,
  setOneOffCost as setOneOffCostOp,
  updateDirectBenefit,
} from '../../shared/value/value-ops';
import { newId } from './ids';
import { commit } from './plan-actions';

/*
 * Verbs of the plan's money (#15). Amounts arrive parsed, in minor units, when a money field is left
 * or Enter is pressed, so each is one undo step; a benefit's label is typed, and coalesces per field.
 */

export const setPhaseCost = (applicationId: string, phase: PhaseKind, minor: number | null) =>
  commit((p) => setOneOffCostOp(p, applicationId, phase, minor));

export const setPhaseEffort = (applicationId: string, phase: PhaseKind, days: number | null) =>
  commit((p) => setEffortDaysOp(p, applicationId, phase, days));

export const setMonthlyCost = (applicationId: string, minor: number | null) => commit((p) => setApplicationValue(p, applicationId, { monthly: minor }));

export const setMonthlyFrom = (applicationId: string, phase: PhaseKind) => commit((p) => setApplicationValue(p, applicationId, { monthlyFrom: phase }));

export const setApplicationDayRate = (applicationId: string, minor: number | null) =>
  commit((p) => setApplicationValue(p, applicationId, { dayRate: minor }));

export const setPilotShare = (applicationId: string, percent: number) =>
  commit((p) => setApplicationValue(p, applicationId, { pilotShare: percent }), { coalesceKey: `pilot-share:${applicationId}` });

export const setConfidence = (applicationId: string, confidence: Confidence) =>
  commit((p) => setApplicationValue(p, applicationId, { confidence }));

/** Returns the new benefit's id, or null when the application is gone or holds its twenty already. */
export function addDirectBenefit(applicationId: string, label = '', annual = 0): string | null {
  const id = newId();
  let added = false;
  commit((p) => {
    const result = addDirectBenefitOp(p, applicationId, { newId: () => id }, { label, annual });
    added = result.plan !== p;
    return result.plan;
  });
  return added ? id : null;
}

export const renameDirectBenefit = (applicationId: string, benefitId: string, label: string) =>
  commit((p) => updateDirectBenefit(p, applicationId, benefitId, { label }), { coalesceKey: `benefit-label:${benefitId}` });

export const setDirectBenefitAmount = (applicationId: string, benefitId: string, annual: number) =>
  commit((p) => updateDirectBenefit(p, applicationId, benefitId, { annual }));

export const removeDirectBenefit = (applicationId: string, benefitId: string) => commit((p) => removeDirectBenefitOp(p, applicationId, benefitId));

export const setKpiValuePerUnit = (kpiId: string, minor: number | null) => commit((p) => setKpiValueOp(p, kpiId, { perUnit: minor }));

export const setKpiValuePeriod = (kpiId: string, per: KpiValue['per']) => commit((p) => setKpiValueOp(p, kpiId, { per }));

export const setPlanCurrency = (currency: string) => commit((p) => setFinance(p, { currency }));

export const setPlanDayRate = (minor: number | null) => commit((p) => setFinance(p, { dayRate: minor }));

/** A calendar year's budget; null removes it. */
export const setYearBudget = (year: number, minor: number | null) => commit((p) => setBudgetOp(p, year, minor));

export type { ApplicationValue };
