import { dirname, join } from 'node:path';
import { dialog, type BrowserWindow, type FileFilter } from 'electron';
import { t } from '../shared/i18n/active-locale';
import type { PlannerApi, SpreadsheetFormat } from '../shared/ipc-contract';
import type { ColumnMapping } from '../shared/spreadsheet/spreadsheet-types';
import { readSpreadsheetFile, safeSpreadsheetFileName, saveSpreadsheetFile, SPREADSHEET_EXTENSIONS, withSpreadsheetExtension } from './files/spreadsheet-file';
import type { HandedOutPaths } from './handed-out-paths';
import { createMemorySettings, type ImportMappingSettings, type SettingsStore } from './settings/settings';

/*
 * The spreadsheet channels of the contract (#19), registered by ipc.ts after its guards checked the
 * sender and the arguments: the Import dialog's file read capped, the export written atomically, and
 * the column mappings remembered per header set in the machine's settings.
 */

export interface SpreadsheetIpcDeps {
  settings: SettingsStore;
  /** Where column mappings are remembered; absent, they last as long as the process. */
  importMappings: ImportMappingSettings;
  handedOut: HandedOutPaths;
  startFolder(): string;
}

/** The mapping store of main's settings, or one in memory when the context names none (tests). */
export function importMappingsOf(context: { importMappings?: ImportMappingSettings }): ImportMappingSettings {
  return context.importMappings ?? (context.importMappings = createMemorySettings());
}

export const spreadsheetOpenFilters = (): FileFilter[] => [
  { name: t('spreadsheet.filter.all'), extensions: [...SPREADSHEET_EXTENSIONS] },
  { name: t('spreadsheet.filter.csv'), extensions: ['csv', 'tsv', 'txt'] },
  { name: t('spreadsheet.filter.xlsx'), extensions: ['xlsx'] },
];

const saveFilters = (format: SpreadsheetFormat): FileFilter[] => [
  format === 'csv' ? { name: t('spreadsheet.filter.csv'), extensions: ['csv'] } : { name: t('spreadsheet.filter.xlsx'), extensions: ['xlsx'] },
];

/** Settings are a convenience: failing to remember a folder or a mapping never fails an import or export. */
function quietly<T>(action: () => T, fallback: T): T {
  try {
    return action();
  } catch (e) {
    console.warn('Could not use settings:', e);
    return fallback;
  }
}

export function spreadsheetInvokeHandlers({ settings, importMappings, handedOut, startFolder }: SpreadsheetIpcDeps) {
  return {
    async openSpreadsheetDialog(window: BrowserWindow): ReturnType<PlannerApi['openSpreadsheetDialog']> {
      const r = await dialog.showOpenDialog(window, { title: t('spreadsheet.openDialog.title'), defaultPath: startFolder(), filters: spreadsheetOpenFilters(), properties: ['openFile'] });
      const chosen = r.canceled ? null : (r.filePaths[0] ?? null);
      if (!chosen) return { status: 'cancelled' };
      const result = await readSpreadsheetFile(chosen);
      if (result.status === 'chosen') quietly(() => settings.setLastFolder(dirname(chosen)), undefined);
      return result;
    },
    async saveSpreadsheet(window: BrowserWindow, bytes: Uint8Array, suggestedName: string, format: SpreadsheetFormat): ReturnType<PlannerApi['saveSpreadsheet']> {
      const r = await dialog.showSaveDialog(window, {
        title: t(format === 'csv' ? 'spreadsheet.saveDialog.csv' : 'spreadsheet.saveDialog.xlsx'),
        defaultPath: join(startFolder(), safeSpreadsheetFileName(suggestedName, format)),
        filters: saveFilters(format),
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      if (r.canceled || !r.filePath) return { status: 'cancelled' };
      const result = await saveSpreadsheetFile(withSpreadsheetExtension(r.filePath, format), bytes);
      if (result.status === 'saved') {
        handedOut.add(result.path);
        quietly(() => settings.setLastFolder(dirname(result.path)), undefined);
      }
      return result;
    },
    async getImportMapping(_window: BrowserWindow, key: string): Promise<ColumnMapping | null> {
      return quietly(() => importMappings.getImportMapping(key), null);
    },
  };
}

export function spreadsheetSendHandlers({ importMappings }: Pick<SpreadsheetIpcDeps, 'importMappings'>) {
  return {
    setImportMapping: (_window: BrowserWindow, key: string, mapping: ColumnMapping) => quietly(() => importMappings.setImportMapping(key, mapping), undefined),
  };
}
