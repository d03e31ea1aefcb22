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

describe('the size it opens at', () => {
  it('shrinks saved bounds larger than the screen to its work area', () => {
    vi.mocked(electron.screen.getAllDisplays).mockReturnValueOnce([{ workArea: { x: 0, y: 0, width: 1024, height: 728 } }] as never);
    const settings = memorySettings({ bounds: { x: 20, y: 10, width: 1600, height: 1000, maximized: false } });
    const { fake } = open({ settings });
    expect(fake.options).toMatchObject({ x: 0, y: 0, width: 1024, height: 728 });
  });

  it('opens at a default size that fits the primary work area when the saved display is gone', () => {
    vi.mocked(electron.screen.getAllDisplays).mockReturnValueOnce([{ workArea: { x: 0, y: 0, width: 1280, height: 680 } }] as never);
    vi.mocked(electron.screen.getPrimaryDisplay).mockReturnValueOnce({ workArea: { x: 0, y: 0, width: 1280, height: 680 } } as never);
    const settings = memorySettings({ bounds: { x: 3000, y: 100, width: 1600, height: 1000, maximized: true } });
    const { fake } = open({ settings });
    expect(fake.options).toMatchObject({ width: 1280, height: 680 });
    expect(fake.options).not.toHaveProperty('x');
    fake.emit('ready-to-show');
    expect(fake.maximized).toBe(false);
  });
});

describe('a page that crashed or hangs', () => {
  const dirty = { displayName: 'Growth plan', filePath: null, dirty: true };

  it('offers to reload (and so restore the recovery copy) after a crash, and reloads on that answer', async () => {
    showMessageBox.mockResolvedValue({ response: 0, checkboxChecked: false });
    const { main, fake } = open();
    fake.webContents.emit('did-finish-load');
    main.applyDocumentState(dirty);
    fake.webContents.emit('render-process-gone', new FakeEvent(), { reason: 'crashed', exitCode: 11 });
    await settle();
    expect((showMessageBox.mock.calls[0] as unknown[])[1]).toMatchObject({ buttons: ['Reload and Restore', 'Close Window'] });
    expect(fake.webContents.reloads).toBe(1);
    // The reloaded page has no plan yet: closing it now does not ask about the crashed page's changes.
    showMessageBox.mockClear();
    fake.close();
    expect(fake.destroyed).toBe(true);
    expect(showMessageBox).not.toHaveBeenCalled();
  });

  it('closes on Close Window, leaving the recovery copy for the next start', async () => {
    showMessageBox.mockResolvedValue({ response: 1, checkboxChecked: false });
    const { main, fake } = open();
    main.applyDocumentState(dirty);
    fake.webContents.emit('render-process-gone', new FakeEvent(), { reason: 'oom', exitCode: 0 });
    await settle();
    expect(fake.destroyed).toBe(true);
    expect(fake.webContents.reloads).toBe(0);
  });

  it('can be closed with unsaved changes after the page died, without waiting on it to save', async () => {
    let answerCrash: (value: { response: number; checkboxChecked: boolean }) => void = () => {};
    showMessageBox.mockImplementationOnce(() => new Promise((resolve) => (answerCrash = resolve)));
    const { main, fake, options } = open();
    fake.webContents.emit('did-finish-load');
    main.applyDocumentState(dirty);
    fake.webContents.emit('render-process-gone', new FakeEvent(), { reason: 'crashed', exitCode: 11 });
    fake.close();
    expect(fake.destroyed).toBe(true);
    expect(fake.webContents.sent).toEqual([]);
    expect(options.onClosed).toHaveBeenCalled();
    answerCrash({ response: 0, checkboxChecked: false });
    await settle();
    expect(fake.webContents.reloads).toBe(0);
  });

  it('calls a close off (and with it a quit) when the page dies while saving for it', async () => {
    showMessageBox.mockResolvedValueOnce({ response: 0, checkboxChecked: false });
    showMessageBox.mockImplementationOnce(() => new Promise(() => {}));
    const { main, fake, options } = open();
    fake.webContents.emit('did-finish-load');
    main.applyDocumentState(dirty);
    fake.close();
    await settle();
    expect(fake.webContents.sent).toEqual([[IPC.command, 'save-and-close']]);
    expect(options.onCloseCancelled).not.toHaveBeenCalled();
    fake.webContents.emit('render-process-gone', new FakeEvent(), { reason: 'killed', exitCode: 9 });
    expect(options.onCloseCancelled).toHaveBeenCalledTimes(1);
    // The window can still be closed.
    fake.close();
    expect(fake.destroyed).toBe(true);
  });

  it('says nothing when the page exits cleanly with its window', () => {
    const { fake } = open();
    fake.webContents.emit('render-process-gone', new FakeEvent(), { reason: 'clean-exit', exitCode: 0 });
    expect(showMessageBox).not.toHaveBeenCalled();
  });

  it('offers Wait or Reload when the page stops responding; Reload starts a new page process', async () => {
    showMessageBox.mockResolvedValue({ response: 1, checkboxChecked: false });
    const { main, fake } = open();
    main.applyDocumentState(dirty);
    fake.emit('unresponsive');
    fake.emit('unresponsive');
    await settle();
    expect(showMessageBox).toHaveBeenCalledTimes(1);
    expect((showMessageBox.mock.calls[0] as unknown[])[1]).toMatchObject({ buttons: ['Wait', 'Reload and Restore'] });
    expect(fake.webContents.crashedOnPurpose).toBe(1);
    expect(fake.webContents.reloads).toBe(1);
  });

  it('withdraws the question when the page responds again, and Wait leaves it alone', async () => {
    const untilWithdrawn = (...args: unknown[]) =>
      new Promise<electron.MessageBoxReturnValue>((resolve) =>
        (args[1] as { signal: AbortSignal }).signal.addEventListener('abort', () => resolve({ response: 0, checkboxChecked: false })),
      );
    showMessageBox.mockImplementation(untilWithdrawn as typeof electron.dialog.showMessageBox);
    const { fake } = open();
    fake.emit('unresponsive');
    fake.emit('responsive');
    await settle();
    expect(fake.webContents.reloads).toBe(0);
    expect(fake.webContents.crashedOnPurpose).toBe(0);
  });
});

describe('a close interrupted by its save', () => {
  const dirty = { displayName: 'Growth plan', filePath: null, dirty: true };

  it('is called off when the save fails or is cancelled, so a quit under way stops', async () => {
    showMessageBox.mockResolvedValue({ response: 0, checkboxChecked: false });
    const { main, fake, options } = open();
    fake.webContents.emit('did-finish-load');
    main.applyDocumentState(dirty);
    fake.close();
    await settle();
    main.saveSettled(false);
    expect(options.onCloseCancelled).toHaveBeenCalledTimes(1);
    expect(fake.destroyed).toBe(false);
    // A later failed save (not part of a close) calls nothing off.
    main.saveSettled(false);
    expect(options.onCloseCancelled).toHaveBeenCalledTimes(1);
  });

  it('goes on to close after a save that worked', async () => {
    showMessageBox.mockResolvedValue({ response: 0, checkboxChecked: false });
    const { main, fake, options } = open();
    fake.webContents.emit('did-finish-load');
    main.applyDocumentState(dirty);
    fake.close();
    await settle();
    main.saveSettled(true);
    main.closeNow();
    expect(options.onCloseCancelled).not.toHaveBeenCalled();
    expect(fake.destroyed).toBe(true);
  });
});
