import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as electron from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_PDF_BYTES, pdfBytesProblem, safePdfFileName } from '../../../electron/files/pdf-file';
import { registerIpcHandlers, type IpcContext } from '../../../electron/ipc';
import { PendingOpen } from '../../../electron/pending-open';
import { IPC } from '../../../shared/ipc-contract';
import { FakeBrowserWindow, FakeFrame, FakeIpcMain, memorySettings } from './electron-fakes';

vi.mock('electron', async () => (await import('./electron-fakes')).electronModule());

const ipcMain = electron.ipcMain as unknown as FakeIpcMain;
const dialog = vi.mocked(electron.dialog);
const shell = vi.mocked(electron.shell as unknown as { openPath: (path: string) => Promise<string> });

const PDF = new TextEncoder().encode('%PDF-1.3\n% a board pack\n%%EOF\n');

let window: FakeBrowserWindow;
let settings: ReturnType<typeof memorySettings>;
let dir: string;

const trusted = () => ({ sender: window.webContents, senderFrame: window.webContents.mainFrame });
const savePdf = (...args: unknown[]) => ipcMain.invoke(IPC.savePdf, trusted(), ...args);
const openExportedPdf = (...args: unknown[]) => ipcMain.invoke(IPC.openExportedPdf, trusted(), ...args);
const chooseInSaveDialog = (filePath: string | null) =>
  dialog.showSaveDialog.mockResolvedValueOnce(filePath === null ? { canceled: true, filePath: '' } : { canceled: false, filePath });

beforeEach(() => {
  ipcMain.handlers.clear();
  ipcMain.listeners.clear();
  dialog.showSaveDialog.mockReset().mockResolvedValue({ canceled: true, filePath: '' });
  shell.openPath.mockReset().mockResolvedValue('');
  dir = mkdtempSync(join(tmpdir(), 'aiplan-export-ipc-'));
  window = new FakeBrowserWindow({ webPreferences: {} });
  settings = memorySettings({ lastFolder: '/home/a/board packs' });
  const context = {
    getWindow: () => window as unknown as electron.BrowserWindow,
    settings,
    pendingOpen: new PendingOpen(),
    onDocumentState: vi.fn(),
    onRecentFilesChanged: vi.fn(),
    onCloseRequested: vi.fn(),
  } satisfies Partial<IpcContext>;
  registerIpcHandlers(context as IpcContext);
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('pdf:save', () => {
  it('asks where to save, starting in the last folder with the plan’s name, and writes the PDF there atomically', async () => {
    const out = join(dir, 'Q3 plan.pdf');
    chooseInSaveDialog(out);
    await expect(savePdf(PDF, 'Q3 plan.aiplan')).resolves.toEqual({ status: 'saved', path: out });
    const [, options] = dialog.showSaveDialog.mock.calls[0]! as unknown as [unknown, { defaultPath: string; filters: unknown; properties: string[] }];
    expect(options.defaultPath).toBe(join('/home/a/board packs', 'Q3 plan.pdf'));
    expect(options.filters).toEqual([{ name: 'PDF document', extensions: ['pdf'] }]);
    expect(options.properties).toContain('showOverwriteConfirmation');
    expect(new Uint8Array(readFileSync(out))).toEqual(PDF);
    expect(readdirSync(dir)).toEqual(['Q3 plan.pdf']);
    expect(settings.setLastFolder).toHaveBeenCalledWith(dir);
    expect(settings.getLastFolder()).toBe(dir);
  });

  it('adds .pdf when the dialog returns a name without it (Linux)', async () => {
    chooseInSaveDialog(join(dir, 'board'));
    await expect(savePdf(PDF, 'x')).resolves.toEqual({ status: 'saved', path: join(dir, 'board.pdf') });
    expect(existsSync(join(dir, 'board.pdf'))).toBe(true);
  });

  it('writes nothing and remembers nothing when the dialog is cancelled', async () => {
    chooseInSaveDialog(null);
    await expect(savePdf(PDF, 'Q3 plan')).resolves.toEqual({ status: 'cancelled' });
    expect(settings.setLastFolder).not.toHaveBeenCalled();
  });

  it('reports a folder that cannot be written in words, keeps the last folder, and leaves no temp file', async () => {
    const missing = join(dir, 'gone', 'plan.pdf');
    chooseInSaveDialog(missing);
    const result = (await savePdf(PDF, 'plan')) as { status: string; error: { code: string; message: string } };
    expect(result.status).toBe('error');
    expect(result.error.code).toBe('not-found');
    expect(result.error.message).toMatch(/no longer exists.*Export again and choose another folder\./);
    expect(result.error.message).not.toMatch(/Save As/);
    expect(settings.setLastFolder).not.toHaveBeenCalled();
    expect(readdirSync(dir)).toEqual([]);
  });

  it.each([
    ['a string', ['%PDF-1.3 fake', 'x']],
    ['bytes that are not a PDF', [new TextEncoder().encode('<html><script>'), 'x']],
    ['an empty array', [new Uint8Array(0), 'x']],
    ['a plain array of numbers', [[...PDF], 'x']],
    ['no name', [PDF]],
  ])('refuses %s before showing any dialog', async (_what, args) => {
    await expect(savePdf(...args)).rejects.toThrow(/Refused pdf:save/);
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('refuses a PDF larger than the cap', () => {
    const huge = PDF.slice();
    Object.defineProperty(huge, 'byteLength', { value: MAX_PDF_BYTES + 1 });
    expect(pdfBytesProblem(huge)).toMatch(/larger than 200 MB/);
    expect(pdfBytesProblem(PDF)).toBeNull();
  });

  it('refuses a caller that is not the app window’s top frame', async () => {
    const event = { sender: window.webContents, senderFrame: new FakeFrame('https://evil.example/', null, 7, 1) };
    await expect(ipcMain.invoke(IPC.savePdf, event, PDF, 'x')).rejects.toThrow(/Refused pdf:save: the sender/);
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('suggests a safe file name', () => {
    expect(safePdfFileName('Q3 plan.aiplan')).toBe('Q3 plan.pdf');
    expect(safePdfFileName('../../etc/passwd')).toBe('etc passwd.pdf');
    expect(safePdfFileName('   ')).toBe('AI plan.pdf');
    expect(safePdfFileName('Łódź: 2027?')).toBe('Łódź 2027.pdf');
  });
});

describe('pdf:open-exported', () => {
  it('opens the PDF just exported in the system viewer', async () => {
    const out = join(dir, 'pack.pdf');
    chooseInSaveDialog(out);
    await savePdf(PDF, 'pack');
    await expect(openExportedPdf(out)).resolves.toEqual({ status: 'opened' });
    expect(shell.openPath).toHaveBeenCalledWith(out);
  });

  it('opens nothing before an export, nor any PDF other than the last one exported', async () => {
    await expect(openExportedPdf(join(dir, 'pack.pdf'))).resolves.toMatchObject({ status: 'error' });
    const first = join(dir, 'first.pdf');
    chooseInSaveDialog(first);
    await savePdf(PDF, 'first');
    chooseInSaveDialog(join(dir, 'second.pdf'));
    await savePdf(PDF, 'second');
    await expect(openExportedPdf(first)).resolves.toMatchObject({ status: 'error', message: /Only the PDF just exported/ });
    expect(shell.openPath).not.toHaveBeenCalled();
  });

  it.each([['a program', '/usr/bin/xterm'], ['a relative path', 'pack.pdf'], ['a network share', '\\\\\\\\server\\\\share\\\\x.pdf'], ['nothing', undefined]])(
    'refuses %s outright',
    async (_what, path) => {
      await expect(openExportedPdf(...(path === undefined ? [] : [path]))).rejects.toThrow(/Refused pdf:open-exported/);
      expect(shell.openPath).not.toHaveBeenCalled();
    },
  );

  it('says so when no viewer could open the PDF', async () => {
    const out = join(dir, 'pack.pdf');
    chooseInSaveDialog(out);
    await savePdf(PDF, 'pack');
    shell.openPath.mockResolvedValueOnce('No application is registered for PDF files');
    await expect(openExportedPdf(out)).resolves.toEqual({ status: 'error', message: expect.stringMatching(/saved, but no viewer could open it: No application/) });
  });
});
