import { beforeEach, describe, expect, it } from 'vitest';
import type { WorkshopStep, WorkshopTarget } from '../../../../../shared/model';
import { findCommand, runCommand } from '../../../../../renderer/commands/commands';
import { createModalGate } from '../../../../../renderer/commands/modal-gate';
import { formatShortcut, matchesShortcut } from '../../../../../renderer/commands/shortcuts';
import { plannerStore, resetPlannerStore } from '../../../../../renderer/store/store';
import { startDefaultAgenda } from '../../../../../renderer/store/workshop-actions';
import { workshopUiStore } from '../../../../../renderer/workshop/workshop-ui-store';
import {
  addFiveMinutes,
  agendaRunStore,
  currentRemaining,
  goToStep,
  isAgendaRunning,
  markTimeUp,
  openTarget,
  runAgenda,
  stepAgenda,
  stopAgenda,
  toggleStepTimer,
  type AgendaDeps,
} from '../../../../../renderer/workshop/agenda/agenda-run-store';
import { examplePlan } from '../../fixtures';

const MIN = 60_000;
const step = (id: string, opens: WorkshopTarget, minutes = 10): WorkshopStep => ({ id, kind: 'custom', title: id, ask: '', opens, minutes });
const STEPS = [step('a', 'plan', 30), step('b', 'board'), step('c', 'workshop-ideas', 5)];

/** A clock that moves only when told, and a record of what each step opened. */
function fakeDeps(steps: readonly WorkshopStep[] = STEPS) {
  let now = 0;
  const opened: WorkshopTarget[] = [];
  const deps: AgendaDeps = { steps: () => steps, at: () => now, open: (target) => opened.push(target) };
  return { deps, opened, advance: (ms: number) => (now += ms), now: () => now };
}

beforeEach(() => {
  stopAgenda();
  resetPlannerStore();
});

describe('the running agenda', () => {
  it('starts at the first step with its timer running, and opens that step’s view', () => {
    const { deps, opened, advance, now } = fakeDeps();
    expect(runAgenda(null, deps)).toBe(true);
    expect(agendaRunStore.getState().stepId).toBe('a');
    expect(opened).toEqual(['plan']);
    advance(2 * MIN);
    expect(currentRemaining(STEPS, now())).toBe(28 * MIN);
  });

  it('will not run an empty agenda', () => {
    const { deps } = fakeDeps([]);
    expect(runAgenda(null, deps)).toBe(false);
    expect(isAgendaRunning()).toBe(false);
  });

  it('pages forward and back, opening each step’s view, and stops at either end', () => {
    const { deps, opened } = fakeDeps();
    runAgenda(null, deps);
    expect(stepAgenda(-1, deps)).toBe(false);
    expect(stepAgenda(1, deps)).toBe(true);
    expect(stepAgenda(1, deps)).toBe(true);
    expect(agendaRunStore.getState().stepId).toBe('c');
    expect(stepAgenda(1, deps)).toBe(false);
    expect(stepAgenda(-1, deps)).toBe(true);
    expect(opened).toEqual(['plan', 'board', 'workshop-ideas', 'board']);
  });

  it('keeps each step’s own time: going back finds the time it had, paused', () => {
    const { deps, advance, now } = fakeDeps();
    runAgenda(null, deps);
    advance(10 * MIN);
    stepAgenda(1, deps);
    // The clock keeps running into the next step.
    advance(MIN);
    expect(currentRemaining(STEPS, now())).toBe(9 * MIN);
    stepAgenda(-1, deps);
    expect(currentRemaining(STEPS, now())).toBe(20 * MIN);
    advance(MIN);
    expect(currentRemaining(STEPS, now())).toBe(19 * MIN);
  });

  it('moves on paused when paused: the next step waits for Start', () => {
    const { deps, advance, now } = fakeDeps();
    runAgenda(null, deps);
    toggleStepTimer(deps);
    stepAgenda(1, deps);
    advance(3 * MIN);
    expect(currentRemaining(STEPS, now())).toBe(10 * MIN);
    toggleStepTimer(deps);
    advance(3 * MIN);
    expect(currentRemaining(STEPS, now())).toBe(7 * MIN);
  });

  it('adds five minutes, and lets the time-up cue come again when the new time runs out', () => {
    const { deps, advance, now } = fakeDeps();
    runAgenda('c', deps);
    advance(6 * MIN);
    expect(currentRemaining(STEPS, now())).toBe(-MIN);
    expect(markTimeUp('c')).toBe(true);
    expect(markTimeUp('c')).toBe(false);
    addFiveMinutes(deps);
    expect(currentRemaining(STEPS, now())).toBe(4 * MIN);
    expect(markTimeUp('c')).toBe(true);
  });

  it('keeps the time-up marked when five more minutes still leave the step over', () => {
    const { deps, advance, now } = fakeDeps();
    runAgenda('c', deps);
    advance(12 * MIN);
    markTimeUp('c');
    addFiveMinutes(deps);
    expect(currentRemaining(STEPS, now())).toBe(-2 * MIN);
    expect(markTimeUp('c')).toBe(false);
  });

  it('goes straight to a step, and stops leaving nothing behind', () => {
    const { deps, opened } = fakeDeps();
    runAgenda(null, deps);
    expect(goToStep('c', deps)).toBe(true);
    expect(opened.at(-1)).toBe('workshop-ideas');
    expect(goToStep('nowhere', deps)).toBe(false);
    stopAgenda();
    expect(agendaRunStore.getState()).toEqual({ stepId: null, timers: {}, chimed: {} });
    expect(stepAgenda(1, deps)).toBe(false);
    expect(goToStep('a', deps)).toBe(false);
  });

  it('never touches the plan or its undo history', () => {
    plannerStore.getState().loadDocument({ plan: examplePlan(), filePath: null, mtimeMs: null });
    startDefaultAgenda();
    const plan = plannerStore.getState().plan;
    const past = plannerStore.getState().past.length;
    expect(runAgenda()).toBe(true);
    stepAgenda(1);
    toggleStepTimer();
    addFiveMinutes();
    expect(plannerStore.getState().plan).toBe(plan);
    expect(plannerStore.getState().past).toHaveLength(past);
  });
});

describe('opening a step’s target', () => {
  beforeEach(() => plannerStore.getState().loadDocument({ plan: examplePlan(), filePath: null, mtimeMs: null }));

  it('shows an app view by itself, and a Workshop target as the Workshop view at that panel', () => {
    openTarget('roadmap');
    expect(plannerStore.getState().activeView).toBe('roadmap');
    openTarget('workshop-voting');
    expect(plannerStore.getState().activeView).toBe('workshop');
    expect(workshopUiStore.getState().panel).toBe('voting');
  });

  it('runs the default agenda from the plan: purpose on the Plan view, then pillars on the Board, then ideas in the Workshop', () => {
    startDefaultAgenda();
    runAgenda();
    expect(plannerStore.getState().activeView).toBe('plan');
    stepAgenda(1);
    expect(plannerStore.getState().activeView).toBe('board');
    stepAgenda(1);
    expect(plannerStore.getState().activeView).toBe('workshop');
    expect(workshopUiStore.getState().panel).toBe('ideas');
  });
});

describe('the agenda commands', () => {
  beforeEach(() => {
    plannerStore.getState().loadDocument({ plan: examplePlan(), filePath: null, mtimeMs: null });
    startDefaultAgenda();
  });

  it('do nothing while the agenda is not running, and page it while it runs', () => {
    expect(runCommand('agenda:next-step', createModalGate())).toBe(false);
    runAgenda();
    expect(runCommand('agenda:next-step', createModalGate())).toBe(true);
    expect(agendaRunStore.getState().stepId).toBe(plannerStore.getState().plan!.workshop.steps[1]!.id);
    expect(runCommand('agenda:previous-step', createModalGate())).toBe(true);
    expect(agendaRunStore.getState().stepId).toBe(plannerStore.getState().plan!.workshop.steps[0]!.id);
  });

  it('refuse while a dialog is open', () => {
    runAgenda();
    const gate = createModalGate();
    gate.hold();
    expect(runCommand('agenda:next-step', gate)).toBe(false);
  });

  it('have keys that match the key presses and read as people write them', () => {
    const press = (key: string, mods: { ctrlKey?: boolean; altKey?: boolean; shiftKey?: boolean; code?: string }) => ({
      key,
      ctrlKey: false,
      metaKey: false,
      shiftKey: false,
      altKey: false,
      ...mods,
    });
    const keys = (id: string) => findCommand(id)!.shortcuts!;
    expect(matchesShortcut(press('PageDown', { ctrlKey: true, altKey: true }), keys('agenda:next-step')[0]!, false)).toBe(true);
    expect(matchesShortcut(press('PageDown', { ctrlKey: true }), keys('agenda:next-step')[0]!, false)).toBe(false);
    expect(matchesShortcut(press(' ', { ctrlKey: true, shiftKey: true }), keys('agenda:toggle-timer')[0]!, false)).toBe(true);
    // Alt changes the character on some layouts; the digit is found by its physical key.
    expect(matchesShortcut(press('∞', { ctrlKey: true, altKey: true, code: 'Digit5' }), keys('agenda:add-five')[0]!, false)).toBe(true);
    expect(matchesShortcut(press('5', { ctrlKey: true, code: 'Digit5' }), keys('agenda:add-five')[0]!, false)).toBe(false);
    expect(formatShortcut(keys('agenda:next-step')[0]!, false)).toBe('Ctrl+Alt+PageDown');
    expect(formatShortcut(keys('agenda:toggle-timer')[0]!, false)).toBe('Ctrl+Shift+Space');
    expect(formatShortcut(keys('agenda:previous-step')[0]!, true)).toBe('⌥⌘PageUp');
  });
});
