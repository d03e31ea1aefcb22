import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../../shared/model';
import * as matrix from '../../../../shared/operations/matrix';
import { loadPlanFromText, serialisePlan } from '../../../../shared/plan-load';
import { HISTORY_CAPS } from '../../../../shared/schema/history-schema';
import { commonBase, deleteSnapshot, HistoryError, listSnapshots, restoreSnapshot, snapshotPlan, takeSnapshot } from '../../../../shared/history/snapshots';
import { HISTORY_HOSTILE_FIXTURES } from '../../../fixtures/history-fixtures';
import { HOSTILE_DIR } from '../../../fixtures/fixture-files';
import { examplePlanForTest } from '../plan-fixtures';

const at = (day: number) => `2027-01-${String(day).padStart(2, '0')}T09:00:00.000Z`;
const withoutHistory = ({ history: _history, ...rest }: Plan) => rest;

function load(text: string): Plan {
  const result = loadPlanFromText(text);
  if (!result.ok) throw new Error(`${result.error.message} ${result.error.details.join('; ')}`);
  return result.plan;
}

function materialised(plan: Plan, id: string): Plan {
  const result = snapshotPlan(plan, id);
  if (result.status !== 'ok') throw new Error(result.message);
  return result.plan;
}

/** The example, snapshotted after each of four edits: the states and the plan holding them. */
function planWithFourSnapshots() {
  const states: Plan[] = [];
  let plan = examplePlanForTest();
  const edits: ((p: Plan) => Plan)[] = [
    (p) => p,
    (p) => matrix.updatePillar(p, p.pillars[0]!.id, { title: 'Grow customers' }),
    (p) => matrix.addApplication(p, { id: 'app-new', objectiveId: p.objectives[0]!.id, title: 'Invoice matching' }),
    (p) => matrix.deleteKpi(matrix.movePillar(p, p.pillars[3]!.id, 0), p.kpis[0]!.id),
  ];
  edits.forEach((edit, i) => {
    plan = edit(plan);
    states.push(plan);
    plan = takeSnapshot(plan, { id: `s${i + 1}`, name: `Review ${i + 1}`, note: i === 0 ? 'Approved at the off-site' : '', takenAt: at(i + 1) });
  });
  return { plan, states };
}

describe('snapshots', () => {
  it('are listed with their names, notes and dates, and each reads back as the plan it was', () => {
    const { plan, states } = planWithFourSnapshots();
    expect(listSnapshots(plan)).toEqual([1, 2, 3, 4].map((n) => ({ id: `s${n}`, name: `Review ${n}`, note: n === 1 ? 'Approved at the off-site' : '', takenAt: at(n), version: 4 })));
    states.forEach((state, i) => expect(withoutHistory(materialised(plan, `s${i + 1}`))).toEqual(withoutHistory(state)));
  });

  it('store the first whole and each later one as what changed since the one before', () => {
    const { plan } = planWithFourSnapshots();
    const [first, ...later] = plan.history.snapshots;
    expect(first!.base).toBe('full');
    later.forEach((s, i) => expect(s.base).toBe(plan.history.snapshots[i]!.id));
    expect(JSON.stringify(later[0]!.data).length).toBeLessThan(JSON.stringify(first!.data).length / 20);
  });

  it('survive saving and opening: the same states, and the same bytes when saved again', () => {
    const { plan, states } = planWithFourSnapshots();
    const text = serialisePlan(plan);
    const reopened = load(text);
    expect(serialisePlan(reopened)).toBe(text);
    states.forEach((state, i) => expect(withoutHistory(materialised(reopened, `s${i + 1}`))).toEqual(withoutHistory(state)));
  });

  it('restore as the plan was, keeping the current state as a snapshot first', () => {
    const { plan, states } = planWithFourSnapshots();
    const edited = matrix.updatePillar(plan, plan.pillars[0]!.id, { title: 'Edited after review 4' });
    const restored = restoreSnapshot(edited, 's2', { id: 's5', name: 'Before restoring Review 2', takenAt: at(9) });
    expect(withoutHistory(restored)).toEqual(withoutHistory(states[1]!));
    expect(listSnapshots(restored).map((s) => s.name)).toEqual(['Review 1', 'Review 2', 'Review 3', 'Review 4', 'Before restoring Review 2']);
    expect(withoutHistory(materialised(restored, 's5'))).toEqual(withoutHistory(edited));
  });

  it('can be deleted, the next one re-stored so that every other state stays as it was', () => {
    const { plan, states } = planWithFourSnapshots();
    const withoutSecond = deleteSnapshot(plan, 's2');
    expect(listSnapshots(withoutSecond).map((s) => s.id)).toEqual(['s1', 's3', 's4']);
    expect(withoutSecond.history.snapshots[1]!.base).toBe('s1');
    [0, 2, 3].forEach((i) => expect(withoutHistory(materialised(load(serialisePlan(withoutSecond)), `s${i + 1}`))).toEqual(withoutHistory(states[i]!)));
    const withoutFirst = deleteSnapshot(plan, 's1');
    expect(withoutFirst.history.snapshots[0]!.base).toBe('full');
    expect(withoutHistory(materialised(withoutFirst, 's4'))).toEqual(withoutHistory(states[3]!));
  });

  it('refuse an empty or overlong name, and a history that is full', () => {
    const plan = examplePlanForTest();
    expect(() => takeSnapshot(plan, { id: 'x', name: '  ', takenAt: at(1) })).toThrow(HistoryError);
    expect(() => takeSnapshot(plan, { id: 'x', name: 'n'.repeat(HISTORY_CAPS.nameLength + 1), takenAt: at(1) })).toThrow(/1 to 200 characters/);
    let full = plan;
    for (let i = 0; i < HISTORY_CAPS.snapshots; i++) full = takeSnapshot(full, { id: `s${i}`, name: 'Weekly', takenAt: at(1) });
    expect(() => takeSnapshot(full, { id: 'one-more', name: 'Weekly', takenAt: at(2) })).toThrow(/already keeps 200 snapshots/);
  });

  it('refuse a snapshot over the size a snapshot may hold, and restoring it changes nothing', () => {
    const plan = takeSnapshot(examplePlanForTest(), { id: 's1', name: 'Big', takenAt: at(1) });
    const first = plan.history.snapshots[0]!;
    const huge: Plan = { ...plan, history: { snapshots: [{ ...first, data: { ...first.data, padding: 'x'.repeat(HISTORY_CAPS.snapshotBytes) } }] } };
    expect(snapshotPlan(huge, 's1')).toEqual({ status: 'refused', message: expect.stringMatching(/“Big” holds 20\.0 MB of data, more than the 20\.0 MB/) });
    expect(() => restoreSnapshot(huge, 's1', { id: 's2', name: 'Before', takenAt: at(2) })).toThrow(HistoryError);
  });

  it('refuse a delta that does not fit the snapshot before it', () => {
    const { plan } = planWithFourSnapshots();
    const broken: Plan = { ...plan, history: { snapshots: plan.history.snapshots.map((s) => (s.id === 's3' ? { ...s, data: { r: ['pillar:nowhere'] } } : s)) } };
    expect(snapshotPlan(broken, 's3')).toEqual({ status: 'refused', message: expect.stringMatching(/“Review 3” cannot be read back/) });
    expect(snapshotPlan(broken, 's4').status).toBe('refused');
    expect(snapshotPlan(broken, 's2').status).toBe('ok');
  });
});

describe('hostile histories', () => {
  for (const fixture of HISTORY_HOSTILE_FIXTURES.filter((f) => f.refusal)) {
    it(`open, and refuse the snapshot when it is read: ${fixture.what}`, () => {
      const plan = load(readFileSync(new URL(fixture.file, HOSTILE_DIR), 'utf8'));
      const result = snapshotPlan(plan, fixture.refusal!.snapshotId);
      expect(result.status).toBe('refused');
      expect(result.status === 'refused' && result.message).toMatch(fixture.refusal!.message);
      expect(() => restoreSnapshot(plan, fixture.refusal!.snapshotId, { id: 'r', name: 'Before', takenAt: at(1) })).toThrow(fixture.refusal!.message);
    });
  }

  it('refuse a plan of more than 200 snapshots when it is opened', () => {
    const result = loadPlanFromText(readFileSync(new URL('history-too-many-snapshots.aiplan', HOSTILE_DIR), 'utf8'));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatchObject({ code: 'too-many-items', message: expect.stringMatching(/1,001 snapshots, more than the 200/) });
  });
});

describe('commonBase', () => {
  const { plan } = planWithFourSnapshots();
  it('is the newest snapshot both copies hold', () => {
    const theirs = { ...plan, history: { snapshots: plan.history.snapshots.slice(0, 2) } };
    const base = commonBase(plan, theirs);
    expect(base.status).toBe('shared');
    expect(base.status === 'shared' && base.snapshotId).toBe('s2');
    expect(base.status === 'shared' && withoutHistory(base.plan)).toEqual(withoutHistory(materialised(plan, 's2')));
  });
  it('tells unrelated plans and copies with no snapshot in common apart', () => {
    expect(commonBase(plan, { ...plan, documentId: 'another' })).toEqual({ status: 'unrelated' });
    expect(commonBase(plan, { ...plan, history: { snapshots: [] } })).toEqual({ status: 'no-common-snapshot' });
  });
});
