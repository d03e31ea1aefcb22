import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as actions from '../../../../renderer/store/plan-actions';
import { selectApplicationIdsOfObjective, selectCounts, selectKpiIdsOfApplication, selectObjectiveIdsOfPillar, selectPillarIds } from '../../../../renderer/store/plan-selectors';
import { selectDirty, selectDisplayName } from '../../../../renderer/store/selectors';
import { plannerStore, resetPlannerStore } from '../../../../renderer/store/store';
import { examplePlan } from '../fixtures';

const state = () => plannerStore.getState();

beforeEach(() => {
  resetPlannerStore();
  state().loadDocument({ plan: examplePlan(), filePath: null, mtimeMs: null });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('plan actions', () => {
  it('renames each level as one undo step', () => {
    const plan = state().plan!;
    actions.renamePillar(plan.pillars[0]!.id, 'Growth');
    actions.renameObjective(plan.objectives[0]!.id, 'More leads');
    actions.renameApplication(plan.applications[0]!.id, 'Chatbot');
    actions.renameKpi(plan.kpis[0]!.id, 'Leads');
    const next = state().plan!;
    expect([next.pillars[0]!.title, next.objectives[0]!.title, next.applications[0]!.title, next.kpis[0]!.name]).toEqual(['Growth', 'More leads', 'Chatbot', 'Leads']);
    expect(state().past).toHaveLength(4);
  });

  it('renaming to the same title records no step and leaves the plan clean', () => {
    const pillar = state().plan!.pillars[0]!;
    expect(actions.renamePillar(pillar.id, pillar.title)).toBe(false);
    expect(state().past).toEqual([]);
    expect(selectDirty(state())).toBe(false);
  });

  it('adds at every level under the right parent and returns the new ids', () => {
    const pillarId = actions.addPillar('People')!;
    expect(selectPillarIds(state()).at(-1)).toBe(pillarId);
    const objectiveId = actions.addObjective(pillarId, 'Retain staff')!;
    expect(selectObjectiveIdsOfPillar(pillarId)(state())).toEqual([objectiveId]);
    const applicationId = actions.addApplication(objectiveId, 'Onboarding assistant')!;
    expect(selectApplicationIdsOfObjective(objectiveId)(state())).toEqual([applicationId]);
    const kpiId = actions.addKpi(applicationId, 'Staff turnover')!;
    expect(selectKpiIdsOfApplication(applicationId)(state())).toEqual([kpiId]);
    const ideaId = actions.addApplication(null, 'Use an LLM somewhere')!;
    expect(selectApplicationIdsOfObjective(null)(state())).toEqual([ideaId]);
    expect(selectCounts(state())).toEqual({ pillars: 5, objectives: 5, applications: 6, kpis: 5 });
    expect(state().past).toHaveLength(5);
    // Ids are valid for the file format.
    expect(pillarId).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
  });

  it('refuses to add under a parent that does not exist, recording nothing', () => {
    expect(actions.addObjective('missing', 'x')).toBeNull();
    expect(actions.addKpi('missing', 'x')).toBeNull();
    expect(actions.addApplication('missing', 'x')).toBeNull();
    expect(state().past).toEqual([]);
  });

  it('coalesces typing in the plan title into one step', () => {
    vi.useFakeTimers();
    const before = state().plan;
    for (const title of ['B', 'Bo', 'Boa', 'Board pack']) {
      actions.updateMeta({ title }, { coalesceKey: 'meta.title' });
      vi.advanceTimersByTime(200);
    }
    expect(state().plan!.meta.title).toBe('Board pack');
    expect(state().past).toEqual([before]);
    expect(selectDisplayName(state())).toBe('Board pack');
  });
});

describe('adding the next sibling (Enter in the outline)', () => {
  it('puts it right after the item, under the same parent, titled, as one undo step', () => {
    const plan = state().plan!;
    const first = plan.pillars[0]!;
    const id = actions.addSiblingAfter({ kind: 'pillar', id: first.id }, 'People')!;
    expect(selectPillarIds(state()).slice(0, 2)).toEqual([first.id, id]);
    expect(state().plan!.pillars[1]!.title).toBe('People');
    expect(state().past).toEqual([plan]);

    const kpi = plan.kpis[0]!;
    const kpiId = actions.addSiblingAfter({ kind: 'kpi', id: kpi.id }, 'Leads a week')!;
    expect(selectKpiIdsOfApplication(kpi.applicationId)(state()).slice(0, 2)).toEqual([kpi.id, kpiId]);
    state().undo();
    state().undo();
    expect(state().plan).toBe(plan);
  });

  it('adds nothing after an item that is gone', () => {
    expect(actions.addSiblingAfter({ kind: 'objective', id: 'gone' }, 'X')).toBeNull();
    expect(state().past).toEqual([]);
  });
});
