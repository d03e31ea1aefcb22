/*
 * What each command is called, which keys run it and where the native menu shows it, written once.
 * The renderer's registry (renderer/commands/commands.ts) adds what a command does and when it is
 * enabled; electron/menu.ts builds the File, Edit and View menus from the same entries, so a label or a
 * shortcut cannot differ between a button, a key and the menu.
 */
import { t as activeT } from '../i18n/active-locale';
import type { MessageKey, Translate } from '../i18n/translator';

/** The views of an open plan, in tab order. */
export const VIEW_CATALOGUE = [
  { id: 'plan', labelKey: 'menu.view.plan', showKey: 'menu.view.plan.show', shortcut: 'Mod+1' },
  { id: 'board', labelKey: 'menu.view.board', showKey: 'menu.view.board.show', shortcut: 'Mod+2' },
  { id: 'roadmap', labelKey: 'menu.view.roadmap', showKey: 'menu.view.roadmap.show', shortcut: 'Mod+3' },
  { id: 'priorities', labelKey: 'menu.view.priorities', showKey: 'menu.view.priorities.show', shortcut: 'Mod+4' },
  { id: 'checks', labelKey: 'menu.view.checks', showKey: 'menu.view.checks.show', shortcut: 'Mod+5' },
  { id: 'dimensions', labelKey: 'menu.view.dimensions', showKey: 'menu.view.dimensions.show', shortcut: 'Mod+6' },
  { id: 'readiness', labelKey: 'menu.view.readiness', showKey: 'menu.view.readiness.show', shortcut: 'Mod+7' },
  { id: 'governance', labelKey: 'menu.view.governance', showKey: 'menu.view.governance.show', shortcut: 'Mod+8' },
  { id: 'value', labelKey: 'menu.view.value', showKey: 'menu.view.value.show', shortcut: 'Mod+9' },
  // The off-site (#17): Mod+0 is the room size, so the tenth view takes W for Workshop.
  { id: 'workshop', labelKey: 'menu.view.workshop', showKey: 'menu.view.workshop.show', shortcut: 'Mod+Shift+W' },
] as const satisfies readonly { id: string; labelKey: MessageKey; showKey: MessageKey; shortcut: string }[];

export type ViewId = (typeof VIEW_CATALOGUE)[number]['id'];

export type MenuName = 'file' | 'edit' | 'view';

export interface CommandInfo {
  id: string;
  /** The menu item's text, and a button's text and tooltip unless the button says otherwise: a catalogue key. */
  labelKey: MessageKey;
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
  { id: 'new-example', labelKey: 'menu.command.newExample', menu: { in: 'file', group: 'new' } },
  { id: 'new-blank', labelKey: 'menu.command.newBlank', shortcuts: ['Mod+N'], menu: { in: 'file', group: 'new' } },
  { id: 'open', labelKey: 'menu.command.open', shortcuts: ['Mod+O'], menu: { in: 'file', group: 'open' } },
  // Spreadsheets in and out (#19): Import reads a CSV or XLSX into a new plan or the open one; the two exports sit in File › Export Spreadsheet.
  { id: 'import-spreadsheet', labelKey: 'spreadsheet.menu.import', menu: { in: 'file', group: 'open' } },
  { id: 'save', labelKey: 'menu.command.save', shortcuts: ['Mod+S'], menu: { in: 'file', group: 'save' } },
  { id: 'save-as', labelKey: 'menu.command.saveAs', shortcuts: ['Mod+Shift+S'], menu: { in: 'file', group: 'save' } },
  { id: 'export-pdf', labelKey: 'menu.command.exportPdf', shortcuts: ['Mod+E'], inTextField: 'run', menu: { in: 'file', group: 'export' } },
  { id: 'export-csv', labelKey: 'spreadsheet.menu.exportCsv', menu: { in: 'file', group: 'export-spreadsheet' } },
  { id: 'export-xlsx', labelKey: 'spreadsheet.menu.exportXlsx', menu: { in: 'file', group: 'export-spreadsheet' } },
  // The plan over time (#20): snapshots kept inside the plan, what changed, and a colleague's copy merged in.
  // Ctrl/Cmd+Alt+S, +H, +C (compare) and +M (merge) are taken by no other command; 'native' leaves them to AltGr typing in a text field.
  { id: 'take-snapshot', labelKey: 'menu.command.takeSnapshot', shortcuts: ['Mod+Alt+S'], inTextField: 'native', menu: { in: 'file', group: 'snapshots' } },
  { id: 'snapshots', labelKey: 'menu.command.snapshots', shortcuts: ['Mod+Alt+H'], inTextField: 'native', menu: { in: 'file', group: 'snapshots' } },
  { id: 'compare-plans', labelKey: 'menu.command.comparePlans', shortcuts: ['Mod+Alt+C'], inTextField: 'native', menu: { in: 'file', group: 'snapshots' } },
  { id: 'merge-plan', labelKey: 'menu.command.mergePlan', shortcuts: ['Mod+Alt+M'], inTextField: 'native', menu: { in: 'file', group: 'snapshots' } },
  { id: 'save-and-close', labelKey: 'menu.command.saveAndClose', fromMainProcess: true },
  { id: 'undo', labelKey: 'menu.command.undo', shortcuts: ['Mod+Z'], inTextField: 'native', menu: { in: 'edit', group: 'history' } },
  { id: 'redo', labelKey: 'menu.command.redo', shortcuts: ['Mod+Shift+Z', 'Ctrl+Y'], inTextField: 'native', menu: { in: 'edit', group: 'history' } },
  { id: 'board:find', labelKey: 'menu.command.boardFind', shortcuts: ['Mod+F'], inTextField: 'run' },
  { id: 'board:toggle-table', labelKey: 'menu.command.boardToggleTable', shortcuts: ['Mod+Shift+T'] },
  // Also Shift+F10 and the ContextMenu key on the card itself (renderer/move/open-move-menu.ts).
  { id: 'move-to', labelKey: 'menu.command.moveTo', shortcuts: ['Mod+Shift+M'], inTextField: 'native' },
  // Presenting (issue 13): full screen at Extra large, no editing chrome; F5 as in slide software.
  { id: 'present', labelKey: 'menu.command.present', shortcuts: ['F5'], menu: { in: 'view', group: 'present' } },
  // The running agenda of the off-site (#17). Ctrl/Cmd+Alt with PageDown/PageUp and 5, Ctrl/Cmd+Shift+Space:
  // taken by no other command nor by the systems (Cmd+Shift+5 is macOS's screenshot tool). While
  // presenting, plain PageDown/PageUp and the arrows page the steps too (renderer/presenting).
  { id: 'agenda:next-step', labelKey: 'menu.command.agendaNextStep', shortcuts: ['Mod+Alt+PageDown'], menu: { in: 'view', group: 'agenda' } },
  { id: 'agenda:previous-step', labelKey: 'menu.command.agendaPreviousStep', shortcuts: ['Mod+Alt+PageUp'], menu: { in: 'view', group: 'agenda' } },
  { id: 'agenda:toggle-timer', labelKey: 'menu.command.agendaToggleTimer', shortcuts: ['Mod+Shift+Space'], inTextField: 'native', menu: { in: 'view', group: 'agenda' } },
  { id: 'agenda:add-five', labelKey: 'menu.command.agendaAddFive', shortcuts: ['Mod+Alt+5'], inTextField: 'native', menu: { in: 'view', group: 'agenda' } },
  // Room size and theme (issue 13): the keys browsers use for zoom scale the app's own type instead.
  { id: 'room-size:larger', labelKey: 'menu.command.roomSizeLarger', shortcuts: ['Mod+='], menu: { in: 'view', group: 'room-step' } },
  { id: 'room-size:smaller', labelKey: 'menu.command.roomSizeSmaller', shortcuts: ['Mod+-'], menu: { in: 'view', group: 'room-step' } },
  { id: 'room-size:normal', labelKey: 'menu.command.roomSizeNormal', shortcuts: ['Mod+0'], menu: { in: 'view', group: 'room-size' } },
  { id: 'room-size:large', labelKey: 'menu.command.roomSizeLarge', menu: { in: 'view', group: 'room-size' } },
  { id: 'room-size:extra-large', labelKey: 'menu.command.roomSizeExtraLarge', menu: { in: 'view', group: 'room-size' } },
  { id: 'theme:system', labelKey: 'menu.command.themeSystem', menu: { in: 'view', group: 'theme' } },
  { id: 'theme:light', labelKey: 'menu.command.themeLight', menu: { in: 'view', group: 'theme' } },
  { id: 'theme:dark', labelKey: 'menu.command.themeDark', menu: { in: 'view', group: 'theme' } },
  { id: 'theme:contrast', labelKey: 'menu.command.themeContrast', menu: { in: 'view', group: 'theme' } },
  // The app's language: View › Language, a submenu of its own (electron/menu.ts), each language named in itself.
  { id: 'language:system', labelKey: 'menu.language.system', menu: { in: 'view', group: 'language' } },
  { id: 'language:en', labelKey: 'menu.language.en', menu: { in: 'view', group: 'language' } },
  { id: 'language:de', labelKey: 'menu.language.de', menu: { in: 'view', group: 'language' } },
  { id: 'language:vi', labelKey: 'menu.language.vi', menu: { in: 'view', group: 'language' } },
] as const satisfies readonly CommandInfo[];

export type ViewCommandId = `view:${ViewId}`;

export const viewCommandId = (view: ViewId): ViewCommandId => `view:${view}`;

/** One "Show <view>" command per view, so switching has a shortcut for free. */
const VIEW_COMMANDS: readonly (CommandInfo & { id: ViewCommandId })[] = VIEW_CATALOGUE.map((view) => ({
  id: viewCommandId(view.id),
  labelKey: view.showKey,
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

/** A command's text in the active language (or the language of `t`). */
export function commandLabel(command: { labelKey: MessageKey }, t: Translate = activeT): string {
  return t(command.labelKey);
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
