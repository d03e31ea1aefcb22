import { join } from 'node:path';
import { app, session } from 'electron';
import { DEFAULT_DISPLAY_PREFERENCES, type DisplayPreferences } from '../shared/display-preferences';
import { setActiveLocale } from '../shared/i18n/active-locale';
import { resolvedLocale } from '../shared/i18n/locales';
import type { MenuCommand } from '../shared/ipc-contract';
import { hardenSession, hardenWebContents } from './harden';
import { registerIpcHandlers } from './ipc';
import { planPathFromArgv } from './launch-args';
import { installMenu } from './menu';
import { PendingOpen } from './pending-open';
import { registerAppScheme, serveAppBundle } from './protocol/app-protocol';
import { APP_ENTRY_URL } from './security/url-policy';
import { chromiumLocaleFor } from './settings/chromium-locale';
import { createElectronSettings } from './settings/electron-settings';
import type { ImportMappingSettings, SettingsStore } from './settings/settings';
import { createMainWindow, type MainWindow } from './window';

/*
 * Lifecycle only: one instance, the app:// scheme, a locked-down session, one window, the menu and
 * the IPC handlers. No crash reporter, no telemetry, no auto-update: the app never opens a
 * network connection.
 */

// Built layout: out/main/index.js beside out/preload/index.cjs and out/renderer/.
const OUT_DIR = join(import.meta.dirname, '..');
const PRELOAD_PATH = join(OUT_DIR, 'preload', 'index.cjs');
const RENDERER_DIR = join(OUT_DIR, 'renderer');

/** electron-vite's dev server, honoured only in an unpackaged run and only on this machine. */
function devServerUrl(): string | null {
  const url = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
  if (!url) return null;
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'http:' && (hostname === 'localhost' || hostname === '127.0.0.1') ? url : null;
  } catch {
    return null;
  }
}

let settings: (SettingsStore & ImportMappingSettings) | null = null;
let mainWindow: MainWindow | null = null;
/** As the renderer last stored them: the language of menus and dialogs, and the menu's checked items. */
let displayPreferences: DisplayPreferences = DEFAULT_DISPLAY_PREFERENCES;
/** A modal dialog is open in the page: the menu's commands are greyed until it closes. */
let modalOpen = false;
let quitting = false;
let openOnLoad = false;
const pendingOpen = new PendingOpen();

/** A plan chosen outside the page (Open Recent, command line, Finder): the renderer opens it. */
function openFromOutside(path: string): void {
  pendingOpen.set(path);
  if (mainWindow) {
    focusWindow();
    mainWindow.sendCommand('open');
  } else {
    openOnLoad = true;
    if (app.isReady()) ensureWindow();
  }
}

function sendCommand(command: MenuCommand): void {
  ensureWindow().sendCommand(command);
}

function focusWindow(): void {
  const window = mainWindow?.window;
  if (!window) return;
  if (window.isMinimized()) window.restore();
  window.focus();
}

function ensureWindow(): MainWindow {
  if (mainWindow) return mainWindow;
  const devServer = devServerUrl();
  mainWindow = createMainWindow({
    settings: settings!,
    preloadPath: PRELOAD_PATH,
    url: devServer ?? APP_ENTRY_URL,
    devTools: !app.isPackaged,
    onClosed: () => {
      mainWindow = null;
      setModalOpen(false);
      // On macOS closing the window does not quit, unless a quit was under way.
      if (quitting) app.quit();
    },
    // Cancel in the close question, or a Save there that failed or was cancelled: the quit is off,
    // so a later Cmd+W on macOS closes the window and leaves the app running.
    onCloseCancelled: () => {
      quitting = false;
    },
    // The page's dialogs died with it.
    onPageGone: () => setModalOpen(false),
  });
  if (openOnLoad) {
    openOnLoad = false;
    mainWindow.sendCommand('open');
  }
  return mainWindow;
}

/** Menus, dialogs and the title speak the chosen language; 'system' follows the operating system's. */
function followDisplayPreferences(next: DisplayPreferences): void {
  displayPreferences = next;
  setActiveLocale(resolvedLocale(next.language, app.getPreferredSystemLanguages()));
  mainWindow?.retitle();
  refreshMenu();
}

function setModalOpen(open: boolean): void {
  if (open === modalOpen) return;
  modalOpen = open;
  refreshMenu();
}

function refreshMenu(): void {
  if (!app.isReady()) return;
  const recentFiles = safely(() => settings?.getRecentFiles() ?? [], []);
  installMenu({
    platform: process.platform,
    isPackaged: app.isPackaged,
    recentFiles,
    displayPreferences,
    modalOpen,
    sendCommand,
    openRecent: openFromOutside,
    clearRecent: () => {
      for (const path of recentFiles) safely(() => settings?.removeRecentFile(path), undefined);
      refreshMenu();
    },
  });
}

function safely<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch (e) {
    console.warn('Settings could not be read or written:', e);
    return fallback;
  }
}

async function onReady(): Promise<void> {
  const devServer = devServerUrl();
  hardenSession(session.defaultSession, { devServerOrigin: devServer ? new URL(devServer).origin : null });
  serveAppBundle(RENDERER_DIR);
  settings ??= createElectronSettings(app.getPath('userData'));
  const stored = safely(() => settings!.getDisplayPreferences(), DEFAULT_DISPLAY_PREFERENCES);
  displayPreferences = stored;
  setActiveLocale(resolvedLocale(stored.language, app.getPreferredSystemLanguages()));
  registerIpcHandlers({
    importMappings: settings,
    getWindow: () => mainWindow?.window ?? null,
    settings,
    pendingOpen,
    // Only an unpackaged dev run loads the dev server; a packaged app never trusts it.
    devServerOrigin: devServer ? new URL(devServer).origin : null,
    onDocumentState: (state) => mainWindow?.applyDocumentState(state),
    onRecentFilesChanged: refreshMenu,
    onCloseRequested: () => mainWindow?.closeNow(),
    onSaveSettled: (saved) => mainWindow?.saveSettled(saved),
    onDisplayPreferences: followDisplayPreferences,
    onModalOpen: setModalOpen,
  });
  refreshMenu();
  ensureWindow();
}

function start(): void {
  // Both must happen before `ready`.
  registerAppScheme();
  app.enableSandbox();
  // Chromium's own locale (date fields, spellcheck) follows the app's language: settable only now.
  settings = createElectronSettings(app.getPath('userData'));
  const chromiumLocale = chromiumLocaleFor(safely(() => settings!.getDisplayPreferences(), DEFAULT_DISPLAY_PREFERENCES).language);
  if (chromiumLocale) app.commandLine.appendSwitch('lang', chromiumLocale);

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  // macOS: a plan double-clicked in Finder or dropped on the dock icon (also before launch ends).
  app.on('open-file', (event, path) => {
    event.preventDefault();
    openFromOutside(path);
  });
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const path = planPathFromArgv(argv, workingDirectory);
    if (path) openFromOutside(path);
    else focusWindow();
  });
  app.on('before-quit', () => {
    quitting = true;
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin' || quitting) app.quit();
  });
  app.on('activate', () => {
    if (app.isReady()) ensureWindow();
  });

  const launchPath = planPathFromArgv(process.argv, process.cwd());
  if (launchPath) openFromOutside(launchPath);

  app.whenReady().then(onReady, (e: unknown) => {
    console.error('The app could not start:', e);
    app.quit();
  });
}

// A second launch hands its command line to the running instance (see 'second-instance') and exits.
if (app.requestSingleInstanceLock()) start();
else app.quit();
