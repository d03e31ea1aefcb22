import {
  addApplication as addApplicationOp,
  addKpi as addKpiOp,
  addObjective as addObjectiveOp,
  addPillar as addPillarOp,
  updateApplication,
  updateKpi,
  updateObjective,
  updatePillar,
} from '../../shared/operations/matrix';
import { updateMeta as updateMetaOp } from '../../shared/operations/document';
import type { ItemRef, Plan, PlanMeta } from '../../shared/model';
import { t } from '../../shared/i18n/active-locale';
import { newId } from './ids';
import { plannerStore } from './store';
import type { CommitOptions } from './types';

/*
 * Named verbs of the plan document: each is one undo step and a one-line call of a pure function
 * from shared/. Feature folders add their own action modules beside this one, using `commit`.
 */

export function commit(recipe: (plan: Plan) => Plan, options?: CommitOptions): boolean {
  return plannerStore.getState().commit(recipe, options);
}

export const renamePillar = (id: string, title: string) => commit((p) => updatePillar(p, id, { title }));
export const renameObjective = (id: string, title: string) => commit((p) => updateObjective(p, id, { title }));
export const renameApplication = (id: string, title: string) => commit((p) => updateApplication(p, id, { title }));
export const renameKpi = (id: string, name: string) => commit((p) => updateKpi(p, id, { name }));

export const updateMeta = (patch: Partial<Omit<PlanMeta, 'createdAt' | 'updatedAt'>>, options?: CommitOptions) =>
  commit((p) => updateMetaOp(p, patch), options);

/** The add verbs return the new item's id (or null when its parent no longer exists). */
function added(changed: boolean, id: string): string | null {
  return changed ? id : null;
}

// A new item is named in the language the app shows, as a new plan's content is.
export function addPillar(title = t('app.newItem.pillar'), index?: number): string | null {
  const id = newId();
  return added(commit((p) => addPillarOp(p, { id, title }, index)), id);
}

export function addObjective(pillarId: string, title = t('app.newItem.objective'), index?: number): string | null {
  const id = newId();
  return added(commit((p) => addObjectiveOp(p, { id, pillarId, title }, index)), id);
}

/** `objectiveId` null adds an unaligned idea. */
export function addApplication(objectiveId: string | null, title = t('app.newItem.application'), index?: number): string | null {
  const id = newId();
  return added(commit((p) => addApplicationOp(p, { id, objectiveId, title }, index)), id);
}

export function addKpi(applicationId: string, name = t('app.newItem.kpi'), index?: number): string | null {
  const id = newId();
  return added(commit((p) => addKpiOp(p, { id, applicationId, name }, index)), id);
}

/**
 * Adds an item of the same kind right after `after`, under the same parent, already titled: the
 * outline's Enter-for-next-sibling, one undo step for the creation and the title together.
 */
export function addSiblingAfter(after: ItemRef, title: string): string | null {
  const plan = plannerStore.getState().plan;
  if (!plan) return null;
  const nextIndex = <T extends { id: string }>(siblings: readonly T[]) => siblings.findIndex((x) => x.id === after.id) + 1;
  switch (after.kind) {
    case 'pillar':
      return plan.pillars.some((p) => p.id === after.id) ? addPillar(title, nextIndex(plan.pillars)) : null;
    case 'objective': {
      const objective = plan.objectives.find((o) => o.id === after.id);
      if (!objective) return null;
      return addObjective(objective.pillarId, title, nextIndex(plan.objectives.filter((o) => o.pillarId === objective.pillarId)));
    }
    case 'application': {
      const application = plan.applications.find((a) => a.id === after.id);
      if (!application) return null;
      const siblings = plan.applications.filter((a) => a.objectiveId === application.objectiveId);
      return addApplication(application.objectiveId, title, nextIndex(siblings));
    }
    case 'kpi': {
      const kpi = plan.kpis.find((k) => k.id === after.id);
      if (!kpi) return null;
      return addKpi(kpi.applicationId, title, nextIndex(plan.kpis.filter((k) => k.applicationId === kpi.applicationId)));
    }
    default:
      return null;
  }
}
