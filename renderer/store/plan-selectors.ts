import type { Application, Kpi, Objective, Pillar } from '../../shared/model';
import type { PlannerState } from './types';

/*
 * Narrow selectors over the plan. Those returning fresh arrays of ids must be wrapped in
 * `useShallow` by components, so that a component re-renders only when its own ids change.
 */

const NONE: readonly string[] = [];

export const selectPillarIds = (s: PlannerState): readonly string[] => s.plan?.pillars.map((p) => p.id) ?? NONE;

export const selectPillar =
  (id: string) =>
  (s: PlannerState): Pillar | undefined =>
    s.plan?.pillars.find((p) => p.id === id);

export const selectObjectiveIdsOfPillar =
  (pillarId: string) =>
  (s: PlannerState): readonly string[] =>
    s.plan?.objectives.filter((o) => o.pillarId === pillarId).map((o) => o.id) ?? NONE;

export const selectObjective =
  (id: string) =>
  (s: PlannerState): Objective | undefined =>
    s.plan?.objectives.find((o) => o.id === id);

/** `objectiveId` null: the unaligned ideas. */
export const selectApplicationIdsOfObjective =
  (objectiveId: string | null) =>
  (s: PlannerState): readonly string[] =>
    s.plan?.applications.filter((a) => a.objectiveId === objectiveId).map((a) => a.id) ?? NONE;

export const selectApplication =
  (id: string) =>
  (s: PlannerState): Application | undefined =>
    s.plan?.applications.find((a) => a.id === id);

export const selectKpiIdsOfApplication =
  (applicationId: string) =>
  (s: PlannerState): readonly string[] =>
    s.plan?.kpis.filter((k) => k.applicationId === applicationId).map((k) => k.id) ?? NONE;

export const selectKpi =
  (id: string) =>
  (s: PlannerState): Kpi | undefined =>
    s.plan?.kpis.find((k) => k.id === id);

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
