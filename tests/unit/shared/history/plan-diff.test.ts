import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../../shared/model';
import * as matrix from '../../../../shared/operations/matrix';
import { moveSchedule, scheduleApplication } from '../../../../shared/roadmap/schedule-ops';
import { applyDiff, diffPlans } from '../../../../shared/history/plan-diff';
import { planFromItems, planItems } from '../../../../shared/history/plan-items';
import { generatePlan } from '../../../fixtures/generate-plan';
import { examplePlanForTest } from '../plan-fixtures';
import { editsArb, planFromEdits } from './plan-edits';

const example = examplePlanForTest();
const generated = generatePlan({ pillars: 3, objectivesPerPillar: 3, applicationsPerObjective: 2, kpisPerApplication: 2, scheduled: true, startMonth: '2027-01', seed: 5 });

/** Each item's parent, sibling place and fields: a plan as a person reads it (how lists of different parents interleave aside). */
function shape(plan: Plan) {
  return new Map([...planItems(plan)].map(([key, item]) => [key, { parentKey: item.parentKey, index: item.index, fields: key === 'meta' ? { ...item.fields, updatedAt: '' } : item.fields }]));
}

describe('planItems', () => {
  it('keys every item by kind and id, with its parent, and the singleton parts by kind', () => {
    const items = planItems(example);
    const app = example.applications[0]!;
    expect(items.get(`application:${app.id}`)).toMatchObject({ kind: 'application', id: app.id, parentKey: `objective:${app.objectiveId}`, label: app.title, index: 0 });
    expect(items.get(`application:${app.id}`)!.fields).not.toHaveProperty('objectiveId');
    const kpi = example.kpis[0]!;
    expect(items.get(`kpi:${kpi.id}`)).toMatchObject({ parentKey: `application:${kpi.applicationId}`, label: kpi.name });
    expect(items.get(`schedule:${example.roadmap.schedules[0]!.applicationId}`)).toMatchObject({ kind: 'schedule', parentKey: null });
    for (const kind of ['meta', 'guidingQuestions', 'readiness', 'finance', 'governance', 'workshop']) expect(items.get(kind)).toMatchObject({ kind, id: null });
    expect(items.size).toBe(
      6 + example.pillars.length + example.objectives.length + example.applications.length + example.kpis.length +
        example.roadmap.schedules.length + example.roadmap.milestones.length + example.roadmap.dependencies.length + example.acknowledgements.length,
    );
  });

  it('gives back an equal plan through planFromItems, for any edited plan', () => {
    fc.assert(
      fc.property(fc.constantFrom(example, generated), editsArb, (base, edits) => {
        const plan = planFromEdits(base, edits, 'x');
        expect(planFromItems(planItems(plan).values(), plan)).toEqual(plan);
      }),
      { numRuns: 150, seed: 20 },
    );
  });
});

describe('diffPlans', () => {
  const [first, second] = example.applications;

  it('finds nothing between a plan and itself', () => {
    expect(diffPlans(example, example)).toEqual({ items: [], counts: { added: 0, removed: 0, moved: 0, rescheduled: 0, changed: 0 } });
  });

  it('tells added, removed, changed (with dotted paths, before and after), moved and rescheduled items apart, each under its pillar', () => {
    let after = matrix.addApplication(example, { id: 'new-app', objectiveId: first!.objectiveId, title: 'Invoice matching' });
    after = matrix.deleteKpi(after, example.kpis[0]!.id);
    after = matrix.updateApplication(after, second!.id, { title: 'Renamed', value: { ...second!.value, oneOff: { ...second!.value.oneOff, pilot: 5000 } } });
    after = matrix.moveApplication(after, first!.id, example.objectives[1]!.id, 0);
    after = moveSchedule(after, second!.id, 2);
    after = { ...after, meta: { ...after.meta, updatedAt: '2030-01-01T00:00:00.000Z' } };
    const diff = diffPlans(example, after);
    const byKey = new Map(diff.items.map((i) => [i.key, i]));
    expect(byKey.get('application:new-app')).toMatchObject({ changes: ['added'], label: 'Invoice matching', pillarKey: `pillar:${example.objectives.find((o) => o.id === first!.objectiveId)!.pillarId}` });
    expect(byKey.get(`kpi:${example.kpis[0]!.id}`)).toMatchObject({ changes: ['removed'], label: example.kpis[0]!.name });
    const changed = byKey.get(`application:${second!.id}`)!;
    expect(changed.changes).toEqual(['changed']);
    expect(changed.fields).toEqual(
      expect.arrayContaining([
        { path: 'title', before: second!.title, after: 'Renamed' },
        { path: 'value.oneOff.pilot', before: second!.value.oneOff.pilot, after: 5000 },
      ]),
    );
    expect(byKey.get(`application:${first!.id}`)).toMatchObject({ changes: ['moved'], parentBefore: `objective:${first!.objectiveId}`, parentAfter: `objective:${example.objectives[1]!.id}` });
    expect(byKey.get(`schedule:${second!.id}`)).toMatchObject({ changes: ['rescheduled'], kind: 'schedule', label: 'Renamed' });
    expect(byKey.has('meta')).toBe(false);
    expect(diff.counts).toEqual({ added: 1, removed: 1, moved: 1, rescheduled: 1, changed: 1 });
  });

  it('moves only the dragged item on a reorder, and nobody on an insertion', () => {
    const pillars = example.pillars.map((p) => p.id);
    const reordered = matrix.movePillar(example, pillars[3]!, 0);
    expect(diffPlans(example, reordered).items.map((i) => [i.key, i.changes])).toEqual([[`pillar:${pillars[3]}`, ['moved']]]);
    const inserted = matrix.addPillar(example, { id: 'p-new', title: 'People' }, 0);
    expect(diffPlans(example, inserted).items.map((i) => [i.key, i.changes])).toEqual([['pillar:p-new', ['added']]]);
  });

  it('applied to the first plan gives the second, for any two edited plans', () => {
    fc.assert(
      fc.property(fc.constantFrom(example, generated), editsArb, editsArb, (base, left, right) => {
        const a = planFromEdits(base, left, 'a');
        const b = planFromEdits(base, right, 'b');
        expect(shape(applyDiff(a, diffPlans(a, b)))).toEqual(shape(b));
      }),
      { numRuns: 150, seed: 21 },
    );
  });

  it('reports a first schedule as added and a new phase plan as rescheduled', () => {
    const app = example.applications.find((a) => !example.roadmap.schedules.some((s) => s.applicationId === a.id));
    const target = app ?? matrix.addApplication(example, { id: 'unscheduled', objectiveId: null, title: 'Later' }).applications.at(-1)!;
    const base = app ? example : matrix.addApplication(example, { id: 'unscheduled', objectiveId: null, title: 'Later' });
    const scheduled = scheduleApplication(base, target.id, '2027-03');
    expect(diffPlans(base, scheduled).items.find((i) => i.kind === 'schedule')).toMatchObject({ changes: ['added'], key: `schedule:${target.id}` });
  });
});
