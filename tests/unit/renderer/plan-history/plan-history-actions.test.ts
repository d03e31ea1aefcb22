import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { answerQuestion, askDeleteSnapshot, closePlanHistory, confirmTakeSnapshot, openTakeSnapshot, restoreFromHistory, setTakeField } from '../../../../renderer/plan-history/plan-history-actions';
import { planHistoryStore, resetPlanHistoryStore } from '../../../../renderer/plan-history/plan-history-store';
import { applyMerge, setConflictChoice } from '../../../../renderer/plan-history/merge/merge-actions';
import { fieldLabel, valueText } from '../../../../shared/history/change-labels';
import { plannerStore, resetPlannerStore } from '../../../../renderer/store/store';
import { translator } from '../../../../shared/i18n/translator';
import { mergePlans } from '../../../../shared/history/plan-merge';
import { updateApplication } from '../../../../shared/operations/matrix';
import { examplePlan } from '../fixtures';

const state = () => plannerStore.getState();
const ui = () => planHistoryStore.getState();
const names = () => state().plan!.history.snapshots.map((s) => s.name);
const en = translator('en');

beforeEach(() => {
  // No page here: the dialogs' openers find no text field to commit.
  vi.stubGlobal('document', { activeElement: null });
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-12-02T09:30:00Z'));
  resetPlannerStore();
  resetPlanHistoryStore();
  state().loadDocument({ plan: examplePlan(), filePath: null, mtimeMs: null });
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('snapshot verbs', () => {
  it('suggests today as the name, refuses an empty one in words, and takes a snapshot as one undo step', () => {
    openTakeSnapshot();
    const dialog = ui().dialog;
    expect(dialog?.kind === 'take' && dialog.name).toMatch(/^Snapshot .*2026$/);
    setTakeField({ name: '   ' });
    expect(confirmTakeSnapshot()).toBe(false);
    expect(ui().dialog).toMatchObject({ kind: 'take', showProblem: true });
    expect(names()).toEqual([]);

    setTakeField({ name: ' Off-site v1 ', note: 'Approved' });
    expect(confirmTakeSnapshot()).toBe(true);
    expect(ui().dialog).toBeNull();
    expect(names()).toEqual(['Off-site v1']);
    expect(state().plan!.history.snapshots[0]).toMatchObject({ note: 'Approved', takenAt: '2026-12-02T09:30:00.000Z' });
    expect(state().past).toHaveLength(1);
    state().undo();
    expect(names()).toEqual([]);
  });

  it('restores as one undo step and keeps the state it replaced as a snapshot named in the app’s language', () => {
    openTakeSnapshot();
    setTakeField({ name: 'Off-site v1' });
    confirmTakeSnapshot();
    const id = state().plan!.history.snapshots[0]!.id;
    plannerStore.getState().commit((p) => updateApplication(p, p.applications[0]!.id, { title: 'Renamed' }));
    restoreFromHistory(id);
    expect(state().plan!.applications[0]!.title).toBe(examplePlan().applications[0]!.title);
    expect(names()[0]).toBe('Off-site v1');
    expect(names()[1]).toMatch(/^Before restoring “Off-site v1” \(/);
    state().undo();
    expect(state().plan!.applications[0]!.title).toBe('Renamed');
    expect(names()).toEqual(['Off-site v1']);
  });

  it('deletes a snapshot only after the question is answered yes', () => {
    openTakeSnapshot();
    setTakeField({ name: 'Off-site v1' });
    confirmTakeSnapshot();
    const id = state().plan!.history.snapshots[0]!.id;
    askDeleteSnapshot(id);
    answerQuestion(false);
    expect(names()).toEqual(['Off-site v1']);
    askDeleteSnapshot(id);
    answerQuestion(true);
    expect(names()).toEqual([]);
    closePlanHistory();
  });
});

describe('applying a merge', () => {
  it('replaces the plan with the chosen side as one undo step', () => {
    const base = state().plan!;
    const id = base.applications[0]!.id;
    const ours = updateApplication(base, id, { title: 'Ours' });
    const theirs = updateApplication(base, id, { title: 'Theirs' });
    state().commit(() => ours);
    const result = mergePlans(base, ours, theirs);
    expect(result.conflicts).toHaveLength(1);
    planHistoryStore.setState({ dialog: { kind: 'merge', merge: { step: 'review', theirs, theirsName: 'theirs.aiplan', base: { kind: 'none' }, result, choices: ['ours'], problems: [] } } });
    setConflictChoice(0, 'theirs');
    const steps = state().past.length;
    expect(applyMerge()).toBe(true);
    expect(state().plan!.applications[0]!.title).toBe('Theirs');
    expect(state().past).toHaveLength(steps + 1);
    state().undo();
    expect(state().plan!.applications[0]!.title).toBe('Ours');
  });
});

describe('what a change is called', () => {
  it('labels known fields, dimensions and nested paths, and falls back to the path', () => {
    expect(fieldLabel('title', en)).toBe('Title');
    expect(fieldLabel('dimensions.ethical.level', en)).toBe('Ethical dimension: level');
    expect(fieldLabel('value.oneOff.pilot', en)).toBe('Value: oneOff.pilot');
    expect(fieldLabel('somethingNew', en)).toBe('somethingNew');
    expect(fieldLabel(null, en)).toBe('Whole item');
  });

  it('shows values as a person reads them', () => {
    expect(valueText('', 'title', en, 'en')).toBe('(empty)');
    expect(valueText('pilot', 'status', en, 'en')).toBe('Pilot');
    expect(valueText(1250.5, 'target', en, 'en')).toBe('1,250.5');
    expect(valueText(true, 'starter', en, 'en')).toBe('Yes');
    expect(valueText([1, 2], 'actuals', en, 'en')).toBe('2 entries');
    expect(valueText(null, null, en, 'en')).toBe('(deleted)');
    expect(valueText({ title: 'Chatbot', owner: 'Ops' }, null, en, 'en')).toBe('Chatbot');
  });
});
