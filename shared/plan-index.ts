import type { Application, ItemRef, Kpi, Objective, Pillar, Plan } from './model';

/*
 * The one grouping of the plan by parent: lookups by id and the children of each parent in plan
 * order, built once per plan object. The board, the outline, the roadmap lanes, the drop rules, the
 * checks and the PDF all read through here, so a plan version costs one pass however many of them
 * ask. Maps, not plain objects: ids such as `toString` or `__proto__` are valid.
 */
export interface PlanIndex {
  pillars: Map<string, Pillar>;
  objectives: Map<string, Objective>;
  applications: Map<string, Application>;
  kpis: Map<string, Kpi>;
  pillarIds: readonly string[];
  objectivesOf: Map<string, readonly string[]>;
  /** Key null: the unaligned ideas. */
  applicationsOf: Map<string | null, readonly string[]>;
  kpisOf: Map<string, readonly string[]>;
}

/** The matrix levels, each the parent of the next. */
export type MatrixKind = 'pillar' | 'objective' | 'application' | 'kpi';

const NONE: readonly string[] = [];
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

/** The index of a plan; the same object for every caller as long as the plan object is the same. */
export function indexPlan(plan: Plan): PlanIndex {
  let index = cache.get(plan);
  if (!index) {
    index = {
      pillars: new Map(plan.pillars.map((p) => [p.id, p])),
      objectives: new Map(plan.objectives.map((o) => [o.id, o])),
      applications: new Map(plan.applications.map((a) => [a.id, a])),
      kpis: new Map(plan.kpis.map((k) => [k.id, k])),
      pillarIds: plan.pillars.map((p) => p.id),
      objectivesOf: group(plan.objectives, (o) => o.pillarId, (o) => o.id) as Map<string, string[]>,
      applicationsOf: group(plan.applications, (a) => a.objectiveId, (a) => a.id),
      kpisOf: group(plan.kpis, (k) => k.applicationId, (k) => k.id) as Map<string, string[]>,
    };
    cache.set(plan, index);
  }
  return index;
}

/** Ids of the items of `kind` under `parentId`, in plan order (pillars: parent null). */
export function childIdsOf(index: PlanIndex, kind: MatrixKind, parentId: string | null): readonly string[] {
  switch (kind) {
    case 'pillar':
      return parentId === null ? index.pillarIds : NONE;
    case 'objective':
      return parentId === null ? NONE : (index.objectivesOf.get(parentId) ?? NONE);
    case 'application':
      return index.applicationsOf.get(parentId) ?? NONE;
    case 'kpi':
      return parentId === null ? NONE : (index.kpisOf.get(parentId) ?? NONE);
  }
}

/** Whether an item has anything under it on the next level (a KPI never has). */
export function hasChildren(index: PlanIndex, kind: MatrixKind, id: string): boolean {
  switch (kind) {
    case 'pillar':
      return index.objectivesOf.has(id);
    case 'objective':
      return index.applicationsOf.has(id);
    case 'application':
      return index.kpisOf.has(id);
    case 'kpi':
      return false;
  }
}

/** Whether an item of a matrix level exists in the plan. */
export function hasItem(index: PlanIndex, item: { kind: MatrixKind; id: string }): boolean {
  switch (item.kind) {
    case 'pillar':
      return index.pillars.has(item.id);
    case 'objective':
      return index.objectives.has(item.id);
    case 'application':
      return index.applications.has(item.id);
    case 'kpi':
      return index.kpis.has(item.id);
  }
}

/** The objective and pillar an item sits under (none for a pillar or an unaligned idea). */
export function placeOfItem(index: PlanIndex, item: ItemRef): { pillarId: string | null; objectiveId: string | null } {
  if (item.kind === 'pillar') return { pillarId: null, objectiveId: null };
  const applicationId = item.kind === 'kpi' ? index.kpis.get(item.id)?.applicationId : item.kind === 'application' ? item.id : undefined;
  const objectiveId = item.kind === 'objective' ? item.id : applicationId ? (index.applications.get(applicationId)?.objectiveId ?? null) : null;
  const pillarId = objectiveId !== null ? (index.objectives.get(objectiveId)?.pillarId ?? null) : null;
  return { pillarId, objectiveId };
}

/**
 * The pillar an item belongs to: a pillar itself, the pillar above an objective, application or
 * KPI; null for an unaligned idea (and its KPIs), a milestone or an item not in the plan.
 */
export function pillarOf(index: PlanIndex, item: ItemRef): string | null {
  if (item.kind === 'pillar') return index.pillars.has(item.id) ? item.id : null;
  return placeOfItem(index, item).pillarId;
}

export interface PillarCounts {
  objectives: number;
  applications: number;
  kpis: number;
}

export function countsOfPillar(plan: Plan, pillarId: string): PillarCounts {
  const index = indexPlan(plan);
  const objectiveIds = index.objectivesOf.get(pillarId) ?? NONE;
  let applications = 0;
  let kpis = 0;
  for (const objectiveId of objectiveIds) {
    for (const applicationId of index.applicationsOf.get(objectiveId) ?? NONE) {
      applications++;
      kpis += index.kpisOf.get(applicationId)?.length ?? 0;
    }
  }
  return { objectives: objectiveIds.length, applications, kpis };
}
