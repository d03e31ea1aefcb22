import { BrowserWindow, dialog, screen } from 'electron';
import { IPC, type DocumentState, type MenuCommand } from '../shared/ipc-contract';
import { hardenWebContents } from './harden';
import type { SettingsStore } from './settings/settings';
import {
  APP_NAME,
  MIN_SIZE,
  defaultSize,
  pageGoneChoiceFromResponse,
  pageGoneMessage,
  restorableBounds,
  unresponsiveChoiceFromResponse,
  unresponsiveMessage,
  unsavedChangesMessage,
  unsavedChoiceFromResponse,
  windowTitle,
} from './window-state';

export interface MainWindowOptions {
  settings: SettingsStore;
  /** out/preload/index.cjs */
  preloadPath: string;
  /** app://bundle/index.html, or the dev server in an unpackaged dev run */
  url: string;
  /** Developer tools only when the app is not packaged. */
  devTools: boolean;
  platform?: NodeJS.Platform;
  onClosed(): void;
  /**
   * The close did not happen: the user answered Cancel to the unsaved-changes question, or chose
   * Save and the save failed or was cancelled (this aborts a quit).
   */
  onCloseCancelled(): void;
  /** The page crashed or was killed: whatever it had open (a modal dialog) is gone with it. */
  onPageGone?(): void;
}

export interface MainWindow {
  readonly window: BrowserWindow;
  applyDocumentState(state: DocumentState): void;
  /** Writes the title again, in the language now active. */
  retitle(): void;
  /** Delivers a menu command, holding it until the page has loaded. */
  sendCommand(command: MenuCommand): void;
  /** The renderer saved after "Save" in the close question: close without asking again. */
  closeNow(): void;
  /**
   * A save the renderer asked main for has finished; when it did not save (failed, cancelled, or
   * the file changed on disk) while the window waits to close after "Save", the close is off.
   */
  saveSettled(saved: boolean): void;
}

export function createMainWindow(options: MainWindowOptions): MainWindow {
  const { settings, platform = process.platform } = options;
  const saved = restorableBounds(readSavedBounds(settings), screen.getAllDisplays().map((d) => d.workArea));
  const size = saved ?? defaultSize(primaryWorkArea());
  const window = new BrowserWindow({
    ...(saved ? { x: saved.x, y: saved.y, width: saved.width, height: saved.height } : size),
    // A work area smaller than the minimum (a tiny projector) still gets a window that fits.
    minWidth: Math.min(MIN_SIZE.width, size.width),
    minHeight: Math.min(MIN_SIZE.height, size.height),
    show: false,
    title: APP_NAME,
    backgroundColor: '#ffffff',
    // The renderer gets no Node, no Electron and no way out of its sandbox. Written out here, not
    // built by a helper, so that electronegativity's static checks can read it.
    webPreferences: {
      // electronegativity-ignore: PRELOAD_JS_CHECK the preload exposes only the named PlannerApi intentions (electron/preload.ts)
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
      safeDialogs: true,
      spellcheck: false,
      devTools: options.devTools,
    },
  });
  const contents = window.webContents;
  hardenWebContents(contents);

  let documentState: DocumentState | null = null;
  let closeConfirmed = false;
  let asking = false;
  let loaded = false;
  /** The renderer process crashed or was killed: nothing sent to the page is ever answered. */
  let pageGone = false;
  /** "Save" was chosen in the close question and the page is saving; it closes when that is done. */
  let savingToClose = false;
  let unresponsiveQuestion: AbortController | null = null;
  const heldCommands: MenuCommand[] = [];

  // The title is ours (file name, unsaved marker, app name), not the page's <title>.
  window.on('page-title-updated', (event) => event.preventDefault());
  window.once('ready-to-show', () => {
    if (saved?.maximized) window.maximize();
    window.show();
  });
  contents.on('did-finish-load', () => {
    loaded = true;
    pageGone = false;
    for (const command of heldCommands.splice(0)) contents.send(IPC.command, command);
  });

  const sendCommand = (command: MenuCommand) => {
    if (window.isDestroyed()) return;
    if (loaded) contents.send(IPC.command, command);
    else heldCommands.push(command);
  };

  const askBeforeClosing = async () => {
    asking = true;
    try {
      const { response } = await dialog.showMessageBox(window, unsavedChangesMessage(documentState?.displayName ?? ''));
      const choice = unsavedChoiceFromResponse(response);
      if (choice === 'save' && !pageGone) {
        savingToClose = true;
        sendCommand('save-and-close');
      } else if (choice === 'discard' || choice === 'save') closeNow();
      else options.onCloseCancelled();
    } finally {
      asking = false;
    }
  };

  /** The page will never answer the close flow: stop waiting, and never quit behind the user's back. */
  const abandonCloseFlow = () => {
    if (!savingToClose) return;
    savingToClose = false;
    options.onCloseCancelled();
  };

  const reloadPage = () => {
    if (window.isDestroyed()) return;
    loaded = false;
    // The reloaded page reports its own state; until then there is nothing unsaved to ask about.
    documentState = null;
    // A hung renderer cannot reload itself: a new process is started for the page.
    if (!pageGone) contents.forcefullyCrashRenderer();
    contents.reload();
  };

  const offerReloadAfterCrash = async (reason: string) => {
    const { response } = await dialog.showMessageBox(window, pageGoneMessage(reason));
    if (window.isDestroyed()) return;
    // The start-up offer of the reloaded page lists the recovery copy of the unsaved plan.
    if (pageGoneChoiceFromResponse(response) === 'reload') reloadPage();
    else closeNow();
  };

  contents.on('render-process-gone', (_event, details: { reason: string }) => {
    pageGone = true;
    loaded = false;
    options.onPageGone?.();
    unresponsiveQuestion?.abort();
    abandonCloseFlow();
    // A clean exit is the page closing with the window, not a crash.
    if (details.reason !== 'clean-exit' && !window.isDestroyed()) void offerReloadAfterCrash(details.reason);
  });

  window.on('unresponsive', () => {
    if (unresponsiveQuestion || pageGone) return;
    const question = (unresponsiveQuestion = new AbortController());
    void dialog
      .showMessageBox(window, { ...unresponsiveMessage(), signal: question.signal })
      .then(({ response }) => {
        if (question.signal.aborted || window.isDestroyed()) return;
        if (unresponsiveChoiceFromResponse(response) === 'reload') {
          abandonCloseFlow();
          reloadPage();
        }
      })
      .finally(() => {
        if (unresponsiveQuestion === question) unresponsiveQuestion = null;
      });
  });
  // The page came back by itself: the question is moot.
  window.on('responsive', () => unresponsiveQuestion?.abort());

  const closeNow = () => {
    if (window.isDestroyed()) return;
    closeConfirmed = true;
    window.close();
  };

  window.on('close', (event) => {
    // A crashed page cannot save and its window must still close: the recovery copy is on disk.
    if (closeConfirmed || !documentState?.dirty || pageGone) {
      saveBounds(window, settings);
      return;
    }
    event.preventDefault();
    if (!asking) void askBeforeClosing();
  });
  window.on('closed', () => options.onClosed());

  void window.loadURL(options.url);

  return {
    window,
    sendCommand,
    closeNow,
    saveSettled(saved) {
      if (!saved) abandonCloseFlow();
    },
    retitle() {
      if (!window.isDestroyed()) window.setTitle(windowTitle(documentState));
    },
    applyDocumentState(state) {
      documentState = state;
      if (window.isDestroyed()) return;
      window.setTitle(windowTitle(state));
      if (platform === 'darwin') {
        window.setDocumentEdited(state.dirty);
        window.setRepresentedFilename(state.filePath ?? '');
      }
    },
  };
}

function primaryWorkArea() {
  try {
    return screen.getPrimaryDisplay().workArea;
  } catch {
    return null;
  }
}

function readSavedBounds(settings: SettingsStore) {
  try {
    return settings.getWindowBounds();
  } catch {
    return null;
  }
}

function saveBounds(window: BrowserWindow, settings: SettingsStore): void {
  try {
    settings.setWindowBounds({ ...window.getNormalBounds(), maximized: window.isMaximized() });
  } catch (e) {
    console.warn('Could not remember the window position:', e);
  }
}
