import type { Plan } from './model';
import type { PlanLoadError } from './plan-load';
import type { TemplateId } from './templates/templates';

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

/** Menu items and shortcuts owned by the main process, delivered to the renderer as commands. */
export const MENU_COMMANDS = [
  'new-example',
  'new-blank',
  'open',
  'save',
  'save-as',
  'export-pdf',
  'undo',
  'redo',
  'save-and-close',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export interface DocumentState {
  /** Shown in the window title: the file name, or the plan title for a new plan. */
  displayName: string;
  filePath: string | null;
  dirty: boolean;
}

export interface PlannerApi {
  openPlanDialog(): Promise<OpenResult>;
  openPlanPath(path: string): Promise<OpenResult>;
  savePlan(path: string, plan: Plan): Promise<SaveResult>;
  savePlanAs(plan: Plan, suggestedName: string): Promise<SaveResult>;
  confirmUnsaved(displayName: string): Promise<UnsavedChoice>;
  setDocumentState(state: DocumentState): void;
  listRecent(): Promise<string[]>;
  /** Subscribes to menu commands; returns the unsubscribe function. */
  onCommand(listener: (command: MenuCommand) => void): () => void;
  /** Asks the main process to close the window after a save-and-close finished. */
  closeWindow(): void;
}

/** invoke channels (renderer → main, with a result) */
export const IPC = {
  openPlanDialog: 'plan:open-dialog',
  openPlanPath: 'plan:open-path',
  savePlan: 'plan:save',
  savePlanAs: 'plan:save-as',
  confirmUnsaved: 'app:confirm-unsaved',
  listRecent: 'app:list-recent',
  /** send channels (renderer → main, no result) */
  setDocumentState: 'app:document-state',
  closeWindow: 'app:close-window',
  /** main → renderer */
  command: 'app:command',
} as const;

export type { TemplateId };
