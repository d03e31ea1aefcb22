import * as electron from 'electron';
import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileFunction } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { IPC, type MenuCommand, type PlannerApi } from '../../../../shared/ipc-contract';
import { FakeApp, FakeBrowserWindow, FakeFrame, FakeIpcMain } from '../electron-fakes';

/*
 * What ships, not the TypeScript sources: the built out/main/index.js runs with Electron mocked, the
 * built out/preload/index.cjs runs as a sandboxed preload does (a CommonJS function whose require
 * knows only 'electron'), and every value between the page and the preload crosses a structured
 * clone, as it does through contextBridge and IPC. Run `npx electron-vite build` first (npm test does).
 */

const OUT = fileURLToPath(new URL('../../../../out/', import.meta.url));
const MAIN = join(OUT, 'main', 'index.js');
const PRELOAD = join(OUT, 'preload', 'index.cjs');
const EXAMPLE = fileURLToPath(new URL('../../../fixtures/example.aiplan', import.meta.url));

const paths = vi.hoisted(() => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { mkdtempSync } = require('node:fs') as typeof import('node:fs');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { tmpdir } = require('node:os') as typeof import('node:os');
  return { home: mkdtempSync(`${tmpdir()}/aiplan-built-`) };
});

vi.mock('electron', async () => {
  const module = (await import('../electron-fakes')).electronModule();
  module.app.isPackaged = true;
  module.app.getPath = vi.fn((name: string) => `${paths.home}/${name}`);
  return module;
});
// Settings in memory: electron-store itself is not what this test is about.
vi.mock('electron-store', () => ({
  default: class MemoryStore {
    private readonly values = new Map<string, unknown>();
    get(key: string): unknown {
      return this.values.get(key);
    }
    set(key: string, value: unknown): void {
      this.values.set(key, value);
    }
  },
}));

const app = electron.app as unknown as FakeApp;
const ipcMain = electron.ipcMain as unknown as FakeIpcMain;
const dialog = vi.mocked(electron.dialog);
const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

let window: FakeBrowserWindow;
/** The frame IPC comes from: the window's top frame unless a test says otherwise. */
let senderFrame: FakeFrame | null = null;
const commandListeners: ((event: unknown, ...args: unknown[]) => void)[] = [];
const preloadRequires: string[] = [];
const exposed: { key: string; api: unknown }[] = [];
let planner: PlannerApi;
// Recorded in beforeAll: vitest 5 clears mock call records before each test.
let appHandler: ((request: Request) => Promise<Response>) | undefined;

/** The sandboxed preload's side of IPC: arguments and results are structured-cloned both ways. */
const ipcRenderer = {
  invoke: async (channel: string, ...args: unknown[]) => {
    const event = { sender: window.webContents, senderFrame: senderFrame ?? window.webContents.mainFrame };
    return structuredClone(await ipcMain.invoke(channel, event, ...structuredClone(args)));
  },
  send: (channel: string, ...args: unknown[]) => {
    const event = { sender: window.webContents, senderFrame: senderFrame ?? window.webContents.mainFrame };
    ipcMain.listeners.get(channel)?.(event, ...structuredClone(args));
  },
  on: (channel: string, listener: (event: unknown, ...args: unknown[]) => void) => {
    if (channel === IPC.command) commandListeners.push(listener);
  },
};

/** Runs the built preload the way Electron runs a sandboxed one. */
async function runPreload(): Promise<void> {
  const source = await readFile(PRELOAD, 'utf8');
  const sandboxRequire = (id: string) => {
    preloadRequires.push(id);
    if (id === 'electron') return { ipcRenderer, contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.push({ key, api }) } };
    throw new Error(`module not found: ${id} (a sandboxed preload can only require a few built-ins)`);
  };
  const module = { exports: {} };
  compileFunction(source, ['exports', 'require', 'module', '__filename', '__dirname'], { filename: PRELOAD })(
    module.exports,
    sandboxRequire,
    module,
    PRELOAD,
    dirname(PRELOAD),
  );
}

/** The page's view of an exposed object: contextBridge copies every value; functions stay callable. */
function acrossContextBridge<T extends object>(api: T): T {
  const copy = (value: unknown) => (typeof value === 'function' ? value : structuredClone(value));
  return Object.fromEntries(
    Object.entries(api).map(([name, method]) => [
      name,
      (...args: unknown[]) => {
        const result = (method as (...a: unknown[]) => unknown)(...args.map(copy));
        return result instanceof Promise ? result.then(copy) : copy(result);
      },
    ]),
  ) as T;
}

beforeAll(async () => {
  if (!existsSync(MAIN) || !existsSync(PRELOAD)) throw new Error(`No build in ${OUT}: run \`npx electron-vite build\` first (npm test does).`);
  await import(/* @vite-ignore */ MAIN);
  app.becomeReady();
  await settle();
  window = FakeBrowserWindow.last();
  appHandler = vi.mocked(electron.protocol.handle).mock.calls[0]?.[1] as typeof appHandler;
  // What main sends the page arrives at the preload's listeners, cloned.
  window.webContents.send = (channel: string, ...args: unknown[]) => {
    if (channel === IPC.command) for (const listener of commandListeners) listener({}, ...structuredClone(args));
  };
  await runPreload();
  planner = acrossContextBridge(exposed[0]!.api as PlannerApi);
});

afterAll(async () => {
  await rm(paths.home, { recursive: true, force: true });
});

describe('the built main process', () => {
  it('opens its window with the CommonJS preload that the build wrote beside it', () => {
    const preload = String(window.options.webPreferences.preload);
    expect(preload).toBe(PRELOAD);
    expect(existsSync(preload)).toBe(true);
    expect(window.loadedUrl).toBe('app://bundle/index.html');
    expect(window.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
  });

  it('serves app://bundle from the built renderer folder', async () => {
    const response = await appHandler!(new Request('app://bundle/index.html'));
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toBe(await readFile(join(OUT, 'renderer', 'index.html'), 'utf8'));
  });
});

describe('the built preload, run as a sandboxed preload', () => {
  it('requires nothing but electron and exposes exactly one object, window.planner, of functions only', () => {
    expect([...new Set(preloadRequires)]).toEqual(['electron']);
    expect(exposed.map((e) => e.key)).toEqual(['planner']);
    const api = exposed[0]!.api as Record<string, unknown>;
    for (const [name, value] of Object.entries(api)) expect(typeof value, name).toBe('function');
    for (const name of ['ipcRenderer', 'invoke', 'send', 'on', 'process', 'require']) expect(api[name], name).toBeUndefined();
  });

  it('opens, saves and keeps a recovery copy of a real plan through the built main, every value cloned on the way', async () => {
    const saved = join(paths.home, 'Board Plan.aiplan');
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [EXAMPLE] });
    const opened = await planner.openPlanDialog();
    expect(opened).toMatchObject({ status: 'opened', path: EXAMPLE, migratedFrom: null });
    if (opened.status !== 'opened') return;
    expect(opened.plan).toEqual(JSON.parse(await readFile(EXAMPLE, 'utf8')));

    planner.setDocumentState({ displayName: 'example.aiplan', filePath: EXAMPLE, dirty: true });
    expect(window.title).toBe('example.aiplan • — AI Alignment Planner');

    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: saved });
    await expect(planner.savePlanAs(opened.plan, 'Board Plan')).resolves.toMatchObject({ status: 'saved', path: saved });
    expect(JSON.parse(await readFile(saved, 'utf8'))).toEqual(opened.plan);
    await expect(planner.listRecent()).resolves.toEqual([saved, EXAMPLE]);

    await expect(planner.writeRecovery('doc-1', 'Board Plan', saved, opened.plan)).resolves.toEqual({ status: 'written' });
    await expect(planner.listRecoveries()).resolves.toMatchObject([{ docId: 'doc-1', title: 'Board Plan', filePath: saved }]);
    const restored = await planner.restoreRecovery('doc-1');
    expect(restored).toMatchObject({ status: 'restored', filePath: saved });
    if (restored.status === 'restored') expect(restored.plan).toEqual(opened.plan);
  });

  it('delivers menu commands from the built main to the page', async () => {
    const received: MenuCommand[] = [];
    planner.onCommand((command) => received.push(command));
    window.webContents.emit('did-finish-load');
    app.emit('open-file', { preventDefault: () => undefined }, join(paths.home, 'Board Plan.aiplan'));
    await settle();
    expect(received).toContain('open');
  });

  it('is refused by the built main for a frame other than the app page, and for malformed arguments', async () => {
    senderFrame = new FakeFrame('https://evil.example/');
    await expect(planner.listRecent()).rejects.toThrow(/Refused/);
    senderFrame = null;
    await expect(planner.openPlanPath('relative.aiplan')).rejects.toThrow(/Refused/);
    await expect(planner.savePlan('\\\\evil.example\\share\\x.aiplan', {} as never)).rejects.toThrow(/Refused/);
  });
});
