import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate } from '../../../../electron/menu';
import { acceleratorOf, COMMAND_CATALOGUE, commandLabel } from '../../../../shared/commands/command-catalogue';
import { MENU_COMMANDS, type MenuCommand } from '../../../../shared/ipc-contract';
import { allCommands, findCommand } from '../../../../renderer/commands/commands';

vi.mock('electron', async () => (await import('../../electron/electron-fakes')).electronModule());

const MENU_LABELS = { file: '&File', edit: '&Edit', view: '&View' } as const;

interface SentItem {
  item: MenuItemConstructorOptions;
  /** The labels of the menus above it, outermost first. */
  path: string[];
  sent: MenuCommand;
}

/** Every item of the template that sends a command when clicked (recent files aside: there are none). */
function commandItems(platform: NodeJS.Platform): SentItem[] {
  let sent: MenuCommand[] = [];
  const template = buildMenuTemplate({
    platform,
    isPackaged: false,
    recentFiles: [],
    sendCommand: (command) => sent.push(command),
    openRecent: () => expect.unreachable('no recent files'),
    clearRecent: () => expect.unreachable('no recent files'),
  });
  const found: SentItem[] = [];
  const walk = (items: MenuItemConstructorOptions[], path: string[]) => {
    for (const item of items) {
      if (Array.isArray(item.submenu)) walk(item.submenu, [...path, item.label ?? item.role ?? '']);
      if (!item.click) continue;
      sent = [];
      (item.click as () => void)();
      expect(sent, `${path.join(' › ')} › ${item.label}`).toHaveLength(1);
      found.push({ item, path, sent: sent[0]! });
    }
  };
  walk(template, []);
  return found;
}

describe.each(['linux', 'win32', 'darwin'] as const)('the native menu on %s and the command registry', (platform) => {
  const items = commandItems(platform);

  it('sends only commands the registry has, under the registry’s label and one of its shortcuts', () => {
    expect(items.length).toBeGreaterThan(0);
    for (const { item, sent } of items) {
      const command = findCommand(sent);
      expect(command, sent).toBeDefined();
      expect(item.label, sent).toBe(commandLabel(command!));
      const accelerators = (command!.shortcuts ?? []).map(acceleratorOf);
      if (item.visible === false) expect(accelerators.slice(1), sent).toContain(item.accelerator);
      else expect(item.accelerator, sent).toBe(accelerators[0]);
    }
  });

  it('shows every command the registry marks as a menu command, in its menu, once', () => {
    const menuCommands = allCommands().filter((c) => c.menu);
    expect(menuCommands.map((c) => c.id)).toEqual(expect.arrayContaining(['open', 'save', 'undo']));
    for (const command of menuCommands) {
      const shown = items.filter(({ sent, item }) => sent === command.id && item.visible !== false);
      expect(shown, command.id).toHaveLength(1);
      // The languages have a submenu of their own in the View menu.
      // So do the spreadsheet exports in the File menu (#19).
      const path =
        command.menu!.group === 'language'
          ? [MENU_LABELS.view, 'Language']
          : command.menu!.group === 'export-spreadsheet'
            ? [MENU_LABELS.file, 'Export Spreadsheet']
            : [MENU_LABELS[command.menu!.in]];
      expect(shown[0]!.path, command.id).toEqual(path);
    }
  });

  it('gives every further shortcut of a menu command a hidden item, except on macOS', () => {
    for (const command of allCommands().filter((c) => c.menu)) {
      const hidden = items.filter(({ sent, item }) => sent === command.id && item.visible === false).map(({ item }) => item.accelerator);
      expect(hidden, command.id).toEqual(platform === 'darwin' ? [] : (command.shortcuts ?? []).slice(1).map(acceleratorOf));
    }
  });

  it('sends no command that the registry does not mark as a menu command', () => {
    for (const { sent } of items) expect(findCommand(sent)?.menu, sent).toBeDefined();
  });
});

describe('the command catalogue', () => {
  it('is what the registry holds: every command has its behaviour, and nothing is registered without a name there', () => {
    expect(allCommands().map((c) => c.id).sort()).toEqual(COMMAND_CATALOGUE.map((c) => c.id).sort());
  });

  it('lets the main process send only registered commands: the menu commands, and save-and-close', () => {
    for (const id of MENU_COMMANDS) expect(findCommand(id), id).toBeDefined();
    expect([...MENU_COMMANDS].sort()).toEqual([...allCommands().filter((c) => c.menu).map((c) => c.id), 'save-and-close'].sort());
  });

  it('writes shortcuts as Electron accelerators: Mod is CmdOrCtrl, Ctrl stays Ctrl', () => {
    expect(acceleratorOf('Mod+Shift+s')).toBe('CmdOrCtrl+Shift+S');
    expect(acceleratorOf('Ctrl+Y')).toBe('Ctrl+Y');
    expect(acceleratorOf('Mod+Delete')).toBe('CmdOrCtrl+Delete');
  });
});
