import * as electron from 'electron';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { activeLocale } from '../../../shared/i18n/active-locale';
import { IPC } from '../../../shared/ipc-contract';
import { FakeBrowserWindow, type FakeApp, type FakeIpcMain } from './electron-fakes';

/*
 * The main process follows the language the renderer stores: at startup from the settings ('system'
 * resolved against the operating system's languages), later whenever the renderer sends new display
 * preferences, rebuilding the native menu at once. And it greys the menu's commands while the page
 * says a modal dialog is open.
 */

// Every menu main installs, kept here: vitest clears mock call records before each test.
const installed = vi.hoisted(() => [] as unknown[]);
vi.mock('electron', async () => {
  const module = (await import('./electron-fakes')).electronModule();
  module.app.isPackaged = true;
  module.app.preferredSystemLanguages = ['vi-VN', 'en-US'];
  module.Menu.buildFromTemplate = vi.fn((template: unknown) => {
    installed.push(template);
    return { template };
  });
  return module;
});
vi.mock('../../../electron/files/plan-file', () => ({ openPlanFile: vi.fn(), savePlanFile: vi.fn() }));
vi.mock('../../../electron/settings/electron-settings', async () => {
  const { memorySettings } = await import('./electron-fakes');
  return { createElectronSettings: vi.fn(() => memorySettings({ recent: ['/home/a/old.aiplan'] })) };
});

type Item = electron.MenuItemConstructorOptions;
const app = electron.app as unknown as FakeApp;
const ipcMain = electron.ipcMain as unknown as FakeIpcMain;
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const latestMenu = () => installed.at(-1) as Item[];
const submenu = (item: Item | undefined) => (item?.submenu ?? []) as Item[];
const viewMenu = () => submenu(latestMenu()[2]);
const languageItems = () => submenu(viewMenu().find((i) => i.id === 'submenu:language'));

function send(channel: string, ...args: unknown[]): void {
  const window = FakeBrowserWindow.last();
  ipcMain.listeners.get(channel)!({ sender: window.webContents, senderFrame: window.webContents.mainFrame }, ...args);
}

beforeAll(async () => {
  await import('../../../electron/main');
  app.becomeReady();
  await settle();
});

describe('the language of the main process', () => {
  it('starts in the system language when the stored choice is "system"', () => {
    expect(activeLocale()).toBe('vi');
    expect(latestMenu().map((m) => m.label)).toEqual(['&Tệp', '&Chỉnh sửa', '&Xem', 'Trợ &giúp']);
    expect(languageItems().find((i) => i.checked)?.id).toBe('language:system');
  });

  it('rebuilds the menu in the language the renderer chose, without a restart, with the choice checked', () => {
    send(IPC.setDisplayPreferences, { roomSize: 'large', theme: 'dark', language: 'de' });
    expect(activeLocale()).toBe('de');
    expect(latestMenu().map((m) => m.label)).toEqual(['&Datei', '&Bearbeiten', '&Ansicht', '&Hilfe']);
    expect(languageItems().map((i) => [i.label, i.checked])).toEqual([
      ['Systemsprache', false],
      ['English', false],
      ['Deutsch', true],
      ['Tiếng Việt', false],
    ]);
    expect(viewMenu().filter((i) => i.checked).map((i) => i.id)).toEqual(['room-size:large', 'theme:dark']);
  });

  it('writes the window title of an untitled plan in that language', () => {
    send(IPC.setDocumentState, { displayName: '', filePath: null, dirty: true });
    expect(FakeBrowserWindow.last().title).toBe('Unbenannter Plan • — AI Alignment Planner');
    send(IPC.setDisplayPreferences, { roomSize: 'large', theme: 'dark', language: 'en' });
    expect(FakeBrowserWindow.last().title).toBe('Untitled plan • — AI Alignment Planner');
  });

  it('sends the renderer a language chosen in the native menu', () => {
    const window = FakeBrowserWindow.last();
    window.webContents.emit('did-finish-load');
    (languageItems().find((i) => i.id === 'language:vi')!.click as () => void)();
    expect(window.webContents.sent.at(-1)).toEqual([IPC.command, 'language:vi']);
  });
});

describe('a modal dialog in the page', () => {
  const enabledCommands = () => viewMenu().filter((i) => i.id?.startsWith('theme:') && i.enabled !== false).length;

  it('greys the menu commands while it is open and brings them back when it closes', () => {
    expect(enabledCommands()).toBe(4);
    send(IPC.setModalOpen, true);
    expect(enabledCommands()).toBe(0);
    expect(languageItems().every((i) => i.enabled === false)).toBe(true);
    send(IPC.setModalOpen, false);
    expect(enabledCommands()).toBe(4);
  });

  it('is forgotten when the page crashes (its dialogs went with it)', () => {
    send(IPC.setModalOpen, true);
    FakeBrowserWindow.last().webContents.emit('render-process-gone', {}, { reason: 'crashed' });
    expect(enabledCommands()).toBe(4);
  });
});
