import type { Application, Kpi, Objective, Pillar, Plan } from '../model';

/** The plan as the board pack reads it: pillars in order, each with its objectives and their applications. */
export interface PillarGroup {
  /** null: applications not yet aligned to any objective. */
  pillar: Pillar | null;
  title: string;
  objectives: { objective: Objective | null; applications: Application[] }[];
}

export const UNALIGNED_TITLE = 'Not yet aligned to an objective';

export function pillarGroups(plan: Plan): PillarGroup[] {
  const appsByObjective = new Map<string | null, Application[]>();
  for (const a of plan.applications) {
    const list = appsByObjective.get(a.objectiveId);
    if (list) list.push(a);
    else appsByObjective.set(a.objectiveId, [a]);
  }
  const objectivesByPillar = new Map<string, Objective[]>();
  for (const o of plan.objectives) {
    const list = objectivesByPillar.get(o.pillarId);
    if (list) list.push(o);
    else objectivesByPillar.set(o.pillarId, [o]);
  }
  const groups: PillarGroup[] = plan.pillars.map((pillar) => ({
    pillar,
    title: pillar.title,
    objectives: (objectivesByPillar.get(pillar.id) ?? []).map((objective) => ({ objective, applications: appsByObjective.get(objective.id) ?? [] })),
  }));
  const unaligned = appsByObjective.get(null);
  if (unaligned?.length) groups.push({ pillar: null, title: UNALIGNED_TITLE, objectives: [{ objective: null, applications: unaligned }] });
  return groups;
}

export function kpisByApplication(plan: Plan): Map<string, Kpi[]> {
  const map = new Map<string, Kpi[]>();
  for (const k of plan.kpis) {
    const list = map.get(k.applicationId);
    if (list) list.push(k);
    else map.set(k.applicationId, [k]);
  }
  return map;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
