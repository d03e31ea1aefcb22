import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as electron from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_SPREADSHEET_BYTES, readSpreadsheetFile, safeSpreadsheetFileName, spreadsheetBytesProblem } from '../../../electron/files/spreadsheet-file';
import { registerIpcHandlers, type IpcContext } from '../../../electron/ipc';
import { PendingOpen } from '../../../electron/pending-open';
import { createMemorySettings } from '../../../electron/settings/settings';
import { IPC } from '../../../shared/ipc-contract';
import { FakeBrowserWindow, FakeIpcMain, memorySettings } from './electron-fakes';

vi.mock('electron', async () => (await import('./electron-fakes')).electronModule());

/*
 * The spreadsheet channels (#19) through the real handler registration: the Import dialog's file read
 * capped and handed over unparsed, the export written atomically where the person chose, and the
 * column mappings remembered per header set.
 */

const ipcMain = electron.ipcMain as unknown as FakeIpcMain;
const dialog = vi.mocked(electron.dialog);

const CSV = new TextEncoder().encode('Strategic Pillar,AI Application\r\nGrowth,Chatbot\r\n');
const XLSX_START = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]);

let window: FakeBrowserWindow;
let settings: ReturnType<typeof memorySettings>;
let mappings: ReturnType<typeof createMemorySettings>;
let dir: string;

const trusted = () => ({ sender: window.webContents, senderFrame: window.webContents.mainFrame });
const invoke = (channel: string, ...args: unknown[]) => ipcMain.invoke(channel, trusted(), ...args);
const send = (channel: string, ...args: unknown[]) => ipcMain.listeners.get(channel)!(trusted(), ...args);
const chooseInOpenDialog = (path: string | null) =>
  dialog.showOpenDialog.mockResolvedValueOnce(path === null ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [path] });
const chooseInSaveDialog = (filePath: string | null) =>
  dialog.showSaveDialog.mockResolvedValueOnce(filePath === null ? { canceled: true, filePath: '' } : { canceled: false, filePath });

beforeEach(() => {
  ipcMain.handlers.clear();
  ipcMain.listeners.clear();
  dialog.showOpenDialog.mockReset().mockResolvedValue({ canceled: true, filePaths: [] });
  dialog.showSaveDialog.mockReset().mockResolvedValue({ canceled: true, filePath: '' });
  dir = mkdtempSync(join(tmpdir(), 'aiplan-spreadsheet-ipc-'));
  window = new FakeBrowserWindow({ webPreferences: {} });
  settings = memorySettings({ lastFolder: '/home/a/plans' });
  mappings = createMemorySettings();
  const context = {
    getWindow: () => window as unknown as electron.BrowserWindow,
    settings,
    importMappings: mappings,
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

describe('spreadsheet:open-dialog', () => {
  it('offers CSV and Excel files from the last folder, and hands over the chosen file’s bytes and name', async () => {
    const path = join(dir, 'ideas.csv');
    writeFileSync(path, CSV);
    chooseInOpenDialog(path);
    const result = await invoke(IPC.openSpreadsheetDialog);
    expect(result).toEqual({ status: 'chosen', name: 'ideas.csv', bytes: expect.any(Uint8Array) });
    expect(new Uint8Array((result as { bytes: Uint8Array }).bytes)).toEqual(CSV);
    const [, options] = dialog.showOpenDialog.mock.calls[0]! as unknown as [unknown, { defaultPath: string; filters: { extensions: string[] }[] }];
    expect(options.defaultPath).toBe('/home/a/plans');
    expect(options.filters[0]!.extensions).toEqual(['csv', 'tsv', 'txt', 'xlsx']);
    expect(settings.setLastFolder).toHaveBeenCalledWith(dir);
  });

  it('reads nothing when the dialog is cancelled', async () => {
    chooseInOpenDialog(null);
    await expect(invoke(IPC.openSpreadsheetDialog)).resolves.toEqual({ status: 'cancelled' });
    expect(settings.setLastFolder).not.toHaveBeenCalled();
  });

  it('refuses arguments: the dialog chooses the file, not the page', async () => {
    await expect(invoke(IPC.openSpreadsheetDialog, '/etc/passwd')).rejects.toThrow(/Refused/);
  });
});

describe('reading a chosen spreadsheet', () => {
  it('refuses a file larger than the cap before reading it, in words', async () => {
    const path = join(dir, 'huge.csv');
    writeFileSync(path, '');
    const fs = {
      stat: async () => ({ size: MAX_SPREADSHEET_BYTES + 1, mtimeMs: 1, mode: 0o644, isFile: () => true, isDirectory: () => false }),
      open: vi.fn(),
    };
    const result = await readSpreadsheetFile(path, { fs: fs as never });
    expect(result).toMatchObject({ status: 'error', error: { code: 'too-large', message: 'huge.csv is 65 MB. Spreadsheets of more than 64 MB are not imported.' } });
    expect(fs.open).not.toHaveBeenCalled();
  });

  it('refuses a folder and a missing file with a message, never throwing', async () => {
    mkdirSync(join(dir, 'sheet.csv'));
    await expect(readSpreadsheetFile(join(dir, 'sheet.csv'))).resolves.toMatchObject({ status: 'error', error: { code: 'is-directory' } });
    await expect(readSpreadsheetFile(join(dir, 'gone.csv'))).resolves.toMatchObject({ status: 'error', error: { code: 'not-found' } });
  });
});

describe('spreadsheet:save', () => {
  it('asks where to save, with the plan’s name and the format’s extension, and writes the bytes there atomically', async () => {
    const out = join(dir, 'Q3 plan.csv');
    chooseInSaveDialog(out);
    await expect(invoke(IPC.saveSpreadsheet, CSV, 'Q3 plan', 'csv')).resolves.toEqual({ status: 'saved', path: out });
    const [, options] = dialog.showSaveDialog.mock.calls[0]! as unknown as [unknown, { defaultPath: string; filters: unknown; properties: string[] }];
    expect(options.defaultPath).toBe(join('/home/a/plans', 'Q3 plan.csv'));
    expect(options.filters).toEqual([{ name: 'CSV (comma-separated values)', extensions: ['csv'] }]);
    expect(options.properties).toContain('showOverwriteConfirmation');
    expect(new Uint8Array(readFileSync(out))).toEqual(CSV);
    expect(readdirSync(dir)).toEqual(['Q3 plan.csv']);
    expect(settings.setLastFolder).toHaveBeenCalledWith(dir);
  });

  it('adds .xlsx when the dialog returns a name without it (Linux)', async () => {
    chooseInSaveDialog(join(dir, 'board'));
    await expect(invoke(IPC.saveSpreadsheet, XLSX_START, 'x', 'xlsx')).resolves.toEqual({ status: 'saved', path: join(dir, 'board.xlsx') });
    expect(readdirSync(dir)).toEqual(['board.xlsx']);
  });

  it('writes nothing when the dialog is cancelled', async () => {
    chooseInSaveDialog(null);
    await expect(invoke(IPC.saveSpreadsheet, CSV, 'x', 'csv')).resolves.toEqual({ status: 'cancelled' });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses a workbook that is not a zip, a format it does not know, and text instead of bytes, before any dialog', async () => {
    await expect(invoke(IPC.saveSpreadsheet, CSV, 'x', 'xlsx')).rejects.toThrow(/Refused/);
    await expect(invoke(IPC.saveSpreadsheet, CSV, 'x', 'ods')).rejects.toThrow(/Refused/);
    await expect(invoke(IPC.saveSpreadsheet, 'a,b', 'x', 'csv')).rejects.toThrow(/Refused/);
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('reports a folder that cannot be written in words and leaves no temp file', async () => {
    chooseInSaveDialog(join(dir, 'missing', 'plan.csv'));
    await expect(invoke(IPC.saveSpreadsheet, CSV, 'x', 'csv')).resolves.toMatchObject({ status: 'error', error: { code: 'not-found' } });
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('spreadsheet file names and bytes', () => {
  it('offers the plan’s name without reserved characters or an old extension', () => {
    expect(safeSpreadsheetFileName('Q3: plan/2027.aiplan', 'xlsx')).toBe('Q3 plan 2027.xlsx');
    expect(safeSpreadsheetFileName('   ', 'csv')).toBe('Plan.csv');
  });

  it('accepts a CSV of any bytes and an XLSX only with a zip header', () => {
    expect(spreadsheetBytesProblem(CSV, 'csv')).toBeNull();
    expect(spreadsheetBytesProblem(XLSX_START, 'xlsx')).toBeNull();
    expect(spreadsheetBytesProblem(CSV, 'xlsx')).toMatch(/zip/);
    expect(spreadsheetBytesProblem('text', 'csv')).toBe('is not bytes');
  });
});

describe('remembered column mappings', () => {
  it('gives back the mapping stored for a header set, and null for one never seen', async () => {
    send(IPC.setImportMapping, 'pillar|responsible', ['pillar', 'owner']);
    await expect(invoke(IPC.getImportMapping, 'pillar|responsible')).resolves.toEqual(['pillar', 'owner']);
    await expect(invoke(IPC.getImportMapping, 'other|headers')).resolves.toBeNull();
  });

  it('ignores a mapping naming a field the app does not have', async () => {
    send(IPC.setImportMapping, 'pillar|secret', ['pillar', 'password']);
    await expect(invoke(IPC.getImportMapping, 'pillar|secret')).resolves.toBeNull();
  });
});
