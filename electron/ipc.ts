import { dirname, join } from 'node:path';
import { app, dialog, ipcMain, shell, type BrowserWindow, type FileFilter, type IpcMainEvent, type IpcMainInvokeEvent } from 'electron';
import { DEFAULT_DISPLAY_PREFERENCES, type DisplayPreferences } from '../shared/display-preferences';
import { t } from '../shared/i18n/active-locale';
import type { MessageKey } from '../shared/i18n/translator';
import { IPC, type ComparisonPurpose, type DocumentState, type OpenResult, type PlannerApi, type SaveResult } from '../shared/ipc-contract';
import { openPlanFile, savePlanFile } from './files/plan-file';
import { createRecoveryHandlers } from './recovery/recovery-handlers';
import { StampBook } from './recovery/stamp-book';
import { ExportedPdfs, safePdfFileName, savePdfFile, withPdfExtension } from './files/pdf-file';
import { importMappingsOf, spreadsheetInvokeHandlers, spreadsheetSendHandlers } from './spreadsheet-ipc';
import {
  INVOKE_METHODS,
  SEND_METHODS,
  isPlanFileName,
  isTrustedFrame,
  parseInvokeArguments,
  parseSendArguments,
  safeFileName,
  withPlanExtension,
  type InvokeArguments,
  type InvokeMethod,
  type SendArguments,
  type SendMethod,
} from './ipc-guards';
import { HandedOutPaths } from './handed-out-paths';
import type { PendingOpen } from './pending-open';
import type { ImportMappingSettings, SettingsStore } from './settings/settings';
import { unsavedChangesMessage, unsavedChoiceFromResponse } from './window-state';

/*
 * Every renderer → main channel of the contract, registered from one typed map: a PlannerApi
 * method without a handler here is a type error. Each call first proves it comes from the main
 * window's top frame on app://bundle, then validates its arguments, then calls a plain module.
 */

export interface IpcContext {
  getWindow(): BrowserWindow | null;
  settings: SettingsStore;
  /** Where the Import dialog's column mappings are remembered (#19); kept for this session only when absent. */
  importMappings?: ImportMappingSettings;
  pendingOpen: PendingOpen;
  onDocumentState(state: DocumentState): void;
  onRecentFilesChanged(): void;
  /** The renderer finished a save-and-close and asks for the window to close. */
  onCloseRequested(): void;
  /** A Save or Save As finished; `saved` is false when it failed, was cancelled or met a conflict. */
  onSaveSettled?(saved: boolean): void;
  /** The renderer stored new display preferences (room size, theme, language): main follows the language and the menu's checks. */
  onDisplayPreferences?(preferences: DisplayPreferences): void;
  /** A modal dialog opened or closed in the page: main greys its menu's commands while one is open. */
  onModalOpen?(open: boolean): void;
  /** Where recovery copies live; by default `<userData>/recovery`. */
  recoveryDir?: string;
  /** In an unpackaged `npm run dev` run, the electron-vite dev server the window shows; else null. */
  devServerOrigin?: string | null;
  /** The paths main has handed to the renderer (network paths are accepted back only from here). */
  handedOut?: HandedOutPaths;
  /** The clock recovery copies are stamped with (the system clock unless a test passes one). */
  now?: () => Date;
}

type InvokeHandlers = {
  [K in InvokeMethod]: (window: BrowserWindow, ...args: InvokeArguments<K>) => ReturnType<PlannerApi[K]>;
};
type SendHandlers = {
  [K in SendMethod]: (window: BrowserWindow, ...args: SendArguments<K>) => void;
};

/** The file-type filters of the native dialogs, named in the active language when a dialog opens. */
export const planFileFilters = (): FileFilter[] => [{ name: t('dialog.filter.plan'), extensions: ['aiplan'] }];
export const pdfFileFilters = (): FileFilter[] => [{ name: t('dialog.filter.pdf'), extensions: ['pdf'] }];
/** The Open dialog's title when a plan file is read to compare with or merge in (#20). */
const COMPARISON_DIALOG_TITLES = {
  compare: 'dialog.planHistory.compare.title',
  merge: 'dialog.planHistory.merge.title',
  base: 'dialog.planHistory.base.title',
} as const satisfies Record<ComparisonPurpose, MessageKey>;

export function registerIpcHandlers(context: IpcContext): void {
  const handedOut = context.handedOut ?? new HandedOutPaths();
  const invoke = invokeHandlers(context, handedOut);
  for (const method of INVOKE_METHODS) {
    ipcMain.handle(IPC[method], (event, ...raw: unknown[]) => {
      const window = trustedWindow(event, context);
      if (!window) throw refusal(IPC[method], 'the sender is not the app window');
      const parsed = parseInvokeArguments(method, raw, handedOut);
      if (!parsed.ok) throw refusal(IPC[method], parsed.reason);
      const handler = invoke[method] as (window: BrowserWindow, ...args: unknown[]) => unknown;
      return handler(window, ...parsed.args);
    });
  }
  const send = sendHandlers(context);
  for (const method of SEND_METHODS) {
    ipcMain.on(IPC[method], (event, ...raw: unknown[]) => {
      const window = trustedWindow(event, context);
      const parsed = window ? parseSendArguments(method, raw, handedOut) : null;
      if (!window || !parsed?.ok) {
        console.warn(refusal(IPC[method], window ? (parsed as { reason: string }).reason : 'the sender is not the app window').message);
        return;
      }
      const handler = send[method] as (window: BrowserWindow, ...args: unknown[]) => void;
      handler(window, ...parsed.args);
    });
  }
}

function trustedWindow(event: IpcMainEvent | IpcMainInvokeEvent, context: IpcContext): BrowserWindow | null {
  const window = context.getWindow();
  if (!window || window.isDestroyed() || event.sender !== window.webContents) return null;
  return isTrustedFrame(event.senderFrame, window.webContents.mainFrame, context.devServerOrigin ?? null) ? window : null;
}

function refusal(channel: string, reason: string): Error {
  return new Error(`Refused ${channel}: ${reason}.`);
}

function invokeHandlers(context: IpcContext, handedOut: HandedOutPaths): InvokeHandlers {
  const { settings } = context;
  const stamps = new StampBook();

  /** Settings are a convenience: failing to record a recent file must never fail an open or save. */
  const remember = (update: () => void) => {
    try {
      update();
      context.onRecentFilesChanged();
    } catch (e) {
      console.warn('Could not update settings:', e);
    }
  };

  const openAndRemember = async (path: string): Promise<OpenResult> => {
    const result = await openPlanFile(path);
    if (result.status === 'opened') handedOut.add(result.path);
    if (result.status === 'opened') await stamps.remember(path);
    if (result.status === 'opened')
      remember(() => {
        settings.setLastFolder(dirname(path));
        if (isPlanFileName(path)) settings.addRecentFile(path);
      });
    else if (result.status === 'error' && result.error.code === 'not-found') remember(() => settings.removeRecentFile(path));
    return result;
  };

  const saveAndRemember = async (path: string, plan: unknown): Promise<SaveResult> => {
    const result = await savePlanFile(path, plan);
    if (result.status === 'saved') handedOut.add(result.path);
    if (result.status === 'saved') await stamps.remember(result.path);
    if (result.status === 'saved')
      remember(() => {
        settings.setLastFolder(dirname(result.path));
        settings.addRecentFile(result.path);
      });
    return result;
  };

  /** Tells the window how a save ended, so that a close waiting on it is called off if it failed. */
  const settled = async <T extends { status: string }>(save: () => Promise<T>): Promise<T> => {
    let saved = false;
    try {
      const result = await save();
      saved = result.status === 'saved';
      return result;
    } finally {
      context.onSaveSettled?.(saved);
    }
  };

  const startFolder = () => settings.getLastFolder() ?? app.getPath('documents');
  /** The native Save dialog, starting in the last folder used; null when cancelled. */
  const askSavePath = async (window: BrowserWindow, title: string, fileName: string, filters: FileFilter[]): Promise<string | null> => {
    const r = await dialog.showSaveDialog(window, { title, defaultPath: join(startFolder(), fileName), filters, properties: ['createDirectory', 'showOverwriteConfirmation'] });
    return r.canceled || !r.filePath ? null : r.filePath;
  };
  const recovery = createRecoveryHandlers(() => context.recoveryDir ?? join(app.getPath('userData'), 'recovery'), stamps, context.now);
  const exportedPdfs = new ExportedPdfs();

  return {
    ...spreadsheetInvokeHandlers({ settings, importMappings: importMappingsOf(context), handedOut, startFolder }),
    async openPlanDialog(window) {
      // A file chosen in the native menu or the OS (see pending-open.ts) stands in for the dialog.
      const chosen =
        context.pendingOpen.take() ??
        (await dialog
          .showOpenDialog(window, { title: t('dialog.open.title'), defaultPath: startFolder(), filters: planFileFilters(), properties: ['openFile'] })
          .then((r) => (r.canceled ? null : (r.filePaths[0] ?? null))));
      // Main chose this path itself (dialog, command line, file manager, Open Recent): trusted.
      handedOut.add(chosen);
      return chosen ? openAndRemember(chosen) : { status: 'cancelled' };
    },
    openPlanPath: (_window, path) => openAndRemember(path),
    savePlan: (_window, path, plan, options) =>
      settled(async () => {
        // Something else changed, moved or deleted the file since it was opened or saved: ask first.
        const change = options?.overwrite ? 'unchanged' : await stamps.check(path);
        return change === 'unchanged' ? saveAndRemember(path, plan) : { status: 'conflict', path, change };
      }),
    savePlanAs: (window, plan, suggestedName) =>
      settled(async () => {
        const path = await askSavePath(window, t('dialog.saveAs.title'), safeFileName(suggestedName), planFileFilters());
        if (!path) return { status: 'cancelled' };
        handedOut.add(withPlanExtension(path));
        return saveAndRemember(withPlanExtension(path), plan);
      }),
    async confirmUnsaved(window, displayName) {
      const { response } = await dialog.showMessageBox(window, unsavedChangesMessage(displayName));
      const choice = unsavedChoiceFromResponse(response);
      if (choice === 'cancel') context.pendingOpen.clear();
      return choice;
    },
    async listRecent() {
      const recent = settings.getRecentFiles();
      for (const path of recent) handedOut.add(path);
      return recent;
    },
    // Autosave, recovery and changes on disk
    writeRecovery: (_window, docId, title, filePath, plan) => recovery.writeRecovery(docId, title, filePath, plan),
    discardRecovery: (_window, docId) => recovery.discardRecovery(docId),
    async listRecoveries() {
      const copies = await recovery.listRecoveries();
      for (const copy of copies) handedOut.add(copy.filePath);
      return copies;
    },
    async restoreRecovery(_window, docId) {
      const result = await recovery.restoreRecovery(docId);
      if (result.status === 'restored') handedOut.add(result.filePath);
      return result;
    },
    checkFileOnDisk: (_window, path) => stamps.check(path),
    // PDF export
    async savePdf(window, bytes, suggestedName) {
      const path = await askSavePath(window, t('dialog.exportPdf.title'), safePdfFileName(suggestedName), pdfFileFilters());
      if (!path) return { status: 'cancelled' };
      const result = await savePdfFile(withPdfExtension(path), bytes);
      if (result.status === 'saved') {
        handedOut.add(result.path);
        exportedPdfs.remember(result.path);
        try {
          settings.setLastFolder(dirname(result.path));
        } catch (e) {
          console.warn('Could not update settings:', e);
        }
      }
      return result;
    },
    async openExportedPdf(_window, path) {
      if (!exportedPdfs.isLatest(path)) return { status: 'error', message: t('dialog.pdf.onlyLatest') };
      // shell.openPath resolves to an error message, or '' when the viewer was started.
      const failure = await shell.openPath(path);
      return failure ? { status: 'error', message: t('dialog.pdf.noViewer', { reason: failure }) } : { status: 'opened' };
    },
    // The plan over time: read, never opened, so neither the recent files nor the change watch learn of it.
    async openPlanForComparison(window, purpose) {
      const chosen = await dialog
        .showOpenDialog(window, { title: t(COMPARISON_DIALOG_TITLES[purpose]), defaultPath: startFolder(), filters: planFileFilters(), properties: ['openFile'] })
        .then((r) => (r.canceled ? null : (r.filePaths[0] ?? null)));
      return chosen ? openPlanFile(chosen) : { status: 'cancelled' };
    },
    // Room size and theme: a preference that cannot be read or stored falls back to the defaults.
    async getDisplayPreferences() {
      try {
        return settings.getDisplayPreferences();
      } catch (e) {
        console.warn('Could not read settings:', e);
        return DEFAULT_DISPLAY_PREFERENCES;
      }
    },
  };
}

function sendHandlers(context: IpcContext): SendHandlers {
  return {
    setDocumentState: (_window, state) => context.onDocumentState(state),
    closeWindow: () => context.onCloseRequested(),
    setDisplayPreferences: (_window, preferences) => {
      try {
        context.settings.setDisplayPreferences(preferences);
      } catch (e) {
        console.warn('Could not update settings:', e);
      }
      context.onDisplayPreferences?.(preferences);
    },
    setModalOpen: (_window, open) => context.onModalOpen?.(open),
    ...spreadsheetSendHandlers({ importMappings: importMappingsOf(context) }),
  };
}
