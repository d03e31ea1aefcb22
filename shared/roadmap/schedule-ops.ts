import { HORIZON_MAX_MONTHS, HORIZON_MIN_MONTHS, PHASE_KINDS, monthSchema } from '../schema/plan-schema';
import type { Dependency, Milestone, Phase, PhaseKind, Plan, Schedule } from '../model';
import { findDependencyCycle } from '../plan-integrity';
import { patchObject, updateById } from '../operations/ordered';
import { addMonths, monthIndex, monthsBetween } from './months';
import { defaultPhases } from './phases';
import { t as activeT } from '../i18n/active-locale';
import type { MessageKey, Translate } from '../i18n/translator';

/*
 * Pure edits of the roadmap: schedules, milestones, dependencies and the horizon. Each returns the
 * next plan, or the same plan object when the edit does not apply (unknown id, a refused
 * dependency, no actual change): callers compare identity to know whether anything changed.
 */

/** Longest phase the file format accepts. */
export const PHASE_MAX_MONTHS = 60;

const isMonth = (month: string) => monthSchema.safeParse(month).success;
const hasApplication = (plan: Plan, id: string) => plan.applications.some((a) => a.id === id);

/** The schedule of an application, or undefined when it is not on the roadmap. */
export function scheduleOf(plan: Plan, applicationId: string): Schedule | undefined {
  return plan.roadmap.schedules.find((s) => s.applicationId === applicationId);
}

function withSchedules(plan: Plan, schedules: Schedule[]): Plan {
  return { ...plan, roadmap: { ...plan.roadmap, schedules } };
}

function replaceSchedule(plan: Plan, applicationId: string, phases: Phase[]): Plan {
  return withSchedules(
    plan,
    plan.roadmap.schedules.map((s) => (s.applicationId === applicationId ? { ...s, phases } : s)),
  );
}

function shiftPhases(phases: readonly Phase[], delta: number, shouldShift: (p: Phase) => boolean = () => true): Phase[] {
  return phases.map((p) => (shouldShift(p) ? { ...p, start: addMonths(p.start, delta) } : p));
}

// Schedules

/**
 * Puts an application on the roadmap from `startMonth` with the default pilot → refine →
 * standardise → scale lengths; an application already scheduled keeps its phases and moves there.
 */
export function scheduleApplication(plan: Plan, applicationId: string, startMonth: string): Plan {
  if (!hasApplication(plan, applicationId) || !isMonth(startMonth)) return plan;
  const existing = scheduleOf(plan, applicationId);
  if (existing) {
    const first = Math.min(...existing.phases.map((p) => monthIndex(p.start)));
    return moveSchedule(plan, applicationId, monthIndex(startMonth) - first);
  }
  return withSchedules(plan, [...plan.roadmap.schedules, { applicationId, phases: defaultPhases(startMonth) }]);
}

/** Takes an application off the roadmap; its dependencies stay, since they describe the work itself. */
export function unscheduleApplication(plan: Plan, applicationId: string): Plan {
  if (!scheduleOf(plan, applicationId)) return plan;
  return withSchedules(plan, plan.roadmap.schedules.filter((s) => s.applicationId !== applicationId));
}

/** Moves every phase of an application by `deltaMonths` (negative: earlier). */
export function moveSchedule(plan: Plan, applicationId: string, deltaMonths: number): Plan {
  const schedule = scheduleOf(plan, applicationId);
  const delta = Math.round(deltaMonths);
  if (!schedule || !Number.isFinite(delta) || delta === 0) return plan;
  return replaceSchedule(plan, applicationId, shiftPhases(schedule.phases, delta));
}

/**
 * Sets a phase's length (whole months, at least 1); the phases after it (in pilot → scale order)
 * shift by the difference so they keep following, and the phases before it stay where they are.
 */
export function resizePhase(plan: Plan, applicationId: string, kind: PhaseKind, newMonths: number): Plan {
  const schedule = scheduleOf(plan, applicationId);
  const phase = schedule?.phases.find((p) => p.kind === kind);
  if (!schedule || !phase || !Number.isFinite(newMonths)) return plan;
  const months = Math.max(1, Math.min(PHASE_MAX_MONTHS, Math.round(newMonths)));
  const delta = months - phase.months;
  if (delta === 0) return plan;
  const order = PHASE_KINDS.indexOf(kind);
  const phases = schedule.phases.map((p) => {
    if (p.kind === kind) return { ...p, months };
    return PHASE_KINDS.indexOf(p.kind) > order ? { ...p, start: addMonths(p.start, delta) } : p;
  });
  return replaceSchedule(plan, applicationId, phases);
}

/**
 * Moves one phase to start at `month`, keeping its length; the phases after it shift by the same
 * amount (so a gap opens or closes before it) and the phases before it stay.
 */
export function setPhaseStart(plan: Plan, applicationId: string, kind: PhaseKind, month: string): Plan {
  const schedule = scheduleOf(plan, applicationId);
  const phase = schedule?.phases.find((p) => p.kind === kind);
  if (!schedule || !phase || !isMonth(month)) return plan;
  const delta = monthsBetween(phase.start, month);
  if (delta === 0) return plan;
  const order = PHASE_KINDS.indexOf(kind);
  return replaceSchedule(plan, applicationId, shiftPhases(schedule.phases, delta, (p) => PHASE_KINDS.indexOf(p.kind) >= order));
}

// Milestones

/** Adds a milestone; refuses a duplicate id or a month not written YYYY-MM. */
export function addMilestone(plan: Plan, milestone: { id: string; title: string; month: string }): Plan {
  if (!isMonth(milestone.month) || plan.roadmap.milestones.some((m) => m.id === milestone.id)) return plan;
  const created: Milestone = { id: milestone.id, title: milestone.title, month: milestone.month };
  return { ...plan, roadmap: { ...plan.roadmap, milestones: [...plan.roadmap.milestones, created] } };
}

/** Moves a milestone to another month. */
export function moveMilestone(plan: Plan, id: string, month: string): Plan {
  if (!isMonth(month)) return plan;
  return updateMilestone(plan, id, { month });
}

export function renameMilestone(plan: Plan, id: string, title: string): Plan {
  return updateMilestone(plan, id, { title });
}

export function deleteMilestone(plan: Plan, id: string): Plan {
  if (!plan.roadmap.milestones.some((m) => m.id === id)) return plan;
  return { ...plan, roadmap: { ...plan.roadmap, milestones: plan.roadmap.milestones.filter((m) => m.id !== id) } };
}

function updateMilestone(plan: Plan, id: string, patch: Partial<Omit<Milestone, 'id'>>): Plan {
  const milestones = updateById(plan.roadmap.milestones, id, (m) => patchObject(m, patch));
  return milestones === plan.roadmap.milestones ? plan : { ...plan, roadmap: { ...plan.roadmap, milestones } };
}

// Dependencies

export type DependencyRefusal = 'self' | 'unknown-application' | 'duplicate' | 'cycle';

const REFUSAL_KEYS: Record<DependencyRefusal, MessageKey> = {
  self: 'domain.dependency.refusal.self',
  'unknown-application': 'domain.dependency.refusal.unknown',
  duplicate: 'domain.dependency.refusal.duplicate',
  cycle: 'domain.dependency.refusal.cycle',
};

/** Why a dependency cannot be added, as one sentence in t's language, for the UI to show. */
export const dependencyRefusalMessage = (refusal: DependencyRefusal, t: Translate = activeT): string => t(REFUSAL_KEYS[refusal]);

/** The same sentences, read in the active language each time. */
export const DEPENDENCY_REFUSAL_MESSAGES: Readonly<Record<DependencyRefusal, string>> = Object.defineProperties(
  {},
  Object.fromEntries(
    (Object.keys(REFUSAL_KEYS) as DependencyRefusal[]).map((refusal) => [refusal, { enumerable: true, get: () => dependencyRefusalMessage(refusal) }]),
  ),
) as Record<DependencyRefusal, string>;

/** Why `fromId → toId` (toId builds on fromId) would be refused, or null when it may be added. */
export function dependencyRefusal(plan: Plan, edge: { fromId: string; toId: string }): DependencyRefusal | null {
  if (edge.fromId === edge.toId) return 'self';
  if (!hasApplication(plan, edge.fromId) || !hasApplication(plan, edge.toId)) return 'unknown-application';
  if (plan.roadmap.dependencies.some((d) => d.fromId === edge.fromId && d.toId === edge.toId)) return 'duplicate';
  const trial = { roadmap: { ...plan.roadmap, dependencies: [...plan.roadmap.dependencies, { id: '', ...edge }] } };
  return findDependencyCycle(trial) ? 'cycle' : null;
}

/**
 * Adds a finish-to-start dependency (`toId` starts after `fromId` finishes). Refuses a self-loop,
 * an unknown application, a duplicate edge or id, and any edge that would close a cycle.
 */
export function addDependency(plan: Plan, dependency: { id: string; fromId: string; toId: string }): Plan {
  if (dependencyRefusal(plan, dependency) !== null) return plan;
  if (plan.roadmap.dependencies.some((d) => d.id === dependency.id)) return plan;
  const created: Dependency = { id: dependency.id, fromId: dependency.fromId, toId: dependency.toId };
  return { ...plan, roadmap: { ...plan.roadmap, dependencies: [...plan.roadmap.dependencies, created] } };
}

export function removeDependency(plan: Plan, id: string): Plan {
  if (!plan.roadmap.dependencies.some((d) => d.id === id)) return plan;
  return { ...plan, roadmap: { ...plan.roadmap, dependencies: plan.roadmap.dependencies.filter((d) => d.id !== id) } };
}

// Horizon

/**
 * Changes the horizon's first month and/or length (clamped to 12–24 whole months). Schedules and
 * milestones are kept as they are even when they now fall outside: the roadmap rules flag them.
 */
export function setHorizon(plan: Plan, change: { start?: string; months?: number }): Plan {
  const patch: { horizonStart?: string; horizonMonths?: number } = {};
  if (change.start !== undefined && isMonth(change.start)) patch.horizonStart = change.start;
  if (change.months !== undefined && Number.isFinite(change.months))
    patch.horizonMonths = Math.max(HORIZON_MIN_MONTHS, Math.min(HORIZON_MAX_MONTHS, Math.round(change.months)));
  const meta = patchObject(plan.meta, patch);
  return meta === plan.meta ? plan : { ...plan, meta };
}
