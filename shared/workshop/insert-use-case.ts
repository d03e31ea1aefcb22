import type { OpContext, Plan } from '../model';
import type { Translate } from '../i18n/translator';
import { addApplication, addKpi } from '../operations/matrix';
import { PLAN_CAPS } from '../schema/plan-schema';
import { findUseCase, libraryUnitText } from './use-case-library';

/*
 * A library use case becomes an application of the plan (#17 §2): its title, the problem it solves,
 * its function and approach, its feasibility factors as the description and its typical risks as the
 * risk note, with the suggested KPIs (names and units, direction and cadence; no baseline or target
 * yet: those are the team's to set). Written in t's language, as a new plan's content is.
 */

export interface InsertedUseCase {
  plan: Plan;
  /** The new application's id; null when nothing was inserted (unknown key or objective, a cap reached). */
  id: string | null;
}

/**
 * Inserts the use case `key` under `objectiveId`, or into the unaligned ideas tray with null; at the
 * end of that objective's applications. The same plan when the key or objective is unknown, or the
 * plan holds as many applications or KPIs as it may.
 */
export function insertUseCase(plan: Plan, key: string, ctx: OpContext, t: Translate, objectiveId: string | null): InsertedUseCase {
  const useCase = findUseCase(key);
  if (!useCase) return { plan, id: null };
  if (objectiveId !== null && !plan.objectives.some((o) => o.id === objectiveId)) return { plan, id: null };
  if (plan.applications.length >= PLAN_CAPS.applications || plan.kpis.length + useCase.kpis.length > PLAN_CAPS.kpis) return { plan, id: null };
  const id = ctx.newId();
  let next = addApplication(plan, {
    id,
    objectiveId,
    title: t(useCase.title),
    problem: t(useCase.problem),
    category: useCase.category,
    approach: useCase.approach,
    description: t('useCases.insert.description', { factors: t(useCase.feasibility) }),
    risk: t('useCases.insert.risk', { risks: t(useCase.risks) }),
  });
  for (const kpi of useCase.kpis) {
    next = addKpi(next, {
      id: ctx.newId(),
      applicationId: id,
      name: t(kpi.name),
      unit: libraryUnitText(kpi.unit, t, plan.finance.currency),
      family: kpi.family,
      direction: kpi.direction,
      cadence: kpi.cadence,
    });
  }
  return { plan: next, id };
}
