import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as electron from 'electron';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { IPC } from '../../../shared/ipc-contract';
import { FakeApp, FakeBrowserWindow, FakeEvent, FakeFrame, FakeIpcMain, FakeSession, FakeWebContents } from './electron-fakes';

vi.mock('electron', async () => {
  const module = (await import('./electron-fakes')).electronModule();
  module.app.isPackaged = true;
  return module;
});
vi.mock('../../../electron/files/plan-file', () => ({ openPlanFile: vi.fn(), savePlanFile: vi.fn() }));
vi.mock('../../../electron/settings/electron-settings', async () => {
  const { memorySettings } = await import('./electron-fakes');
  const settings = memorySettings({ recent: ['/home/a/old.aiplan'] });
  return { createElectronSettings: vi.fn(() => settings) };
});

const app = electron.app as unknown as FakeApp;
const protocol = vi.mocked(electron.protocol);
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

// Recorded in beforeAll: vitest 5 clears mock call records before each test.
let schemeRegisteredBeforeReady = false;
let settingsFolder: unknown;
let menuTemplate: electron.MenuItemConstructorOptions[] = [];

beforeAll(async () => {
  // A packaged app ignores a dev server named in its environment.
  vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
  await import('../../../electron/main');
  schemeRegisteredBeforeReady = protocol.registerSchemesAsPrivileged.mock.calls.length === 1 && !app.isReady();
  app.becomeReady();
  await settle();
  const { createElectronSettings } = await import('../../../electron/settings/electron-settings');
  settingsFolder = vi.mocked(createElectronSettings).mock.calls[0]?.[0];
  menuTemplate = vi.mocked(electron.Menu.buildFromTemplate).mock.calls.at(-1)![0] as electron.MenuItemConstructorOptions[];
});

describe('startup', () => {
  it('registers the app:// scheme as privileged before ready, and turns on the sandbox everywhere', () => {
    expect(schemeRegisteredBeforeReady).toBe(true);
    expect(app.sandboxEnabled).toBe(true);
  });

  it('locks the default session down', () => {
    const session = electron.session.defaultSession as unknown as FakeSession;
    expect(session.permissionRequestHandler).not.toBeNull();
    expect(session.permissionCheckHandler).not.toBeNull();
    expect(session.beforeRequest).not.toBeNull();
    expect(session.headersReceived).not.toBeNull();
  });

  it('opens one window on app://bundle with the CommonJS preload beside the built main', () => {
    expect(FakeBrowserWindow.instances).toHaveLength(1);
    const window = FakeBrowserWindow.last();
    expect(window.loadedUrl).toBe('app://bundle/index.html');
    expect(String(window.options.webPreferences.preload)).toMatch(/[\\/]preload[\\/]index\.cjs$/);
    expect(window.options.webPreferences.devTools).toBe(false);
  });

  it('keeps settings in the user data folder', () => {
    expect(settingsFolder).toBe('/home/user/userData');
  });

  it('registers every IPC channel', async () => {
    const ipcMain = electron.ipcMain as unknown as { handlers: Map<string, unknown>; listeners: Map<string, unknown> };
    const channels = [...ipcMain.handlers.keys(), ...ipcMain.listeners.keys()].sort();
    expect(channels).toEqual(Object.entries(IPC).filter(([key]) => key !== 'command').map(([, c]) => c).sort());
  });

  it('hardens every web contents the app ever creates', () => {
    const contents = new FakeWebContents();
    app.emit('web-contents-created', new FakeEvent(), contents);
    expect(contents.fire('will-navigate', 'https://evil.example/')).toBe(true);
    expect(contents.windowOpenHandler!({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
  });
});

describe('a packaged app', () => {
  it('refuses IPC from a dev server page even when one is named in the environment', async () => {
    const window = FakeBrowserWindow.last();
    const top = window.webContents.mainFrame;
    const dev = new FakeFrame('http://localhost:5173/', null, top.processId, top.routingId);
    const ipcMain = electron.ipcMain as unknown as FakeIpcMain;
    await expect(ipcMain.invoke(IPC.listRecent, { sender: window.webContents, senderFrame: dev })).rejects.toThrow(/Refused/);
    await expect(ipcMain.invoke(IPC.listRecent, { sender: window.webContents, senderFrame: top })).resolves.toEqual(['/home/a/old.aiplan']);
  });
});

describe('plans opened from outside the window', () => {
  it('opens a file from Finder or the dock through the renderer’s Open (which asks about unsaved changes)', () => {
    const window = FakeBrowserWindow.last();
    window.webContents.emit('did-finish-load');
    const event = new FakeEvent();
    app.emit('open-file', event, '/home/a/q3.aiplan');
    expect(event.defaultPrevented).toBe(true);
    expect(window.webContents.sent.at(-1)).toEqual([IPC.command, 'open']);
  });

  it('takes the file:// URI a Linux file manager passes (%U) as the path it names', async () => {
    const window = FakeBrowserWindow.last();
    const before = window.webContents.sent.length;
    app.emit('second-instance', new FakeEvent(), ['/opt/AI Alignment Planner/ai-alignment-planner', 'file:///home/ann/Board%20Plan.aiplan'], '/home/ann');
    expect(window.webContents.sent.slice(before)).toEqual([[IPC.command, 'open']]);
    const { openPlanFile } = await import('../../../electron/files/plan-file');
    vi.mocked(openPlanFile).mockResolvedValueOnce({ status: 'error', path: null, error: { code: 'not-found', message: 'gone', details: [] } });
    const ipcMain = electron.ipcMain as unknown as FakeIpcMain;
    await ipcMain.invoke(IPC.openPlanDialog, { sender: window.webContents, senderFrame: window.webContents.mainFrame });
    expect(openPlanFile).toHaveBeenCalledWith('/home/ann/Board Plan.aiplan');
  });

  it('takes a plan from a second launch and keeps one instance', () => {
    const window = FakeBrowserWindow.last();
    const before = window.webContents.sent.length;
    app.emit('second-instance', new FakeEvent(), ['planner', 'other.aiplan'], '/home/b');
    expect(window.webContents.sent.slice(before)).toEqual([[IPC.command, 'open']]);
    app.emit('second-instance', new FakeEvent(), ['planner'], '/home/b');
    expect(window.webContents.sent.length).toBe(before + 1);
    expect(FakeBrowserWindow.instances).toHaveLength(1);
  });
});

describe('the menu', () => {
  it('is installed with the recent files from the settings', () => {
    const file = menuTemplate.find((m) => m.label === '&File')!.submenu as electron.MenuItemConstructorOptions[];
    const recent = file.find((i) => i.label === 'Open Recent')!.submenu as electron.MenuItemConstructorOptions[];
    expect(recent[0]!.label).toBe('old.aiplan — /home/a');
  });
});

describe('quitting', () => {
  it('quits when the last window closes on Windows and Linux', () => {
    app.quit.mockClear();
    FakeBrowserWindow.last().close();
    app.emit('window-all-closed');
    expect(app.quit).toHaveBeenCalled();
  });
});

describe('privacy', () => {
  it('has no crash reporter, auto-updater or network client anywhere in the main process', async () => {
    const root = join(import.meta.dirname, '../../../electron');
    const files = (await readdir(root, { recursive: true })).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const source = await readFile(join(root, file), 'utf8');
      expect(source, file).not.toMatch(/crashReporter|autoUpdater|electron-updater|\bnet\.(request|fetch)|from 'node:(http|https|net|dgram|tls)'|\bfetch\(/);
    }
  });
});
