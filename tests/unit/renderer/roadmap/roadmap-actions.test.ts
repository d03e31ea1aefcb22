import { beforeEach, describe, expect, it } from 'vitest';
import { DEPENDENCY_REFUSAL_MESSAGES, scheduleOf } from '../../../../shared/roadmap/schedule-ops';
import * as roadmap from '../../../../renderer/store/roadmap-actions';
import { applyRoadmapKey } from '../../../../renderer/roadmap/use-roadmap-keyboard';
import { roadmapIndex } from '../../../../renderer/roadmap/roadmap-derived';
import { plannerStore, resetPlannerStore } from '../../../../renderer/store/store';
import { examplePlan } from '../fixtures';

const state = () => plannerStore.getState();
const plan = () => state().plan!;
const ids = () => plan().applications.map((a) => a.id);
const phasesOf = (id: string) => scheduleOf(plan(), id)?.phases.map((p) => [p.kind, p.start, p.months]);

beforeEach(() => {
  resetPlannerStore();
  state().loadDocument({ plan: examplePlan(), filePath: null, mtimeMs: null });
});

describe('roadmap actions', () => {
  it('makes each schedule change one undo step, and undo restores the plan exactly', () => {
    const [a] = ids();
    const original = plan();
    expect(roadmap.unscheduleApplication(a!)).toBe(true);
    expect(roadmap.scheduleApplication(a!, '2027-02')).toBe(true);
    expect(roadmap.moveSchedule(a!, 2)).toBe(true);
    expect(roadmap.resizePhase(a!, 'pilot', 5)).toBe(true);
    expect(phasesOf(a!)).toEqual([
      ['pilot', '2027-04', 5],
      ['refine', '2027-09', 2],
      ['standardise', '2027-11', 2],
      ['scale', '2028-01', 3],
    ]);
    expect(state().past).toHaveLength(4);
    for (let i = 0; i < 4; i++) state().undo();
    expect(plan()).toBe(original);
  });

  it('records nothing for a move of zero months or a resize to the same length', () => {
    const [a] = ids();
    expect(roadmap.moveSchedule(a!, 0)).toBe(false);
    expect(roadmap.resizePhase(a!, 'pilot', 3)).toBe(false);
    expect(state().past).toEqual([]);
  });

  it('adds, moves, renames and deletes milestones as single steps', () => {
    const id = roadmap.addMilestone('Data audit done', '2027-03')!;
    expect(roadmap.moveMilestone(id, '2027-05')).toBe(true);
    expect(roadmap.renameMilestone(id, 'Data audit signed off')).toBe(true);
    expect(plan().roadmap.milestones.find((m) => m.id === id)).toEqual({ id, title: 'Data audit signed off', month: '2027-05' });
    expect(roadmap.deleteMilestone(id)).toBe(true);
    expect(state().past).toHaveLength(4);
  });

  it('adds a dependency, or refuses it with the reason in one sentence', () => {
    const [a, b, c] = ids();
    const added = roadmap.addDependency(b!, c!);
    expect(added.ok).toBe(true);
    expect(roadmap.addDependency(b!, c!)).toEqual({ ok: false, message: DEPENDENCY_REFUSAL_MESSAGES.duplicate });
    expect(roadmap.addDependency(c!, b!)).toEqual({ ok: false, message: DEPENDENCY_REFUSAL_MESSAGES.cycle });
    expect(roadmap.addDependency(a!, a!)).toEqual({ ok: false, message: DEPENDENCY_REFUSAL_MESSAGES.self });
    if (added.ok) expect(roadmap.removeDependency(added.id)).toBe(true);
    expect(state().past).toHaveLength(2);
  });

  it('changes the horizon within 12 to 24 months', () => {
    expect(roadmap.setHorizon({ months: 30 })).toBe(false);
    expect(roadmap.setHorizon({ months: 12 })).toBe(true);
    expect(plan().meta.horizonMonths).toBe(12);
    expect(roadmap.setHorizon({ start: '2027-04' })).toBe(true);
    expect(plan().meta.horizonStart).toBe('2027-04');
  });
});

describe('roadmap keys on the selected item', () => {
  it('moves a bar a month with the arrows, lengthens its end with Shift, and unschedules with Delete', () => {
    const [a] = ids();
    state().select({ kind: 'application', id: a! });
    const start = scheduleOf(plan(), a!)!.phases[0]!.start;
    expect(applyRoadmapKey('ArrowRight', false)).toBe(true);
    expect(scheduleOf(plan(), a!)!.phases[0]!.start > start).toBe(true);
    expect(applyRoadmapKey('ArrowLeft', false)).toBe(true);
    expect(scheduleOf(plan(), a!)!.phases[0]!.start).toBe(start);
    expect(applyRoadmapKey('ArrowRight', true)).toBe(true);
    expect(scheduleOf(plan(), a!)!.phases.at(-1)!.months).toBe(4);
    expect(applyRoadmapKey('Delete', false)).toBe(true);
    expect(scheduleOf(plan(), a!)).toBeUndefined();
    expect(state().past).toHaveLength(4);
    // Unscheduled: the keys do nothing more.
    expect(applyRoadmapKey('ArrowRight', false)).toBe(false);
  });

  it('moves and deletes a selected milestone, and ignores keys with nothing selected', () => {
    const milestone = plan().roadmap.milestones[0]!;
    expect(applyRoadmapKey('ArrowRight', false)).toBe(false);
    state().select({ kind: 'milestone', id: milestone.id });
    expect(applyRoadmapKey('ArrowRight', false)).toBe(true);
    expect(plan().roadmap.milestones[0]!.month).not.toBe(milestone.month);
    expect(applyRoadmapKey('Backspace', false)).toBe(true);
    expect(plan().roadmap.milestones.some((m) => m.id === milestone.id)).toBe(false);
    expect(state().selection).toBeNull();
  });
});

describe('roadmap warnings for the timeline', () => {
  it('names the item in one sentence, and is computed once per plan', () => {
    const [a, , , d] = ids();
    roadmap.moveSchedule(d!, -8);
    const index = roadmapIndex(plan());
    expect(roadmapIndex(plan())).toBe(index);
    const message = index.warningsOf.get(d!)!;
    expect(message).toMatch(/^AI-driven personalised customer service starts in .+, before AI-powered chatbot for website engagement, which it builds on, finishes in .+\.$/);
    expect(index.backwardsDependencyIds.size).toBe(1);
    expect(index.warnings.map((w) => w.item)).toEqual([{ kind: 'application', id: d! }]);
    expect(a).toBeDefined();
  });

  it('marks a quarter with more than two pilots starting early on', () => {
    const start = plan().meta.horizonStart;
    for (const id of ids().slice(0, 3)) roadmap.scheduleApplication(id, start);
    const index = roadmapIndex(plan());
    expect(index.crowdedQuarterKeys.size).toBe(1);
    expect(index.warnings.some((w) => w.message.startsWith('3 pilots start in'))).toBe(true);
  });
});
