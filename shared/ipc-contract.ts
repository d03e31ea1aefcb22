import { MAIN_PROCESS_COMMANDS, type MainProcessCommand } from './commands/command-catalogue';
import type { DisplayPreferences } from './display-preferences';
import type { Plan } from './model';
import type { PlanLoadError } from './plan-load';
import type { TemplateId } from './templates/templates';
import type { ColumnMapping } from './spreadsheet/spreadsheet-types';

/*
 * The one contract between the renderer and the main process. Channel names, argument and result
 * types live here; electron/preload.ts exposes exactly `PlannerApi` as `window.planner` and
 * electron/ipc.ts registers a validated handler for every invoke channel.
 */

export type FileErrorCode =
  | 'not-found'
  | 'permission'
  | 'disk-full'
  | 'is-directory'
  | 'busy'
  | 'read-only'
  | 'newer-version'
  | 'too-large'
  | 'unknown';

export interface FileError {
  code: FileErrorCode | PlanLoadError['code'];
  message: string;
  details: string[];
}

export type OpenResult =
  | { status: 'opened'; path: string; plan: Plan; migratedFrom: number | null; mtimeMs: number }
  | { status: 'cancelled' }
  | { status: 'error'; path: string | null; error: FileError };

export type SaveResult =
  | { status: 'saved'; path: string; mtimeMs: number }
  | { status: 'cancelled' }
  | { status: 'error'; path: string | null; error: FileError };

export type UnsavedChoice = 'save' | 'discard' | 'cancel';

// PDF export (issue 5): the renderer makes the bytes; main asks where, writes them, and opens only that file.
export type PdfSaveResult =
  | { status: 'saved'; path: string }
  | { status: 'cancelled' }
  | { status: 'error'; path: string | null; error: FileError };

export type OpenExportedPdfResult = { status: 'opened' } | { status: 'error'; message: string };

/** Commands the main process sends: its menu items, and save-and-close (see shared/commands/command-catalogue.ts). */
export const MENU_COMMANDS: readonly MainProcessCommand[] = MAIN_PROCESS_COMMANDS;
export type MenuCommand = MainProcessCommand;

export interface DocumentState {
  /** Shown in the window title: the file name, or the plan title for a new plan. */
  displayName: string;
  filePath: string | null;
  dirty: boolean;
}

export interface PlannerApi {
  openPlanDialog(): Promise<OpenResult>;
  openPlanPath(path: string): Promise<OpenResult>;
  /** `plan` as its canonical text (planTextPieces) keeps the renderer's thread free; main parses and validates it. */
  savePlan(path: string, plan: Plan | string, options?: SavePlanOptions): Promise<SaveResult | SaveConflict>;
  savePlanAs(plan: Plan | string, suggestedName: string): Promise<SaveResult>;
  confirmUnsaved(displayName: string): Promise<UnsavedChoice>;
  setDocumentState(state: DocumentState): void;
  listRecent(): Promise<string[]>;
  /** Subscribes to menu commands; returns the unsubscribe function. */
  onCommand(listener: (command: MenuCommand) => void): () => void;
  /** Asks the main process to close the window after a save-and-close finished. */
  closeWindow(): void;
  // PDF export
  /** Asks where to save (starting in the last folder used) and writes the PDF there atomically. */
  savePdf(bytes: Uint8Array, suggestedName: string): Promise<PdfSaveResult>;
  /** Opens in the system viewer the PDF this window exported last; any other path is refused. */
  openExportedPdf(path: string): Promise<OpenExportedPdfResult>;
}

// --- Autosave, crash recovery and changes on disk (issue 7) ---------------------------------------

/** A recovery copy the renderer can offer to restore: whose plan, and when it was last changed. */
export interface RecoveryInfo {
  docId: string;
  title: string;
  /** The plan's own file, or null for a plan never saved. */
  filePath: string | null;
  /** ISO date-time of the last change kept in the copy. */
  changedAt: string;
}

export type RecoveryWriteResult = { status: 'written' } | { status: 'error'; error: FileError };
export type RecoveryDiscardResult = { status: 'discarded' } | { status: 'error'; error: FileError };
export type RecoveryRestoreResult =
  | { status: 'restored'; docId: string; filePath: string | null; plan: Plan; migratedFrom: number | null; changedAt: string }
  | { status: 'error'; error: FileError };

/** How a plan file compares with what the app last opened or saved there. */
export type DiskChange = 'unchanged' | 'changed' | 'missing';

/** savePlan refuses to replace a file that something else changed, moved or deleted since. */
export type SaveConflict = { status: 'conflict'; path: string; change: Exclude<DiskChange, 'unchanged'> };

export interface SavePlanOptions {
  /** Replace the file even though it changed on disk (the user chose Overwrite or Save here again). */
  overwrite?: boolean;
}

export interface PlannerApi {
  /** Keeps (or replaces) the recovery copy of the open document in the app's data folder. */
  writeRecovery(docId: string, title: string, filePath: string | null, plan: Plan | string): Promise<RecoveryWriteResult>;
  discardRecovery(docId: string): Promise<RecoveryDiscardResult>;
  listRecoveries(): Promise<RecoveryInfo[]>;
  restoreRecovery(docId: string): Promise<RecoveryRestoreResult>;
  checkFileOnDisk(path: string): Promise<DiskChange>;
}

export const RECOVERY_IPC = {
  writeRecovery: 'recovery:write',
  discardRecovery: 'recovery:discard',
  listRecoveries: 'recovery:list',
  restoreRecovery: 'recovery:restore',
  checkFileOnDisk: 'plan:check-on-disk',
} as const;

// --- end of autosave, recovery and disk changes ----------------------------------------------------

/** Room size and theme (issue 13): preferences of the machine, kept in main's settings. */
export interface PlannerApi {
  getDisplayPreferences(): Promise<DisplayPreferences>;
  /** Remembers the room size, theme and language; nothing is awaited, a failure to store them costs nothing now. */
  setDisplayPreferences(preferences: DisplayPreferences): void;
  /** Whether a modal dialog is open in the page: main greys its menu's commands while one is. */
  setModalOpen(open: boolean): void;
}

// --- Spreadsheets in and out (issue 19) ----------------------------------------------------------

export type SpreadsheetFormat = 'csv' | 'xlsx';

/** A spreadsheet chosen in the Import dialog: its bytes go to the renderer's parsing worker, unread by main. */
export type SpreadsheetOpenResult =
  | { status: 'chosen'; name: string; bytes: Uint8Array }
  | { status: 'cancelled' }
  | { status: 'error'; path: string | null; error: FileError };

export type SpreadsheetSaveResult = PdfSaveResult;

export interface PlannerApi {
  /** Asks for a .csv, .tsv, .txt or .xlsx file (starting in the last folder used) and reads it, capped. */
  openSpreadsheetDialog(): Promise<SpreadsheetOpenResult>;
  /** Asks where to save the exported table or workbook and writes it there atomically. */
  saveSpreadsheet(bytes: Uint8Array, suggestedName: string, format: SpreadsheetFormat): Promise<SpreadsheetSaveResult>;
  /** The column mapping last used on this machine for a header set (headerSetKey), or null. */
  getImportMapping(headerSetKey: string): Promise<ColumnMapping | null>;
  /** Remembers the mapping for the header set; a failure to store it costs nothing now. */
  setImportMapping(headerSetKey: string, mapping: ColumnMapping): void;
}

export const SPREADSHEET_IPC = {
  openSpreadsheetDialog: 'spreadsheet:open-dialog',
  saveSpreadsheet: 'spreadsheet:save',
  getImportMapping: 'spreadsheet:get-mapping',
  setImportMapping: 'spreadsheet:set-mapping',
} as const;

// --- end of spreadsheets ----------------------------------------------------------------------------

// --- The plan over time (#20): another plan file read for What changed and Merge ------------------

/** Why a plan file is read without being opened: the native dialog's title says which. */
export const COMPARISON_PURPOSES = ['compare', 'merge', 'base'] as const;
export type ComparisonPurpose = (typeof COMPARISON_PURPOSES)[number];

export interface PlannerApi {
  /**
   * Asks for a plan file and reads it (migrated and validated as Open does) without making it the
   * open document: no recent file, no change watch. For comparing with it or merging it in.
   */
  openPlanForComparison(purpose: ComparisonPurpose): Promise<OpenResult>;
}

export const PLAN_HISTORY_IPC = {
  openPlanForComparison: 'plan:open-for-comparison',
} as const;

// --- end of the plan over time ---------------------------------------------------------------------

/** invoke channels (renderer → main, with a result) */
export const IPC = {
  openPlanDialog: 'plan:open-dialog',
  openPlanPath: 'plan:open-path',
  savePlan: 'plan:save',
  savePlanAs: 'plan:save-as',
  confirmUnsaved: 'app:confirm-unsaved',
  listRecent: 'app:list-recent',
  ...RECOVERY_IPC,
  ...PLAN_HISTORY_IPC,
  ...SPREADSHEET_IPC,
  savePdf: 'pdf:save',
  openExportedPdf: 'pdf:open-exported',
  getDisplayPreferences: 'prefs:get-display',
  /** send channels (renderer → main, no result) */
  setDocumentState: 'app:document-state',
  closeWindow: 'app:close-window',
  setDisplayPreferences: 'prefs:set-display',
  setModalOpen: 'app:modal-open',
  /** main → renderer */
  command: 'app:command',
} as const;

export type { DisplayPreferences, TemplateId };
