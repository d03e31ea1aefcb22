import type { PhaseKind } from '../../shared/model';
import {
  addDependency as addDependencyOp,
  addMilestone as addMilestoneOp,
  dependencyRefusal,
  DEPENDENCY_REFUSAL_MESSAGES,
  deleteMilestone as deleteMilestoneOp,
  moveMilestone as moveMilestoneOp,
  moveSchedule as moveScheduleOp,
  removeDependency as removeDependencyOp,
  renameMilestone as renameMilestoneOp,
  resizePhase as resizePhaseOp,
  scheduleApplication as scheduleApplicationOp,
  setHorizon as setHorizonOp,
  unscheduleApplication as unscheduleApplicationOp,
} from '../../shared/roadmap/schedule-ops';
import { newId } from './ids';
import { commit } from './plan-actions';
import { plannerStore } from './store';

/*
 * Verbs of the roadmap: each is one undo step (a drop, a key press, a field change) and returns
 * whether the plan changed. Drag previews never come here; only the drop does.
 */

export const scheduleApplication = (applicationId: string, startMonth: string) => commit((p) => scheduleApplicationOp(p, applicationId, startMonth));
export const unscheduleApplication = (applicationId: string) => commit((p) => unscheduleApplicationOp(p, applicationId));
export const moveSchedule = (applicationId: string, deltaMonths: number) => commit((p) => moveScheduleOp(p, applicationId, deltaMonths));
export const resizePhase = (applicationId: string, kind: PhaseKind, months: number) => commit((p) => resizePhaseOp(p, applicationId, kind, months));

export function addMilestone(title: string, month: string): string | null {
  const id = newId();
  return commit((p) => addMilestoneOp(p, { id, title, month })) ? id : null;
}
export const moveMilestone = (id: string, month: string) => commit((p) => moveMilestoneOp(p, id, month));
export const renameMilestone = (id: string, title: string) => commit((p) => renameMilestoneOp(p, id, title));
export const deleteMilestone = (id: string) => commit((p) => deleteMilestoneOp(p, id));

export type AddDependencyResult = { ok: true; id: string } | { ok: false; message: string };

/** Adds "toId starts after fromId finishes", or says in one sentence why it cannot. */
export function addDependency(fromId: string, toId: string): AddDependencyResult {
  const plan = plannerStore.getState().plan;
  if (!plan) return { ok: false, message: DEPENDENCY_REFUSAL_MESSAGES['unknown-application'] };
  const refusal = dependencyRefusal(plan, { fromId, toId });
  if (refusal) return { ok: false, message: DEPENDENCY_REFUSAL_MESSAGES[refusal] };
  const id = newId();
  return commit((p) => addDependencyOp(p, { id, fromId, toId })) ? { ok: true, id } : { ok: false, message: DEPENDENCY_REFUSAL_MESSAGES.duplicate };
}
export const removeDependency = (id: string) => commit((p) => removeDependencyOp(p, id));

export const setHorizon = (change: { start?: string; months?: number }) => commit((p) => setHorizonOp(p, change));
