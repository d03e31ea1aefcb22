import type { Application, Kpi, Objective, Pillar } from '../../shared/model';
import { indexPlan } from '../../shared/plan-index';
import type { PlannerState } from './types';

/*
 * Narrow selectors over the plan, read through the shared plan index (built once per plan object),
 * so a board of 1,000 cards costs one pass per change rather than one per card. The id lists are
 * the index's own arrays, stable while the plan is; components still wrap them in `useShallow`.
 */

const NONE: readonly string[] = [];

export const selectPillarIds = (s: PlannerState): readonly string[] => (s.plan ? indexPlan(s.plan).pillarIds : NONE);

export const selectPillar =
  (id: string) =>
  (s: PlannerState): Pillar | undefined =>
    s.plan ? indexPlan(s.plan).pillars.get(id) : undefined;

export const selectObjectiveIdsOfPillar =
  (pillarId: string) =>
  (s: PlannerState): readonly string[] =>
    s.plan ? (indexPlan(s.plan).objectivesOf.get(pillarId) ?? NONE) : NONE;

export const selectObjective =
  (id: string) =>
  (s: PlannerState): Objective | undefined =>
    s.plan ? indexPlan(s.plan).objectives.get(id) : undefined;

/** `objectiveId` null: the unaligned ideas. */
export const selectApplicationIdsOfObjective =
  (objectiveId: string | null) =>
  (s: PlannerState): readonly string[] =>
    s.plan ? (indexPlan(s.plan).applicationsOf.get(objectiveId) ?? NONE) : NONE;

export const selectApplication =
  (id: string) =>
  (s: PlannerState): Application | undefined =>
    s.plan ? indexPlan(s.plan).applications.get(id) : undefined;

export const selectKpiIdsOfApplication =
  (applicationId: string) =>
  (s: PlannerState): readonly string[] =>
    s.plan ? (indexPlan(s.plan).kpisOf.get(applicationId) ?? NONE) : NONE;

export const selectKpi =
  (id: string) =>
  (s: PlannerState): Kpi | undefined =>
    s.plan ? indexPlan(s.plan).kpis.get(id) : undefined;

export interface PlanCounts {
  pillars: number;
  objectives: number;
  applications: number;
  kpis: number;
}

export const selectCounts = (s: PlannerState): PlanCounts | null =>
  s.plan && {
    pillars: s.plan.pillars.length,
    objectives: s.plan.objectives.length,
    applications: s.plan.applications.length,
    kpis: s.plan.kpis.length,
  };
