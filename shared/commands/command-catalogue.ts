/*
 * What each command is called, which keys run it and where the native menu shows it, written once.
 * The renderer's registry (renderer/commands/commands.ts) adds what a command does and when it is
 * enabled; electron/menu.ts builds the File, Edit and View menus from the same entries, so a label or a
 * shortcut cannot differ between a button, a key and the menu.
 */

/** The views of an open plan, in tab order. */
export const VIEW_CATALOGUE = [
  { id: 'plan', label: 'Plan', shortcut: 'Mod+1' },
  { id: 'board', label: 'Board', shortcut: 'Mod+2' },
  { id: 'roadmap', label: 'Roadmap', shortcut: 'Mod+3' },
  { id: 'priorities', label: 'Priorities', shortcut: 'Mod+4' },
  { id: 'checks', label: 'Findings', shortcut: 'Mod+5' },
  { id: 'dimensions', label: 'Dimensions', shortcut: 'Mod+6' },
  { id: 'readiness', label: 'Readiness', shortcut: 'Mod+7' },
] as const;

export type ViewId = (typeof VIEW_CATALOGUE)[number]['id'];

export type MenuName = 'file' | 'edit' | 'view';

export interface CommandInfo {
  id: string;
  /** The menu item's text, and a button's text and tooltip unless the button says otherwise. */
  label: string;
  /**
   * Keys in the "Mod+Shift+S" form (Mod is Cmd on macOS, Ctrl elsewhere). The first one is the
   * menu's accelerator and the one buttons show; the others are hidden extras (Ctrl+Y for Redo).
   */
  shortcuts?: readonly string[];
  /**
   * What the shortcut does while focus is in a text field: 'run' the command (Ctrl+S saves while
   * typing) or leave the key to the browser ('native', so Ctrl+Z undoes typing, not the plan).
   */
  inTextField?: 'run' | 'native';
  /** Shown in the native menu: which menu, and a group name (separators fall between groups). */
  menu?: { in: MenuName; group: string };
  /**
   * Sent by the main process although no menu shows it. Such a command runs even while a modal
   * dialog is open: save-and-close is the answer to the close prompt, and ignoring it would leave
   * a quit half done.
   */
  fromMainProcess?: true;
}

const DOCUMENT_COMMANDS = [
  { id: 'new-example', label: 'New from Example', menu: { in: 'file', group: 'new' } },
  { id: 'new-blank', label: 'New Blank Plan', shortcuts: ['Mod+N'], menu: { in: 'file', group: 'new' } },
  { id: 'open', label: 'Open…', shortcuts: ['Mod+O'], menu: { in: 'file', group: 'open' } },
  { id: 'save', label: 'Save', shortcuts: ['Mod+S'], menu: { in: 'file', group: 'save' } },
  { id: 'save-as', label: 'Save As…', shortcuts: ['Mod+Shift+S'], menu: { in: 'file', group: 'save' } },
  { id: 'export-pdf', label: 'Export PDF…', shortcuts: ['Mod+E'], inTextField: 'run', menu: { in: 'file', group: 'export' } },
  { id: 'save-and-close', label: 'Save and Close', fromMainProcess: true },
  { id: 'undo', label: 'Undo', shortcuts: ['Mod+Z'], inTextField: 'native', menu: { in: 'edit', group: 'history' } },
  { id: 'redo', label: 'Redo', shortcuts: ['Mod+Shift+Z', 'Ctrl+Y'], inTextField: 'native', menu: { in: 'edit', group: 'history' } },
  { id: 'board:find', label: 'Find on the board', shortcuts: ['Mod+F'], inTextField: 'run' },
  { id: 'board:toggle-table', label: 'Switch between board and table', shortcuts: ['Mod+Shift+T'] },
  // Also Shift+F10 and the ContextMenu key on the card itself (renderer/move/open-move-menu.ts).
  { id: 'move-to', label: 'Move to…', shortcuts: ['Mod+Shift+M'], inTextField: 'native' },
  // Room size and theme (issue 13): the keys browsers use for zoom scale the app's own type instead.
  { id: 'room-size:larger', label: 'Larger for the Room', shortcuts: ['Mod+='], menu: { in: 'view', group: 'room-step' } },
  { id: 'room-size:smaller', label: 'Smaller for the Room', shortcuts: ['Mod+-'], menu: { in: 'view', group: 'room-step' } },
  { id: 'room-size:normal', label: 'Room Size: Normal', shortcuts: ['Mod+0'], menu: { in: 'view', group: 'room-size' } },
  { id: 'room-size:large', label: 'Room Size: Large', menu: { in: 'view', group: 'room-size' } },
  { id: 'room-size:extra-large', label: 'Room Size: Extra Large', menu: { in: 'view', group: 'room-size' } },
  { id: 'theme:system', label: 'Theme: As the System', menu: { in: 'view', group: 'theme' } },
  { id: 'theme:light', label: 'Theme: Light', menu: { in: 'view', group: 'theme' } },
  { id: 'theme:dark', label: 'Theme: Dark', menu: { in: 'view', group: 'theme' } },
  { id: 'theme:contrast', label: 'Theme: High Contrast (Projector)', menu: { in: 'view', group: 'theme' } },
] as const satisfies readonly CommandInfo[];

export type ViewCommandId = `view:${ViewId}`;

export const viewCommandId = (view: ViewId): ViewCommandId => `view:${view}`;

/** One "Show <view>" command per view, so switching has a shortcut for free. */
const VIEW_COMMANDS: readonly (CommandInfo & { id: ViewCommandId })[] = VIEW_CATALOGUE.map((view) => ({
  id: viewCommandId(view.id),
  label: `Show ${view.label}`,
  shortcuts: [view.shortcut],
}));

type DocumentCommand = (typeof DOCUMENT_COMMANDS)[number];

export type CommandId = DocumentCommand['id'] | ViewCommandId;

/** Every command the main process may send: each menu command, and those marked fromMainProcess. */
export type MainProcessCommand = Extract<DocumentCommand, { menu: object } | { fromMainProcess: true }>['id'];

/** All commands, in menu order within each menu. */
export const COMMAND_CATALOGUE: readonly (CommandInfo & { id: CommandId })[] = [...DOCUMENT_COMMANDS, ...VIEW_COMMANDS];

export const MAIN_PROCESS_COMMANDS: readonly MainProcessCommand[] = DOCUMENT_COMMANDS.filter(
  (c): c is Extract<DocumentCommand, { id: MainProcessCommand }> => 'menu' in c || 'fromMainProcess' in c,
).map((c) => c.id);

const BY_ID = new Map<string, CommandInfo & { id: CommandId }>(COMMAND_CATALOGUE.map((c) => [c.id, c]));

export function commandInfo(id: CommandId): CommandInfo & { id: CommandId } {
  return BY_ID.get(id)!;
}

/** The commands a menu shows, in order. */
export function menuCommandsOf(menu: MenuName): (CommandInfo & { id: MainProcessCommand; menu: NonNullable<CommandInfo['menu']> })[] {
  return DOCUMENT_COMMANDS.filter((c): c is Extract<DocumentCommand, { menu: object }> => 'menu' in c && c.menu.in === menu);
}

/** "Mod+Shift+S" → Electron's "CmdOrCtrl+Shift+S"; "Ctrl+Y" stays Ctrl on every platform. */
export function acceleratorOf(shortcut: string): string {
  const parts = shortcut.split('+');
  const key = parts.pop()!;
  const modifiers = parts.map((part) => (part === 'Mod' ? 'CmdOrCtrl' : part));
  return [...modifiers, key.length === 1 ? key.toUpperCase() : key].join('+');
}
