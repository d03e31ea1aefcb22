import { basename, dirname } from 'node:path';
import { Menu, type MenuItemConstructorOptions } from 'electron';
import { acceleratorOf, commandLabel, menuCommandsOf, type MenuName } from '../shared/commands/command-catalogue';
import { DEFAULT_DISPLAY_PREFERENCES, type DisplayPreferences } from '../shared/display-preferences';
import { t } from '../shared/i18n/active-locale';
import { LANGUAGE_NATIVE_NAMES, type Locale } from '../shared/i18n/locales';
import type { MessageKey } from '../shared/i18n/translator';
import type { MenuCommand } from '../shared/ipc-contract';
import { APP_NAME } from './window-state';

export interface MenuContext {
  platform: NodeJS.Platform;
  isPackaged: boolean;
  recentFiles: readonly string[];
  /** The stored room size, theme and language: their items show as radio items, the current one checked. */
  displayPreferences?: DisplayPreferences;
  /** A modal dialog is open in the page: every command is greyed, as the page would refuse it anyway. */
  modalOpen?: boolean;
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

/** The items that pick one of a set (room size, theme, language), and whether each is the one chosen now. */
const CHOSEN: Partial<Record<MenuCommand, (preferences: DisplayPreferences) => boolean>> = {
  'room-size:normal': (p) => p.roomSize === 'normal',
  'room-size:large': (p) => p.roomSize === 'large',
  'room-size:extra-large': (p) => p.roomSize === 'extra-large',
  'theme:system': (p) => p.theme === 'system',
  'theme:light': (p) => p.theme === 'light',
  'theme:dark': (p) => p.theme === 'dark',
  'theme:contrast': (p) => p.theme === 'contrast',
  'language:system': (p) => p.language === 'system',
  'language:en': (p) => p.language === 'en',
  'language:de': (p) => p.language === 'de',
  'language:vi': (p) => p.language === 'vi',
};

/** Each language is named in itself, whatever language the menu is in, so that anyone can find their own. */
const LANGUAGE_OF_COMMAND: Partial<Record<MenuCommand, Locale>> = { 'language:en': 'en', 'language:de': 'de', 'language:vi': 'vi' };

/** Command groups shown as a submenu of their own, under this title, where the group's place is. */
const SUBMENU_OF_GROUP: Partial<Record<string, MessageKey>> = { language: 'menu.language', 'export-spreadsheet': 'spreadsheet.menu.export' };

function labelOf(command: { id: MenuCommand; labelKey: MessageKey }): string {
  const language = LANGUAGE_OF_COMMAND[command.id];
  return escapeMnemonics(language ? LANGUAGE_NATIVE_NAMES[language] : commandLabel(command));
}

/**
 * The items of the File, Edit or View menu from the command catalogue (shared/commands), the same
 * labels and keys the renderer's registry uses: a separator between groups, the first shortcut as
 * the accelerator. Further shortcuts become hidden items, which keep their accelerator on Windows
 * and Linux (macOS ignores hidden items' keys; the renderer still answers them there).
 * `after` places a native item (Open Recent) right after a command. All are greyed while a modal
 * dialog is open in the page.
 */
function commandItems(
  menu: MenuName,
  { platform, sendCommand, displayPreferences = DEFAULT_DISPLAY_PREFERENCES, modalOpen = false }: MenuContext,
  after: Partial<Record<MenuCommand, MenuItemConstructorOptions>> = {},
): MenuItemConstructorOptions[] {
  const items: MenuItemConstructorOptions[] = [];
  const submenus = new Map<string, MenuItemConstructorOptions[]>();
  let group: string | null = null;
  for (const command of menuCommandsOf(menu)) {
    const submenuTitle = SUBMENU_OF_GROUP[command.menu.group];
    let into = items;
    if (submenuTitle) {
      into = submenus.get(command.menu.group) ?? [];
      if (!submenus.has(command.menu.group)) {
        submenus.set(command.menu.group, into);
        if (group !== null) items.push({ type: 'separator' });
        items.push({ label: t(submenuTitle), id: `submenu:${command.menu.group}`, submenu: into });
        group = command.menu.group;
      }
    } else {
      if (group !== null && command.menu.group !== group) items.push({ type: 'separator' });
      group = command.menu.group;
    }
    const [first, ...extras] = command.shortcuts ?? [];
    const click = () => sendCommand(command.id);
    const label = labelOf(command);
    const chosen = CHOSEN[command.id];
    into.push({
      label,
      id: command.id,
      ...(first ? { accelerator: acceleratorOf(first) } : {}),
      ...(chosen ? { type: 'radio' as const, checked: chosen(displayPreferences) } : {}),
      enabled: !modalOpen,
      click,
    });
    if (platform !== 'darwin') {
      for (const extra of extras) into.push({ label, id: `${command.id}:${extra}`, accelerator: acceleratorOf(extra), visible: false, enabled: !modalOpen, click });
    }
    const next = after[command.id];
    if (next) into.push(next);
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

/** Labels are read from the catalogue each time the menu is built, so a new language needs only a rebuild. */
export function buildMenuTemplate(context: MenuContext): MenuItemConstructorOptions[] {
  const { platform, isPackaged } = context;
  const mac = platform === 'darwin';
  const app = APP_NAME;

  const appMenu: MenuItemConstructorOptions = {
    label: APP_NAME,
    submenu: [
      { role: 'about', label: t('menu.about', { app }) },
      { type: 'separator' },
      { role: 'services', label: t('menu.services') },
      { type: 'separator' },
      { role: 'hide', label: t('menu.hide', { app }) },
      { role: 'hideOthers', label: t('menu.hideOthers') },
      { role: 'unhide', label: t('menu.unhide') },
      { type: 'separator' },
      { role: 'quit', label: t('menu.quit.mac', { app }) },
    ],
  };

  const fileMenu: MenuItemConstructorOptions = {
    label: t('menu.file'),
    submenu: [
      ...commandItems('file', context, { open: { label: t('menu.openRecent'), id: 'open-recent', submenu: recentSubmenu(context) } }),
      { type: 'separator' },
      mac ? { role: 'close', label: t('menu.closeWindow') } : { role: 'quit', label: t(platform === 'win32' ? 'menu.quit.windows' : 'menu.quit.linux') },
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: t('menu.edit'),
    submenu: [
      ...commandItems('edit', context),
      { type: 'separator' },
      { role: 'cut', label: t('menu.cut') },
      { role: 'copy', label: t('menu.copy') },
      { role: 'paste', label: t('menu.paste') },
      { role: 'selectAll', label: t('menu.selectAll') },
    ],
  };

  const viewMenu: MenuItemConstructorOptions = {
    label: t('menu.view'),
    submenu: [
      // Room size replaces browser zoom (which breaks the layouts): the app scales its own type.
      ...commandItems('view', context),
      { type: 'separator' },
      { role: 'togglefullscreen', label: t('menu.fullScreen') },
      ...(isPackaged ? [] : [{ type: 'separator' as const }, { role: 'toggleDevTools' as const, label: t('menu.devTools') }]),
    ],
  };

  // Written out rather than left to the role, so that its items speak the app's language too.
  const windowMenu: MenuItemConstructorOptions = {
    role: 'windowMenu',
    label: t('menu.window'),
    submenu: [
      { role: 'minimize', label: t('menu.minimize') },
      { role: 'zoom', label: t('menu.zoom') },
      { type: 'separator' },
      { role: 'front', label: t('menu.front') },
    ],
  };

  const helpMenu: MenuItemConstructorOptions = {
    role: 'help',
    label: t('menu.help'),
    submenu: [{ role: 'about', label: t('menu.about', { app }) }],
  };

  return mac ? [appMenu, fileMenu, editMenu, viewMenu, windowMenu, helpMenu] : [fileMenu, editMenu, viewMenu, helpMenu];
}

function recentSubmenu({ recentFiles, openRecent, clearRecent, modalOpen = false }: MenuContext): MenuItemConstructorOptions[] {
  if (recentFiles.length === 0) return [{ label: t('menu.noRecent'), enabled: false }];
  return [
    // Opening a plan is a command (it sends `open`): greyed with the others while a dialog is open.
    ...recentFiles.map((path) => ({ label: escapeMnemonics(`${basename(path)} — ${dirname(path)}`), enabled: !modalOpen, click: () => openRecent(path) })),
    { type: 'separator' },
    { label: t('menu.clearRecent'), click: () => clearRecent() },
  ];
}

export function installMenu(context: MenuContext): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(context)));
}
