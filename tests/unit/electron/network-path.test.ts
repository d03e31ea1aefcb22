import * as electron from 'electron';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openPlanFile, savePlanFile } from '../../../electron/files/plan-file';
import { registerIpcHandlers } from '../../../electron/ipc';
import { PendingOpen } from '../../../electron/pending-open';
import type { PlannerApi } from '../../../shared/ipc-contract';
import { createPlan } from '../../../shared/templates/templates';
import { FakeFrame, memorySettings } from './electron-fakes';

/*
 * A plan on a Windows share (\\server\share\Q3.aiplan) goes the whole way: opened from the dialog,
 * reported as the document's file, saved, kept in a recovery copy and restored, through the real
 * preload and the real handlers (electron-mock-ipc joins them). Only the plan file's own read and
 * write are stubbed: this machine has no SMB server.
 */

vi.mock('electron', async () => {
  const fakes = (await import('./electron-fakes')).electronModule();
  const mockIpc = (await import('electron-mock-ipc')) as unknown as { default: (() => object) | { default: () => object } };
  const createIPCMock = typeof mockIpc.default === 'function' ? mockIpc.default : mockIpc.default.default;
  const module = { ...fakes, ...createIPCMock() };
  return { ...module, default: module };
});
vi.mock('../../../electron/files/plan-file', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../electron/files/plan-file')>()),
  openPlanFile: vi.fn(),
  savePlanFile: vi.fn(),
}));

const SHARE = '\\\\fileserver\\plans\\Q3 plan.aiplan';
let ids = 0;
const plan = createPlan('example', { now: '2027-01-05T10:00:00.000Z', newId: () => `id-${++ids}`, startMonth: '2027-02' });

interface MockEvent {
  sender: { send(channel: string, ...args: unknown[]): void; mainFrame?: FakeFrame };
  senderFrame?: FakeFrame | null;
}
const mockMain = electron.ipcMain as unknown as { _event: MockEvent };
const topFrame = new FakeFrame();
const window = { webContents: mockMain._event.sender, isDestroyed: () => false };
const onDocumentState = vi.fn();
const onSaveSettled = vi.fn();
let recoveryDir: string;
let planner: PlannerApi;

beforeAll(async () => {
  recoveryDir = await mkdtemp(join(tmpdir(), 'aiplan-network-path-'));
  mockMain._event.sender.mainFrame = topFrame;
  mockMain._event.senderFrame = topFrame;
  registerIpcHandlers({
    getWindow: () => window as unknown as electron.BrowserWindow,
    settings: memorySettings(),
    pendingOpen: new PendingOpen(() => 0),
    onDocumentState,
    onRecentFilesChanged: vi.fn(),
    onCloseRequested: vi.fn(),
    onSaveSettled,
    recoveryDir,
    now: () => new Date('2027-03-01T09:15:00.000Z'),
  });
  await import('../../../electron/preload');
  planner = vi.mocked(electron.contextBridge.exposeInMainWorld).mock.calls[0]![1] as PlannerApi;
});

afterAll(async () => {
  await rm(recoveryDir, { recursive: true, force: true });
});

const tick = () => new Promise((resolve) => setTimeout(resolve, 10));

describe('a plan on a network share', () => {
  it('is refused when the page names a share the user never chose', async () => {
    await expect(planner.openPlanPath(SHARE)).rejects.toThrow(/Refused.*network path the app did not open or save itself/);
    await expect(planner.savePlan(SHARE, plan)).rejects.toThrow(/Refused/);
    expect(openPlanFile).not.toHaveBeenCalled();
    expect(savePlanFile).not.toHaveBeenCalled();
  });

  it('goes round open → document state → save → recovery once the user chose it in the Open dialog', async () => {
    vi.mocked(electron.dialog.showOpenDialog).mockResolvedValueOnce({ canceled: false, filePaths: [SHARE] });
    vi.mocked(openPlanFile).mockResolvedValueOnce({ status: 'opened', path: SHARE, plan, migratedFrom: null, mtimeMs: 5 });
    await expect(planner.openPlanDialog()).resolves.toMatchObject({ status: 'opened', path: SHARE });
    expect(openPlanFile).toHaveBeenCalledWith(SHARE);

    // Every document-state update reaches the window (title, unsaved marker, close question).
    planner.setDocumentState({ displayName: 'Q3 plan.aiplan', filePath: SHARE, dirty: true });
    await tick();
    expect(onDocumentState).toHaveBeenLastCalledWith({ displayName: 'Q3 plan.aiplan', filePath: SHARE, dirty: true });

    // The autosave keeps a recovery copy that names the share.
    await expect(planner.writeRecovery('doc-q3', 'Q3 plan', SHARE, plan)).resolves.toEqual({ status: 'written' });
    await expect(planner.listRecoveries()).resolves.toEqual([{ docId: 'doc-q3', title: 'Q3 plan', filePath: SHARE, changedAt: '2027-03-01T09:15:00.000Z' }]);
    await expect(planner.restoreRecovery('doc-q3')).resolves.toMatchObject({ status: 'restored', filePath: SHARE });

    // Ctrl+S writes to the share.
    vi.mocked(savePlanFile).mockResolvedValueOnce({ status: 'saved', path: SHARE, mtimeMs: 6 });
    await expect(planner.savePlan(SHARE, plan, { overwrite: true })).resolves.toEqual({ status: 'saved', path: SHARE, mtimeMs: 6 });
    expect(savePlanFile).toHaveBeenCalledWith(SHARE, plan);
    expect(onSaveSettled).toHaveBeenLastCalledWith(true);
    await expect(planner.checkFileOnDisk(SHARE)).resolves.toMatch(/unchanged|changed|missing/);
    await expect(planner.discardRecovery('doc-q3')).resolves.toEqual({ status: 'discarded' });
  });

  it('is trusted when it comes from Open Recent or Save As, and only that exact path', async () => {
    const saveAs = '\\\\fileserver\\plans\\Q4.aiplan';
    vi.mocked(electron.dialog.showSaveDialog).mockResolvedValueOnce({ canceled: false, filePath: '\\\\fileserver\\plans\\Q4' });
    vi.mocked(savePlanFile).mockResolvedValueOnce({ status: 'saved', path: saveAs, mtimeMs: 7 });
    await expect(planner.savePlanAs(plan, 'Q4')).resolves.toMatchObject({ status: 'saved', path: saveAs });
    planner.setDocumentState({ displayName: 'Q4.aiplan', filePath: saveAs, dirty: false });
    await tick();
    expect(onDocumentState).toHaveBeenLastCalledWith({ displayName: 'Q4.aiplan', filePath: saveAs, dirty: false });
    await expect(planner.openPlanPath('\\\\fileserver\\plans\\Q5.aiplan')).rejects.toThrow(/Refused/);
  });
});
