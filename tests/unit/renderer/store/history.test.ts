import { describe, expect, it } from 'vitest';
import { updatePillar } from '../../../../shared/operations/matrix';
import type { Plan } from '../../../../shared/model';
import { COALESCE_MS, HISTORY_LIMIT } from '../../../../renderer/store/history-slice';
import { selectCanRedo, selectCanUndo, selectDirty } from '../../../../renderer/store/selectors';
import { createPlannerStore } from '../../../../renderer/store/store';
import { examplePlan } from '../fixtures';

function setup() {
  let now = 1_000_000;
  const store = createPlannerStore({ clock: () => now });
  const plan = examplePlan();
  store.getState().loadDocument({ plan, filePath: '/plans/a.aiplan', mtimeMs: 1 });
  const firstPillar = plan.pillars[0]!.id;
  const rename = (title: string) => (p: Plan) => updatePillar(p, firstPillar, { title });
  const title = () => store.getState().plan!.pillars[0]!.title;
  return { store, plan, rename, title, tick: (ms: number) => (now += ms) };
}

describe('history: commit, undo, redo', () => {
  it('applies a recipe as one undo step and clears the redo stack', () => {
    const { store, plan, rename, title } = setup();
    expect(store.getState().commit(rename('Growth'))).toBe(true);
    expect(title()).toBe('Growth');
    expect(store.getState().past).toEqual([plan]);
    store.getState().undo();
    expect(store.getState().future).toHaveLength(1);
    store.getState().commit(rename('Sales'));
    expect(store.getState().future).toEqual([]);
  });

  it('records nothing when the recipe returns the same plan object', () => {
    const { store, plan } = setup();
    expect(store.getState().commit((p) => p)).toBe(false);
    expect(store.getState().commit((p) => updatePillar(p, 'no-such-id', { title: 'x' }))).toBe(false);
    expect(store.getState().plan).toBe(plan);
    expect(store.getState().past).toEqual([]);
  });

  it('does nothing without a plan', () => {
    const store = createPlannerStore();
    expect(store.getState().commit(() => examplePlan())).toBe(false);
    expect(store.getState().undo()).toBe(false);
    expect(store.getState().redo()).toBe(false);
    expect(store.getState().plan).toBeNull();
  });

  it('undoes and redoes in order, returning the very same plan objects', () => {
    const { store, plan, rename, tick } = setup();
    store.getState().commit(rename('One'));
    const afterOne = store.getState().plan;
    tick(5000);
    store.getState().commit(rename('Two'));
    const afterTwo = store.getState().plan;

    expect(store.getState().undo()).toBe(true);
    expect(store.getState().plan).toBe(afterOne);
    expect(store.getState().undo()).toBe(true);
    expect(store.getState().plan).toBe(plan);
    expect(store.getState().undo()).toBe(false);
    expect(selectCanUndo(store.getState())).toBe(false);

    expect(store.getState().redo()).toBe(true);
    expect(store.getState().plan).toBe(afterOne);
    expect(store.getState().redo()).toBe(true);
    expect(store.getState().plan).toBe(afterTwo);
    expect(store.getState().redo()).toBe(false);
    expect(selectCanRedo(store.getState())).toBe(false);
  });

  it('keeps at most HISTORY_LIMIT steps, dropping the oldest', () => {
    const { store, rename } = setup();
    for (let i = 0; i < HISTORY_LIMIT + 25; i++) store.getState().commit(rename(`Title ${i}`));
    expect(store.getState().past).toHaveLength(HISTORY_LIMIT);
    let undone = 0;
    while (store.getState().undo()) undone++;
    expect(undone).toBe(HISTORY_LIMIT);
    expect(store.getState().plan!.pillars[0]!.title).toBe('Title 24');
  });
});

describe('history: coalescing typing into one step', () => {
  it('merges consecutive commits with the same key within the window', () => {
    const { store, plan, rename, title, tick } = setup();
    for (const text of ['G', 'Gr', 'Gro', 'Grow']) {
      store.getState().commit(rename(text), { coalesceKey: 'pillar-title' });
      tick(300);
    }
    expect(title()).toBe('Grow');
    expect(store.getState().past).toEqual([plan]);
    store.getState().undo();
    expect(store.getState().plan).toBe(plan);
  });

  it('starts a new step after a pause, for another key, or for a commit without a key', () => {
    const { store, rename, tick } = setup();
    store.getState().commit(rename('A'), { coalesceKey: 'k' });
    tick(COALESCE_MS + 1);
    store.getState().commit(rename('AB'), { coalesceKey: 'k' });
    expect(store.getState().past).toHaveLength(2);
    store.getState().commit(rename('ABC'), { coalesceKey: 'other' });
    expect(store.getState().past).toHaveLength(3);
    store.getState().commit(rename('ABCD'));
    store.getState().commit(rename('ABCDE'));
    expect(store.getState().past).toHaveLength(5);
  });

  it('does not merge across an undo or a save', () => {
    const { store, rename, title } = setup();
    store.getState().commit(rename('A'), { coalesceKey: 'k' });
    store.getState().undo();
    store.getState().commit(rename('B'), { coalesceKey: 'k' });
    expect(store.getState().past).toHaveLength(1);

    store.getState().markSaved({ plan: store.getState().plan!, filePath: '/plans/a.aiplan', mtimeMs: 2 });
    store.getState().commit(rename('BC'), { coalesceKey: 'k' });
    expect(store.getState().past).toHaveLength(2);
    // Undo lands exactly on the saved state, which is clean.
    store.getState().undo();
    expect(title()).toBe('B');
    expect(selectDirty(store.getState())).toBe(false);
  });
});

describe('document state', () => {
  it('is dirty after an edit and clean again when undone back to the saved plan', () => {
    const { store, rename } = setup();
    expect(selectDirty(store.getState())).toBe(false);
    store.getState().commit(rename('Growth'));
    expect(selectDirty(store.getState())).toBe(true);
    store.getState().undo();
    expect(selectDirty(store.getState())).toBe(false);
    store.getState().redo();
    expect(selectDirty(store.getState())).toBe(true);
  });

  it('stays dirty when the plan changed while a save was under way', () => {
    const { store, rename } = setup();
    store.getState().commit(rename('Sent to disk'));
    const sent = store.getState().plan!;
    store.getState().commit(rename('Typed meanwhile'));
    store.getState().markSaved({ plan: sent, filePath: '/plans/b.aiplan', mtimeMs: 3 });
    expect(store.getState().filePath).toBe('/plans/b.aiplan');
    expect(selectDirty(store.getState())).toBe(true);
  });

  it('clears history, selection and pending edits when another plan is loaded', () => {
    const { store, rename } = setup();
    store.getState().commit(rename('Growth'));
    store.getState().undo();
    store.getState().select({ kind: 'pillar', id: 'x' });
    store.getState().requestEdit('pillar:x:title');
    store.getState().loadDocument({ plan: examplePlan(), filePath: null, mtimeMs: null });
    const s = store.getState();
    expect([s.past, s.future, s.selection, s.pendingEdit, s.lastCommit]).toEqual([[], [], null, null, null]);
    expect(selectDirty(s)).toBe(false);
  });

  it('keeps view state out of the history', () => {
    const { store } = setup();
    store.getState().select({ kind: 'pillar', id: 'p1' });
    store.getState().setActiveView('board');
    store.getState().setStatusMessage('hello');
    expect(store.getState().past).toEqual([]);
    expect(selectDirty(store.getState())).toBe(false);
  });

  it('closing the document returns to the empty state', () => {
    const { store, rename } = setup();
    store.getState().commit(rename('Growth'));
    store.getState().closeDocument();
    const s = store.getState();
    expect([s.plan, s.savedPlan, s.filePath, s.past]).toEqual([null, null, null, []]);
    expect(selectDirty(s)).toBe(false);
  });
});
