import * as electron from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createMainWindow, type MainWindowOptions } from '../../../electron/window';
import { IPC } from '../../../shared/ipc-contract';
import { FakeBrowserWindow, FakeEvent, memorySettings } from './electron-fakes';

vi.mock('electron', async () => (await import('./electron-fakes')).electronModule());

const showMessageBox = vi.mocked(electron.dialog.showMessageBox);

function open(overrides: Partial<MainWindowOptions> = {}) {
  const options = {
    settings: memorySettings(),
    preloadPath: '/app/out/preload/index.cjs',
    url: 'app://bundle/index.html',
    devTools: false,
    platform: 'linux' as NodeJS.Platform,
    onClosed: vi.fn(),
    onCloseCancelled: vi.fn(),
    ...overrides,
  };
  const main = createMainWindow(options);
  return { main, options, fake: FakeBrowserWindow.last() };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  FakeBrowserWindow.instances = [];
  showMessageBox.mockReset();
});

describe('the main window', () => {
  it('keeps context isolation and the sandbox, and gives the page no Node', () => {
    const { fake } = open();
    expect(fake.options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      devTools: false,
      disableBlinkFeatures: 'Auxclick',
    });
    expect(fake.options.webPreferences).not.toHaveProperty('enableBlinkFeatures');
    expect(fake.options.webPreferences).not.toHaveProperty('partition');
  });

  it('loads the app from app://, never file://', () => {
    const { fake } = open();
    expect(fake.loadedUrl).toBe('app://bundle/index.html');
  });

  it('hardens its own web contents (navigation, new windows)', () => {
    const { fake } = open();
    expect(fake.webContents.fire('will-navigate', 'https://evil.example/')).toBe(true);
    expect(fake.webContents.windowOpenHandler!({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
  });

  it('restores the saved bounds and maximises once ready', () => {
    const settings = memorySettings({ bounds: { x: 40, y: 50, width: 1100, height: 750, maximized: true } });
    const { fake } = open({ settings });
    expect(fake.options).toMatchObject({ x: 40, y: 50, width: 1100, height: 750 });
    fake.emit('ready-to-show');
    expect(fake.maximized).toBe(true);
    expect(fake.shown).toBe(true);
  });

  it('remembers its bounds when it closes', () => {
    const { fake, options } = open();
    fake.maximized = true;
    fake.close();
    expect(options.settings.setWindowBounds).toHaveBeenCalledWith({ x: 10, y: 20, width: 1000, height: 700, maximized: true });
    expect(options.onClosed).toHaveBeenCalled();
  });
});

describe('the title', () => {
  it('shows the file name, the unsaved marker and the app name, and ignores the page title', () => {
    const { main, fake } = open();
    main.applyDocumentState({ displayName: 'q3.aiplan', filePath: '/a/q3.aiplan', dirty: true });
    expect(fake.title).toBe('q3.aiplan • — AI Alignment Planner');
    const event = new FakeEvent();
    fake.emit('page-title-updated', event, 'page title');
    expect(event.defaultPrevented).toBe(true);
  });

  it('marks the document edited and represents the file on macOS', () => {
    const { main, fake } = open({ platform: 'darwin' });
    main.applyDocumentState({ displayName: 'q3.aiplan', filePath: '/a/q3.aiplan', dirty: true });
    expect(fake.documentEdited).toBe(true);
    expect(fake.representedFilename).toBe('/a/q3.aiplan');
  });
});

describe('closing with unsaved changes', () => {
  const dirty = { displayName: 'Growth plan', filePath: null, dirty: true };

  it('closes at once when everything is saved', () => {
    const { main, fake } = open();
    main.applyDocumentState({ ...dirty, dirty: false });
    fake.close();
    expect(fake.destroyed).toBe(true);
    expect(showMessageBox).not.toHaveBeenCalled();
  });

  it('asks, and Cancel keeps the window open (and aborts a quit)', async () => {
    showMessageBox.mockResolvedValue({ response: 2, checkboxChecked: false });
    const { main, fake, options } = open();
    main.applyDocumentState(dirty);
    fake.close();
    await settle();
    expect((showMessageBox.mock.calls[0] as unknown[])[1]).toMatchObject({ buttons: ['Save', "Don't Save", 'Cancel'] });
    expect(fake.destroyed).toBe(false);
    expect(options.onCloseCancelled).toHaveBeenCalled();
  });

  it("closes on Don't Save", async () => {
    showMessageBox.mockResolvedValue({ response: 1, checkboxChecked: false });
    const { main, fake } = open();
    main.applyDocumentState(dirty);
    fake.close();
    await settle();
    expect(fake.destroyed).toBe(true);
  });

  it('on Save, asks the renderer to save and close, and closes when it says so', async () => {
    showMessageBox.mockResolvedValue({ response: 0, checkboxChecked: false });
    const { main, fake } = open();
    fake.webContents.emit('did-finish-load');
    main.applyDocumentState(dirty);
    fake.close();
    await settle();
    expect(fake.destroyed).toBe(false);
    expect(fake.webContents.sent).toEqual([[IPC.command, 'save-and-close']]);
    main.closeNow();
    expect(fake.destroyed).toBe(true);
  });

  it('asks only once when close is pressed again while the question is open', async () => {
    let answer: (value: { response: number; checkboxChecked: boolean }) => void = () => {};
    showMessageBox.mockImplementation(() => new Promise((resolve) => (answer = resolve)));
    const { main, fake } = open();
    main.applyDocumentState(dirty);
    fake.close();
    fake.close();
    expect(showMessageBox).toHaveBeenCalledTimes(1);
    answer({ response: 2, checkboxChecked: false });
    await settle();
  });
});

describe('menu commands', () => {
  it('are held until the page has loaded, then delivered in order', () => {
    const { main, fake } = open();
    main.sendCommand('open');
    main.sendCommand('save');
    expect(fake.webContents.sent).toEqual([]);
    fake.webContents.emit('did-finish-load');
    expect(fake.webContents.sent).toEqual([
      [IPC.command, 'open'],
      [IPC.command, 'save'],
    ]);
    main.sendCommand('undo');
    expect(fake.webContents.sent.at(-1)).toEqual([IPC.command, 'undo']);
  });
});
