import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { allCommands, findCommand, runCommand } from '../../../../renderer/commands/commands';
import { createModalGate, modalGate, whileModal } from '../../../../renderer/commands/modal-gate';
import { dispatchShortcut, type ShortcutEvent } from '../../../../renderer/commands/use-command-shortcuts';
import { renamePillar } from '../../../../renderer/store/plan-actions';
import { plannerStore, resetPlannerStore } from '../../../../renderer/store/store';
import { examplePlan } from '../fixtures';

const state = () => plannerStore.getState();
const firstPillarTitle = () => state().plan!.pillars[0]!.title;

/** A Ctrl+<key> press as the window's keydown listener receives it (not on macOS). */
function ctrl(key: string, extra: Partial<ShortcutEvent> = {}) {
  return { key, ctrlKey: true, metaKey: false, shiftKey: false, altKey: false, defaultPrevented: false, isComposing: false, ...extra, preventDefault: vi.fn<() => void>() };
}

const releases: (() => void)[] = [];
const openDialog = () => releases.push(modalGate.hold());

beforeEach(() => {
  // Undo looks at the focused element to tell a text field's undo from the plan's.
  vi.stubGlobal('document', { activeElement: null });
  vi.stubGlobal('navigator', { userAgent: 'Linux' });
  resetPlannerStore();
  const plan = examplePlan();
  state().loadDocument({ plan, filePath: '/plans/q3.aiplan', mtimeMs: 1 });
  renamePillar(plan.pillars[0]!.id, 'Growth');
});

afterEach(() => {
  for (const release of releases.splice(0)) release();
  vi.unstubAllGlobals();
});

describe('the modal gate', () => {
  it('is open while any dialog holds it, and a release counts once however often it is called', () => {
    const gate = createModalGate();
    const first = gate.hold();
    const second = gate.hold();
    first();
    first();
    expect(gate.isOpen()).toBe(true);
    second();
    expect(gate.isOpen()).toBe(false);
  });

  it('tells its listeners when it shuts and when it opens again, not on every dialog in between', () => {
    const gate = createModalGate();
    const heard: boolean[] = [];
    const stop = gate.onChange((open) => heard.push(open));
    const first = gate.hold();
    const second = gate.hold();
    second();
    first();
    first();
    expect(heard).toEqual([true, false]);
    stop();
    gate.hold();
    expect(heard).toEqual([true, false]);
  });

  it('is held while a native prompt is unanswered, and let go when it is answered or fails', async () => {
    const gate = createModalGate();
    let answer!: (choice: string) => void;
    const asked = whileModal(() => new Promise<string>((resolve) => (answer = resolve)), gate);
    expect(gate.isOpen()).toBe(true);
    answer('cancel');
    await expect(asked).resolves.toBe('cancel');
    expect(gate.isOpen()).toBe(false);

    await expect(whileModal(() => Promise.reject(new Error('gone')), gate)).rejects.toThrow('gone');
    expect(gate.isOpen()).toBe(false);
  });
});

describe('runCommand behind a modal dialog', () => {
  it('does not undo an edit behind an open dialog, and undoes it once the dialog is closed', () => {
    openDialog();
    expect(runCommand('undo')).toBe(false);
    expect(firstPillarTitle()).toBe('Growth');

    releases.pop()!();
    expect(runCommand('undo')).toBe(true);
    expect(firstPillarTitle()).not.toBe('Growth');
  });

  it('refuses every registered command a user can start, while a dialog is open', () => {
    openDialog();
    const before = state();
    const startedByUser = allCommands().filter((c) => !c.fromMainProcess);
    expect(startedByUser.length).toBeGreaterThan(10);
    for (const command of startedByUser) expect(runCommand(command.id), command.id).toBe(false);
    expect(state()).toBe(before);
  });

  it('still lets the close prompt’s "save and close" answer through, as the main process sends it', () => {
    const saveAndClose = findCommand('save-and-close')!;
    const run = vi.spyOn(saveAndClose, 'run').mockImplementation(() => undefined);
    openDialog();
    expect(runCommand('save-and-close')).toBe(true);
    expect(run).toHaveBeenCalledOnce();
  });
});

describe('shortcuts behind a modal dialog', () => {
  it('claims Ctrl+Z so the browser does nothing either, but the plan is not undone', () => {
    openDialog();
    const event = ctrl('z');
    expect(dispatchShortcut(event, false)).toBeNull();
    expect(event.preventDefault).toHaveBeenCalled();
    expect(firstPillarTitle()).toBe('Growth');
  });

  it('runs Ctrl+Z as undo again once the dialog has closed', () => {
    openDialog();
    releases.pop()!();
    expect(dispatchShortcut(ctrl('z'), false)).toBe('undo');
    expect(firstPillarTitle()).not.toBe('Growth');
  });

  it('leaves the dialog its own keys: Escape, Enter and Tab are not commands, Ctrl+Z in its text field is the field’s', () => {
    openDialog();
    for (const key of ['Escape', 'Enter', 'Tab']) {
      const event = ctrl(key, { ctrlKey: false });
      expect(dispatchShortcut(event, false)).toBeNull();
      expect(event.preventDefault).not.toHaveBeenCalled();
    }
    const inField = ctrl('z');
    expect(dispatchShortcut(inField, true)).toBeNull();
    expect(inField.preventDefault).not.toHaveBeenCalled();
  });
});
