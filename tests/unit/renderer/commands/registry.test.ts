import { describe, expect, it } from 'vitest';
import { MENU_COMMANDS } from '../../../../shared/ipc-contract';
import { allCommands, findCommand } from '../../../../renderer/commands/commands';
import { VIEWS } from '../../../../renderer/app/views';

describe('the command registry', () => {
  it('has a command for every menu command the main process sends', () => {
    const missing = MENU_COMMANDS.filter((id) => !findCommand(id));
    expect(missing).toEqual([]);
  });

  it('gives each shortcut to one command only', () => {
    const shortcuts = allCommands().flatMap((c) => c.shortcuts ?? []);
    expect(new Set(shortcuts).size).toBe(shortcuts.length);
  });

  it('has unique ids and a switch command per view', () => {
    const ids = allCommands().map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const view of VIEWS) expect(findCommand(`view:${view.id}`)?.shortcuts).toEqual([view.shortcut]);
  });

  it('leaves undo and redo to the browser inside text fields', () => {
    expect(findCommand('undo')?.inTextField).toBe('native');
    expect(findCommand('redo')?.inTextField).toBe('native');
    expect(findCommand('save')?.inTextField).toBeUndefined();
  });
});
