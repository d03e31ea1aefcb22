import type { Translate } from '../i18n/translator';
import { unalignedGroupTitle } from '../labels';
import type { Application, Kpi, Objective, Pillar, Plan } from '../model';
import { indexPlan, type PlanIndex } from '../plan-index';

/** The plan as the board pack reads it: pillars in order, each with its objectives and their applications. */
export interface PillarGroup {
  /** null: applications not yet aligned to any objective. */
  pillar: Pillar | null;
  title: string;
  objectives: { objective: Objective | null; applications: Application[] }[];
}

const lookUp = <T>(ids: readonly string[] | undefined, byId: Map<string, T>): T[] => (ids ?? []).map((id) => byId.get(id)!);

/** `t` names the group of unaligned applications, in the PDF's language (the app's by default). */
export function pillarGroups(plan: Plan, t?: Translate): PillarGroup[] {
  const index = indexPlan(plan);
  const applicationsOf = (objectiveId: string | null) => lookUp(index.applicationsOf.get(objectiveId), index.applications);
  const groups: PillarGroup[] = plan.pillars.map((pillar) => ({
    pillar,
    title: pillar.title,
    objectives: lookUp(index.objectivesOf.get(pillar.id), index.objectives).map((objective) => ({ objective, applications: applicationsOf(objective.id) })),
  }));
  const unaligned = applicationsOf(null);
  if (unaligned.length) groups.push({ pillar: null, title: unalignedGroupTitle(t), objectives: [{ objective: null, applications: unaligned }] });
  return groups;
}

/** The KPIs of an application, in plan order. */
export function kpisOfApplication(index: PlanIndex, applicationId: string): Kpi[] {
  return lookUp(index.kpisOf.get(applicationId), index.kpis);
}
