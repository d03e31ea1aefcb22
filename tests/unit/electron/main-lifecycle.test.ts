import * as electron from 'electron';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openPlanFile, savePlanFile } from '../../../electron/files/plan-file';
import { IPC } from '../../../shared/ipc-contract';
import { FakeApp, FakeBrowserWindow, FakeEvent, FakeIpcMain } from './electron-fakes';

/*
 * The real main.ts on macOS, Electron mocked: a plan double-clicked in Finder before the app has a
 * window, and a quit that a failed or cancelled save interrupts.
 */

vi.mock('electron', async () => {
  const module = (await import('./electron-fakes')).electronModule();
  module.app.isPackaged = true;
  return module;
});
vi.mock('../../../electron/files/plan-file', () => ({ openPlanFile: vi.fn(), savePlanFile: vi.fn() }));
vi.mock('../../../electron/settings/electron-settings', async () => {
  const { memorySettings } = await import('./electron-fakes');
  return { createElectronSettings: vi.fn(() => memorySettings()) };
});

const app = electron.app as unknown as FakeApp;
const ipcMain = electron.ipcMain as unknown as FakeIpcMain;
const dialog = vi.mocked(electron.dialog);
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const realPlatform = process.platform;
let openFileEvent: FakeEvent;
let windowsBeforeReady = -1;

function window(): FakeBrowserWindow {
  return FakeBrowserWindow.last();
}
const fromPage = () => ({ sender: window().webContents, senderFrame: window().webContents.mainFrame });
const invoke = (channel: string, ...args: unknown[]) => ipcMain.invoke(channel, fromPage(), ...args);
const send = (channel: string, ...args: unknown[]) => ipcMain.listeners.get(channel)!(fromPage(), ...args);

beforeAll(async () => {
  Object.defineProperty(process, 'platform', { value: 'darwin', configurable: true });
  await import('../../../electron/main');
  // Finder launches the app with the plan: open-file arrives before ready, before any window.
  openFileEvent = new FakeEvent();
  app.emit('open-file', openFileEvent, '/Users/ann/Board Plan.aiplan');
  windowsBeforeReady = FakeBrowserWindow.instances.length;
  app.becomeReady();
  await settle();
});

afterAll(() => {
  Object.defineProperty(process, 'platform', { value: realPlatform, configurable: true });
});

describe('a plan opened from Finder before the app has a window', () => {
  it('is held until the window exists and its page has loaded, then opened without a dialog', async () => {
    expect(openFileEvent.defaultPrevented).toBe(true);
    expect(windowsBeforeReady).toBe(0);
    expect(FakeBrowserWindow.instances).toHaveLength(1);
    expect(window().webContents.sent).toEqual([]);
    window().webContents.emit('did-finish-load');
    expect(window().webContents.sent).toEqual([[IPC.command, 'open']]);

    vi.mocked(openPlanFile).mockResolvedValueOnce({ status: 'error', path: '/Users/ann/Board Plan.aiplan', error: { code: 'not-found', message: 'gone', details: [] } });
    await expect(invoke(IPC.openPlanDialog)).resolves.toMatchObject({ status: 'error' });
    expect(openPlanFile).toHaveBeenCalledWith('/Users/ann/Board Plan.aiplan');
    expect(dialog.showOpenDialog).not.toHaveBeenCalled();
  });
});

describe('a quit interrupted by its save (macOS)', () => {
  const dirty = { displayName: 'Growth plan', filePath: null, dirty: true };

  it('is called off when Save As is cancelled, so a later Cmd+W closes the window and leaves the app running', async () => {
    send(IPC.setDocumentState, dirty);
    app.emit('before-quit');
    dialog.showMessageBox.mockResolvedValueOnce({ response: 0, checkboxChecked: false });
    window().close();
    await settle();
    expect(window().webContents.sent.at(-1)).toEqual([IPC.command, 'save-and-close']);
    // The page saves; the user cancels the Save As dialog.
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    await expect(invoke(IPC.savePlanAs, { any: 'plan' }, 'Growth plan')).resolves.toEqual({ status: 'cancelled' });
    expect(window().destroyed).toBe(false);

    // Later: Cmd+W, "Don't Save". The window closes and the app stays.
    app.quit.mockClear();
    dialog.showMessageBox.mockResolvedValueOnce({ response: 1, checkboxChecked: false });
    window().close();
    await settle();
    expect(window().destroyed).toBe(true);
    app.emit('window-all-closed');
    expect(app.quit).not.toHaveBeenCalled();
  });

  it('is called off when the save fails (full disk), and a real quit later still quits', async () => {
    app.emit('activate');
    expect(FakeBrowserWindow.instances).toHaveLength(2);
    window().webContents.emit('did-finish-load');
    send(IPC.setDocumentState, { displayName: 'q3.aiplan', filePath: '/Users/ann/q3.aiplan', dirty: true });
    app.emit('before-quit');
    dialog.showMessageBox.mockResolvedValueOnce({ response: 0, checkboxChecked: false });
    window().close();
    await settle();
    vi.mocked(savePlanFile).mockResolvedValueOnce({ status: 'error', path: '/Users/ann/q3.aiplan', error: { code: 'disk-full', message: 'The disk is full.', details: [] } });
    await expect(invoke(IPC.savePlan, '/Users/ann/q3.aiplan', { any: 'plan' })).resolves.toMatchObject({ status: 'error' });

    app.quit.mockClear();
    dialog.showMessageBox.mockResolvedValueOnce({ response: 1, checkboxChecked: false });
    window().close();
    await settle();
    expect(app.quit).not.toHaveBeenCalled();

    // A quit that is not interrupted quits once the window has closed.
    app.emit('activate');
    window().webContents.emit('did-finish-load');
    app.emit('before-quit');
    window().close();
    expect(app.quit).toHaveBeenCalled();
  });
});
