import { defineCommand, type Command } from '../commands/command';
import { selectHasPlan } from '../store/selectors';
import { importSpreadsheetWithDialog } from './import-actions';
import { exportSpreadsheet } from './export-spreadsheet';

/** File › Import Spreadsheet… (a plan need not be open: it can make one), and File › Export Spreadsheet › CSV or Excel. */
export const spreadsheetCommands: readonly Command[] = [
  defineCommand('import-spreadsheet', { run: importSpreadsheetWithDialog }),
  defineCommand('export-csv', { isEnabled: selectHasPlan, run: () => exportSpreadsheet('csv') }),
  defineCommand('export-xlsx', { isEnabled: selectHasPlan, run: () => exportSpreadsheet('xlsx') }),
];
