import { basename, dirname } from 'node:path';
import { Menu, type MenuItemConstructorOptions } from 'electron';
import { acceleratorOf, commandLabel, menuCommandsOf, type MenuName } from '../shared/commands/command-catalogue';
import type { MenuCommand } from '../shared/ipc-contract';
import { APP_NAME } from './window-state';

export interface MenuContext {
  platform: NodeJS.Platform;
  isPackaged: boolean;
  recentFiles: readonly string[];
  sendCommand(command: MenuCommand): void;
  openRecent(path: string): void;
  clearRecent(): void;
}

/*
 * Undo and Redo. The plan's history lives in the renderer, so these items send `undo`/`redo`
 * commands rather than using the native `undo`/`redo` roles (which only know about text fields).
 * Text fields keep their native undo all the same: the renderer's command (see
 * renderer/commands/edit-commands.ts) checks where the focus is and, inside a text field, runs the
 * field's own undo (document.execCommand) instead of the plan's. Ctrl+Z typed in a field never
 * reaches the menu as a plan undo either: the renderer leaves such keys to the field, and the menu
 * item's command lands in the same focus check. One path for mouse and keyboard, one decision, made
 * where the focus is known.
 */

/**
 * The items of the File or Edit menu from the command catalogue (shared/commands), the same
 * labels and keys the renderer's registry uses: a separator between groups, the first shortcut as
 * the accelerator. Further shortcuts become hidden items, which keep their accelerator on Windows
 * and Linux (macOS ignores hidden items' keys; the renderer still answers them there).
 * `after` places a native item (Open Recent) right after a command.
 */
function commandItems(
  menu: MenuName,
  { platform, sendCommand }: MenuContext,
  after: Partial<Record<MenuCommand, MenuItemConstructorOptions>> = {},
): MenuItemConstructorOptions[] {
  const items: MenuItemConstructorOptions[] = [];
  let group: string | null = null;
  for (const command of menuCommandsOf(menu)) {
    if (group !== null && command.menu.group !== group) items.push({ type: 'separator' });
    group = command.menu.group;
    const [first, ...extras] = command.shortcuts ?? [];
    const click = () => sendCommand(command.id);
    items.push({ label: escapeMnemonics(commandLabel(command)), id: command.id, ...(first ? { accelerator: acceleratorOf(first) } : {}), click });
    if (platform !== 'darwin') {
      for (const extra of extras) items.push({ label: escapeMnemonics(commandLabel(command)), id: `${command.id}:${extra}`, accelerator: acceleratorOf(extra), visible: false, click });
    }
    const next = after[command.id];
    if (next) items.push(next);
  }
  return items;
}

/**
 * For every label made from text: Electron reads a single "&" as a mnemonic marker and drops it (on
 * macOS too), so a file named "R&D.aiplan" must be written "R&&D.aiplan" to show its ampersand.
 */
export function escapeMnemonics(text: string): string {
  return text.replace(/&/g, '&&');
}

export function buildMenuTemplate(context: MenuContext): MenuItemConstructorOptions[] {
  const { platform, isPackaged } = context;
  const mac = platform === 'darwin';

  const appMenu: MenuItemConstructorOptions = {
    label: APP_NAME,
    submenu: [
      { role: 'about' },
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit' },
    ],
  };

  const fileMenu: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      ...commandItems('file', context, { open: { label: 'Open Recent', id: 'open-recent', submenu: recentSubmenu(context) } }),
      { type: 'separator' },
      mac ? { role: 'close' } : { role: 'quit' },
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      ...commandItems('edit', context),
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };

  const viewMenu: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      // Room size replaces browser zoom (which breaks the layouts): the app scales its own type.
      ...commandItems('view', context),
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...(isPackaged ? [] : [{ type: 'separator' as const }, { role: 'toggleDevTools' as const }]),
    ],
  };

  const helpMenu: MenuItemConstructorOptions = {
    role: 'help',
    label: '&Help',
    submenu: [{ role: 'about', label: `About ${APP_NAME}` }],
  };

  return mac ? [appMenu, fileMenu, editMenu, viewMenu, { role: 'windowMenu' }, helpMenu] : [fileMenu, editMenu, viewMenu, helpMenu];
}

function recentSubmenu({ recentFiles, openRecent, clearRecent }: MenuContext): MenuItemConstructorOptions[] {
  if (recentFiles.length === 0) return [{ label: 'No Recent Plans', enabled: false }];
  return [
    ...recentFiles.map((path) => ({ label: escapeMnemonics(`${basename(path)} — ${dirname(path)}`), click: () => openRecent(path) })),
    { type: 'separator' },
    { label: 'Clear Recent', click: () => clearRecent() },
  ];
}

export function installMenu(context: MenuContext): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(context)));
}
