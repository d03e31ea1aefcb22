import { describe, expect, it } from 'vitest';
import {
  addDependency,
  addMilestone,
  DEPENDENCY_REFUSAL_MESSAGES,
  deleteMilestone,
  dependencyRefusal,
  moveMilestone,
  moveSchedule,
  removeDependency,
  renameMilestone,
  resizePhase,
  scheduleApplication,
  scheduleOf,
  setHorizon,
  setPhaseStart,
  unscheduleApplication,
} from '../../../../shared/roadmap/schedule-ops';
import { itemsOutsideHorizon } from '../../../../shared/roadmap/roadmap-rules';
import { planSchema } from '../../../../shared/schema/plan-schema';
import { integrityProblems } from '../../../../shared/plan-integrity';
import type { Plan } from '../../../../shared/model';
import { healthyPlan, withApplication } from '../checks/plan-builder';

const phasesOf = (plan: Plan, id: string) => scheduleOf(plan, id)?.phases.map((p) => `${p.kind} ${p.start} ×${p.months}`);

/** The healthy plan plus two more applications, b and c, under the same objective; only a1 is scheduled. */
function threeApps(): Plan {
  let plan = healthyPlan();
  plan = withApplication(plan, { id: 'b', objectiveId: 'o1', title: 'Chatbot' });
  plan = withApplication(plan, { id: 'c', objectiveId: 'o1', title: 'Trend analysis' });
  return plan;
}

describe('scheduleApplication', () => {
  it('creates pilot → refine → standardise → scale back to back with the default lengths', () => {
    const plan = scheduleApplication(threeApps(), 'b', '2027-03');
    expect(phasesOf(plan, 'b')).toEqual(['pilot 2027-03 ×3', 'refine 2027-06 ×2', 'standardise 2027-08 ×2', 'scale 2027-10 ×3']);
    expect(planSchema.safeParse(plan).success).toBe(true);
    expect(integrityProblems(plan)).toEqual([]);
  });

  it('refuses an unknown application or a malformed month, returning the same plan', () => {
    const plan = threeApps();
    expect(scheduleApplication(plan, 'nope', '2027-03')).toBe(plan);
    expect(scheduleApplication(plan, 'b', '2027-13')).toBe(plan);
    expect(scheduleApplication(plan, 'b', 'March')).toBe(plan);
  });

  it('moves an already scheduled application to the new start, keeping its phase lengths and never duplicating it', () => {
    let plan = resizePhase(threeApps(), 'a1', 'pilot', 4);
    plan = scheduleApplication(plan, 'a1', '2027-05');
    expect(plan.roadmap.schedules.filter((s) => s.applicationId === 'a1')).toHaveLength(1);
    expect(phasesOf(plan, 'a1')).toEqual(['pilot 2027-05 ×4', 'refine 2027-09 ×2', 'standardise 2027-11 ×2', 'scale 2028-01 ×3']);
  });

  it('returns the same plan when re-scheduled to where it already starts', () => {
    const plan = threeApps();
    expect(scheduleApplication(plan, 'a1', '2027-01')).toBe(plan);
  });
});

describe('unscheduleApplication', () => {
  it('takes the application off the roadmap and keeps its dependencies', () => {
    let plan = scheduleApplication(threeApps(), 'b', '2027-11');
    plan = addDependency(plan, { id: 'd1', fromId: 'a1', toId: 'b' });
    const next = unscheduleApplication(plan, 'b');
    expect(scheduleOf(next, 'b')).toBeUndefined();
    expect(next.roadmap.dependencies).toHaveLength(1);
    expect(unscheduleApplication(next, 'b')).toBe(next);
  });
});

describe('moveSchedule', () => {
  it('moves every phase by the same number of months, across a year boundary', () => {
    const plan = moveSchedule(threeApps(), 'a1', 11);
    expect(phasesOf(plan, 'a1')).toEqual(['pilot 2027-12 ×3', 'refine 2028-03 ×2', 'standardise 2028-05 ×2', 'scale 2028-07 ×3']);
  });

  it('moves earlier with a negative delta', () => {
    const plan = moveSchedule(threeApps(), 'a1', -2);
    expect(phasesOf(plan, 'a1')?.[0]).toBe('pilot 2026-11 ×3');
  });

  it('does nothing for a zero delta or an unscheduled application', () => {
    const plan = threeApps();
    expect(moveSchedule(plan, 'a1', 0)).toBe(plan);
    expect(moveSchedule(plan, 'b', 3)).toBe(plan);
  });
});

describe('resizePhase', () => {
  it('stretches a phase and shifts the later phases so they keep following', () => {
    const plan = resizePhase(threeApps(), 'a1', 'refine', 4);
    expect(phasesOf(plan, 'a1')).toEqual(['pilot 2027-01 ×3', 'refine 2027-04 ×4', 'standardise 2027-08 ×2', 'scale 2027-10 ×3']);
  });

  it('shrinks a phase and pulls the later phases in; the earlier ones stay', () => {
    const plan = resizePhase(threeApps(), 'a1', 'standardise', 1);
    expect(phasesOf(plan, 'a1')).toEqual(['pilot 2027-01 ×3', 'refine 2027-04 ×2', 'standardise 2027-06 ×1', 'scale 2027-07 ×3']);
  });

  it('keeps a gap the team left between phases', () => {
    let plan = setPhaseStart(threeApps(), 'a1', 'scale', '2027-12');
    plan = resizePhase(plan, 'a1', 'pilot', 5);
    expect(phasesOf(plan, 'a1')).toEqual(['pilot 2027-01 ×5', 'refine 2027-06 ×2', 'standardise 2027-08 ×2', 'scale 2028-02 ×3']);
  });

  it('never makes a phase shorter than one month, and rounds to whole months', () => {
    expect(phasesOf(resizePhase(threeApps(), 'a1', 'pilot', 0), 'a1')?.slice(0, 2)).toEqual(['pilot 2027-01 ×1', 'refine 2027-02 ×2']);
    expect(phasesOf(resizePhase(threeApps(), 'a1', 'pilot', -5), 'a1')?.[0]).toBe('pilot 2027-01 ×1');
    expect(phasesOf(resizePhase(threeApps(), 'a1', 'pilot', 4.4), 'a1')?.[0]).toBe('pilot 2027-01 ×4');
  });

  it('returns the same plan when the length is unchanged, the phase is missing or the application unscheduled', () => {
    const plan = threeApps();
    expect(resizePhase(plan, 'a1', 'pilot', 3)).toBe(plan);
    expect(resizePhase(plan, 'b', 'pilot', 5)).toBe(plan);
    expect(resizePhase(plan, 'a1', 'pilot', Number.NaN)).toBe(plan);
  });
});

describe('setPhaseStart', () => {
  it('moves one phase and the phases after it, leaving the earlier ones in place', () => {
    const plan = setPhaseStart(threeApps(), 'a1', 'refine', '2027-06');
    expect(phasesOf(plan, 'a1')).toEqual(['pilot 2027-01 ×3', 'refine 2027-06 ×2', 'standardise 2027-08 ×2', 'scale 2027-10 ×3']);
  });

  it('returns the same plan for the current start or a malformed month', () => {
    const plan = threeApps();
    expect(setPhaseStart(plan, 'a1', 'pilot', '2027-01')).toBe(plan);
    expect(setPhaseStart(plan, 'a1', 'pilot', '2027-1')).toBe(plan);
  });
});

describe('milestones', () => {
  it('are added, moved, renamed and deleted', () => {
    let plan = addMilestone(threeApps(), { id: 'm1', title: 'AI lead nominated', month: '2027-01' });
    plan = moveMilestone(plan, 'm1', '2027-02');
    plan = renameMilestone(plan, 'm1', 'AI lead named');
    expect(plan.roadmap.milestones).toEqual([{ id: 'm1', title: 'AI lead named', month: '2027-02' }]);
    plan = deleteMilestone(plan, 'm1');
    expect(plan.roadmap.milestones).toEqual([]);
  });

  it('refuse a duplicate id or a malformed month, and unchanged edits return the same plan', () => {
    const plan = addMilestone(threeApps(), { id: 'm1', title: 'Policy approved', month: '2027-03' });
    expect(addMilestone(plan, { id: 'm1', title: 'Again', month: '2027-04' })).toBe(plan);
    expect(addMilestone(plan, { id: 'm2', title: 'Bad', month: '2027-00' })).toBe(plan);
    expect(moveMilestone(plan, 'm1', '2027-03')).toBe(plan);
    expect(moveMilestone(plan, 'm1', 'soon')).toBe(plan);
    expect(renameMilestone(plan, 'm1', 'Policy approved')).toBe(plan);
    expect(deleteMilestone(plan, 'nope')).toBe(plan);
  });
});

describe('dependencies', () => {
  it('adds a finish-to-start dependency between two applications', () => {
    const plan = addDependency(threeApps(), { id: 'd1', fromId: 'a1', toId: 'b' });
    expect(plan.roadmap.dependencies).toEqual([{ id: 'd1', fromId: 'a1', toId: 'b' }]);
  });

  it('refuses an application depending on itself', () => {
    const plan = threeApps();
    expect(dependencyRefusal(plan, { fromId: 'b', toId: 'b' })).toBe('self');
    expect(addDependency(plan, { id: 'd1', fromId: 'b', toId: 'b' })).toBe(plan);
  });

  it('refuses an edge that would close a cycle, directly or through others', () => {
    let plan = addDependency(threeApps(), { id: 'd1', fromId: 'a1', toId: 'b' });
    plan = addDependency(plan, { id: 'd2', fromId: 'b', toId: 'c' });
    expect(dependencyRefusal(plan, { fromId: 'b', toId: 'a1' })).toBe('cycle');
    expect(dependencyRefusal(plan, { fromId: 'c', toId: 'a1' })).toBe('cycle');
    expect(addDependency(plan, { id: 'd3', fromId: 'c', toId: 'a1' })).toBe(plan);
    expect(dependencyRefusal(plan, { fromId: 'a1', toId: 'c' })).toBeNull();
    expect(DEPENDENCY_REFUSAL_MESSAGES.cycle).toMatch(/circle/);
  });

  it('refuses a duplicate edge, a reused id and an unknown application', () => {
    const plan = addDependency(threeApps(), { id: 'd1', fromId: 'a1', toId: 'b' });
    expect(dependencyRefusal(plan, { fromId: 'a1', toId: 'b' })).toBe('duplicate');
    expect(addDependency(plan, { id: 'd2', fromId: 'a1', toId: 'b' })).toBe(plan);
    expect(addDependency(plan, { id: 'd1', fromId: 'a1', toId: 'c' })).toBe(plan);
    expect(dependencyRefusal(plan, { fromId: 'a1', toId: 'ghost' })).toBe('unknown-application');
    expect(addDependency(plan, { id: 'd3', fromId: 'ghost', toId: 'b' })).toBe(plan);
  });

  it('are removed by id', () => {
    const plan = addDependency(threeApps(), { id: 'd1', fromId: 'a1', toId: 'b' });
    expect(removeDependency(plan, 'd1').roadmap.dependencies).toEqual([]);
    expect(removeDependency(plan, 'nope')).toBe(plan);
  });
});

describe('setHorizon', () => {
  it('changes the start and the length', () => {
    const plan = setHorizon(threeApps(), { start: '2027-04', months: 20 });
    expect(plan.meta).toMatchObject({ horizonStart: '2027-04', horizonMonths: 20 });
  });

  it('clamps the length to 12–24 whole months', () => {
    expect(setHorizon(threeApps(), { months: 6 }).meta.horizonMonths).toBe(12);
    expect(setHorizon(threeApps(), { months: 36 }).meta.horizonMonths).toBe(24);
    expect(setHorizon(threeApps(), { months: 14.6 }).meta.horizonMonths).toBe(15);
  });

  it('ignores a malformed start and returns the same plan when nothing changes', () => {
    const plan = threeApps();
    expect(setHorizon(plan, { start: '2027/04' })).toBe(plan);
    expect(setHorizon(plan, { start: '2027-01', months: 18 })).toBe(plan);
    expect(setHorizon(plan, {})).toBe(plan);
  });

  it('keeps schedules and milestones that now fall outside, for the rules to flag', () => {
    let plan = addMilestone(threeApps(), { id: 'm1', title: 'Review', month: '2028-03' });
    plan = scheduleApplication(plan, 'b', '2027-09');
    plan = setHorizon(plan, { start: '2027-02', months: 12 });
    expect(plan.roadmap.milestones).toHaveLength(1);
    expect(plan.roadmap.schedules).toHaveLength(2);
    expect(itemsOutsideHorizon(plan).map((w) => `${w.item.id} ${w.side}`)).toEqual(['a1 before', 'b after', 'm1 after']);
  });
});
