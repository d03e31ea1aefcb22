import { applicationSchema, kpiSchema } from '../schema/plan-schema';
import type { Application, Kpi, Objective, Pillar, Plan } from '../model';
import { moveAmongSiblings, patchObject, updateById } from './ordered';

/*
 * Pure edits of the four matrix levels. Each returns the next plan, or the same plan object when
 * the edit does not apply (unknown id, a move to a parent that does not exist): callers compare
 * identity to know whether anything changed.
 */

const objectiveParent = (o: Objective) => o.pillarId;
const applicationParent = (a: Application) => a.objectiveId;
const kpiParent = (k: Kpi) => k.applicationId;
const noParent = () => null;

function insertAt<T>(items: readonly T[], item: T, isSibling: (x: T) => boolean, index: number | undefined): T[] {
  const siblings = items.filter(isSibling);
  if (index === undefined || index >= siblings.length) {
    const last = siblings[siblings.length - 1];
    const at = last === undefined ? items.length : items.indexOf(last) + 1;
    return [...items.slice(0, at), item, ...items.slice(at)];
  }
  const before = siblings[Math.max(0, index)]!;
  const at = items.indexOf(before);
  return [...items.slice(0, at), item, ...items.slice(at)];
}

// Pillars

export function addPillar(plan: Plan, pillar: { id: string; title: string }, index?: number): Plan {
  const created: Pillar = { id: pillar.id, title: pillar.title, description: '' };
  return { ...plan, pillars: insertAt(plan.pillars, created, () => true, index) };
}

export function updatePillar(plan: Plan, id: string, patch: Partial<Omit<Pillar, 'id'>>): Plan {
  const pillars = updateById(plan.pillars, id, (p) => patchObject(p, patch));
  return pillars === plan.pillars ? plan : { ...plan, pillars };
}

export function movePillar(plan: Plan, id: string, toIndex: number): Plan {
  if (!plan.pillars.some((p) => p.id === id)) return plan;
  const pillars = moveAmongSiblings(plan.pillars, id, noParent, (p) => p, null, toIndex);
  return sameOrder(pillars, plan.pillars) ? plan : { ...plan, pillars };
}

/** Deletes the pillar with its objectives, their applications and KPIs, and their roadmap entries. */
export function deletePillar(plan: Plan, id: string): Plan {
  if (!plan.pillars.some((p) => p.id === id)) return plan;
  const objectiveIds = plan.objectives.filter((o) => o.pillarId === id).map((o) => o.id);
  let next: Plan = { ...plan, pillars: plan.pillars.filter((p) => p.id !== id) };
  for (const objectiveId of objectiveIds) next = deleteObjective(next, objectiveId);
  return next;
}

// Objectives

export function addObjective(plan: Plan, objective: { id: string; pillarId: string; title: string }, index?: number): Plan {
  if (!plan.pillars.some((p) => p.id === objective.pillarId)) return plan;
  const created: Objective = { id: objective.id, pillarId: objective.pillarId, title: objective.title, description: '' };
  return { ...plan, objectives: insertAt(plan.objectives, created, (o) => o.pillarId === objective.pillarId, index) };
}

export function updateObjective(plan: Plan, id: string, patch: Partial<Omit<Objective, 'id' | 'pillarId'>>): Plan {
  const objectives = updateById(plan.objectives, id, (o) => patchObject(o, patch));
  return objectives === plan.objectives ? plan : { ...plan, objectives };
}

export function moveObjective(plan: Plan, id: string, toPillarId: string, toIndex: number): Plan {
  if (!plan.objectives.some((o) => o.id === id) || !plan.pillars.some((p) => p.id === toPillarId)) return plan;
  const objectives = moveAmongSiblings(plan.objectives, id, objectiveParent, (o) => (o.pillarId === toPillarId ? o : { ...o, pillarId: toPillarId }), toPillarId, toIndex);
  return sameOrder(objectives, plan.objectives) ? plan : { ...plan, objectives };
}

/** Deletes the objective with its applications and their KPIs and roadmap entries. */
export function deleteObjective(plan: Plan, id: string): Plan {
  if (!plan.objectives.some((o) => o.id === id)) return plan;
  const applicationIds = new Set(plan.applications.filter((a) => a.objectiveId === id).map((a) => a.id));
  return removeApplications({ ...plan, objectives: plan.objectives.filter((o) => o.id !== id) }, applicationIds);
}

// AI applications

export function addApplication(
  plan: Plan,
  application: { id: string; objectiveId: string | null; title: string } & Partial<Application>,
  index?: number,
): Plan {
  if (application.objectiveId !== null && !plan.objectives.some((o) => o.id === application.objectiveId)) return plan;
  const created = applicationSchema.parse(application);
  return { ...plan, applications: insertAt(plan.applications, created, (a) => a.objectiveId === application.objectiveId, index) };
}

export function updateApplication(plan: Plan, id: string, patch: Partial<Omit<Application, 'id' | 'objectiveId'>>): Plan {
  const applications = updateById(plan.applications, id, (a) => patchObject(a, patch));
  return applications === plan.applications ? plan : { ...plan, applications };
}

/** Moves an application under another objective (or to the unaligned tray with `null`). */
export function moveApplication(plan: Plan, id: string, toObjectiveId: string | null, toIndex: number): Plan {
  if (!plan.applications.some((a) => a.id === id)) return plan;
  if (toObjectiveId !== null && !plan.objectives.some((o) => o.id === toObjectiveId)) return plan;
  const applications = moveAmongSiblings(
    plan.applications,
    id,
    applicationParent,
    (a) => (a.objectiveId === toObjectiveId ? a : { ...a, objectiveId: toObjectiveId }),
    toObjectiveId,
    toIndex,
  );
  return sameOrder(applications, plan.applications) ? plan : { ...plan, applications };
}

export function deleteApplication(plan: Plan, id: string): Plan {
  if (!plan.applications.some((a) => a.id === id)) return plan;
  return removeApplications(plan, new Set([id]));
}

function removeApplications(plan: Plan, ids: ReadonlySet<string>): Plan {
  if (ids.size === 0) return plan;
  const { schedules, dependencies } = plan.roadmap;
  const { workshop } = plan;
  return {
    ...plan,
    // Votes for a deleted application go with it; a decision about it keeps its text and reads "deleted".
    workshop:
      workshop.dots.some((v) => ids.has(v.applicationId)) || workshop.scores.some((v) => ids.has(v.applicationId))
        ? { ...workshop, dots: workshop.dots.filter((v) => !ids.has(v.applicationId)), scores: workshop.scores.filter((v) => !ids.has(v.applicationId)) }
        : workshop,
    applications: plan.applications.filter((a) => !ids.has(a.id)),
    kpis: plan.kpis.filter((k) => !ids.has(k.applicationId)),
    roadmap: {
      ...plan.roadmap,
      schedules: schedules.filter((s) => !ids.has(s.applicationId)),
      dependencies: dependencies.filter((d) => !ids.has(d.fromId) && !ids.has(d.toId)),
    },
  };
}

// KPIs

export function addKpi(plan: Plan, kpi: { id: string; applicationId: string; name: string } & Partial<Kpi>, index?: number): Plan {
  if (!plan.applications.some((a) => a.id === kpi.applicationId)) return plan;
  const created = kpiSchema.parse(kpi);
  return { ...plan, kpis: insertAt(plan.kpis, created, (k) => k.applicationId === kpi.applicationId, index) };
}

export function updateKpi(plan: Plan, id: string, patch: Partial<Omit<Kpi, 'id' | 'applicationId'>>): Plan {
  const kpis = updateById(plan.kpis, id, (k) => patchObject(k, patch));
  return kpis === plan.kpis ? plan : { ...plan, kpis };
}

export function moveKpi(plan: Plan, id: string, toApplicationId: string, toIndex: number): Plan {
  if (!plan.kpis.some((k) => k.id === id) || !plan.applications.some((a) => a.id === toApplicationId)) return plan;
  const kpis = moveAmongSiblings(plan.kpis, id, kpiParent, (k) => (k.applicationId === toApplicationId ? k : { ...k, applicationId: toApplicationId }), toApplicationId, toIndex);
  return sameOrder(kpis, plan.kpis) ? plan : { ...plan, kpis };
}

export function deleteKpi(plan: Plan, id: string): Plan {
  if (!plan.kpis.some((k) => k.id === id)) return plan;
  return { ...plan, kpis: plan.kpis.filter((k) => k.id !== id) };
}

function sameOrder<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}
