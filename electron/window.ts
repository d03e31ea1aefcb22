import { BrowserWindow, dialog, screen } from 'electron';
import { IPC, type DocumentState, type MenuCommand } from '../shared/ipc-contract';
import { hardenWebContents } from './harden';
import type { SettingsStore } from './settings/settings';
import {
  APP_NAME,
  DEFAULT_SIZE,
  MIN_SIZE,
  restorableBounds,
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
  /** The user answered Cancel to the unsaved-changes question while closing (this aborts a quit). */
  onCloseCancelled(): void;
}

export interface MainWindow {
  readonly window: BrowserWindow;
  applyDocumentState(state: DocumentState): void;
  /** Delivers a menu command, holding it until the page has loaded. */
  sendCommand(command: MenuCommand): void;
  /** The renderer saved after "Save" in the close question: close without asking again. */
  closeNow(): void;
}

export function createMainWindow(options: MainWindowOptions): MainWindow {
  const { settings, platform = process.platform } = options;
  const saved = restorableBounds(readSavedBounds(settings), screen.getAllDisplays().map((d) => d.workArea));
  const window = new BrowserWindow({
    ...(saved ? { x: saved.x, y: saved.y, width: saved.width, height: saved.height } : DEFAULT_SIZE),
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
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
  const heldCommands: MenuCommand[] = [];

  // The title is ours (file name, unsaved marker, app name), not the page's <title>.
  window.on('page-title-updated', (event) => event.preventDefault());
  window.once('ready-to-show', () => {
    if (saved?.maximized) window.maximize();
    window.show();
  });
  contents.on('did-finish-load', () => {
    loaded = true;
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
      if (choice === 'save') sendCommand('save-and-close');
      else if (choice === 'discard') closeNow();
      else options.onCloseCancelled();
    } finally {
      asking = false;
    }
  };

  const closeNow = () => {
    if (window.isDestroyed()) return;
    closeConfirmed = true;
    window.close();
  };

  window.on('close', (event) => {
    if (closeConfirmed || !documentState?.dirty) {
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
