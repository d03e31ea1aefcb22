import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { FileError } from '../../shared/ipc-contract';
import type { ColumnMapping, ImportCounts, ImportPreview, ReadRefusal, SheetTable } from '../../shared/spreadsheet/spreadsheet-types';

/*
 * The Import dialog's state (#19): UI state, outside the plan document and its undo history. The
 * sheets read stay here while the dialog is open, so Back from the preview keeps the mapping.
 */

export type ImportTarget = 'new' | 'merge';

export type ImportStep =
  | { step: 'reading' }
  /** The file was not read: a refusal of the domain (zip bomb, too many rows…) or of the disk. */
  | { step: 'refused'; reason: ReadRefusal | null; error: FileError | null; detail: string }
  | { step: 'mapping' }
  | { step: 'checking' }
  | { step: 'preview'; preview: ImportPreview }
  | { step: 'done'; target: ImportTarget; created: ImportCounts; skipped: number };

export interface ImportState {
  open: boolean;
  fileName: string;
  sheets: readonly SheetTable[];
  sheetIndex: number;
  /** One field (or null, ignored) per column of the chosen sheet's header row. */
  mapping: ColumnMapping;
  /** The mapping came from the machine's settings (this header set was imported before). */
  remembered: boolean;
  target: ImportTarget;
  current: ImportStep;
}

export const importStore = createStore<ImportState>()(() => ({
  open: false,
  fileName: '',
  sheets: [],
  sheetIndex: 0,
  mapping: [],
  remembered: false,
  target: 'new',
  current: { step: 'reading' },
}));

export function useImport<T>(selector: (state: ImportState) => T): T {
  return useStore(importStore, selector);
}

export function resetImportStore(): void {
  importStore.setState(importStore.getInitialState(), true);
}
