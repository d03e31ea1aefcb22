import { EventEmitter } from 'node:events';
import { vi } from 'vitest';
import type { SettingsStore, WindowBounds } from '../../../electron/settings/settings';
import { DEFAULT_DISPLAY_PREFERENCES, type DisplayPreferences } from '../../../shared/display-preferences';

/*
 * Just enough of Electron's main-process objects to run the real wiring in vitest. Each test file
 * mocks 'electron' with `electronModule()` and then inspects what the wiring asked of these fakes.
 */

export class FakeEvent {
  defaultPrevented = false;
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

export class FakeFrame {
  detached = false;
  constructor(
    public url = 'app://bundle/index.html',
    public parent: unknown = null,
    public processId = 7,
    public routingId = 1,
  ) {}
}

export class FakeWebContents extends EventEmitter {
  mainFrame = new FakeFrame();
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  sent: unknown[][] = [];
  reloads = 0;
  crashedOnPurpose = 0;

  reload(): void {
    this.reloads += 1;
  }
  forcefullyCrashRenderer(): void {
    this.crashedOnPurpose += 1;
  }

  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }

  send(channel: string, ...args: unknown[]): void {
    this.sent.push([channel, ...args]);
  }

  /** Emits an event as Electron does; true when a listener prevented it. */
  fire(name: string, ...args: unknown[]): boolean {
    const event = new FakeEvent();
    this.emit(name, event, ...args);
    return event.defaultPrevented;
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = [];
  webContents = new FakeWebContents();
  title = '';
  destroyed = false;
  shown = false;
  maximized = false;
  documentEdited = false;
  representedFilename = '';
  loadedUrl: string | null = null;
  normalBounds = { x: 10, y: 20, width: 1000, height: 700 };

  constructor(public options: Record<string, unknown> & { webPreferences: Record<string, unknown> }) {
    super();
    FakeBrowserWindow.instances.push(this);
  }

  static last(): FakeBrowserWindow {
    const window = FakeBrowserWindow.instances.at(-1);
    if (!window) throw new Error('no window was created');
    return window;
  }

  loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
    return Promise.resolve();
  }
  show(): void {
    this.shown = true;
  }
  maximize(): void {
    this.maximized = true;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  isMinimized(): boolean {
    return false;
  }
  restore(): void {}
  focus(): void {}
  setTitle(title: string): void {
    this.title = title;
  }
  setDocumentEdited(edited: boolean): void {
    this.documentEdited = edited;
  }
  setRepresentedFilename(name: string): void {
    this.representedFilename = name;
  }
  getNormalBounds() {
    return { ...this.normalBounds };
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  close(): void {
    if (this.destroyed) return;
    const event = new FakeEvent();
    this.emit('close', event);
    if (event.defaultPrevented) return;
    this.destroyed = true;
    this.emit('closed');
  }
}

type Listener = (...args: never[]) => unknown;

export class FakeSession {
  permissionRequestHandler: Listener | null = null;
  permissionCheckHandler: Listener | null = null;
  devicePermissionHandler: Listener | null = null;
  displayMediaRequestHandler: Listener | null = null;
  spellCheckerEnabled = true;
  beforeRequest: Listener | null = null;
  headersReceived: Listener | null = null;
  webRequest = {
    onBeforeRequest: (listener: Listener) => {
      this.beforeRequest = listener;
    },
    onHeadersReceived: (listener: Listener) => {
      this.headersReceived = listener;
    },
  };
  setPermissionRequestHandler(handler: Listener): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: Listener): void {
    this.permissionCheckHandler = handler;
  }
  setDevicePermissionHandler(handler: Listener): void {
    this.devicePermissionHandler = handler;
  }
  setDisplayMediaRequestHandler(handler: Listener): void {
    this.displayMediaRequestHandler = handler;
  }
  setSpellCheckerEnabled(enabled: boolean): void {
    this.spellCheckerEnabled = enabled;
  }
}

/** Records ipcMain.handle/on registrations so a test can call them with any event it likes. */
export class FakeIpcMain {
  handlers = new Map<string, (event: unknown, ...args: unknown[]) => unknown>();
  listeners = new Map<string, (event: unknown, ...args: unknown[]) => void>();
  handle(channel: string, handler: (event: unknown, ...args: unknown[]) => unknown): void {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, handler);
  }
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): void {
    this.listeners.set(channel, listener);
  }
  /** Calls an invoke handler as ipcMain would: a thrown error becomes a rejection. */
  async invoke(channel: string, event: unknown, ...args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`no handler for ${channel}`);
    return handler(event, ...args);
  }
}

export class FakeApp extends EventEmitter {
  isPackaged = false;
  ready = false;
  sandboxEnabled = false;
  singleInstanceLock = true;
  readonly readyWaiters: (() => void)[] = [];
  getPath = vi.fn((name: string) => `/home/user/${name}`);
  /** The operating system's languages, most preferred first (a test sets them before the app starts). */
  preferredSystemLanguages: string[] = ['en-GB'];
  getPreferredSystemLanguages = vi.fn(() => [...this.preferredSystemLanguages]);
  quit = vi.fn();
  /** Chromium's switches as main appends them before ready. */
  readonly switches = new Map<string, string | undefined>();
  commandLine = {
    appendSwitch: vi.fn((name: string, value?: string) => {
      if (this.ready) throw new Error(`--${name} appended after ready: Chromium would not read it`);
      this.switches.set(name, value);
    }),
  };
  enableSandbox(): void {
    this.sandboxEnabled = true;
  }
  requestSingleInstanceLock(): boolean {
    return this.singleInstanceLock;
  }
  isReady(): boolean {
    return this.ready;
  }
  whenReady(): Promise<void> {
    return this.ready ? Promise.resolve() : new Promise((resolve) => this.readyWaiters.push(resolve));
  }
  becomeReady(): void {
    this.ready = true;
    for (const resolve of this.readyWaiters.splice(0)) resolve();
  }
}

export function electronModule() {
  const app = new FakeApp();
  const module = {
    app,
    BrowserWindow: FakeBrowserWindow,
    session: { defaultSession: new FakeSession() },
    ipcMain: new FakeIpcMain(),
    dialog: {
      showOpenDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePaths: [] as string[] })),
      showSaveDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePath: '' })),
      showMessageBox: vi.fn(async (..._args: unknown[]) => ({ response: 2, checkboxChecked: false })),
    },
    screen: {
      getAllDisplays: vi.fn(() => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }]),
      getPrimaryDisplay: vi.fn(() => ({ workArea: { x: 0, y: 0, width: 1920, height: 1080 } })),
    },
    shell: { openExternal: vi.fn(async (_url: string) => undefined), openPath: vi.fn(async (_path: string) => '') },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    Menu: { buildFromTemplate: vi.fn((template: unknown) => ({ template })), setApplicationMenu: vi.fn() },
    contextBridge: { exposeInMainWorld: vi.fn() },
    ipcRenderer: { invoke: vi.fn(), send: vi.fn(), on: vi.fn() },
  };
  return { ...module, default: module };
}

/** An in-memory SettingsStore. */
export function memorySettings(initial: { recent?: string[]; lastFolder?: string | null; bounds?: WindowBounds | null } = {}) {
  return memorySettingsOf(initial) satisfies SettingsStore;
}

function memorySettingsOf(initial: { recent?: string[]; lastFolder?: string | null; bounds?: WindowBounds | null }) {
  let recent = [...(initial.recent ?? [])];
  let lastFolder = initial.lastFolder ?? null;
  let bounds = initial.bounds ?? null;
  let display: DisplayPreferences = DEFAULT_DISPLAY_PREFERENCES;
  return {
    getRecentFiles: vi.fn(() => [...recent]),
    addRecentFile: vi.fn((path: string) => {
      recent = [path, ...recent.filter((p) => p !== path)];
    }),
    removeRecentFile: vi.fn((path: string) => {
      recent = recent.filter((p) => p !== path);
    }),
    getLastFolder: vi.fn(() => lastFolder),
    setLastFolder: vi.fn((dir: string) => {
      lastFolder = dir;
    }),
    getWindowBounds: vi.fn(() => bounds),
    setWindowBounds: vi.fn((b: WindowBounds) => {
      bounds = b;
    }),
    getDisplayPreferences: vi.fn(() => display),
    setDisplayPreferences: vi.fn((preferences: DisplayPreferences) => {
      display = preferences;
    }),
  };
}
