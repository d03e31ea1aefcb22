import * as electron from 'electron';
import { mkdtemp, readdir, readFile, rm, stat, unlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { registerIpcHandlers } from '../../../electron/ipc';
import { PendingOpen } from '../../../electron/pending-open';
import { IPC, type RecoveryInfo } from '../../../shared/ipc-contract';
import { serialisePlan } from '../../../shared/plan-load';
import { createPlan } from '../../../shared/templates/templates';
import { FakeBrowserWindow, FakeIpcMain, memorySettings } from './electron-fakes';

vi.mock('electron', async () => (await import('./electron-fakes')).electronModule());

/*
 * The recovery and disk-change channels, wired for real: the handlers registered by ipc.ts over the
 * real recovery store, file stamps and plan files, in a temp folder.
 */

const ipcMain = electron.ipcMain as unknown as FakeIpcMain;
let ids = 0;
const plan = createPlan('example', { now: '2026-01-05T10:00:00.000Z', newId: () => `id-${++ids}`, startMonth: '2026-02' });
let dir: string;
let window: FakeBrowserWindow;

const call = (channel: string, ...args: unknown[]) =>
  ipcMain.invoke(channel, { sender: window.webContents, senderFrame: window.webContents.mainFrame }, ...args) as Promise<unknown>;

// The main process's clock is pinned: the time a recovery copy records is this one.
const PINNED = new Date('2027-12-31T23:30:00.000Z');

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(PINNED);
  dir = await mkdtemp(join(tmpdir(), 'aiplan-recovery-ipc-'));
  ipcMain.handlers.clear();
  ipcMain.listeners.clear();
  window = new FakeBrowserWindow({ webPreferences: {} });
  registerIpcHandlers({
    getWindow: () => window as unknown as electron.BrowserWindow,
    settings: memorySettings({}),
    pendingOpen: new PendingOpen(),
    onDocumentState: vi.fn(),
    onRecentFilesChanged: vi.fn(),
    onCloseRequested: vi.fn(),
    recoveryDir: join(dir, 'recovery'),
  });
});
afterEach(async () => {
  vi.useRealTimers();
  await rm(dir, { recursive: true, force: true });
});

describe('recovery copies over IPC', () => {
  it('keeps a copy of an unsaved plan, lists it with its title and time, restores every edit, and discards it', async () => {
    const edited = { ...plan, meta: { ...plan.meta, title: 'Off-site in Łódź' } };
    await expect(call(IPC.writeRecovery, 'doc-1', 'Off-site in Łódź', '/home/a/q3.aiplan', edited)).resolves.toEqual({ status: 'written' });

    const list = (await call(IPC.listRecoveries)) as RecoveryInfo[];
    expect(list).toEqual([{ docId: 'doc-1', title: 'Off-site in Łódź', filePath: '/home/a/q3.aiplan', changedAt: PINNED.toISOString() }]);

    const restored = await call(IPC.restoreRecovery, 'doc-1');
    expect(restored).toMatchObject({ status: 'restored', docId: 'doc-1', filePath: '/home/a/q3.aiplan', migratedFrom: null });
    expect((restored as { plan: unknown }).plan).toEqual(edited);

    await expect(call(IPC.discardRecovery, 'doc-1')).resolves.toEqual({ status: 'discarded' });
    await expect(call(IPC.listRecoveries)).resolves.toEqual([]);
    // Discarding twice is harmless.
    await expect(call(IPC.discardRecovery, 'doc-1')).resolves.toEqual({ status: 'discarded' });
  });

  it('refuses to keep a malformed plan and writes nothing', async () => {
    const result = await call(IPC.writeRecovery, 'doc-2', 'x', null, { format: 'ai-alignment-plan', version: 1 });
    expect(result).toMatchObject({ status: 'error', error: { code: 'invalid' } });
    await expect(readdir(join(dir, 'recovery')).catch(() => [])).resolves.toEqual([]);
  });

  it('reports a copy that is gone as an error, not a crash', async () => {
    await expect(call(IPC.restoreRecovery, 'never-written')).resolves.toMatchObject({ status: 'error', error: { code: 'not-found' } });
  });
});

describe('changes on disk over IPC', () => {
  async function openedFile(): Promise<string> {
    const path = join(dir, 'q3.aiplan');
    await writeFile(path, serialisePlan(plan));
    await expect(call(IPC.openPlanPath, path)).resolves.toMatchObject({ status: 'opened' });
    return path;
  }

  it('sees an opened file as unchanged, also when only its time was touched', async () => {
    const path = await openedFile();
    await expect(call(IPC.checkFileOnDisk, path)).resolves.toBe('unchanged');
    const { mtimeMs } = await stat(path);
    await utimes(path, new Date(mtimeMs), new Date(mtimeMs + 5000));
    await expect(call(IPC.checkFileOnDisk, path)).resolves.toBe('unchanged');
  });

  it('refuses to save over a file changed behind the app, keeps it intact, and overwrites only when told to', async () => {
    const path = await openedFile();
    const theirs = serialisePlan({ ...plan, meta: { ...plan.meta, title: 'Changed by a colleague' } });
    await writeFile(path, theirs);
    await expect(call(IPC.checkFileOnDisk, path)).resolves.toBe('changed');

    await expect(call(IPC.savePlan, path, plan)).resolves.toEqual({ status: 'conflict', path, change: 'changed' });
    expect(await readFile(path, 'utf8')).toBe(theirs);

    await expect(call(IPC.savePlan, path, plan, { overwrite: true })).resolves.toMatchObject({ status: 'saved', path });
    await expect(call(IPC.checkFileOnDisk, path)).resolves.toBe('unchanged');
    // After a save the app's own file is the reference: a second save goes through.
    await expect(call(IPC.savePlan, path, plan)).resolves.toMatchObject({ status: 'saved' });
  });

  it('notices a deleted file, and "save here again" writes it back', async () => {
    const path = await openedFile();
    await unlink(path);
    await expect(call(IPC.checkFileOnDisk, path)).resolves.toBe('missing');
    await expect(call(IPC.savePlan, path, plan)).resolves.toEqual({ status: 'conflict', path, change: 'missing' });
    await expect(call(IPC.savePlan, path, plan, { overwrite: true })).resolves.toMatchObject({ status: 'saved' });
    await expect(call(IPC.checkFileOnDisk, path)).resolves.toBe('unchanged');
  });

  it('has nothing to compare for a file it never opened or saved', async () => {
    await expect(call(IPC.checkFileOnDisk, join(dir, 'unknown.aiplan'))).resolves.toBe('unchanged');
  });

  it('after restoring a copy, treats its file as changed when it was modified after the copy’s last change', async () => {
    const path = join(dir, 'restored.aiplan');
    await writeFile(path, serialisePlan(plan));
    await call(IPC.writeRecovery, 'doc-3', 'AI alignment plan', path, plan);
    await utimes(path, PINNED, new Date(PINNED.getTime() + 60_000));
    await expect(call(IPC.restoreRecovery, 'doc-3')).resolves.toMatchObject({ status: 'restored' });
    await expect(call(IPC.checkFileOnDisk, path)).resolves.toBe('changed');
    await expect(call(IPC.savePlan, path, plan)).resolves.toMatchObject({ status: 'conflict', change: 'changed' });
  });

  it('after restoring a copy whose file is gone, reports it missing', async () => {
    const path = join(dir, 'gone.aiplan');
    await call(IPC.writeRecovery, 'doc-4', 'AI alignment plan', path, plan);
    await call(IPC.restoreRecovery, 'doc-4');
    await expect(call(IPC.checkFileOnDisk, path)).resolves.toBe('missing');
  });
});
