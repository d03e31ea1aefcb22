import { describe, expect, it } from 'vitest';
import {
  backwardsDependencies,
  crowdedEarlyQuarters,
  horizonMonths,
  itemsOutsideHorizon,
  pilotsStartingPerQuarter,
  quarterKey,
  roadmapBounds,
  roadmapWarnings,
  scaleBeforePilot,
} from '../../../../shared/roadmap/roadmap-rules';
import { addDependency, addMilestone, scheduleApplication, setHorizon, setPhaseStart } from '../../../../shared/roadmap/schedule-ops';
import type { Plan } from '../../../../shared/model';
import { healthyPlan, withApplication } from '../checks/plan-builder';

/** The healthy plan (a1 scheduled from 2027-01) plus unscheduled applications b, c, d, e. */
function fiveApps(): Plan {
  let plan = healthyPlan();
  for (const id of ['b', 'c', 'd', 'e']) plan = withApplication(plan, { id, objectiveId: 'o1', title: `App ${id}` });
  return plan;
}

describe('horizonMonths and roadmapBounds', () => {
  it('list every month of the horizon with its label and quarter', () => {
    const months = horizonMonths(setHorizon(healthyPlan(), { start: '2027-11', months: 12 }));
    expect(months).toHaveLength(12);
    expect(months[0]).toEqual({ month: '2027-11', offset: 0, label: 'Nov 2027', quarter: 'Q4 2027' });
    expect(months[11]).toEqual({ month: '2028-10', offset: 11, label: 'Oct 2028', quarter: 'Q4 2028' });
  });

  it('group the months by calendar quarter, with partial quarters at either end', () => {
    const bounds = roadmapBounds(setHorizon(healthyPlan(), { start: '2027-02', months: 12 }));
    expect(bounds).toMatchObject({ start: '2027-02', last: '2028-01', end: '2028-02' });
    expect(bounds.endIndex - bounds.startIndex).toBe(12);
    expect(bounds.quarters.map((q) => `${q.label} ${q.firstMonth} +${q.offset} ×${q.months}`)).toEqual([
      'Q1 2027 2027-02 +0 ×2',
      'Q2 2027 2027-04 +2 ×3',
      'Q3 2027 2027-07 +5 ×3',
      'Q4 2027 2027-10 +8 ×3',
      'Q1 2028 2028-01 +11 ×1',
    ]);
  });

  it('fits a 24-month horizon into eight whole quarters when it starts in January', () => {
    const bounds = roadmapBounds(setHorizon(healthyPlan(), { months: 24 }));
    expect(bounds.quarters).toHaveLength(8);
    expect(bounds.quarters.every((q) => q.months === 3)).toBe(true);
    expect(quarterKey('2027-12')).toBe('2027-Q4');
  });
});

describe('pilotsStartingPerQuarter', () => {
  it('lists every quarter of the horizon in order with the pilots starting in it, by start month', () => {
    let plan = scheduleApplication(fiveApps(), 'c', '2027-05');
    plan = scheduleApplication(plan, 'b', '2027-04');
    plan = scheduleApplication(plan, 'd', '2027-03');
    const quarters = pilotsStartingPerQuarter(plan);
    expect(quarters).toHaveLength(6);
    expect(quarters.slice(0, 3)).toEqual([
      { quarter: 'Q1 2027', key: '2027-Q1', firstMonth: '2027-01', applicationIds: ['a1', 'd'] },
      { quarter: 'Q2 2027', key: '2027-Q2', firstMonth: '2027-04', applicationIds: ['b', 'c'] },
      { quarter: 'Q3 2027', key: '2027-Q3', firstMonth: '2027-07', applicationIds: [] },
    ]);
  });

  it('orders pilots starting in the same month by the matrix order and leaves out pilots outside the horizon', () => {
    let plan = scheduleApplication(fiveApps(), 'c', '2027-01');
    plan = scheduleApplication(plan, 'b', '2027-01');
    plan = scheduleApplication(plan, 'e', '2026-12');
    expect(pilotsStartingPerQuarter(plan)[0]!.applicationIds).toEqual(['a1', 'b', 'c']);
    expect(pilotsStartingPerQuarter(plan).flatMap((q) => q.applicationIds)).not.toContain('e');
  });
});

describe('scaleBeforePilot', () => {
  it('flags a scale phase that starts while the pilot is still running', () => {
    const plan = setPhaseStart(healthyPlan(), 'a1', 'scale', '2027-03');
    expect(scaleBeforePilot(plan)).toEqual([{ rule: 'scale-before-pilot', applicationId: 'a1', scaleStart: '2027-03', pilotLastMonth: '2027-03' }]);
  });

  it('accepts scale starting the month after the pilot ends', () => {
    expect(scaleBeforePilot(setPhaseStart(healthyPlan(), 'a1', 'scale', '2027-04'))).toEqual([]);
    expect(scaleBeforePilot(healthyPlan())).toEqual([]);
  });
});

describe('backwardsDependencies', () => {
  it('flags a dependent that starts before its predecessor has finished', () => {
    let plan = scheduleApplication(fiveApps(), 'b', '2027-10');
    plan = addDependency(plan, { id: 'd1', fromId: 'a1', toId: 'b' });
    expect(backwardsDependencies(plan)).toEqual([
      { rule: 'dependency-backwards', dependencyId: 'd1', fromId: 'a1', toId: 'b', dependentStart: '2027-10', predecessorLastMonth: '2027-10' },
    ]);
  });

  it('accepts a dependent starting right after its predecessor ends, and ignores unscheduled ends', () => {
    let plan = addDependency(fiveApps(), { id: 'd1', fromId: 'a1', toId: 'b' });
    expect(backwardsDependencies(plan)).toEqual([]);
    plan = scheduleApplication(plan, 'b', '2027-11');
    expect(backwardsDependencies(plan)).toEqual([]);
  });
});

describe('itemsOutsideHorizon', () => {
  it('flags a schedule that runs past the end, one that starts before, and a milestone past the end', () => {
    let plan = scheduleApplication(fiveApps(), 'b', '2028-04');
    plan = scheduleApplication(plan, 'c', '2026-11');
    plan = addMilestone(plan, { id: 'm1', title: 'Review', month: '2028-07' });
    plan = addMilestone(plan, { id: 'm2', title: 'Last month', month: '2028-06' });
    expect(itemsOutsideHorizon(plan)).toEqual([
      { rule: 'outside-horizon', item: { kind: 'application', id: 'b' }, side: 'after' },
      { rule: 'outside-horizon', item: { kind: 'application', id: 'c' }, side: 'before' },
      { rule: 'outside-horizon', item: { kind: 'milestone', id: 'm1' }, side: 'after' },
    ]);
  });

  it('accepts items that end exactly on the horizon’s last month', () => {
    const plan = scheduleApplication(fiveApps(), 'b', '2027-09');
    expect(itemsOutsideHorizon(plan)).toEqual([]);
  });
});

describe('crowdedEarlyQuarters', () => {
  it('flags more than two pilots starting in one quarter of the first six months', () => {
    let plan = scheduleApplication(fiveApps(), 'b', '2027-02');
    plan = scheduleApplication(plan, 'c', '2027-03');
    expect(crowdedEarlyQuarters(plan)).toEqual([{ rule: 'crowded-quarter', quarter: 'Q1 2027', key: '2027-Q1', applicationIds: ['a1', 'b', 'c'] }]);
  });

  it('accepts two pilots per quarter early on, and any number later in the plan', () => {
    let plan = scheduleApplication(fiveApps(), 'b', '2027-02');
    plan = scheduleApplication(plan, 'c', '2027-07');
    plan = scheduleApplication(plan, 'd', '2027-08');
    plan = scheduleApplication(plan, 'e', '2027-09');
    expect(crowdedEarlyQuarters(plan)).toEqual([]);
  });

  it('counts only the early months of a quarter that straddles month six', () => {
    let plan = setHorizon(fiveApps(), { start: '2027-02' });
    plan = scheduleApplication(plan, 'a1', '2027-07');
    plan = scheduleApplication(plan, 'b', '2027-07');
    plan = scheduleApplication(plan, 'c', '2027-08');
    expect(crowdedEarlyQuarters(plan)).toEqual([]);
    plan = scheduleApplication(plan, 'c', '2027-07');
    expect(crowdedEarlyQuarters(plan).map((w) => w.key)).toEqual(['2027-Q3']);
  });
});

describe('roadmapWarnings', () => {
  it('is empty for a well-paced roadmap and collects every rule otherwise', () => {
    expect(roadmapWarnings(healthyPlan())).toEqual([]);
    let plan = setPhaseStart(fiveApps(), 'a1', 'scale', '2027-02');
    plan = addMilestone(plan, { id: 'm1', title: 'Late', month: '2029-01' });
    expect(roadmapWarnings(plan).map((w) => w.rule)).toEqual(['scale-before-pilot', 'outside-horizon']);
  });
});
