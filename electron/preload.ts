import { contextBridge, ipcRenderer } from 'electron';
import { IPC, MENU_COMMANDS, type MenuCommand, type PlannerApi } from '../shared/ipc-contract';

/*
 * The renderer's only door to the main process: named intentions from the typed contract, each
 * forwarding its arguments to one channel. No ipcRenderer, no process, no generic send.
 */

const isMenuCommand = (value: unknown): value is MenuCommand => (MENU_COMMANDS as readonly unknown[]).includes(value);

const listeners = new Set<(command: MenuCommand) => void>();
// Commands can arrive before the page has subscribed (a file opened from the command line at
// launch); they wait for the first listener.
const early: MenuCommand[] = [];

ipcRenderer.on(IPC.command, (_event, command: unknown) => {
  if (!isMenuCommand(command)) return;
  if (listeners.size === 0) {
    early.push(command);
    return;
  }
  for (const listener of [...listeners]) listener(command);
});

const planner = {
  openPlanDialog: () => ipcRenderer.invoke(IPC.openPlanDialog),
  openPlanPath: (path) => ipcRenderer.invoke(IPC.openPlanPath, path),
  savePlan: (path, plan, options) => ipcRenderer.invoke(IPC.savePlan, path, plan, options),
  savePlanAs: (plan, suggestedName) => ipcRenderer.invoke(IPC.savePlanAs, plan, suggestedName),
  confirmUnsaved: (displayName) => ipcRenderer.invoke(IPC.confirmUnsaved, displayName),
  setDocumentState: (state) => ipcRenderer.send(IPC.setDocumentState, state),
  listRecent: () => ipcRenderer.invoke(IPC.listRecent),
  writeRecovery: (docId, title, filePath, plan) => ipcRenderer.invoke(IPC.writeRecovery, docId, title, filePath, plan),
  discardRecovery: (docId) => ipcRenderer.invoke(IPC.discardRecovery, docId),
  listRecoveries: () => ipcRenderer.invoke(IPC.listRecoveries),
  restoreRecovery: (docId) => ipcRenderer.invoke(IPC.restoreRecovery, docId),
  checkFileOnDisk: (path) => ipcRenderer.invoke(IPC.checkFileOnDisk, path),
  // The plan over time: a plan file read for comparing or merging, not opened
  openPlanForComparison: (purpose) => ipcRenderer.invoke(IPC.openPlanForComparison, purpose),
  onCommand(listener) {
    if (typeof listener !== 'function') throw new TypeError('onCommand needs a function');
    listeners.add(listener);
    for (const command of early.splice(0)) listener(command);
    return () => {
      listeners.delete(listener);
    };
  },
  closeWindow: () => ipcRenderer.send(IPC.closeWindow),
  // PDF export
  savePdf: (bytes, suggestedName) => ipcRenderer.invoke(IPC.savePdf, bytes, suggestedName),
  openExportedPdf: (path) => ipcRenderer.invoke(IPC.openExportedPdf, path),
  // Room size, theme and language; a modal dialog greying the menu
  getDisplayPreferences: () => ipcRenderer.invoke(IPC.getDisplayPreferences),
  setDisplayPreferences: (preferences) => ipcRenderer.send(IPC.setDisplayPreferences, preferences),
  setModalOpen: (open) => ipcRenderer.send(IPC.setModalOpen, open),
  // Spreadsheets in and out
  openSpreadsheetDialog: () => ipcRenderer.invoke(IPC.openSpreadsheetDialog),
  saveSpreadsheet: (bytes, suggestedName, format) => ipcRenderer.invoke(IPC.saveSpreadsheet, bytes, suggestedName, format),
  getImportMapping: (headerSetKey) => ipcRenderer.invoke(IPC.getImportMapping, headerSetKey),
  setImportMapping: (headerSetKey, mapping) => ipcRenderer.send(IPC.setImportMapping, headerSetKey, mapping),
} satisfies PlannerApi;

contextBridge.exposeInMainWorld('planner', planner);
