import { describe, expect, it } from 'vitest';
import {
  addApplication,
  addKpi,
  addObjective,
  addPillar,
  deleteApplication,
  deleteObjective,
  deletePillar,
  deleteKpi,
  integrityProblems,
  moveApplication,
  moveKpi,
  moveObjective,
  movePillar,
  updateApplication,
  updatePillar,
  updateMeta,
  type Plan,
} from '../../../shared';
import { blankPlanForTest, examplePlanForTest } from './plan-fixtures';

const titles = (items: readonly { title: string }[]) => items.map((i) => i.title);

/** A blank plan with pillars P1, P2, objectives O1a, O1b under P1 and O2a under P2, apps under O1a. */
function smallPlan(): Plan {
  let plan = blankPlanForTest();
  plan = addPillar(plan, { id: 'P1', title: 'Pillar 1' });
  plan = addPillar(plan, { id: 'P2', title: 'Pillar 2' });
  plan = addObjective(plan, { id: 'O1a', pillarId: 'P1', title: 'O1a' });
  plan = addObjective(plan, { id: 'O2a', pillarId: 'P2', title: 'O2a' });
  plan = addObjective(plan, { id: 'O1b', pillarId: 'P1', title: 'O1b' });
  plan = addApplication(plan, { id: 'A1', objectiveId: 'O1a', title: 'A1' });
  plan = addApplication(plan, { id: 'A2', objectiveId: 'O1a', title: 'A2' });
  plan = addApplication(plan, { id: 'A3', objectiveId: null, title: 'Idea' });
  plan = addKpi(plan, { id: 'K1', applicationId: 'A1', name: 'K1' });
  plan = addKpi(plan, { id: 'K2', applicationId: 'A1', name: 'K2' });
  return plan;
}
const objectivesOf = (plan: Plan, pillarId: string) => plan.objectives.filter((o) => o.pillarId === pillarId).map((o) => o.id);
const appsOf = (plan: Plan, objectiveId: string | null) => plan.applications.filter((a) => a.objectiveId === objectiveId).map((a) => a.id);
const kpisOf = (plan: Plan, applicationId: string) => plan.kpis.filter((k) => k.applicationId === applicationId).map((k) => k.id);

describe('adding', () => {
  it('adds at every level, keeping siblings in order', () => {
    const plan = smallPlan();
    expect(titles(plan.pillars)).toEqual(['Pillar 1', 'Pillar 2']);
    expect(objectivesOf(plan, 'P1')).toEqual(['O1a', 'O1b']);
    expect(appsOf(plan, 'O1a')).toEqual(['A1', 'A2']);
    expect(appsOf(plan, null)).toEqual(['A3']);
    expect(kpisOf(plan, 'A1')).toEqual(['K1', 'K2']);
    expect(integrityProblems(plan)).toEqual([]);
  });

  it('inserts at a given sibling index', () => {
    const plan = addObjective(smallPlan(), { id: 'O1c', pillarId: 'P1', title: 'O1c' }, 1);
    expect(objectivesOf(plan, 'P1')).toEqual(['O1a', 'O1c', 'O1b']);
  });

  it('gives a new application every default DOMAIN.md lists', () => {
    const app = smallPlan().applications[0]!;
    expect(app).toMatchObject({ category: 'other', approach: 'off-the-shelf', impact: 3, feasibility: 3, status: 'idea', starter: false });
    expect(app.dimensions.societal.level).toBe('not-considered');
  });

  it('refuses a child of a parent that does not exist', () => {
    const plan = smallPlan();
    expect(addObjective(plan, { id: 'X', pillarId: 'nope', title: 'X' })).toBe(plan);
    expect(addApplication(plan, { id: 'X', objectiveId: 'nope', title: 'X' })).toBe(plan);
    expect(addKpi(plan, { id: 'X', applicationId: 'nope', name: 'X' })).toBe(plan);
  });
});

describe('updating', () => {
  it('renames and returns the same plan when nothing changes', () => {
    const plan = smallPlan();
    const renamed = updatePillar(plan, 'P1', { title: 'Growth' });
    expect(renamed.pillars[0]!.title).toBe('Growth');
    expect(plan.pillars[0]!.title).toBe('Pillar 1');
    expect(updatePillar(renamed, 'P1', { title: 'Growth' })).toBe(renamed);
    expect(updatePillar(plan, 'missing', { title: 'x' })).toBe(plan);
  });

  it('updates application attributes', () => {
    const plan = updateApplication(smallPlan(), 'A1', { impact: 5, owner: 'Ana' });
    expect(plan.applications[0]).toMatchObject({ impact: 5, owner: 'Ana' });
  });

  it('clamps the horizon to 12–24 months', () => {
    expect(updateMeta(smallPlan(), { horizonMonths: 40 }).meta.horizonMonths).toBe(24);
    expect(updateMeta(smallPlan(), { horizonMonths: 3 }).meta.horizonMonths).toBe(12);
  });
});

describe('deleting', () => {
  it('removes a pillar with its objectives, applications, KPIs and roadmap entries', () => {
    const plan = examplePlanForTest();
    const pillar = plan.pillars[0]!;
    const objective = plan.objectives.find((o) => o.pillarId === pillar.id)!;
    const app = plan.applications.find((a) => a.objectiveId === objective.id)!;
    const next = deletePillar(plan, pillar.id);
    expect(next.pillars).toHaveLength(3);
    expect(next.objectives.some((o) => o.id === objective.id)).toBe(false);
    expect(next.applications.some((a) => a.id === app.id)).toBe(false);
    expect(next.kpis.some((k) => k.applicationId === app.id)).toBe(false);
    expect(next.roadmap.schedules.some((s) => s.applicationId === app.id)).toBe(false);
    expect(next.roadmap.dependencies.some((d) => d.fromId === app.id || d.toId === app.id)).toBe(false);
    expect(integrityProblems(next)).toEqual([]);
  });

  it('removes an objective with its applications but leaves other objectives alone', () => {
    const next = deleteObjective(smallPlan(), 'O1a');
    expect(next.applications.map((a) => a.id)).toEqual(['A3']);
    expect(next.kpis).toEqual([]);
    expect(objectivesOf(next, 'P1')).toEqual(['O1b']);
  });

  it('removes an application with its KPIs and a KPI alone', () => {
    expect(deleteApplication(smallPlan(), 'A1').kpis).toEqual([]);
    expect(deleteKpi(smallPlan(), 'K1').kpis.map((k) => k.id)).toEqual(['K2']);
  });
});

describe('moving', () => {
  it('reorders pillars', () => {
    expect(movePillar(smallPlan(), 'P2', 0).pillars.map((p) => p.id)).toEqual(['P2', 'P1']);
    const plan = smallPlan();
    expect(movePillar(plan, 'P1', 0)).toBe(plan);
  });

  it('moves an objective to another pillar at an index, keeping its applications', () => {
    const next = moveObjective(smallPlan(), 'O1a', 'P2', 0);
    expect(objectivesOf(next, 'P2')).toEqual(['O1a', 'O2a']);
    expect(objectivesOf(next, 'P1')).toEqual(['O1b']);
    expect(appsOf(next, 'O1a')).toEqual(['A1', 'A2']);
  });

  it('moves an application to an objective in another pillar, and back to the tray', () => {
    const moved = moveApplication(smallPlan(), 'A2', 'O2a', 0);
    expect(appsOf(moved, 'O2a')).toEqual(['A2']);
    expect(appsOf(moved, 'O1a')).toEqual(['A1']);
    const tray = moveApplication(moved, 'A2', null, 0);
    expect(appsOf(tray, null)).toEqual(['A2', 'A3']);
  });

  it('reorders within the same parent without touching other items', () => {
    const plan = smallPlan();
    const next = moveApplication(plan, 'A2', 'O1a', 0);
    expect(appsOf(next, 'O1a')).toEqual(['A2', 'A1']);
    expect(next.applications.find((a) => a.id === 'A3')).toBe(plan.applications.find((a) => a.id === 'A3'));
  });

  it('moves a KPI between applications', () => {
    const next = moveKpi(smallPlan(), 'K2', 'A2', 0);
    expect(kpisOf(next, 'A2')).toEqual(['K2']);
    expect(kpisOf(next, 'A1')).toEqual(['K1']);
  });

  it('clamps an index past the end to the end', () => {
    expect(objectivesOf(moveObjective(smallPlan(), 'O1a', 'P1', 99), 'P1')).toEqual(['O1b', 'O1a']);
  });

  it('never duplicates or loses an item, whatever the sequence of moves', () => {
    let plan = smallPlan();
    const moves: [string, string | null, number][] = [['A1', 'O2a', 0], ['A3', 'O1b', 0], ['A2', null, 5], ['A1', 'O1a', 0], ['A3', 'O2a', 1]];
    for (const [id, to, index] of moves) plan = moveApplication(plan, id, to, index);
    expect(plan.applications.map((a) => a.id).sort()).toEqual(['A1', 'A2', 'A3']);
    expect(integrityProblems(plan)).toEqual([]);
  });

  it('refuses a move to a parent that does not exist, or of the wrong level', () => {
    const plan = smallPlan();
    expect(moveObjective(plan, 'O1a', 'O2a', 0)).toBe(plan);
    expect(moveApplication(plan, 'A1', 'P2', 0)).toBe(plan);
    expect(moveKpi(plan, 'K1', 'O1a', 0)).toBe(plan);
    expect(moveKpi(plan, 'K1', 'K2', 0)).toBe(plan);
  });
});
