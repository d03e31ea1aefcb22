import type { GuidingQuestions, Plan, PlanMeta, Readiness, ReadinessKey } from '../model';
import { HORIZON_MAX_MONTHS, HORIZON_MIN_MONTHS } from '../schema/plan-schema';
import { patchObject } from './ordered';

/** Edits of the plan's own fields: metadata, guiding questions, readiness. */

export function updateMeta(plan: Plan, patch: Partial<Omit<PlanMeta, 'createdAt' | 'updatedAt'>>): Plan {
  const safe = { ...patch };
  if (safe.horizonMonths !== undefined)
    safe.horizonMonths = Math.max(HORIZON_MIN_MONTHS, Math.min(HORIZON_MAX_MONTHS, Math.round(safe.horizonMonths)));
  const meta = patchObject(plan.meta, safe);
  return meta === plan.meta ? plan : { ...plan, meta };
}

export function updateGuidingQuestions(plan: Plan, patch: Partial<GuidingQuestions>): Plan {
  const guidingQuestions = patchObject(plan.guidingQuestions, patch);
  return guidingQuestions === plan.guidingQuestions ? plan : { ...plan, guidingQuestions };
}

export function updateReadiness(plan: Plan, patch: Partial<Omit<Readiness, 'items'>>): Plan {
  const readiness = patchObject(plan.readiness, patch);
  return readiness === plan.readiness ? plan : { ...plan, readiness };
}

export function updateReadinessItem(plan: Plan, key: ReadinessKey, patch: Partial<Readiness['items'][ReadinessKey]>): Plan {
  const item = patchObject(plan.readiness.items[key], patch);
  if (item === plan.readiness.items[key]) return plan;
  return { ...plan, readiness: { ...plan.readiness, items: { ...plan.readiness.items, [key]: item } } };
}

/** Stamps the time of saving; the only operation that reads `now`, passed in by the caller. */
export function stampUpdated(plan: Plan, now: string): Plan {
  return { ...plan, meta: { ...plan.meta, updatedAt: now } };
}
