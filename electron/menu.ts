import { basename, dirname } from 'node:path';
import { Menu, type MenuItemConstructorOptions } from 'electron';
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

export function buildMenuTemplate(context: MenuContext): MenuItemConstructorOptions[] {
  const { platform, isPackaged, sendCommand } = context;
  const mac = platform === 'darwin';
  const command = (label: string, id: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    id,
    ...(accelerator ? { accelerator } : {}),
    click: () => sendCommand(id),
  });

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
      command('New from Example', 'new-example'),
      command('New Blank Plan', 'new-blank', 'CmdOrCtrl+N'),
      { type: 'separator' },
      command('Open…', 'open', 'CmdOrCtrl+O'),
      { label: 'Open Recent', id: 'open-recent', submenu: recentSubmenu(context) },
      { type: 'separator' },
      command('Save', 'save', 'CmdOrCtrl+S'),
      command('Save As…', 'save-as', 'CmdOrCtrl+Shift+S'),
      { type: 'separator' },
      command('Export PDF…', 'export-pdf', 'CmdOrCtrl+E'),
      { type: 'separator' },
      mac ? { role: 'close' } : { role: 'quit' },
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      command('Undo', 'undo', 'CmdOrCtrl+Z'),
      command('Redo', 'redo', 'CmdOrCtrl+Shift+Z'),
      // The Windows and Linux habit; hidden items keep their accelerator there.
      ...(mac ? [] : [{ ...command('Redo', 'redo', 'Ctrl+Y'), id: 'redo-ctrl-y', visible: false }]),
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
      { role: 'zoomIn' },
      // CmdOrCtrl+Plus needs Shift on most keyboards; accept the = key as browsers do.
      { role: 'zoomIn', accelerator: 'CmdOrCtrl+=', visible: false },
      { role: 'zoomOut' },
      { role: 'resetZoom' },
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

function recentSubmenu({ recentFiles, platform, openRecent, clearRecent }: MenuContext): MenuItemConstructorOptions[] {
  if (recentFiles.length === 0) return [{ label: 'No Recent Plans', enabled: false }];
  // On Windows and Linux "&" marks a mnemonic; a file named "R&D.aiplan" must show its ampersand.
  const escape = (text: string) => (platform === 'darwin' ? text : text.replace(/&/g, '&&'));
  return [
    ...recentFiles.map((path) => ({ label: escape(`${basename(path)} — ${dirname(path)}`), click: () => openRecent(path) })),
    { type: 'separator' },
    { label: 'Clear Recent', click: () => clearRecent() },
  ];
}

export function installMenu(context: MenuContext): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(context)));
}
