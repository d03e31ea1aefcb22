import { describe, expect, it } from 'vitest';
import { MENU_COMMANDS } from '../../../../shared/ipc-contract';
import { allCommands, findCommand } from '../../../../renderer/commands/commands';
import { VIEWS } from '../../../../renderer/app/views';
import { plannerStore } from '../../../../renderer/store/store';
import { VIEW_CATALOGUE, type ViewId } from '../../../../shared/commands/command-catalogue';

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

  it('names views by a typed id, so a view that does not exist does not compile', () => {
    const setActiveView = (id: ViewId) => plannerStore.getState().setActiveView(id);
    // @ts-expect-error There is no "matrix" view (the board shows the matrix).
    const wrong = () => setActiveView('matrix');
    expect(wrong).toBeTypeOf('function');
    expect(VIEWS.map((v) => v.id)).toEqual(VIEW_CATALOGUE.map((v) => v.id));
  });

  it('leaves undo and redo to the browser inside text fields', () => {
    expect(findCommand('undo')?.inTextField).toBe('native');
    expect(findCommand('redo')?.inTextField).toBe('native');
    expect(findCommand('save')?.inTextField).toBeUndefined();
  });
});
