import type { Application, ItemRef, Kpi, Objective, Pillar, Plan } from '../../shared/model';
import type { PlannerState } from '../store/types';

/*
 * Lookups by id and children by parent, built once per plan object. A board of 1,000 cards reads
 * each card through here, so a store change costs one pass over the plan instead of one per card.
 */
export interface PlanIndex {
  pillars: Map<string, Pillar>;
  objectives: Map<string, Objective>;
  applications: Map<string, Application>;
  kpis: Map<string, Kpi>;
  objectivesOf: Map<string, string[]>;
  /** Key null: the unaligned ideas. */
  applicationsOf: Map<string | null, string[]>;
  kpisOf: Map<string, string[]>;
}

const cache = new WeakMap<Plan, PlanIndex>();

function group<T>(items: readonly T[], key: (item: T) => string | null, id: (item: T) => string): Map<string | null, string[]> {
  const map = new Map<string | null, string[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(id(item));
    else map.set(k, [id(item)]);
  }
  return map;
}

export function indexPlan(plan: Plan): PlanIndex {
  let index = cache.get(plan);
  if (!index) {
    index = {
      pillars: new Map(plan.pillars.map((p) => [p.id, p])),
      objectives: new Map(plan.objectives.map((o) => [o.id, o])),
      applications: new Map(plan.applications.map((a) => [a.id, a])),
      kpis: new Map(plan.kpis.map((k) => [k.id, k])),
      objectivesOf: group(plan.objectives, (o) => o.pillarId, (o) => o.id) as Map<string, string[]>,
      applicationsOf: group(plan.applications, (a) => a.objectiveId, (a) => a.id),
      kpisOf: group(plan.kpis, (k) => k.applicationId, (k) => k.id) as Map<string, string[]>,
    };
    cache.set(plan, index);
  }
  return index;
}

const NONE: readonly string[] = [];

/* Selectors for board components; those returning id arrays go through `useShallow`. */

export const boardPillar = (id: string) => (s: PlannerState) => (s.plan ? indexPlan(s.plan).pillars.get(id) : undefined);
export const boardObjective = (id: string) => (s: PlannerState) => (s.plan ? indexPlan(s.plan).objectives.get(id) : undefined);
export const boardApplication = (id: string) => (s: PlannerState) => (s.plan ? indexPlan(s.plan).applications.get(id) : undefined);
export const boardKpi = (id: string) => (s: PlannerState) => (s.plan ? indexPlan(s.plan).kpis.get(id) : undefined);

export const boardObjectiveIds = (pillarId: string) => (s: PlannerState) => (s.plan ? (indexPlan(s.plan).objectivesOf.get(pillarId) ?? NONE) : NONE);
export const boardApplicationIds = (objectiveId: string | null) => (s: PlannerState) =>
  s.plan ? (indexPlan(s.plan).applicationsOf.get(objectiveId) ?? NONE) : NONE;
export const boardKpiIds = (applicationId: string) => (s: PlannerState) => (s.plan ? (indexPlan(s.plan).kpisOf.get(applicationId) ?? NONE) : NONE);

/** The objective and pillar an item sits under (none for a pillar or an unaligned idea). */
export function placeOfItem(index: PlanIndex, item: ItemRef): { pillarId: string | null; objectiveId: string | null } {
  if (item.kind === 'pillar') return { pillarId: null, objectiveId: null };
  const applicationId = item.kind === 'kpi' ? index.kpis.get(item.id)?.applicationId : item.kind === 'application' ? item.id : undefined;
  const objectiveId = item.kind === 'objective' ? item.id : applicationId ? (index.applications.get(applicationId)?.objectiveId ?? null) : null;
  const pillarId = objectiveId ? (index.objectives.get(objectiveId)?.pillarId ?? null) : null;
  return { pillarId, objectiveId };
}

export interface PillarCounts {
  objectives: number;
  applications: number;
  kpis: number;
}

export function countsOfPillar(plan: Plan, pillarId: string): PillarCounts {
  const index = indexPlan(plan);
  const objectiveIds = index.objectivesOf.get(pillarId) ?? [];
  let applications = 0;
  let kpis = 0;
  for (const objectiveId of objectiveIds) {
    for (const applicationId of index.applicationsOf.get(objectiveId) ?? []) {
      applications++;
      kpis += index.kpisOf.get(applicationId)?.length ?? 0;
    }
  }
  return { objectives: objectiveIds.length, applications, kpis };
}
