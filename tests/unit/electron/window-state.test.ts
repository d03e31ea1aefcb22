import { describe, expect, it } from 'vitest';
import { planPathFromArgv } from '../../../electron/launch-args';
import { PENDING_OPEN_TTL_MS, PendingOpen } from '../../../electron/pending-open';
import {
  restorableBounds,
  unsavedChangesMessage,
  unsavedChoiceFromResponse,
  windowTitle,
} from '../../../electron/window-state';

describe('window title', () => {
  it('shows the file name, a dot while unsaved, and the app name', () => {
    expect(windowTitle({ displayName: 'q3.aiplan', filePath: '/a/q3.aiplan', dirty: false })).toBe('q3.aiplan — AI Alignment Planner');
    expect(windowTitle({ displayName: 'q3.aiplan', filePath: '/a/q3.aiplan', dirty: true })).toBe('q3.aiplan • — AI Alignment Planner');
    expect(windowTitle({ displayName: 'Growth plan', filePath: null, dirty: true })).toBe('Growth plan • — AI Alignment Planner');
    expect(windowTitle(null)).toBe('AI Alignment Planner');
  });

  it('keeps control characters and runaway names out of the title bar', () => {
    expect(windowTitle({ displayName: 'a\nb\u0007', filePath: null, dirty: false })).toBe('a b — AI Alignment Planner');
    expect(windowTitle({ displayName: '', filePath: null, dirty: false })).toBe('Untitled plan — AI Alignment Planner');
    expect(windowTitle({ displayName: 'x'.repeat(1000), filePath: null, dirty: false }).length).toBeLessThan(260);
  });
});

describe('window bounds', () => {
  const screen = [{ x: 0, y: 0, width: 1920, height: 1080 }];

  it('restores bounds that are on a connected display', () => {
    expect(restorableBounds({ x: 100, y: 80, width: 1200, height: 800, maximized: true }, screen)).toEqual({
      x: 100,
      y: 80,
      width: 1200,
      height: 800,
      maximized: true,
    });
  });

  it('opens centred when the saved display is gone or the bounds are nonsense', () => {
    expect(restorableBounds(null, screen)).toBeNull();
    expect(restorableBounds({ x: 3000, y: 100, width: 1200, height: 800, maximized: false }, screen)).toBeNull();
    expect(restorableBounds({ x: 100, y: -500, width: 1200, height: 400, maximized: false }, screen)).toBeNull();
    expect(restorableBounds({ x: Number.NaN, y: 0, width: 1200, height: 800, maximized: false }, screen)).toBeNull();
  });

  it('never restores a window smaller than the minimum size', () => {
    expect(restorableBounds({ x: 0, y: 0, width: 10, height: 10, maximized: false }, screen)).toMatchObject({ width: 800, height: 560 });
  });
});

describe('the unsaved-changes question', () => {
  it('offers Save, Don’t Save and Cancel, with Escape meaning Cancel', () => {
    const message = unsavedChangesMessage('Growth plan');
    expect(message.buttons).toEqual(['Save', "Don't Save", 'Cancel']);
    expect(message.cancelId).toBe(2);
    expect(message.message).toContain('Growth plan');
    expect(unsavedChoiceFromResponse(0)).toBe('save');
    expect(unsavedChoiceFromResponse(1)).toBe('discard');
    expect(unsavedChoiceFromResponse(2)).toBe('cancel');
    expect(unsavedChoiceFromResponse(7)).toBe('cancel');
  });
});

describe('a plan named on the command line', () => {
  it('is found among the arguments and resolved against the working directory', () => {
    expect(planPathFromArgv(['/opt/AI Alignment Planner/planner', 'q3.aiplan'], '/home/a')).toBe('/home/a/q3.aiplan');
    expect(planPathFromArgv(['electron', '.', '--inspect=0', '/home/a/Q3.AIPLAN'], '/x')).toBe('/home/a/Q3.AIPLAN');
  });

  it('ignores switches, other files and the executable itself', () => {
    expect(planPathFromArgv(['/opt/x.aiplan'], '/home/a')).toBeNull();
    expect(planPathFromArgv(['planner', '--file=x.aiplan', 'notes.txt'], '/home/a')).toBeNull();
    expect(planPathFromArgv(['planner'], '/home/a')).toBeNull();
  });
});

describe('a pending open', () => {
  it('is taken once', () => {
    const pending = new PendingOpen(() => 0);
    pending.set('/a/q3.aiplan');
    expect(pending.take()).toBe('/a/q3.aiplan');
    expect(pending.take()).toBeNull();
  });

  it('expires, so a later Open from the toolbar shows the dialog', () => {
    let now = 0;
    const pending = new PendingOpen(() => now);
    pending.set('/a/q3.aiplan');
    now = PENDING_OPEN_TTL_MS + 1;
    expect(pending.take()).toBeNull();
  });

  it('can be dropped', () => {
    const pending = new PendingOpen(() => 0);
    pending.set('/a/q3.aiplan');
    pending.clear();
    expect(pending.take()).toBeNull();
  });
});
