import * as electron from 'electron';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { openPlanFile, savePlanFile } from '../../../electron/files/plan-file';
import { registerIpcHandlers } from '../../../electron/ipc';
import { PendingOpen } from '../../../electron/pending-open';
import { IPC, MENU_COMMANDS, type MenuCommand, type PlannerApi } from '../../../shared/ipc-contract';
import { FakeFrame, memorySettings } from './electron-fakes';

// The real ipcMain/ipcRenderer pair of electron-mock-ipc connects the preload to the real handlers.
vi.mock('electron', async () => {
  const fakes = (await import('./electron-fakes')).electronModule();
  const mockIpc = (await import('electron-mock-ipc')) as unknown as { default: (() => object) | { default: () => object } };
  const createIPCMock = typeof mockIpc.default === 'function' ? mockIpc.default : mockIpc.default.default;
  const module = { ...fakes, ...createIPCMock() };
  return { ...module, default: module };
});
vi.mock('../../../electron/files/plan-file', () => ({ openPlanFile: vi.fn(), savePlanFile: vi.fn() }));

/** Every method of PlannerApi; the checks below make a missing or extra name a type error. */
const PLANNER_API_METHODS = [
  'openPlanDialog',
  'openPlanPath',
  'savePlan',
  'savePlanAs',
  'confirmUnsaved',
  'setDocumentState',
  'listRecent',
  'onCommand',
  'closeWindow',
  'savePdf',
  'openExportedPdf',
  'writeRecovery',
  'discardRecovery',
  'listRecoveries',
  'restoreRecovery',
  'checkFileOnDisk',
  'getDisplayPreferences',
  'setDisplayPreferences',
  'setModalOpen',
  'openSpreadsheetDialog',
  'saveSpreadsheet',
  'getImportMapping',
  'setImportMapping',
  'openPlanForComparison',
] as const satisfies readonly (keyof PlannerApi)[];
type Missing = Exclude<keyof PlannerApi, (typeof PLANNER_API_METHODS)[number]>;
const everyMethodListed: [Missing] extends [never] ? true : false = true;

interface MockEvent {
  sender: { send(channel: string, ...args: unknown[]): void; mainFrame?: FakeFrame };
  senderFrame?: FakeFrame | null;
}
const mockMain = electron.ipcMain as unknown as { _event: MockEvent };
const topFrame = new FakeFrame();
const window = {
  webContents: mockMain._event.sender,
  isDestroyed: () => false,
};
const context = {
  getWindow: () => window as unknown as electron.BrowserWindow,
  settings: memorySettings({ recent: ['/home/a/old.aiplan'] }),
  pendingOpen: new PendingOpen(),
  onDocumentState: vi.fn(),
  onRecentFilesChanged: vi.fn(),
  onCloseRequested: vi.fn(),
};

let planner: PlannerApi;
let exposedAs: unknown;

beforeAll(async () => {
  mockMain._event.sender.mainFrame = topFrame;
  registerIpcHandlers(context);
  await import('../../../electron/preload');
  const exposed = vi.mocked(electron.contextBridge.exposeInMainWorld).mock.calls;
  expect(exposed).toHaveLength(1);
  [exposedAs, planner] = exposed[0]! as [unknown, PlannerApi];
});

beforeEach(() => {
  mockMain._event.senderFrame = topFrame;
  vi.mocked(openPlanFile).mockReset();
  vi.mocked(savePlanFile).mockReset();
});

const sendFromMain = (...args: unknown[]) => window.webContents.send(IPC.command, ...args);
const tick = () => new Promise((resolve) => setTimeout(resolve, 10));

describe('the preload', () => {
  it('exposes one object, window.planner, with exactly the PlannerApi methods', () => {
    expect(everyMethodListed).toBe(true);
    expect(exposedAs).toBe('planner');
    expect(Object.keys(planner).sort()).toEqual([...PLANNER_API_METHODS].sort());
    for (const value of Object.values(planner)) expect(typeof value).toBe('function');
  });

  it('exposes no ipcRenderer, process, require or generic send', () => {
    const api = planner as unknown as Record<string, unknown>;
    for (const name of ['ipcRenderer', 'process', 'require', 'send', 'invoke', 'on', 'electron'])
      expect(api[name], name).toBeUndefined();
  });

  it('delivers menu commands, holding early ones for the first listener, and filters out anything else', async () => {
    sendFromMain('open');
    await tick();
    const received: MenuCommand[] = [];
    const unsubscribe = planner.onCommand((command) => received.push(command));
    expect(received).toEqual(['open']);
    for (const command of MENU_COMMANDS) sendFromMain(command);
    sendFromMain('rm -rf');
    sendFromMain({ toString: () => 'save' });
    sendFromMain('__proto__');
    await tick();
    expect(received).toEqual(['open', ...MENU_COMMANDS]);
    unsubscribe();
    sendFromMain('save');
    await tick();
    expect(received).toHaveLength(1 + MENU_COMMANDS.length);
  });
});

describe('preload and main together', () => {
  it('opens and saves through the real handlers', async () => {
    vi.mocked(openPlanFile).mockResolvedValue({ status: 'error', path: '/home/a/q3.aiplan', error: { code: 'invalid', message: 'bad', details: [] } });
    await expect(planner.openPlanPath('/home/a/q3.aiplan')).resolves.toMatchObject({ status: 'error' });
    expect(openPlanFile).toHaveBeenCalledWith('/home/a/q3.aiplan');

    vi.mocked(savePlanFile).mockResolvedValue({ status: 'saved', path: '/home/a/q3.aiplan', mtimeMs: 3 });
    await expect(planner.savePlan('/home/a/q3.aiplan', { title: 'x' } as never)).resolves.toEqual({ status: 'saved', path: '/home/a/q3.aiplan', mtimeMs: 3 });
    await expect(planner.listRecent()).resolves.toEqual(['/home/a/q3.aiplan', '/home/a/old.aiplan']);
  });

  it('passes document state and the close request through', async () => {
    planner.setDocumentState({ displayName: 'q3.aiplan', filePath: '/home/a/q3.aiplan', dirty: true });
    planner.closeWindow();
    await tick();
    expect(context.onDocumentState).toHaveBeenCalledWith({ displayName: 'q3.aiplan', filePath: '/home/a/q3.aiplan', dirty: true });
    expect(context.onCloseRequested).toHaveBeenCalled();
  });

  it('stores the room size and theme through main and reads them back', async () => {
    planner.setDisplayPreferences({ roomSize: 'large', theme: 'dark', language: 'de' });
    await tick();
    await expect(planner.getDisplayPreferences()).resolves.toEqual({ roomSize: 'large', theme: 'dark', language: 'de' });
  });

  it('is refused by main when the calling frame is gone or foreign, and when arguments are malformed', async () => {
    mockMain._event.senderFrame = null;
    await expect(planner.listRecent()).rejects.toThrow(/Refused/);
    mockMain._event.senderFrame = new FakeFrame('https://evil.example/');
    await expect(planner.openPlanPath('/home/a/q3.aiplan')).rejects.toThrow(/Refused/);
    mockMain._event.senderFrame = topFrame;
    await expect(planner.openPlanPath('../../etc/passwd')).rejects.toThrow(/Refused/);
    await expect(planner.savePlan('/home/a/.bashrc', {} as never)).rejects.toThrow(/Refused/);
    expect(openPlanFile).not.toHaveBeenCalled();
    expect(savePlanFile).not.toHaveBeenCalled();
  });
});
