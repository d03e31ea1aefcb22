import * as electron from 'electron';
import type { MenuItemConstructorOptions } from 'electron';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate, installMenu, type MenuContext } from '../../../electron/menu';
import { setActiveLocale } from '../../../shared/i18n/active-locale';
import type { MenuCommand } from '../../../shared/ipc-contract';

vi.mock('electron', async () => (await import('./electron-fakes')).electronModule());

function build(overrides: Partial<MenuContext> = {}) {
  const context = {
    platform: 'linux' as NodeJS.Platform,
    isPackaged: true,
    recentFiles: [] as string[],
    sendCommand: vi.fn<(command: MenuCommand) => void>(),
    openRecent: vi.fn<(path: string) => void>(),
    clearRecent: vi.fn<() => void>(),
    ...overrides,
  };
  return { context, template: buildMenuTemplate(context) };
}

const submenu = (item: MenuItemConstructorOptions | undefined) => (item?.submenu ?? []) as MenuItemConstructorOptions[];
const menu = (template: MenuItemConstructorOptions[], label: string) => submenu(template.find((m) => m.label?.replace('&', '') === label));
const click = (item: MenuItemConstructorOptions) => (item.click as () => void)();

describe.each(['linux', 'win32', 'darwin'] as const)('the menu on %s', (platform) => {
  it.each([
    ['File', 'New from Example', 'new-example', undefined],
    ['File', 'New Blank Plan', 'new-blank', 'CmdOrCtrl+N'],
    ['File', 'Open…', 'open', 'CmdOrCtrl+O'],
    ['File', 'Save', 'save', 'CmdOrCtrl+S'],
    ['File', 'Save As…', 'save-as', 'CmdOrCtrl+Shift+S'],
    ['File', 'Export PDF…', 'export-pdf', 'CmdOrCtrl+E'],
    ['File', 'Import Spreadsheet…', 'import-spreadsheet', undefined],
    ['Edit', 'Undo', 'undo', 'CmdOrCtrl+Z'],
    ['Edit', 'Redo', 'redo', 'CmdOrCtrl+Shift+Z'],
    ['View', 'Larger for the Room', 'room-size:larger', 'CmdOrCtrl+='],
    ['View', 'Smaller for the Room', 'room-size:smaller', 'CmdOrCtrl+-'],
    ['View', 'Room Size: Normal', 'room-size:normal', 'CmdOrCtrl+0'],
    ['View', 'Room Size: Large', 'room-size:large', undefined],
    ['View', 'Room Size: Extra Large', 'room-size:extra-large', undefined],
    ['View', 'Theme: As the System', 'theme:system', undefined],
    ['View', 'Theme: Light', 'theme:light', undefined],
    ['View', 'Theme: Dark', 'theme:dark', undefined],
    ['View', 'Theme: High Contrast (Projector)', 'theme:contrast', undefined],
  ] as const)('%s › %s sends %s (%s)', (menuLabel, label, command, accelerator) => {
    const { context, template } = build({ platform });
    const item = menu(template, menuLabel).find((i) => i.label === label && i.visible !== false);
    expect(item, label).toBeDefined();
    expect(item!.accelerator).toBe(accelerator);
    expect(item!.role).toBeUndefined();
    click(item!);
    expect(context.sendCommand).toHaveBeenCalledWith(command);
  });

  it('leaves Cut, Copy, Paste and Select All to the native roles', () => {
    const roles = menu(build({ platform }).template, 'Edit').map((i) => i.role).filter(Boolean);
    expect(roles).toEqual(['cut', 'copy', 'paste', 'selectAll']);
  });

  it('has full screen but no browser zoom (room size takes its keys), and no reload that could lose unsaved work', () => {
    const roles = menu(build({ platform }).template, 'View').map((i) => i.role);
    expect(roles).toContain('togglefullscreen');
    expect(roles).not.toEqual(expect.arrayContaining(['zoomIn']));
    expect(roles).not.toEqual(expect.arrayContaining(['zoomOut']));
    expect(roles).not.toEqual(expect.arrayContaining(['resetZoom']));
    expect(roles).not.toContain('reload');
    expect(roles).not.toContain('forceReload');
  });

  it('offers developer tools only when not packaged', () => {
    expect(menu(build({ platform, isPackaged: true }).template, 'View').map((i) => i.role)).not.toContain('toggleDevTools');
    expect(menu(build({ platform, isPackaged: false }).template, 'View').map((i) => i.role)).toContain('toggleDevTools');
  });

  it('has Quit and About', () => {
    const roles = build({ platform }).template.flatMap((m) => submenu(m)).map((i) => i.role);
    expect(roles).toContain('quit');
    expect(roles).toContain('about');
  });
});

describe('Redo', () => {
  it('also answers Ctrl+Y on Windows and Linux, not on macOS', () => {
    for (const platform of ['win32', 'linux'] as const) {
      const { context, template } = build({ platform });
      const ctrlY = menu(template, 'Edit').find((i) => i.accelerator === 'Ctrl+Y');
      expect(ctrlY?.visible).toBe(false);
      click(ctrlY!);
      expect(context.sendCommand).toHaveBeenCalledWith('redo');
    }
    expect(menu(build({ platform: 'darwin' }).template, 'Edit').some((i) => i.accelerator === 'Ctrl+Y')).toBe(false);
  });
});

describe('Open Recent', () => {
  const recent = (overrides: Partial<MenuContext>) => {
    const built = build(overrides);
    return { ...built, items: submenu(menu(built.template, 'File').find((i) => i.label === 'Open Recent')) };
  };

  it('lists recent files from the settings and opens the one clicked', () => {
    const { context, items } = recent({ recentFiles: ['/home/a/q3.aiplan', '/home/a/R&D.aiplan'] });
    expect(items.map((i) => i.label)).toEqual(['q3.aiplan — /home/a', 'R&&D.aiplan — /home/a', undefined, 'Clear Recent']);
    click(items[1]!);
    expect(context.openRecent).toHaveBeenCalledWith('/home/a/R&D.aiplan');
    click(items[3]!);
    expect(context.clearRecent).toHaveBeenCalled();
  });

  it.each(['linux', 'win32', 'darwin'] as const)('keeps every "&" of a file or folder name on %s, where a single "&" would vanish as a mnemonic', (platform) => {
    const { items } = recent({ platform, recentFiles: ['/home/a/R&D/Q&A & more.aiplan'] });
    expect(items[0]!.label).toBe('Q&&A && more.aiplan — /home/a/R&&D');
  });

  it('says so when there is nothing recent', () => {
    const { items } = recent({ recentFiles: [] });
    expect(items).toEqual([{ label: 'No Recent Plans', enabled: false }]);
  });
});

describe('installMenu', () => {
  it('sets the application menu from the template', () => {
    const { context, template } = build();
    installMenu(context);
    expect(vi.mocked(electron.Menu.buildFromTemplate)).toHaveBeenCalledWith(expect.arrayContaining([expect.objectContaining({ label: template[0]!.label })]));
    expect(vi.mocked(electron.Menu.setApplicationMenu)).toHaveBeenCalled();
  });
});

describe('in the language of the app', () => {
  afterEach(() => setActiveLocale('en'));

  it('names the menus, the commands and the native roles in German', () => {
    setActiveLocale('de');
    const { template } = build({ platform: 'linux', recentFiles: [] });
    expect(template.map((m) => m.label)).toEqual(['&Datei', '&Bearbeiten', '&Ansicht', '&Hilfe']);
    expect(menu(template, 'Datei').map((i) => i.label)).toEqual(
      expect.arrayContaining(['Neuer leerer Plan', 'Öffnen…', 'Zuletzt geöffnet', 'Speichern', 'Speichern unter…', 'PDF exportieren…', '&Beenden']),
    );
    const edit = menu(template, 'Bearbeiten');
    expect(edit.filter((i) => i.role).map((i) => [i.role, i.label])).toEqual([
      ['cut', 'Ausschneiden'],
      ['copy', 'Kopieren'],
      ['paste', 'Einfügen'],
      ['selectAll', 'Alles auswählen'],
    ]);
    expect(edit.find((i) => i.id === 'undo')?.label).toBe('Rückgängig');
    expect(menu(template, 'Ansicht').find((i) => i.role === 'togglefullscreen')?.label).toBe('Vollbild ein/aus');
    expect(submenu(menu(template, 'Datei').find((i) => i.id === 'open-recent'))).toEqual([{ label: 'Keine zuletzt geöffneten Pläne', enabled: false }]);
  });

  it('labels every role item on macOS too, the window menu included', () => {
    setActiveLocale('de');
    const { template } = build({ platform: 'darwin' });
    const roleItems = template.flatMap((m) => [m, ...submenu(m)]).filter((i) => i.role);
    expect(roleItems.filter((i) => !i.label).map((i) => i.role)).toEqual([]);
    const windowMenu = template.find((m) => m.role === 'windowMenu')!;
    expect(windowMenu.label).toBe('Fenster');
    expect(submenu(windowMenu).map((i) => i.label)).toEqual(['Minimieren', 'Zoomen', undefined, 'Alle nach vorne bringen']);
    expect(submenu(template[0]).find((i) => i.role === 'quit')?.label).toBe('AI Alignment Planner beenden');
  });

  it('keeps English where nothing was chosen', () => {
    const { template } = build({ platform: 'win32' });
    expect(template.map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
    expect(menu(template, 'File').find((i) => i.role === 'quit')?.label).toBe('E&xit');
  });
});

describe('View › Language, room size and theme', () => {
  afterEach(() => setActiveLocale('en'));
  const languageItems = (template: MenuItemConstructorOptions[], viewLabel = 'View') => submenu(menu(template, viewLabel).find((i) => i.id === 'submenu:language'));

  it('offers the system language and each language named in itself, the stored choice checked, and sends the choice', () => {
    const { context, template } = build({ displayPreferences: { roomSize: 'normal', theme: 'system', language: 'de' } });
    const items = languageItems(template);
    expect(menu(template, 'View').find((i) => i.id === 'submenu:language')?.label).toBe('Language');
    expect(items.map((i) => [i.label, i.type, i.checked])).toEqual([
      ['System Language', 'radio', false],
      ['English', 'radio', false],
      ['Deutsch', 'radio', true],
      ['Tiếng Việt', 'radio', false],
    ]);
    click(items[3]!);
    expect(context.sendCommand).toHaveBeenCalledWith('language:vi');
  });

  it('names the languages in themselves in a German menu too, and checks the system language by default', () => {
    setActiveLocale('de');
    const items = languageItems(build().template, 'Ansicht');
    expect(menu(build().template, 'Ansicht').find((i) => i.id === 'submenu:language')?.label).toBe('Sprache');
    expect(items.map((i) => i.label)).toEqual(['Systemsprache', 'English', 'Deutsch', 'Tiếng Việt']);
    expect(items.filter((i) => i.checked).map((i) => i.id)).toEqual(['language:system']);
  });

  it('shows room size and theme as radio items with the stored choice checked', () => {
    const view = menu(build({ displayPreferences: { roomSize: 'large', theme: 'contrast', language: 'system' } }).template, 'View');
    const radios = view.filter((i) => i.type === 'radio');
    expect(radios.map((i) => [i.id, i.checked])).toEqual([
      ['room-size:normal', false],
      ['room-size:large', true],
      ['room-size:extra-large', false],
      ['theme:system', false],
      ['theme:light', false],
      ['theme:dark', false],
      ['theme:contrast', true],
    ]);
    // Larger and Smaller are steps, not choices.
    expect(view.find((i) => i.id === 'room-size:larger')?.type).toBeUndefined();
  });
});

describe('while a modal dialog is open in the page', () => {
  const commandItemsOf = (template: MenuItemConstructorOptions[]) =>
    template.flatMap((m) => submenu(m)).flatMap((i) => (i.id === 'submenu:language' ? submenu(i) : [i])).filter((i) => i.id && !i.id.startsWith('submenu:') && i.id !== 'open-recent');

  it('greys every command, the languages and the recent plans, and leaves the native roles alone', () => {
    const { template } = build({ modalOpen: true, recentFiles: ['/home/a/q3.aiplan'] });
    const commands = commandItemsOf(template);
    expect(commands.map((i) => i.id)).toEqual(expect.arrayContaining(['save', 'undo', 'room-size:normal', 'theme:dark', 'language:de']));
    expect(commands.filter((i) => i.enabled !== false).map((i) => i.id)).toEqual([]);
    const recent = submenu(menu(template, 'File').find((i) => i.id === 'open-recent'));
    expect(recent[0]!.enabled).toBe(false);
    expect(menu(template, 'Edit').filter((i) => i.role).every((i) => i.enabled !== false)).toBe(true);
  });

  it('enables them all again once it is closed', () => {
    const commands = commandItemsOf(build({ modalOpen: false }).template);
    expect(commands.filter((i) => i.enabled === false).map((i) => i.id)).toEqual([]);
  });
});
