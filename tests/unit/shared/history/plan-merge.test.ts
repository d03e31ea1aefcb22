import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../../shared/model';
import * as matrix from '../../../../shared/operations/matrix';
import { addDependency } from '../../../../shared/roadmap/schedule-ops';
import { integrityProblems } from '../../../../shared/plan-integrity';
import { mergePlans, resolveMerge } from '../../../../shared/history/plan-merge';
import { listSnapshots, takeSnapshot } from '../../../../shared/history/snapshots';
import { examplePlanForTest } from '../plan-fixtures';

const base = examplePlanForTest();
const [app0, app1, app2] = base.applications;
const appTitle = (plan: Plan, id: string) => plan.applications.find((a) => a.id === id)?.title;

function merged(result: ReturnType<typeof resolveMerge>): Plan {
  if (result.status !== 'merged') throw new Error(result.problems.join('\n'));
  return result.plan;
}

describe('mergePlans', () => {
  it('merges two copies edited apart: one field conflict (the retitled application), the rest taken from each side', () => {
    // Ours renames a pillar, adds an application and retitles X "A"; theirs changes a KPI target, deletes an objective and retitles X "B".
    let ours = matrix.updatePillar(base, base.pillars[0]!.id, { title: 'Growth' });
    ours = matrix.addApplication(ours, { id: 'ours-app', objectiveId: base.objectives[0]!.id, title: 'Lead scoring' });
    ours = matrix.updateApplication(ours, app1!.id, { title: 'A' });
    const kpi = base.kpis.find((k) => k.applicationId === app0!.id)!;
    let theirs = matrix.updateKpi(base, kpi.id, { target: 30 });
    theirs = matrix.deleteObjective(theirs, app2!.objectiveId!);
    theirs = matrix.updateApplication(theirs, app1!.id, { title: 'B' });

    const result = mergePlans(base, ours, theirs);
    expect(result.problems).toEqual([]);
    expect(result.conflicts).toEqual([
      { key: `application:${app1!.id}`, kind: 'application', label: 'A', conflict: 'field', path: 'title', base: app1!.title, ours: 'A', theirs: 'B' },
    ]);
    const plan = result.plan;
    expect(plan.pillars[0]!.title).toBe('Growth');
    expect(appTitle(plan, 'ours-app')).toBe('Lead scoring');
    expect(plan.kpis.find((k) => k.id === kpi.id)!.target).toBe(30);
    expect(plan.objectives.some((o) => o.id === app2!.objectiveId)).toBe(false);
    expect(appTitle(plan, app2!.id)).toBeUndefined();
    expect(appTitle(plan, app1!.id)).toBe('A');
    expect(integrityProblems(plan)).toEqual([]);
    expect(plan.documentId).toBe(ours.documentId);

    const chosen = merged(resolveMerge(result, { 0: 'theirs' }));
    expect(appTitle(chosen, app1!.id)).toBe('B');
    expect(chosen.pillars[0]!.title).toBe('Growth');
  });

  it('lists an item deleted by theirs and edited by ours as a conflict, keeping ours’ edit by default and deleting it on their choice', () => {
    const ours = matrix.updateApplication(base, app0!.id, { owner: 'Ana' });
    const theirs = matrix.deleteApplication(base, app0!.id);
    const result = mergePlans(base, ours, theirs);
    expect(result.conflicts.map((c) => [c.conflict, c.key])).toEqual([['delete-edit', `application:${app0!.id}`]]);
    expect(result.conflicts[0]).toMatchObject({ ours: expect.objectContaining({ owner: 'Ana' }), theirs: null });
    expect(appTitle(result.plan, app0!.id)).toBe(app0!.title);
    const deleted = merged(resolveMerge(result, [ 'theirs' ]));
    expect(appTitle(deleted, app0!.id)).toBeUndefined();
    expect(deleted.kpis.some((k) => k.applicationId === app0!.id)).toBe(false);
  });

  it('keeps ours’ deletion of an item theirs edited by default, and lists it, never losing it silently', () => {
    const ours = matrix.deleteApplication(base, app0!.id);
    const theirs = matrix.updateApplication(base, app0!.id, { owner: 'Bảo' });
    const result = mergePlans(base, ours, theirs);
    expect(result.conflicts.map((c) => [c.conflict, c.key])).toEqual([['delete-edit', `application:${app0!.id}`]]);
    expect(appTitle(result.plan, app0!.id)).toBeUndefined();
    const kept = merged(resolveMerge(result, ['theirs']));
    expect(kept.applications.find((a) => a.id === app0!.id)!.owner).toBe('Bảo');
  });

  it('lists an item moved to different parents on both sides as a move-move conflict', () => {
    const ours = matrix.moveApplication(base, app0!.id, base.objectives[1]!.id, 0);
    const theirs = matrix.moveApplication(base, app0!.id, base.objectives[2]!.id, 0);
    const result = mergePlans(base, ours, theirs);
    expect(result.conflicts).toEqual([
      expect.objectContaining({ conflict: 'move-move', key: `application:${app0!.id}`, base: `objective:${app0!.objectiveId}`, ours: `objective:${base.objectives[1]!.id}`, theirs: `objective:${base.objectives[2]!.id}` }),
    ]);
    expect(result.plan.applications.find((a) => a.id === app0!.id)!.objectiveId).toBe(base.objectives[1]!.id);
    expect(merged(resolveMerge(result, ['theirs'])).applications.find((a) => a.id === app0!.id)!.objectiveId).toBe(base.objectives[2]!.id);
  });

  it('brings back an application theirs deleted when ours gave it a new KPI, as a conflict on the application', () => {
    const ours = matrix.addKpi(base, { id: 'new-kpi', applicationId: app0!.id, name: 'Leads per week' });
    const theirs = matrix.deleteApplication(base, app0!.id);
    const result = mergePlans(base, ours, theirs);
    expect(result.conflicts.map((c) => [c.conflict, c.key])).toEqual([['delete-edit', `application:${app0!.id}`]]);
    expect(result.plan.kpis.some((k) => k.id === 'new-kpi')).toBe(true);
    expect(integrityProblems(result.plan)).toEqual([]);
    const theirChoice = merged(resolveMerge(result, ['theirs']));
    expect(theirChoice.kpis.some((k) => k.id === 'new-kpi')).toBe(false);
    expect(integrityProblems(theirChoice)).toEqual([]);
  });

  it('does not let dependencies added on each side close a cycle: theirs’ half is a conflict, and choosing it is refused as invalid', () => {
    const ours = addDependency(base, { id: 'dep-ours', fromId: app1!.id, toId: app2!.id });
    const theirs = addDependency(base, { id: 'dep-theirs', fromId: app2!.id, toId: app1!.id });
    const result = mergePlans(base, ours, theirs);
    expect(result.conflicts.map((c) => [c.conflict, c.key])).toEqual([['delete-edit', 'dependency:dep-theirs']]);
    expect(result.plan.roadmap.dependencies.map((d) => d.id)).toContain('dep-ours');
    expect(result.plan.roadmap.dependencies.map((d) => d.id)).not.toContain('dep-theirs');
    const refused = resolveMerge(result, ['theirs']);
    expect(refused.status).toBe('invalid');
    expect(refused.status === 'invalid' && refused.problems.join(' ')).toMatch(/→/);
  });

  it('without a base treats every difference as a conflict', () => {
    const ours = matrix.updatePillar(base, base.pillars[0]!.id, { title: 'Ours' });
    const theirs = matrix.addPillar(base, { id: 'p-theirs', title: 'Theirs' });
    const result = mergePlans(null, ours, theirs);
    expect(result.conflicts.map((c) => [c.conflict, c.key, c.path])).toEqual([
      ['field', `pillar:${base.pillars[0]!.id}`, 'title'],
      ['delete-edit', 'pillar:p-theirs', null],
    ]);
    const all = merged(resolveMerge(result, ['theirs', 'theirs']));
    expect(all.pillars.map((p) => p.title)).toContain('Theirs');
    expect(all.pillars[0]!.title).toBe(base.pillars[0]!.title);
  });

  it('keeps both histories’ snapshots, by id', () => {
    const shared = takeSnapshot(base, { id: 'shared', name: 'Off-site v1', takenAt: '2027-01-01T00:00:00.000Z' });
    const ours = takeSnapshot(matrix.updatePillar(shared, base.pillars[0]!.id, { title: 'Ours' }), { id: 'ours-1', name: 'Ours', takenAt: '2027-02-01T00:00:00.000Z' });
    const theirs = takeSnapshot(matrix.updatePillar(shared, base.pillars[1]!.id, { title: 'Theirs' }), { id: 'theirs-1', name: 'Theirs', takenAt: '2027-01-15T00:00:00.000Z' });
    const result = mergePlans(shared, ours, theirs);
    expect(listSnapshots(result.plan).map((s) => s.id)).toEqual(['shared', 'theirs-1', 'ours-1']);
    const unrelated = mergePlans(null, ours, { ...theirs, documentId: 'another-plan' });
    expect(listSnapshots(unrelated.plan).map((s) => s.id)).toEqual(['shared', 'ours-1']);
  });
});
