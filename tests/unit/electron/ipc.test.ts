import * as electron from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { openPlanFile, savePlanFile } from '../../../electron/files/plan-file';
import { registerIpcHandlers, type IpcContext } from '../../../electron/ipc';
import type { InvokeArguments, InvokeMethod, SendArguments, SendMethod } from '../../../electron/ipc-guards';
import { PendingOpen } from '../../../electron/pending-open';
import { IPC, type OpenResult } from '../../../shared/ipc-contract';
import { FakeBrowserWindow, FakeFrame, FakeIpcMain, FakeWebContents, memorySettings } from './electron-fakes';

vi.mock('electron', async () => (await import('./electron-fakes')).electronModule());
vi.mock('../../../electron/files/plan-file', () => ({ openPlanFile: vi.fn(), savePlanFile: vi.fn() }));
// The recovery channels' own behaviour is specified in recovery-ipc.test.ts; here they must not touch a disk.
vi.mock('../../../electron/recovery/recovery-store', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../electron/recovery/recovery-store')>()),
  writeRecoveryCopy: vi.fn(async () => ({ status: 'written', path: '/r/doc-1.recovery' })),
  discardRecoveryCopy: vi.fn(async () => ({ status: 'discarded' })),
  listRecoveryCopies: vi.fn(async () => []),
  readRecoveryCopy: vi.fn(async () => ({ status: 'error', path: null, error: { code: 'not-found', message: 'gone', details: [] } })),
}));

const ipcMain = electron.ipcMain as unknown as FakeIpcMain;
const dialog = vi.mocked(electron.dialog);
const PLAN = { format: 'ai-alignment-plan', version: 1 };
const OPENED: OpenResult = { status: 'opened', path: '/home/a/q3.aiplan', plan: PLAN as never, migratedFrom: null, mtimeMs: 1 };

/** Valid arguments for every channel; the mapped types make a channel missing here a type error. */
const VALID_INVOKE: { [K in InvokeMethod]: InvokeArguments<K> } = {
  openPlanDialog: [],
  openPlanPath: ['/home/a/q3.aiplan'],
  savePlan: ['/home/a/q3.aiplan', PLAN],
  savePlanAs: [PLAN, 'Q3 plan'],
  confirmUnsaved: ['Q3 plan'],
  listRecent: [],
  savePdf: [new TextEncoder().encode('%PDF-1.3\n'), 'Q3 plan'],
  openExportedPdf: ['/home/a/q3.pdf'],
  writeRecovery: ['doc-1', 'Q3 plan', '/home/a/q3.aiplan', PLAN],
  discardRecovery: ['doc-1'],
  listRecoveries: [],
  restoreRecovery: ['doc-1'],
  checkFileOnDisk: ['/home/a/q3.aiplan'],
  getDisplayPreferences: [],
  openSpreadsheetDialog: [],
  saveSpreadsheet: [new TextEncoder().encode('Strategic Pillar,AI Application\r\n'), 'Q3 plan', 'csv'],
  getImportMapping: ['strategic pillar\u0000ai application'],
  openPlanForComparison: ['merge'],
};
const VALID_SEND: { [K in SendMethod]: SendArguments<K> } = {
  setDocumentState: [{ displayName: 'q3.aiplan', filePath: '/home/a/q3.aiplan', dirty: true }],
  closeWindow: [],
  setDisplayPreferences: [{ roomSize: 'extra-large', theme: 'contrast', language: 'de' }],
  setModalOpen: [true],
  setImportMapping: ['strategic pillar\u0000ai application', ['pillar', null]],
};
const MALFORMED_INVOKE: { [K in InvokeMethod]: unknown[][] } = {
  openPlanDialog: [['/etc/passwd']],
  openPlanPath: [[], [42], ['relative.aiplan'], ['/etc/passwd'], ['\\\\evil\\share\\x.aiplan'], ['/a/b.aiplan', 'extra']],
  savePlan: [['/a/b.aiplan'], ['/home/a/.bashrc', PLAN], [null, PLAN], ['/a/b.aiplan', PLAN, { overwrite: 'yes' }], ['/a/b.aiplan', PLAN, { force: true }]],
  savePlanAs: [[PLAN], [PLAN, 7]],
  confirmUnsaved: [[], [{}]],
  listRecent: [[1]],
  savePdf: [[], [new TextEncoder().encode('<html>'), 'x'], ['%PDF-1.3', 'x'], [new TextEncoder().encode('%PDF-1.3')]],
  openExportedPdf: [[], ['relative.pdf'], ['/home/a/.bashrc'], ['\\\\evil\\share\\x.pdf']],
  writeRecovery: [[], ['../etc', 'x', null, PLAN], ['doc-1', 'x', 'relative.aiplan', PLAN], ['doc-1', 7, null, PLAN], ['doc-1', 'x', null]],
  discardRecovery: [[], ['../../home/a/q3.aiplan'], ['a/b'], [42]],
  listRecoveries: [['/tmp']],
  restoreRecovery: [[], ['..'], ['doc 1']],
  checkFileOnDisk: [[], ['relative.aiplan'], ['\\\\evil\\share\\x.aiplan'], ['/a\0b.aiplan']],
  getDisplayPreferences: [['large']],
  openSpreadsheetDialog: [['/home/a/plan.csv']],
  saveSpreadsheet: [[], ['a,b', 'x', 'csv'], [new TextEncoder().encode('a,b'), 'x', 'ods'], [new TextEncoder().encode('<html>'), 'x', 'xlsx'], [new TextEncoder().encode('a,b'), 'x']],
  getImportMapping: [[], [''], [42]],
  openPlanForComparison: [[], ['/home/a/q3.aiplan'], ['everything'], ['merge', 'extra']],
};
const MALFORMED_SEND: { [K in SendMethod]: unknown[][] } = {
  setDocumentState: [[], [{ displayName: 'x', dirty: 'yes', filePath: null }], [{ displayName: 'x', dirty: true, filePath: 'rel' }]],
  closeWindow: [['now']],
  setDisplayPreferences: [
    [],
    [{ roomSize: 'huge', theme: 'dark' }],
    [{ roomSize: 'large', theme: 'sepia', language: 'en' }],
    [{ roomSize: 'large', theme: 'dark', language: 'klingon' }],
    [{ roomSize: 'large' }],
    [{ roomSize: 'large', theme: 'dark', zoom: 3 }],
    ['large'],
  ],
  setModalOpen: [[], ['yes'], [1], [true, 'extra']],
  setImportMapping: [[], ['key'], ['key', ['pillar', 'password']], ['', ['pillar']], ['key', 'pillar']],
};

let window: FakeBrowserWindow;
let context: IpcContext & { settings: ReturnType<typeof memorySettings> };

function trustedEvent() {
  return { sender: window.webContents, senderFrame: window.webContents.mainFrame };
}

const UNTRUSTED = {
  'a null frame': () => ({ sender: window.webContents, senderFrame: null }),
  'a frame of another page in the same window': () => ({ sender: window.webContents, senderFrame: new FakeFrame('app://bundle/index.html', null, 7, 2) }),
  'a subframe': () => ({ sender: window.webContents, senderFrame: new FakeFrame('app://bundle/index.html', window.webContents.mainFrame, 7, 1) }),
  // The window itself was navigated to another origin: its own top frame is no longer trusted.
  'a foreign origin': () => {
    window.webContents.mainFrame = new FakeFrame('https://evil.example/', null, 7, 1);
    return { sender: window.webContents, senderFrame: window.webContents.mainFrame };
  },
  'other web contents': () => {
    const other = new FakeWebContents();
    return { sender: other, senderFrame: other.mainFrame };
  },
};
const untrustedEvent = (which: keyof typeof UNTRUSTED) => UNTRUSTED[which]();

beforeEach(() => {
  ipcMain.handlers.clear();
  ipcMain.listeners.clear();
  vi.mocked(openPlanFile).mockReset().mockResolvedValue(OPENED);
  vi.mocked(savePlanFile).mockReset().mockImplementation(async (path) => ({ status: 'saved', path, mtimeMs: 2 }));
  dialog.showOpenDialog.mockReset().mockResolvedValue({ canceled: true, filePaths: [] });
  dialog.showSaveDialog.mockReset().mockResolvedValue({ canceled: true, filePath: '' });
  dialog.showMessageBox.mockReset().mockResolvedValue({ response: 2, checkboxChecked: false });
  window = new FakeBrowserWindow({ webPreferences: {} });
  context = {
    getWindow: () => window as unknown as electron.BrowserWindow,
    settings: memorySettings({ recent: ['/home/a/old.aiplan'], lastFolder: '/home/a/plans' }),
    pendingOpen: new PendingOpen(),
    onDocumentState: vi.fn(),
    onRecentFilesChanged: vi.fn(),
    onCloseRequested: vi.fn(),
    onDisplayPreferences: vi.fn(),
    onModalOpen: vi.fn(),
    recoveryDir: '/nonexistent/aiplan-recovery',
  };
  registerIpcHandlers(context);
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

const nothingReachedTheSystem = () => {
  expect(openPlanFile).not.toHaveBeenCalled();
  expect(savePlanFile).not.toHaveBeenCalled();
  expect(dialog.showOpenDialog).not.toHaveBeenCalled();
  expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  expect(dialog.showMessageBox).not.toHaveBeenCalled();
  expect(context.settings.getRecentFiles).not.toHaveBeenCalled();
  expect(context.onDocumentState).not.toHaveBeenCalled();
  expect(context.onCloseRequested).not.toHaveBeenCalled();
  expect(context.onDisplayPreferences).not.toHaveBeenCalled();
  expect(context.onModalOpen).not.toHaveBeenCalled();
};

describe('IPC registration', () => {
  it('has a handler for every invoke channel and a listener for every send channel of the contract', () => {
    expect([...ipcMain.handlers.keys()].sort()).toEqual(Object.keys(VALID_INVOKE).map((m) => IPC[m as InvokeMethod]).sort());
    expect([...ipcMain.listeners.keys()].sort()).toEqual(Object.keys(VALID_SEND).map((m) => IPC[m as SendMethod]).sort());
    const everyChannel = Object.entries(IPC).filter(([key]) => key !== 'command').map(([, channel]) => channel);
    expect([...ipcMain.handlers.keys(), ...ipcMain.listeners.keys()].sort()).toEqual(everyChannel.sort());
  });
});

describe.each(Object.keys(VALID_INVOKE) as InvokeMethod[])('invoke channel %s', (method) => {
  const channel = IPC[method];

  it('answers the app window’s top frame', async () => {
    await expect(ipcMain.invoke(channel, trustedEvent(), ...VALID_INVOKE[method])).resolves.toBeDefined();
  });

  it.each(['a null frame', 'a frame of another page in the same window', 'a subframe', 'a foreign origin', 'other web contents'] as const)(
    'refuses %s and touches nothing',
    async (which) => {
      const event = untrustedEvent(which);
      await expect(ipcMain.invoke(channel, event, ...VALID_INVOKE[method])).rejects.toThrow(/Refused .*sender/);
      nothingReachedTheSystem();
    },
  );

  it('refuses malformed arguments and touches nothing', async () => {
    for (const args of MALFORMED_INVOKE[method]) await expect(ipcMain.invoke(channel, trustedEvent(), ...args), JSON.stringify(args)).rejects.toThrow(/Refused/);
    nothingReachedTheSystem();
  });

  it('refuses every call once the window is gone', async () => {
    context.getWindow = () => null;
    await expect(ipcMain.invoke(channel, trustedEvent(), ...VALID_INVOKE[method])).rejects.toThrow(/Refused/);
    nothingReachedTheSystem();
  });
});

describe.each(Object.keys(VALID_SEND) as SendMethod[])('send channel %s', (method) => {
  const channel = IPC[method];
  const call = (event: unknown, ...args: unknown[]) => ipcMain.listeners.get(channel)!(event, ...args);

  it.each(['a null frame', 'a frame of another page in the same window', 'a subframe', 'a foreign origin', 'other web contents'] as const)(
    'ignores %s',
    (which) => {
      call(untrustedEvent(which), ...VALID_SEND[method]);
      nothingReachedTheSystem();
    },
  );

  it('ignores malformed arguments', () => {
    for (const args of MALFORMED_SEND[method]) call(trustedEvent(), ...args);
    nothingReachedTheSystem();
  });
});

describe('what the channels do', () => {
  it('opens a plan chosen in the dialog, starting in the last folder, and remembers it', async () => {
    dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: ['/home/a/q3.aiplan'] });
    await expect(ipcMain.invoke(IPC.openPlanDialog, trustedEvent())).resolves.toEqual(OPENED);
    const [, options] = dialog.showOpenDialog.mock.calls[0]! as unknown as [unknown, electron.OpenDialogOptions];
    expect(options).toMatchObject({ defaultPath: '/home/a/plans', filters: [{ name: 'AI Alignment Plan', extensions: ['aiplan'] }], properties: ['openFile'] });
    expect(openPlanFile).toHaveBeenCalledWith('/home/a/q3.aiplan');
    expect(context.settings.setLastFolder).toHaveBeenCalledWith('/home/a');
    expect(context.settings.getRecentFiles()[0]).toBe('/home/a/q3.aiplan');
    expect(context.onRecentFilesChanged).toHaveBeenCalled();
  });

  it('reports a cancelled open dialog without opening anything', async () => {
    await expect(ipcMain.invoke(IPC.openPlanDialog, trustedEvent())).resolves.toEqual({ status: 'cancelled' });
    expect(openPlanFile).not.toHaveBeenCalled();
  });

  it('opens a file chosen in the native menu or the OS instead of showing the dialog', async () => {
    context.pendingOpen.set('/home/a/recent.aiplan');
    await ipcMain.invoke(IPC.openPlanDialog, trustedEvent());
    expect(dialog.showOpenDialog).not.toHaveBeenCalled();
    expect(openPlanFile).toHaveBeenCalledWith('/home/a/recent.aiplan');
    await ipcMain.invoke(IPC.openPlanDialog, trustedEvent());
    expect(dialog.showOpenDialog).toHaveBeenCalledTimes(1);
  });

  it('forgets a recent file that no longer exists', async () => {
    vi.mocked(openPlanFile).mockResolvedValue({ status: 'error', path: '/home/a/old.aiplan', error: { code: 'not-found', message: 'gone', details: [] } });
    await ipcMain.invoke(IPC.openPlanPath, trustedEvent(), '/home/a/old.aiplan');
    expect(context.settings.getRecentFiles()).toEqual([]);
  });

  it('saves through savePlanFile, which validates the plan itself', async () => {
    await expect(ipcMain.invoke(IPC.savePlan, trustedEvent(), '/home/a/q3.aiplan', PLAN)).resolves.toEqual({ status: 'saved', path: '/home/a/q3.aiplan', mtimeMs: 2 });
    expect(savePlanFile).toHaveBeenCalledWith('/home/a/q3.aiplan', PLAN);
    expect(context.settings.getRecentFiles()[0]).toBe('/home/a/q3.aiplan');
  });

  it('still saves when the settings cannot be written', async () => {
    context.settings.addRecentFile.mockImplementation(() => {
      throw new Error('EROFS');
    });
    await expect(ipcMain.invoke(IPC.savePlan, trustedEvent(), '/home/a/q3.aiplan', PLAN)).resolves.toMatchObject({ status: 'saved' });
  });

  it('saves as a safe file name in the last folder and adds the extension Linux leaves off', async () => {
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: '/home/a/plans/board pack' });
    await ipcMain.invoke(IPC.savePlanAs, trustedEvent(), PLAN, '../Q3: plan');
    const [, options] = dialog.showSaveDialog.mock.calls[0]! as unknown as [unknown, electron.SaveDialogOptions];
    expect(options.defaultPath).toBe('/home/a/plans/Q3 plan.aiplan');
    expect(options.filters).toEqual([{ name: 'AI Alignment Plan', extensions: ['aiplan'] }]);
    expect(savePlanFile).toHaveBeenCalledWith('/home/a/plans/board pack.aiplan', PLAN);
  });

  it('reports a cancelled save dialog without writing', async () => {
    await expect(ipcMain.invoke(IPC.savePlanAs, trustedEvent(), PLAN, 'x')).resolves.toEqual({ status: 'cancelled' });
    expect(savePlanFile).not.toHaveBeenCalled();
  });

  it('asks Save / Don’t Save / Cancel, and Cancel drops a pending open', async () => {
    for (const [response, choice] of [
      [0, 'save'],
      [1, 'discard'],
      [2, 'cancel'],
    ] as const) {
      dialog.showMessageBox.mockResolvedValue({ response, checkboxChecked: false });
      await expect(ipcMain.invoke(IPC.confirmUnsaved, trustedEvent(), 'Q3 plan')).resolves.toBe(choice);
    }
    context.pendingOpen.set('/home/a/recent.aiplan');
    await ipcMain.invoke(IPC.confirmUnsaved, trustedEvent(), 'Q3 plan');
    expect(context.pendingOpen.take()).toBeNull();
  });

  it('lists recent files', async () => {
    await expect(ipcMain.invoke(IPC.listRecent, trustedEvent())).resolves.toEqual(['/home/a/old.aiplan']);
  });

  it('keeps the room size, theme and language in the settings, tells main (for its menu), and gives them back', async () => {
    await expect(ipcMain.invoke(IPC.getDisplayPreferences, trustedEvent())).resolves.toEqual({ roomSize: 'normal', theme: 'system', language: 'system' });
    ipcMain.listeners.get(IPC.setDisplayPreferences)!(trustedEvent(), { roomSize: 'extra-large', theme: 'contrast', language: 'de' });
    expect(context.settings.setDisplayPreferences).toHaveBeenCalledWith({ roomSize: 'extra-large', theme: 'contrast', language: 'de' });
    expect(context.onDisplayPreferences).toHaveBeenCalledWith({ roomSize: 'extra-large', theme: 'contrast', language: 'de' });
    await expect(ipcMain.invoke(IPC.getDisplayPreferences, trustedEvent())).resolves.toEqual({ roomSize: 'extra-large', theme: 'contrast', language: 'de' });
  });

  it('passes the document state on and closes on request', () => {
    ipcMain.listeners.get(IPC.setDocumentState)!(trustedEvent(), VALID_SEND.setDocumentState[0]);
    expect(context.onDocumentState).toHaveBeenCalledWith(VALID_SEND.setDocumentState[0]);
    ipcMain.listeners.get(IPC.closeWindow)!(trustedEvent());
    expect(context.onCloseRequested).toHaveBeenCalled();
  });

  it('passes on whether a modal dialog is open in the page', () => {
    ipcMain.listeners.get(IPC.setModalOpen)!(trustedEvent(), true);
    ipcMain.listeners.get(IPC.setModalOpen)!(trustedEvent(), false);
    expect(vi.mocked(context.onModalOpen!).mock.calls).toEqual([[true], [false]]);
  });
});
