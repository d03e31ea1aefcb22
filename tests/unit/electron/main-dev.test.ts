import * as electron from 'electron';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { IPC } from '../../../shared/ipc-contract';
import { FakeApp, FakeBrowserWindow, FakeFrame, FakeIpcMain } from './electron-fakes';

/* `npm run dev`: an unpackaged run whose window shows electron-vite's dev server. */

vi.mock('electron', async () => (await import('./electron-fakes')).electronModule());
vi.mock('../../../electron/files/plan-file', () => ({ openPlanFile: vi.fn(), savePlanFile: vi.fn() }));
vi.mock('../../../electron/settings/electron-settings', async () => {
  const { memorySettings } = await import('./electron-fakes');
  return { createElectronSettings: vi.fn(() => memorySettings({ recent: ['/home/a/q3.aiplan'] })) };
});

const app = electron.app as unknown as FakeApp;
const ipcMain = electron.ipcMain as unknown as FakeIpcMain;

beforeAll(async () => {
  vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
  await import('../../../electron/main');
  app.becomeReady();
  await new Promise((resolve) => setTimeout(resolve, 0));
});

afterAll(() => {
  vi.unstubAllEnvs();
});

describe('a dev run', () => {
  it('loads the dev server with developer tools', () => {
    expect(FakeBrowserWindow.last().loadedUrl).toBe('http://localhost:5173');
    expect(FakeBrowserWindow.last().options.webPreferences.devTools).toBe(true);
  });

  it('answers IPC from the dev server page in the main window', async () => {
    const window = FakeBrowserWindow.last();
    const page = new FakeFrame('http://localhost:5173/', null, window.webContents.mainFrame.processId, window.webContents.mainFrame.routingId);
    window.webContents.mainFrame = page;
    await expect(ipcMain.invoke(IPC.listRecent, { sender: window.webContents, senderFrame: page })).resolves.toEqual(['/home/a/q3.aiplan']);
  });

  it('still refuses another origin, and a subframe of the dev page', async () => {
    const window = FakeBrowserWindow.last();
    const top = window.webContents.mainFrame;
    const foreign = new FakeFrame('http://localhost:8080/', null, top.processId, top.routingId);
    await expect(ipcMain.invoke(IPC.listRecent, { sender: window.webContents, senderFrame: foreign })).rejects.toThrow(/Refused/);
    const child = new FakeFrame('http://localhost:5173/', top, top.processId, 2);
    await expect(ipcMain.invoke(IPC.listRecent, { sender: window.webContents, senderFrame: child })).rejects.toThrow(/Refused/);
  });
});
